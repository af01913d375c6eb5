/**
 * Compiles the household statechart into a transition table: xstate/graph asks the machine once per reachable
 * (state, event) pair, and households then move by table lookup.
 */
import type { AnyStateMachine } from 'xstate';
import { getAdjacencyMap } from 'xstate/graph';
import { HAUSHALT_EVENTS, haushaltMachine } from './haushalt.ts';

export type HaushaltEventType = (typeof HAUSHALT_EVENTS)[number];

export interface CompiledState {
  readonly index: number;
  /** e.g. "erstaufnahme|laufend" */
  readonly key: string;
  readonly aufenthalt: string;
  readonly verfahren: string;
  readonly tags: ReadonlySet<string>;
}

export interface TransitionTable {
  readonly states: readonly CompiledState[];
  readonly initial: number;
  readonly eventIndex: Readonly<Record<HaushaltEventType, number>>;
  /** next[state * events + event] = next state index (the same index when the event does nothing). */
  readonly next: Uint8Array;
  readonly eventCount: number;
  /** Per state: 1 if the tag is set. */
  readonly isAsylblg: Uint8Array;
  readonly isKommunal: Uint8Array;
  readonly isGone: Uint8Array;
  readonly isRecognised: Uint8Array;
  stateOf(aufenthalt: string, verfahren: string): number;
}

type Value = { aufenthalt: string; verfahren: string };

function keyOf(value: unknown): string {
  const v = value as Value;
  return `${v.aufenthalt}|${v.verfahren}`;
}

/**
 * Enumerates every reachable state of a two-region machine and its transitions. xstate/graph walks the chart
 * breadth-first over `events` in their order, so a state's index is the order in which the walk meets it.
 */
export function compileTable(machine: AnyStateMachine, events: readonly string[]): TransitionTable {
  // Keyed by the state value alone: the table knows states, not context.
  const adjacency = getAdjacencyMap(machine, {
    events: events.map((type) => ({ type })),
    serializeState: (snapshot) => keyOf(snapshot.value),
    serializeEvent: (event) => event.type,
  });
  const snapshots = Object.values(adjacency).map((a) => a.state);
  const keys = new Map(snapshots.map((snap, i) => [keyOf(snap.value), i]));
  const edges = Object.values(adjacency).map(({ transitions }) =>
    events.map((type) => keys.get(keyOf(transitions[type]!.state.value))!),
  );
  if (snapshots.length > 255) throw new Error('household state space too large for the table');
  const n = snapshots.length;
  const e = events.length;
  const next = new Uint8Array(n * e);
  edges.forEach((row, s) => row.forEach((t, ev) => (next[s * e + ev] = t)));
  const states: CompiledState[] = snapshots.map((snap, index) => {
    const v = snap.value as Value;
    return { index, key: keyOf(v), aufenthalt: v.aufenthalt, verfahren: v.verfahren, tags: new Set(snap.tags) };
  });
  const flag = (tag: string) => Uint8Array.from(states, (s) => (s.tags.has(tag) ? 1 : 0));
  const eventIndex = Object.fromEntries(events.map((t, i) => [t, i])) as Record<HaushaltEventType, number>;
  return {
    states,
    initial: 0,
    eventIndex,
    next,
    eventCount: e,
    isAsylblg: flag('asylblg'),
    isKommunal: flag('kommunal'),
    isGone: flag('weg'),
    isRecognised: Uint8Array.from(states, (s) => (s.verfahren === 'anerkannt' ? 1 : 0)),
    stateOf(aufenthalt, verfahren) {
      const idx = keys.get(`${aufenthalt}|${verfahren}`);
      if (idx === undefined) throw new Error(`unreachable household state ${aufenthalt}|${verfahren}`);
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
