/** The work budget of a run: one check for the command line and the worker, stopping a run that takes too long with a message. */
import { describe, expect, it } from 'vitest';
import { RUN_BUDGET_MS, RunBudgetExceeded, withBudget } from '../../src/engine/budget.ts';
import { runScenario } from '../../src/engine/run.ts';
import { handleRun } from '../../src/worker/engine.worker.ts';
import type { FromWorker } from '../../src/worker/protocol.ts';
import { load, smallScenario } from './helpers.ts';

/** A clock that moves one second each time it is read. */
function ticking(): () => number {
  let t = 0;
  return () => (t += 1000);
}

describe('the budget of a run', () => {
  const scenario = load(smallScenario());

  it('stops a run that takes longer, saying how far it got', () => {
    // Read once at the start and once per report of 30 days: the fourth report (day 120) comes 4 s after the start.
    const run = () => runScenario(scenario, { budget: { maxMs: 3_000, now: ticking() } });
    expect(run).toThrow(RunBudgetExceeded);
    try {
      run();
    } catch (e) {
      expect(e).toMatchObject({ maxMs: 3_000, done: 120, total: 182 });
      expect((e as Error).message).toBe('the run took longer than its time budget of 3 s and was stopped at day 120 of 182; shorten the period or lower the arrivals');
    }
  });

  it('within its budget changes nothing in the result, and reports go on to the caller', () => {
    const reports: number[] = [];
    const budgeted = runScenario(scenario, { budget: { maxMs: 1e9, now: ticking() }, onProgress: (done) => reports.push(done) });
    const free = runScenario(scenario);
    expect(reports).toEqual([30, 60, 90, 120, 150, 180, 182]);
    expect(budgeted.series.present).toEqual(free.series.present);
    expect(budgeted.kpis).toEqual(free.kpis);
  });

  it('without a budget the progress callback is the caller’s own', () => {
    const onProgress = () => undefined;
    expect(withBudget(onProgress, undefined)).toBe(onProgress);
    expect(withBudget(undefined, undefined)).toBeUndefined();
    expect(RUN_BUDGET_MS).toBe(300_000);
  });

  it('in the worker: an error message the UI shows, after the slices sent so far', () => {
    const messages: FromWorker[] = [];
    // The worker reads the clock once for its own timing, the budget once at the start; then 2 reports pass.
    let reads = 0;
    const now = () => (++reads <= 4 ? 0 : RUN_BUDGET_MS + 1);
    handleRun({ type: 'run', runId: 3, scenario: 'musterkreis', options: {} }, { postMessage: (m) => messages.push(m) }, now);
    expect(messages.map((m) => m.type)).toEqual(['started', 'chunk', 'chunk', 'error']);
    expect(messages.at(-1)).toEqual({ type: 'error', runId: 3, message: expect.stringMatching(/^the run took longer than its time budget of 300 s and was stopped at day 90 of 731/) });
  });
});
