/**
 * "Was wäre wenn" of the lecturer mode: a changed run computed beside the original in a second engine worker, put on
 * screen (for every view, the run control and the detail panel) once it is complete, with the original kept as the
 * baseline the views compare against. Views read it through `useWhatIf()`; without a change they see no baseline.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Text } from '../../engine/scenario/meta.ts';
import type { ScenarioIssue } from '../../engine/scenario/resolve.ts';
import type { Scenario, ScenarioEvent } from '../../engine/scenario/schema.ts';
import { RunControl, SessionProvider, useSessionObject } from '../app/context.tsx';
import type { RunData } from './runData.ts';
import { createEngineWorker, Session, type RunRequest } from './session.ts';

/** What the lecturer asks for: one parameter (a dotted path, as events name it; `policies.kreis` for the Kreis policy) set to a value. */
export interface WhatIfInput {
  readonly path: string;
  readonly value: unknown;
  /** The text the run's log shows for the change (it may name the value before). */
  readonly label: (change: WhatIfChange) => Text;
}

/** A change in force: the parameter, its value before and after, and the first day it applies. */
export interface WhatIfChange {
  readonly path: string;
  readonly value: unknown;
  /** The value the original run has on `date` (policy overrides and earlier events of the scenario included). */
  readonly previous: unknown;
  /** ISO date from which the changed run differs: the day after the one the lecturer paused on. */
  readonly date: string;
}

/** Why the last change asked for is not on screen; the run on screen stays. */
export type WhatIfProblem =
  | { readonly kind: 'invalid'; readonly issues: readonly ScenarioIssue[] }
  | { readonly kind: 'error'; readonly message: string }
  /** The original run is not complete yet, or the cursor is on its last day. */
  | { readonly kind: 'notReady' }
  | { readonly kind: 'lastDay' };

export interface WhatIf {
  /** The original run while a changed run is on screen; null when none is. */
  readonly baseline: RunData | null;
  /** The change whose run is on screen. */
  readonly change: WhatIfChange | null;
  /** A change whose run is being computed. */
  readonly pending: WhatIfChange | null;
  readonly problem: WhatIfProblem | null;
  /** Computes the original with the change from the day after the cursor on; shows it when it is complete. */
  readonly apply: (input: WhatIfInput) => void;
  /** Back to the original run (also stops a changed run being computed). */
  readonly drop: () => void;
  /** The session of the original run (null without a provider): chapters run their scenario there. */
  readonly original: Session | null;
}

/** No comparison: what views see outside a provider. */
export const NO_WHAT_IF: WhatIf = { baseline: null, change: null, pending: null, problem: null, apply: () => {}, drop: () => {}, original: null };

/** The context itself, for a view that puts two runs side by side without the lecturer mode's provider. */
export const WhatIfContext = createContext<WhatIf>(NO_WHAT_IF);

/** The what-if state; outside a provider (or without a change) a state without baseline. */
export function useWhatIf(): WhatIf {
  return useContext(WhatIfContext);
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The value at a dotted path of an object, if every step exists. */
export function valueAt(root: unknown, path: string): unknown {
  let v: unknown = root;
  for (const k of path.split('.')) {
    if (!isRecord(v) || !Object.hasOwn(v, k)) return undefined;
    v = v[k];
  }
  return v;
}

/**
 * The value a parameter has in a run on a date: the scenario's, or the run's policy option for `policies.land` and
 * `policies.kreis`, then each event of the scenario dated on or before `date` that sets it.
 */
export function valueInForce(scenario: Scenario, options: RunRequest['options'], path: string, date: string): unknown {
  let value = path === 'policies.land' && options.landPolicy ? options.landPolicy : path === 'policies.kreis' && options.kreisPolicy ? options.kreisPolicy : valueAt(scenario, path);
  const events = [...scenario.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const e of events) {
    if (e.date > date) break;
    if (e.set && Object.hasOwn(e.set, path)) value = e.set[path];
  }
  return value;
}

/** The first date after `date` on which a scenario event sets the parameter again (the change holds until then). */
export function laterSetting(scenario: Scenario, path: string, date: string): string | null {
  const dates = scenario.events.filter((e) => e.date >= date && e.set !== undefined && Object.hasOwn(e.set, path)).map((e) => e.date);
  return dates.length > 0 ? dates.sort()[0]! : null;
}

/**
 * The request of the changed run: the original's scenario (as validated) with one more event that sets the parameter
 * on the change's date, and the original's options (seed, policies). Arrivals draw on their own random stream, so both
 * runs agree up to that date and differ after it only by what the change brings about.
 */
export function changedRequest(original: RunRequest, scenario: Scenario, change: Pick<WhatIfChange, 'path' | 'value' | 'date'>, label: Text): RunRequest {
  const event: ScenarioEvent = { date: change.date, label, set: { [change.path]: change.value } };
  return { scenario: { ...scenario, events: [...scenario.events, event] }, options: original.options };
}

interface Run {
  readonly session: Session;
  readonly change: WhatIfChange;
  readonly baseline: RunData;
}

/**
 * The session the app sees while a changed run is on screen: the changed run's state, but a run started through it
 * (the scenario form, an editor) goes to the original session — which ends the comparison — instead of replacing the
 * changed run.
 */
class ShownSession extends Session {
  constructor(
    shown: Session,
    private readonly original: Session,
  ) {
    super(() => {
      throw new Error('a shown what-if run starts no worker of its own');
    });
    this.subscribe = shown.subscribe;
    this.getState = shown.getState;
  }

  override run(request: RunRequest): void {
    this.original.run(request);
  }

  override cancel(): void {
    this.original.cancel();
  }
}

/**
 * Holds the changed runs and puts the one on screen into a session context of its own for everything below, so that
 * views, run bar and detail panel show it; the cursor returns to its day when the run on screen changes. Mount it
 * inside the app's SessionProvider and RunControl.Provider.
 */
export function WhatIfProvider({ children, createSession = defaultSession }: { children: ReactNode; createSession?: () => Session }) {
  const original = useSessionObject();
  const control = RunControl.useActorRef();
  const [shown, setShown] = useState<Run | null>(null);
  const [computing, setComputing] = useState<Run | null>(null);
  const [problem, setProblem] = useState<WhatIfProblem | null>(null);
  // The day under the cursor when the run on screen was swapped: the cursor goes back there.
  const resumeDay = useRef<number | null>(null);
  const runs = useRef<{ shown: Run | null; computing: Run | null }>({ shown: null, computing: null });
  runs.current = { shown, computing };

  const cursorDay = useCallback(() => Math.floor(control.getSnapshot().context.position), [control]);

  const drop = useCallback(() => {
    const { shown: s, computing: c } = runs.current;
    c?.session.dispose();
    setComputing(null);
    setProblem(null);
    if (s) {
      resumeDay.current = cursorDay();
      s.session.dispose();
      setShown(null);
    }
  }, [cursorDay]);

  const apply = useCallback(
    (input: WhatIfInput) => {
      const state = original.getState();
      const data = state.data;
      if (!data || !state.request || !data.scenario || !data.complete || state.status === 'computing') {
        setProblem({ kind: 'notReady' });
        return;
      }
      const day = cursorDay();
      const date = data.days[day + 1];
      if (date === undefined) {
        setProblem({ kind: 'lastDay' });
        return;
      }
      const change: WhatIfChange = { path: input.path, value: input.value, previous: valueInForce(data.scenario, state.request.options, input.path, date), date };
      runs.current.computing?.session.dispose();
      const session = createSession();
      setProblem(null);
      setComputing({ session, change, baseline: data });
      session.run(changedRequest(state.request, data.scenario, change, input.label(change)));
    },
    [original, createSession, cursorDay],
  );

  // The changed run goes on screen when it is complete; if it is rejected or fails, the run on screen stays.
  useEffect(() => {
    if (!computing) return;
    const check = () => {
      const s = computing.session.getState();
      if (s.status === 'ready') {
        resumeDay.current = cursorDay();
        runs.current.shown?.session.dispose();
        setShown(computing);
        setComputing(null);
      } else if (s.status === 'invalid' || s.status === 'error') {
        computing.session.dispose();
        setComputing(null);
        setProblem(s.status === 'invalid' ? { kind: 'invalid', issues: s.issues } : { kind: 'error', message: s.error ?? '' });
      }
    };
    check();
    return computing.session.subscribe(check);
  }, [computing, cursorDay]);

  // A new original run (another scenario, a chapter of another script) ends the comparison.
  useEffect(() => {
    const check = () => {
      const data = original.getState().data;
      const { shown: s, computing: c } = runs.current;
      if ((s && s.baseline !== data) || (c && c.baseline !== data)) drop();
    };
    return original.subscribe(check);
  }, [original, drop]);

  // After the swap the run control starts over with the other run (SessionSync, below, ran first): back to the day.
  useEffect(() => {
    const day = resumeDay.current;
    resumeDay.current = null;
    if (day !== null) control.send({ type: 'cursor.seek', day });
  }, [shown, control]);

  useEffect(
    () => () => {
      runs.current.shown?.session.dispose();
      runs.current.computing?.session.dispose();
    },
    [],
  );

  const onScreen = useMemo(() => (shown ? new ShownSession(shown.session, original) : original), [shown, original]);
  const value = useMemo<WhatIf>(
    () => ({ baseline: shown?.baseline ?? null, change: shown?.change ?? null, pending: computing?.change ?? null, problem, apply, drop, original }),
    [shown, computing, problem, apply, drop, original],
  );
  return (
    <WhatIfContext.Provider value={value}>
      <SessionProvider session={onScreen}>{children}</SessionProvider>
    </WhatIfContext.Provider>
  );
}

function defaultSession(): Session {
  return new Session(createEngineWorker);
}
