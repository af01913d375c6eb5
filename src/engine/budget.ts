/**
 * The work budget of a run: the longest wall time it may take, checked as it reports its progress, so that neither the
 * command line nor the worker can hang on a run. The clock comes from the caller; the engine itself reads no wall time.
 */

/** How long a run may take, and the clock to measure it by. */
export interface RunBudget {
  /** Longest wall time of the run, milliseconds. */
  readonly maxMs: number;
  /** Milliseconds on a clock that only moves forward (`performance.now`). */
  readonly now: () => number;
}

/**
 * The budget the command line and the worker give a run: five minutes. The largest runs the loader admits (ten
 * million persons, or Hessen for 30 years) take about 15 s on the development machine; the built-in scenarios well
 * under a second.
 */
export const RUN_BUDGET_MS = 5 * 60_000;

/** A run stopped because it took longer than its budget; carries how far it got. */
export class RunBudgetExceeded extends Error {
  constructor(
    readonly maxMs: number,
    /** Simulated days done when it was stopped, and of the whole run. */
    readonly done: number,
    readonly total: number,
  ) {
    super(`the run took longer than its time budget of ${Math.round(maxMs / 1000)} s and was stopped at day ${done} of ${total}; shorten the period or lower the arrivals`);
    this.name = 'RunBudgetExceeded';
  }
}

/**
 * The progress callback of a run with its budget: the clock starts now, and each report first checks the time taken
 * (throwing RunBudgetExceeded beyond the budget), then passes the report on. Without a budget, the callback as given.
 */
export function withBudget<L>(
  onProgress: ((done: number, total: number, live: L) => void) | undefined,
  budget: RunBudget | undefined,
): ((done: number, total: number, live: L) => void) | undefined {
  if (!budget) return onProgress;
  const { maxMs, now } = budget;
  const start = now();
  return (done, total, live) => {
    if (now() - start > maxMs) throw new RunBudgetExceeded(maxMs, done, total);
    onProgress?.(done, total, live);
  };
}
