/**
 * Asks a statechart once per (state, event) and caches the answer, so that hundreds of institutions and
 * thousands of contracts follow the chart without an actor each. The chart stays the authority: every
 * cached row comes from xstate's pure `transition()`.
 */
import { transition, type AnyStateMachine } from 'xstate';

/** Types of the actions a transition executes that are the model's own (xstate's internal ones dropped). */
function ownActions(actions: readonly { type: string }[]): string[] {
  return actions.map((a) => a.type).filter((t) => !t.startsWith('xstate.'));
}

export interface TimedRow {
  /** Name of the delay (an implementation in the machine's `delays`) after which the state is left, or null for a resting state. */
  readonly delay: string | null;
  readonly next: string;
  /** Actions run on that transition (exit, transition and entry actions), in order. */
  readonly actions: readonly string[];
}

/**
 * For a flat machine whose states are left by `after` delays: per state, the delay, the next state and the actions.
 * `context` is any valid context; delays and actions are evaluated per instance by the caller.
 */
export function compileTimed(machine: AnyStateMachine, context: unknown): ReadonlyMap<string, TimedRow> {
  const rows = new Map<string, TimedRow>();
  for (const [name, node] of Object.entries(machine.root.states)) {
    const after = node.after[0];
    if (!after) {
      rows.set(name, { delay: null, next: name, actions: [] });
      continue;
    }
    const snap = machine.resolveState({ value: name, context });
    const [next, actions] = transition(machine, snap, { type: after.eventType });
    rows.set(name, { delay: String(after.delay), next: String(next.value), actions: ownActions(actions) });
  }
  return rows;
}

/** Milliseconds of a named delay of the machine for a given context. */
export function delayOf(machine: AnyStateMachine, name: string, context: unknown): number {
  const impl = (machine.implementations.delays as Record<string, unknown>)[name];
  if (typeof impl === 'number') return impl;
  if (typeof impl === 'function') return (impl as (a: { context: unknown }) => number)({ context });
  throw new Error(`machine ${machine.id} has no delay "${name}"`);
}

export interface BandRow {
  readonly next: string;
  readonly actions: readonly string[];
}

/**
 * For a machine driven by one event whose guards compare a number with fixed boundaries: the answer per
 * (state, band), where band i holds the values between boundaries i−1 and i. Asked lazily, cached.
 */
export function bandedTransitions(
  machine: AnyStateMachine,
  context: unknown,
  boundaries: readonly number[],
  event: (value: number) => { type: string },
): (state: string, band: number) => BandRow {
  const cache = new Map<string, BandRow>();
  const representative = (band: number): number => {
    const lo = boundaries[band - 1];
    const hi = boundaries[band];
    if (lo === undefined) return (hi ?? 0) - 1;
    if (hi === undefined) return lo + 1;
    return (lo + hi) / 2;
  };
  return (state, band) => {
    const key = `${state}|${band}`;
    let row = cache.get(key);
    if (!row) {
      const snap = machine.resolveState({ value: state, context });
      const [next, actions] = transition(machine, snap, event(representative(band)));
      row = { next: String(next.value), actions: ownActions(actions) };
      cache.set(key, row);
    }
    return row;
  };
}

/** The answer of a machine to an event in a given state (next state and the model's actions). */
export function eventRow(machine: AnyStateMachine, context: unknown, state: string, type: string): BandRow {
  const snap = machine.resolveState({ value: state, context });
  const [next, actions] = transition(machine, snap, { type });
  return { next: String(next.value), actions: ownActions(actions) };
}
