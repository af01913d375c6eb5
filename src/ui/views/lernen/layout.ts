/**
 * The household chart laid out by ELK (elkjs, loaded only when the chart is first drawn): every state of the model a
 * box, compound states around their children, every transition an edge labelled with its event.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { ChartModel } from '../../../engine/lehre/chart.ts';
import { stateLabel } from './messages.ts';

const CHAR_W = 7.4;
const LEAF_H = 42;
const EDGE_CHAR_W = 6.2;

export interface PlacedState {
  readonly path: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Has child states drawn inside it. */
  readonly compound: boolean;
  readonly depth: number;
}

export interface PlacedEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly event: string;
  readonly points: readonly { readonly x: number; readonly y: number }[];
  readonly label: { readonly x: number; readonly y: number; readonly text: string } | undefined;
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  /** Outer states first, so that children are drawn over their parents. */
  readonly states: readonly PlacedState[];
  readonly edges: readonly PlacedEdge[];
}

const ROOT = '__root';

/** The ELK graph of a chart model: nested nodes per state, one edge per transition (none for actions on the spot). */
export function elkGraphOf(model: ChartModel): ElkNode {
  const node = (path: string): ElkNode => {
    const s = model.byPath.get(path)!;
    const label = s.parent === null ? path : stateLabel(path).split(' › ').at(-1)!;
    if (s.children.length === 0) {
      return { id: path, width: Math.max(96, Math.ceil(label.length * CHAR_W) + 24), height: LEAF_H };
    }
    return {
      id: path,
      layoutOptions: { 'elk.padding': '[top=30,left=12,bottom=12,right=12]' },
      labels: [{ text: label, width: label.length * CHAR_W, height: 16 }],
      children: s.children.map(node),
    };
  };
  const edges: ElkExtendedEdge[] = model.transitions
    .filter((t) => t.source !== t.target)
    .map((t, i) => ({
      id: `e${i}`,
      sources: [t.source],
      targets: [t.target],
      labels: [{ text: t.event, width: Math.ceil(t.event.length * EDGE_CHAR_W), height: 14 }],
    }));
  return {
    id: ROOT,
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '46',
      'elk.spacing.nodeNode': '22',
      'elk.spacing.edgeLabel': '4',
      'elk.edgeLabels.inline': 'false',
      'elk.json.shapeCoords': 'ROOT',
      'elk.json.edgeCoords': 'ROOT',
      'elk.padding': '[top=8,left=8,bottom=8,right=8]',
    },
    children: model.regions.map(node),
    edges,
  };
}

/** Reads ELK's answer (root coordinates) into states and edges to draw. */
export function placed(model: ChartModel, laid: ElkNode): ChartLayout {
  const states: PlacedState[] = [];
  const visit = (n: ElkNode): void => {
    const s = model.byPath.get(n.id);
    if (s) states.push({ path: n.id, x: n.x ?? 0, y: n.y ?? 0, width: n.width ?? 0, height: n.height ?? 0, compound: (n.children?.length ?? 0) > 0, depth: s.depth });
    n.children?.forEach(visit);
  };
  visit(laid);
  const transitions = model.transitions.filter((t) => t.source !== t.target);
  const edges: PlacedEdge[] = (laid.edges ?? []).map((e, i) => {
    const t = transitions[i]!;
    const sec = e.sections?.[0];
    const points = sec ? [sec.startPoint, ...(sec.bendPoints ?? []), sec.endPoint] : [];
    const l = e.labels?.[0];
    return {
      id: e.id,
      source: t.source,
      target: t.target,
      event: t.event,
      points,
      label: l && l.x !== undefined && l.y !== undefined ? { x: l.x, y: l.y + (l.height ?? 14) - 3, text: t.event } : undefined,
    };
  });
  return { width: laid.width ?? 0, height: laid.height ?? 0, states, edges };
}

/** Lays out a chart model; ELK is fetched on first use so that the app's first load does not carry it. */
export async function layoutChart(model: ChartModel): Promise<ChartLayout> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  return placed(model, await elk.layout(elkGraphOf(model)));
}
