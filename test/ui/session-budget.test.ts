/** A run the worker stops at its time budget ends in the error notice with the previous run on screen. */
import { describe, expect, it } from 'vitest';
import { RUN_BUDGET_MS } from '../../src/engine/budget.ts';
import { Session, type WorkerLike } from '../../src/ui/data/session.ts';
import { handleRun } from '../../src/worker/engine.worker.ts';
import type { FromWorker, ToWorker } from '../../src/worker/protocol.ts';

/** A worker running the real engine; from the second run on its clock jumps past the budget after two slices. */
function workers(): () => WorkerLike {
  let runs = 0;
  return () => {
    const w: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage(msg: ToWorker) {
        const slow = ++runs > 1;
        let reads = 0;
        const now = () => (slow && ++reads > 4 ? RUN_BUDGET_MS + 1 : 0);
        setTimeout(() => {
          const out: FromWorker[] = [];
          handleRun(msg, { postMessage: (m) => out.push(m) }, now);
          for (const m of out) w.onmessage?.({ data: m });
        }, 0);
      },
      terminate() {},
    };
    return w;
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('a run over its time budget', () => {
  it('shows the budget message and keeps the previous run', async () => {
    const session = new Session(workers());
    session.run({ scenario: 'musterkreis', options: {} });
    for (let i = 0; i < 200 && session.getState().status !== 'ready'; i++) await settle();
    const before = session.getState();
    expect(before.status).toBe('ready');
    session.run({ scenario: 'herbst-2015', options: { seed: 3 } });
    for (let i = 0; i < 200 && session.getState().status !== 'error'; i++) await settle();
    expect(session.getState()).toMatchObject({ status: 'error', data: before.data, request: before.request });
    expect(session.getState().error).toMatch(/^the run took longer than its time budget of 300 s and was stopped at day 90 of 580/);
  });
});
