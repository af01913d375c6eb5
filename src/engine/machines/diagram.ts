/**
 * Draws a statechart as a Mermaid state diagram, from xstate's own graph of the machine (`xstate/graph`), so the
 * diagrams in the docs are the chart and never a second copy of it.
 */
import type { AnyStateMachine } from 'xstate';
import { toDirectedGraph, type DirectedGraphNode } from 'xstate/graph';

/** Every state node of a graph, depth first. */
function allNodes(node: DirectedGraphNode): DirectedGraphNode[] {
  return [node, ...node.children.flatMap(allNodes)];
}

/** Diagram names: a state's own key where it is unique in the chart, else its path joined by "_". */
function namer(graph: DirectedGraphNode): (id: string) => string {
  const root = graph.id;
  const key = (id: string) => id.slice(id.lastIndexOf('.') + 1);
  const count = new Map<string, number>();
  for (const n of allNodes(graph)) count.set(key(n.id), (count.get(key(n.id)) ?? 0) + 1);
  return (id) => (id === root ? root : count.get(key(id)) === 1 ? key(id) : id.slice(root.length + 1).replace(/\./g, '_'));
}

function guardOf(guard: unknown): string {
  if (!guard) return '';
  const g = typeof guard === 'string' ? guard : (guard as { type?: string }).type;
  return g ? ` [${g}]` : '';
}

/** Mermaid `stateDiagram-v2` source of a machine: nested states, initial and final states, events and guards. */
export function mermaidOf(machine: AnyStateMachine): string {
  const graph = toDirectedGraph(machine);
  const name = namer(graph);
  const lines: string[] = ['stateDiagram-v2'];
  const edges: string[] = [];
  const visit = (node: DirectedGraphNode, indent: string, parallel: boolean): void => {
    const sn = node.stateNode;
    const children = node.children;
    if (children.length > 0) {
      const inner = node === graph ? indent : `${indent}    `;
      if (node !== graph) lines.push(`${indent}state ${name(node.id)} {`);
      if (sn.type !== 'parallel' && sn.initial?.target[0]) lines.push(`${inner}[*] --> ${name(sn.initial.target[0].id)}`);
      children.forEach((c, i) => {
        if (sn.type === 'parallel' && i > 0) lines.push(`${inner}--`);
        visit(c, inner, sn.type === 'parallel');
      });
      if (node !== graph) lines.push(`${indent}}`);
    } else {
      lines.push(`${indent}${name(node.id)}`);
      if (!parallel && sn.type === 'final') lines.push(`${indent}${name(node.id)} --> [*]`);
    }
    // Transitions of the chart as a whole (e.g. remembering a value) are not steps between states.
    if (node === graph) return;
    for (const e of node.edges) {
      edges.push(`    ${name(e.source.id)} --> ${name(e.target.id)}: ${e.label.text}${guardOf(e.transition.guard)}`);
    }
  };
  visit(graph, '    ', false);
  return [...lines, ...edges].join('\n');
}
