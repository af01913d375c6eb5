// The comparison pool with in-process workers: plan, queue, progress, summaries, cancel and errors.
import { describe, expect, it } from 'vitest';
import { ComparePool, poolSize, type CompareState } from '../../src/ui/data/comparePool.ts';
import { load, smallScenario } from '../engine/helpers.ts';
import { fakeCompareWorkers as fakes } from './fakeCompareWorker.ts';

const scenario = load(smallScenario({ arrivals: { noise: 'poisson' } }));

/** Resolves with the state once `until` holds, recording every state on the way. */
function watch(pool: ComparePool, until: (s: CompareState) => boolean): { seen: CompareState[]; ended: Promise<CompareState> } {
  const seen: CompareState[] = [];
  const ended = new Promise<CompareState>((resolve) => {
    const off = pool.subscribe(() => {
      const s = pool.getState();
      seen.push(s);
      if (until(s)) {
        off();
        resolve(s);
      }
    });
  });
  return { seen, ended };
}

const setups = [{ kreisPolicy: 'einwohner' }, { kreisPolicy: 'selbst' }];

describe('ComparePool', () => {
  it('sizes the pool by cores, at most four, at least one', () => {
    expect(poolSize(2)).toBe(2);
    expect(poolSize(16)).toBe(4);
    expect(poolSize(undefined)).toBe(1);
    expect(poolSize(0)).toBe(1);
    expect(poolSize(8, 3)).toBe(3);
  });

  it('plans in a worker, runs every task once on the pool and summarises as runs finish', async () => {
    const { create, created } = fakes();
    const pool = new ComparePool(create, 2);
    const { seen, ended } = watch(pool, (s) => s.status !== 'planning' && s.status !== 'running');
    pool.start({ scenario, setups, runs: 3, baseSeed: 4 });
    const end = await ended;
    expect(end.status).toBe('done');
    expect(end.total).toBe(6);
    expect(end.done).toBe(6);
    // Progress counted up one by one, with summaries along the way.
    const running = seen.filter((s) => s.status === 'running' || s.status === 'done');
    expect([...new Set(running.map((s) => s.done))]).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(running[1]!.kpis.length).toBeGreaterThan(0);
    expect(end.kpis.find((k) => k.id === 'zuweisungen')!.setups.map((s) => s.n)).toEqual([3, 3]);
    // The details were summarised in a worker of their own, the last summary holding every run.
    expect(end.detail!.setups.map((s) => s.n)).toEqual([3, 3]);
    expect(end.detailRuns).toBe(6);
    expect(end.outcomes.every((o) => !('detail' in o))).toBe(true);
    // Two runners and the summariser; every task handed out exactly once; all terminated at the end.
    expect(created).toHaveLength(3);
    expect(created.map((w) => w.received.filter((m) => m.type === 'detail').length).sort()).toEqual([0, 0, 6]);
    // Summarised once, at the end: a summary during the runs would take their cores.
    expect(created.flatMap((w) => w.received).filter((m) => m.type === 'summarise')).toHaveLength(1);
    const runs = created.flatMap((w) => w.received.filter((m) => m.type === 'run').map((m) => m.id)).sort();
    expect(runs).toEqual([0, 1, 2, 3, 4, 5]);
    expect(created.every((w) => w.terminated)).toBe(true);
  });

  it('reports refused setups with field and value, and runs nothing', async () => {
    const { create, created } = fakes();
    const pool = new ComparePool(create, 2);
    const { ended } = watch(pool, (s) => s.status !== 'planning');
    pool.start({ scenario, setups: [{ kreisPolicy: 'einwohner' }, { params: [{ path: 'erstaufnahme.forwardingShare', value: 7 }] }], runs: 2 });
    const end = await ended;
    expect(end.status).toBe('invalid');
    expect(end.issues).toEqual([expect.objectContaining({ setup: 1, field: 'params', value: 'erstaufnahme.forwardingShare' })]);
    expect(created.flatMap((w) => w.received).filter((m) => m.type === 'run')).toHaveLength(0);
  });

  it('cancels: runners terminated, later runs ignored, the runs done so far summarised', async () => {
    const { create, created } = fakes();
    const pool = new ComparePool(create, 2);
    const { ended } = watch(pool, (s) => s.done >= 1);
    pool.start({ scenario, setups, runs: 5 });
    await ended;
    pool.cancel();
    const s = pool.getState();
    expect(s.status).toBe('cancelled');
    const kept = s.done;
    expect(kept).toBeLessThan(10);
    // Only the summariser is left, to summarise the runs done.
    expect(created.filter((w) => !w.terminated)).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 100));
    const after = pool.getState();
    expect(after.status).toBe('cancelled');
    expect(after.done).toBe(kept);
    expect(after.detailRuns).toBe(kept);
    expect(after.detail!.setups.reduce((a, x) => a + x.n, 0)).toBe(kept);
    expect(created.every((w) => w.terminated)).toBe(true);
  });

  it('reports a failed run by its setup and seed and stops', async () => {
    const { create, created } = fakes({ failRun: 2 });
    const pool = new ComparePool(create, 2);
    const { ended } = watch(pool, (s) => s.status === 'error' || s.status === 'done');
    pool.start({ scenario, setups, runs: 3, baseSeed: 10 });
    const end = await ended;
    expect(end.status).toBe('error');
    expect(end.error).toBe('run 2 (setup 1, seed 11): the run took too long');
    expect(created.every((w) => w.terminated)).toBe(true);
  });

  it('reports a worker that crashes', async () => {
    const { create } = fakes({ crashRun: 0 });
    const pool = new ComparePool(create, 1);
    const { ended } = watch(pool, (s) => s.status === 'error' || s.status === 'done');
    pool.start({ scenario, setups, runs: 1 });
    expect((await ended).error).toBe('out of memory');
  });
});
