/**
 * Compiles the household statechart into a transition table: xstate/graph asks the machine once per reachable
 * (state, event) pair, and households then move by table lookup. The table is the chart's answer, nothing more:
 * whether an event is accepted, the next state, and what the state's tags say.
 */
import type { AnyMachineSnapshot, AnyStateMachine, StateValue } from 'xstate';
import { getAdjacencyMap } from 'xstate/graph';
import { HAUSHALT_EVENTS, haushaltMachine, type HaushaltEventType } from './haushalt.ts';

export type { HaushaltEventType };

/** Tags of `aufenthalt` states that name the level whose place a household occupies, in level order (1, 2, 3). */
export const PLACE_TAGS = ['erstaufnahme', 'kreis', 'gemeinde'] as const;

export interface CompiledState {
  readonly index: number;
  /** The active leaf path of each region, joined by "|", e.g. "erstaufnahme.aufnahme|laufend|pauschale". */
  readonly key: string;
  /** Active path per region, e.g. { aufenthalt: 'kommune.kreis.weiterleitung', verfahren: 'laufend', … }. */
  readonly regions: Readonly<Record<string, string>>;
  readonly tags: ReadonlySet<string>;
}

export interface TransitionTable {
  readonly states: readonly CompiledState[];
  readonly initial: number;
  readonly events: readonly string[];
  readonly eventIndex: Readonly<Record<string, number>>;
  /** The same as a Map, for the engine's lookup of every event it sends (a plain object is slow at one site that sees every name). */
  readonly eventIndexOf: ReadonlyMap<string, number>;
  readonly eventCount: number;
  /** next[state * events + event] = next state index (the same index when the event changes nothing). */
  readonly next: Uint8Array;
  /** accepts[state * events + event] = 1 if the chart takes a transition for the event in that state. */
  readonly accepts: Uint8Array;
  /** Per state: the level whose place the household occupies (1 Erstaufnahme, 2 Kreis, 3 Gemeinde), 0 for none. */
  readonly place: Uint8Array;
  /** Per state: 1 if the tag is set. */
  readonly isKommunal: Uint8Array;
  readonly isGone: Uint8Array;
  readonly isPauschale: Uint8Array;
  readonly isRecognised: Uint8Array;
  /** Per state: 1 if the state matches a path such as "aufenthalt.erstaufnahme.gehalten" (cached per path). */
  flag(path: string): Uint8Array;
  /** The state index of a key as in `CompiledState.key`; throws for a state the chart cannot reach. */
  stateOf(key: string): number;
}

/** Leaf paths of a state value, e.g. { kommune: { kreis: 'weiterleitung' } } → "kommune.kreis.weiterleitung". */
function pathOf(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [k, v] = Object.entries(value)[0] ?? ['', ''];
  return v === undefined || (typeof v === 'object' && Object.keys(v).length === 0) ? k : `${k}.${pathOf(v as StateValue)}`;
}

function regionsOf(snap: AnyMachineSnapshot): Record<string, string> {
  const value = snap.value as Record<string, StateValue>;
  return Object.fromEntries(Object.entries(value).map(([region, v]) => [region, pathOf(v)]));
}

/** A nested state value from a dotted path, e.g. "a.b.c" → { a: { b: 'c' } }. */
function valueOf(path: string): StateValue {
  const parts = path.split('.');
  let v: StateValue = parts.pop() as string;
  while (parts.length > 0) v = { [parts.pop() as string]: v };
  return v;
}

/**
 * Enumerates every reachable state of a parallel machine and its answer to every event. xstate/graph walks the
 * chart breadth-first over `events` in their order, so a state's index is the order in which the walk meets it.
 */
export function compileTable(machine: AnyStateMachine, events: readonly string[]): TransitionTable {
  const keyOf = (snap: AnyMachineSnapshot): string => Object.values(regionsOf(snap)).join('|');
  // Keyed by the state alone: the table knows states, not context.
  const adjacency = Object.values(
    getAdjacencyMap(machine, {
      events: events.map((type) => ({ type })),
      serializeState: (snap) => keyOf(snap as AnyMachineSnapshot),
      serializeEvent: (event) => event.type,
    }),
  );
  const snapshots = adjacency.map((a) => a.state as AnyMachineSnapshot);
  const keys = new Map(snapshots.map((snap, i) => [keyOf(snap), i]));
  const e = events.length;
  const edges: number[] = [];
  const accepted: number[] = [];
  adjacency.forEach(({ state, transitions }) => {
    for (const type of events) {
      edges.push(keys.get(keyOf(transitions[type]!.state as AnyMachineSnapshot))!);
      accepted.push((state as AnyMachineSnapshot).can({ type }) ? 1 : 0);
    }
  });
  if (snapshots.length > 255) throw new Error('household state space too large for the table');
  const states: CompiledState[] = snapshots.map((snap, index) => ({
    index,
    key: keyOf(snap),
    regions: regionsOf(snap),
    tags: new Set(snap.tags),
  }));
  const tagged = (tag: string) => Uint8Array.from(states, (s) => (s.tags.has(tag) ? 1 : 0));
  const flags = new Map<string, Uint8Array>();
  const flag = (path: string): Uint8Array => {
    let f = flags.get(path);
    if (!f) {
      const v = valueOf(path);
      f = Uint8Array.from(snapshots, (s) => (s.matches(v as never) ? 1 : 0));
      flags.set(path, f);
    }
    return f;
  };
  return {
    states,
    initial: 0,
    events,
    eventIndex: Object.fromEntries(events.map((t, i) => [t, i])),
    eventIndexOf: new Map(events.map((t, i) => [t, i])),
    eventCount: e,
    next: Uint8Array.from(edges),
    accepts: Uint8Array.from(accepted),
    place: Uint8Array.from(states, (s) => {
      const i = PLACE_TAGS.findIndex((t) => s.tags.has(t));
      return i < 0 ? 0 : i + 1;
    }),
    isKommunal: tagged('kommunal'),
    isGone: tagged('weg'),
    isPauschale: tagged('pauschale'),
    isRecognised: flag('verfahren.anerkannt'),
    flag,
    stateOf(key) {
      const idx = keys.get(key);
      if (idx === undefined) throw new Error(`unreachable household state ${key}`);
      return idx;
    },
  };
}

let cached: TransitionTable | undefined;
/** The compiled household table (built once per process). */
export function haushaltTable(): TransitionTable {
  cached ??= compileTable(haushaltMachine, HAUSHALT_EVENTS);
  return cached;
}
