/**
 * The household chart as trainees see it: every state with its annotation and the level responsible for it, and
 * every transition, read from the machine by xstate/graph so that a state added to the chart appears at once.
 */
import type { AnyStateMachine } from 'xstate';
import { toDirectedGraph, type DirectedGraphNode } from 'xstate/graph';
import type { I18nText, StateMeta } from '../machines/meta.ts';

/** The levels of administration a trainee must tell apart, in the order of the reception chain. */
export const LEVELS = ['bund', 'rpGiessen', 'rpDarmstadt', 'landkreis', 'gemeinde', 'auslaenderbehoerde', 'jobcenter', 'jugendamt', 'andere'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * How an office names its level. An office text names the responsible body first and others after it ("Landkreis
 * (Zuweisung durch das Regierungspräsidium Darmstadt)"), so the earliest match decides.
 */
const LEVEL_WORDS: readonly (readonly [Exclude<Level, 'andere'>, RegExp])[] = [
  ['bund', /Bundesamt|BAMF|\bBund\b/],
  ['rpGiessen', /(Regierungspräsidium|RP) Gießen/],
  ['rpDarmstadt', /(Regierungspräsidium|RP) Darmstadt/],
  ['landkreis', /Landkreis|kreisfreie Stadt|Kommune|\bKreis\b/],
  ['gemeinde', /Gemeinde/],
  ['auslaenderbehoerde', /Ausländerbehörde/],
  ['jobcenter', /Jobcenter/],
  ['jugendamt', /Jugendamt/],
];

/** The level responsible according to an office text (its German wording); `andere` when it names none of them. */
export function levelOf(office: I18nText): Level {
  let best: Level = 'andere';
  let at = Infinity;
  for (const [level, words] of LEVEL_WORDS) {
    const i = office.de.search(words);
    if (i >= 0 && i < at) {
      at = i;
      best = level;
    }
  }
  return best;
}

export type StateKind = 'atomic' | 'compound' | 'parallel' | 'final' | 'history';

export interface ChartState {
  /** Path below the root, e.g. "aufenthalt.erstaufnahme.aufnahme" (as `stateMeta` takes it). */
  readonly path: string;
  /** The state's own key, e.g. "aufnahme". */
  readonly key: string;
  /** The parallel region the state belongs to (its first path segment). */
  readonly region: string;
  /** Path of the parent state; null for a region. */
  readonly parent: string | null;
  readonly depth: number;
  readonly kind: StateKind;
  /** The parent's initial child. */
  readonly initial: boolean;
  readonly meta: StateMeta | undefined;
  /** Level responsible, from `meta.office`; undefined for a state without meta (e.g. a region). */
  readonly level: Level | undefined;
  readonly children: readonly string[];
}

export interface ChartTransition {
  /** Paths of source and target state. */
  readonly source: string;
  readonly target: string;
  readonly event: string;
  /** Name of the guard, if the transition has one. */
  readonly guard: string | undefined;
}

export interface ChartModel {
  readonly id: string;
  /** Parallel regions (or the root's children), in chart order. */
  readonly regions: readonly string[];
  /** Every state below the root, depth first in chart order. */
  readonly states: readonly ChartState[];
  readonly transitions: readonly ChartTransition[];
  readonly byPath: ReadonlyMap<string, ChartState>;
}

function guardName(guard: unknown): string | undefined {
  if (!guard) return undefined;
  if (typeof guard === 'string') return guard;
  const t = (guard as { type?: unknown }).type;
  return typeof t === 'string' ? t : 'guard';
}

/** Reads states, annotations and transitions of a statechart through xstate/graph. */
export function chartModel(machine: AnyStateMachine): ChartModel {
  const graph = toDirectedGraph(machine);
  const root = graph.id;
  const pathOf = (id: string): string => id.slice(root.length + 1);
  const states: ChartState[] = [];
  const transitions: ChartTransition[] = [];
  const visit = (node: DirectedGraphNode, parent: string | null, depth: number): void => {
    const sn = node.stateNode;
    const path = pathOf(node.id);
    const parentNode = sn.parent;
    const meta = sn.meta as StateMeta | undefined;
    states.push({
      path,
      key: sn.key,
      region: path.split('.')[0]!,
      parent,
      depth,
      kind: sn.type as StateKind,
      initial: parentNode?.type === 'compound' && parentNode.initial?.target[0] === sn,
      meta,
      level: meta ? levelOf(meta.office) : undefined,
      children: node.children.map((c) => pathOf(c.id)),
    });
    for (const e of node.edges) {
      transitions.push({ source: path, target: pathOf(e.target.id), event: e.label.text, guard: guardName(e.transition.guard) });
    }
    for (const c of node.children) visit(c, path, depth + 1);
  };
  for (const c of graph.children) visit(c, null, 0);
  return {
    id: root,
    regions: graph.children.map((c) => pathOf(c.id)),
    states,
    transitions,
    byPath: new Map(states.map((s) => [s.path, s])),
  };
}

/** States that carry an annotation (office, legal basis, text): the ones a trainee learns. */
export function annotatedStates(model: ChartModel): ChartState[] {
  return model.states.filter((s) => s.meta !== undefined);
}
