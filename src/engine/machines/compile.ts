/**
 * Asks a statechart once per (state, event) and caches the answer, so that hundreds of institutions and
 * thousands of contracts follow the chart without an actor each. The chart stays the authority: every
 * cached answer comes from xstate's pure `initialTransition()` / `transition()`.
 */
import {
  getNextTransitions,
  initialTransition,
  transition,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type EventObject,
  type SpecialExecutableAction,
} from 'xstate';

/** The action by which a transition asks for a (delayed) event, as `transition()` returns it. */
type RaiseAction = Extract<SpecialExecutableAction, { type: 'xstate.raise' }>;

interface ExecutedAction {
  readonly type: string;
  readonly params?: unknown;
}

/** Types of the actions a transition executes that are the model's own (xstate's built-in ones dropped). */
function ownActions(actions: readonly ExecutedAction[]): string[] {
  return actions.map((a) => a.type).filter((t) => !t.startsWith('xstate.'));
}

/** A state value as a dotted path ("offen.gekuendigt"); the timed charts have no parallel regions. */
function pathOf(value: unknown): string {
  if (typeof value === 'string') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length !== 1) throw new Error(`a timed chart has one active state per level, not ${JSON.stringify(value)}`);
  const [name, child] = entries[0]!;
  return `${name}.${pathOf(child)}`;
}

/** A delayed event a step schedules. */
export interface Timer {
  /** Id under which a later step may cancel it. */
  readonly id: string;
  /** The event to hand back to the chart when the delay has passed. */
  readonly event: string;
  /** Name of the chart's delay; the caller computes its length per instance. */
  readonly delay: string;
}

export interface TimedStep {
  /** The state after the step, as a dotted path. */
  readonly next: string;
  /** The model's actions on that step (exit, transition and entry actions), in order. */
  readonly actions: readonly string[];
  /** Delayed events the step schedules (states with `after` that it enters). */
  readonly start: readonly Timer[];
  /** Ids of pending delayed events the step cancels (states with `after` that it leaves). */
  readonly cancel: readonly string[];
}

export interface TimedChart {
  /** The step into the initial state. */
  readonly initial: TimedStep;
  /**
   * The chart's answer to an event in a state reached by earlier steps, asked once per (state, event type): the
   * answer may depend on the event's type only, not on its data or on the context.
   */
  step(state: string, event: EventObject & Readonly<Record<string, unknown>>): TimedStep;
}

/**
 * For a chart whose states are left by named `after` delays and by events: the steps, each with the timers it
 * starts and cancels. `input` is any valid input; delays are computed per instance by the caller.
 */
export function compileTimed(machine: AnyStateMachine, input: unknown): TimedChart {
  const snapshots = new Map<string, AnyMachineSnapshot>();
  // By state, then event type: a key joined from both was a new string to hash on every step of every contract.
  const cache = new Map<string, Map<string, TimedStep>>();
  const stepTo = (next: AnyMachineSnapshot, actions: readonly ExecutedAction[]): TimedStep => {
    const path = pathOf(next.value);
    if (!snapshots.has(path)) snapshots.set(path, next);
    const delayed = getNextTransitions(next);
    const start: Timer[] = [];
    const cancel: string[] = [];
    for (const a of actions) {
      if (a.type === 'xstate.raise') {
        const p = (a as RaiseAction).params;
        if (p.delay === undefined) continue; // raised at once, handled within the same step
        const t = delayed.find((d) => d.eventType === p.event.type);
        const delay = t && 'delay' in t ? t.delay : undefined;
        if (typeof delay !== 'string') throw new Error(`machine ${machine.id}: the delay of ${p.event.type} must be named`);
        start.push({ id: p.id ?? p.event.type, event: p.event.type, delay });
      } else if (a.type === 'xstate.cancel') {
        cancel.push((a.params as { sendId: string }).sendId);
      }
    }
    return { next: path, actions: ownActions(actions), start, cancel };
  };
  const [first, firstActions] = initialTransition(machine, input);
  const initial = stepTo(first, firstActions);
  return {
    initial,
    step(state, event) {
      let byEvent = cache.get(state);
      if (!byEvent) cache.set(state, (byEvent = new Map()));
      let row = byEvent.get(event.type);
      if (!row) {
        const from = snapshots.get(state);
        if (!from) throw new Error(`machine ${machine.id}: state ${state} has not been reached`);
        const [next, actions] = transition(machine, from, event);
        row = stepTo(next, actions);
        byEvent.set(event.type, row);
      }
      return row;
    },
  };
}

export interface BandRow {
  readonly next: string;
  readonly actions: readonly string[];
}

/** Rows of `bandedTransitions` per machine, event builder, and context with boundaries: they hold for every run. */
const bandCaches = new WeakMap<AnyStateMachine, WeakMap<(value: number) => { type: string }, Map<string, Map<string, BandRow[]>>>>();
/** Distinct contexts kept per machine and event builder; a UI that tries thresholds one after another may make many. */
const BAND_CACHE_CONTEXTS = 64;

/** Numbers JSON would write as null (NaN, ±Infinity) keep their own key. */
const keyOf = (context: unknown, boundaries: readonly number[]): string =>
  `${JSON.stringify(context, (_, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? `#${v}` : v))}|${boundaries.join(',')}`;

/**
 * For a machine driven by one event whose guards compare a number with fixed boundaries: the answer per
 * (state, band), where band i holds the values from boundary i−1 (included, as the guards `>=` and `<` have it)
 * up to boundary i. Asked lazily, cached across calls (and runs) for the same machine, `event` function and equal
 * context and boundaries — so the context must be plain data, and `event` a function the caller keeps.
 */
export function bandedTransitions(
  machine: AnyStateMachine,
  context: unknown,
  boundaries: readonly number[],
  event: (value: number) => { type: string },
): (state: string, band: number) => BandRow {
  let perMachine = bandCaches.get(machine);
  if (!perMachine) bandCaches.set(machine, (perMachine = new WeakMap()));
  let perEvent = perMachine.get(event);
  if (!perEvent) perMachine.set(event, (perEvent = new Map()));
  const key = keyOf(context, boundaries);
  let found = perEvent.get(key);
  if (!found) {
    if (perEvent.size >= BAND_CACHE_CONTEXTS) perEvent.clear();
    found = new Map<string, BandRow[]>();
    perEvent.set(key, found);
  }
  const cache = found;
  // A band's lower boundary belongs to it; a midpoint would not do, since between neighbouring doubles it
  // rounds onto the upper boundary.
  const representative = (band: number): number => boundaries[band - 1] ?? -Infinity;
  return (state, band) => {
    let rows = cache.get(state);
    if (!rows) cache.set(state, (rows = []));
    let row = rows[band];
    if (!row) {
      const snap = machine.resolveState({ value: state, context });
      const [next, actions] = transition(machine, snap, event(representative(band)));
      row = { next: String(next.value), actions: ownActions(actions) };
      rows[band] = row;
    }
    return row;
  };
}
