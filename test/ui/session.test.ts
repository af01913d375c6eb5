/** The session: one worker per run, streamed data, and the previous run kept when input is rejected. */
import { describe, expect, it } from 'vitest';
import { musterkreis } from '../../src/engine/scenario/builtin/musterkreis.ts';
import { Session } from '../../src/ui/data/session.ts';
import { fakeWorkers } from './fakeWorker.ts';

const settle = () => new Promise((r) => setTimeout(r, 0));
async function until(session: Session, status: string) {
  for (let i = 0; i < 200 && session.getState().status !== status; i++) await settle();
  expect(session.getState().status).toBe(status);
}

describe('Session', () => {
  it('streams a run into RunData and ends ready, with the worker terminated', async () => {
    const w = fakeWorkers();
    const session = new Session(w.create);
    const versions: number[] = [];
    session.subscribe(() => versions.push(session.getState().version));
    session.run({ scenario: 'musterkreis', options: {} });
    await until(session, 'ready');
    const data = session.getState().data!;
    expect(data.available).toBe(data.D);
    expect(data.complete).toBe(true);
    expect(data.kpis.length).toBeGreaterThan(5);
    // Several slices arrived, each a change.
    expect(versions.length).toBeGreaterThan(data.D / 30);
    expect(w.created[0]!.terminated).toBe(true);
    // Conservation holds in what the UI received: arrived = present + passedOn + exits, summed over days.
    for (let u = 1; u < data.U; u++) {
      let a = 0;
      let p = 0;
      let e = 0;
      for (let d = 0; d < data.D; d++) {
        a += data.series.arrived[u * data.D + d]!;
        p += data.series.passedOn[u * data.D + d]!;
        e += data.series.exits[u * data.D + d]!;
      }
      expect(a).toBe(data.series.present[u * data.D + data.D - 1]! + p + e);
    }
  });

  it('keeps the previous run on screen when a scenario is rejected, and reports the field', async () => {
    const w = fakeWorkers();
    const session = new Session(w.create);
    session.run({ scenario: 'musterkreis', options: {} });
    await until(session, 'ready');
    const before = session.getState().data;
    session.run({ scenario: 'musterkreis', options: { landPolicy: 'gibt-es-nicht' } });
    await until(session, 'invalid');
    expect(session.getState().data).toBe(before);
    expect(session.getState().issues.map((i) => i.path)).toContain('policies.land');
  });

  it('a new run stops the one in progress: its worker is terminated and its messages ignored', async () => {
    const w = fakeWorkers();
    const session = new Session(w.create);
    session.run({ scenario: 'herbst-2015', options: {} });
    session.run({ scenario: 'musterkreis', options: { seed: 5 } });
    expect(w.created[0]!.terminated).toBe(true);
    await until(session, 'ready');
    expect(session.getState().data!.scenarioId).toBe('musterkreis');
    expect(session.getState().data!.meta!.seed).toBe(5);
  });

  it('cancelling a run in progress stops its worker and brings the last complete run back', async () => {
    const w = fakeWorkers();
    const session = new Session(w.create);
    session.run({ scenario: 'musterkreis', options: {} });
    await until(session, 'ready');
    const before = session.getState().data;
    session.run({ scenario: 'musterkreis', options: { seed: 9 } });
    expect(session.getState().status).toBe('computing');
    session.cancel();
    expect(w.created[1]!.terminated).toBe(true);
    expect(session.getState().status).toBe('ready');
    expect(session.getState().data).toBe(before);
    await settle();
    await settle();
    // The cancelled run's messages change nothing.
    expect(session.getState().data).toBe(before);
    // Without an earlier run, cancelling leaves nothing on screen.
    const fresh = new Session(fakeWorkers().create);
    fresh.run({ scenario: 'musterkreis', options: {} });
    fresh.cancel();
    expect(fresh.getState().status).toBe('empty');
    expect(fresh.getState().data).toBeNull();
  });

  it('reports an unknown built-in scenario as invalid input', async () => {
    const session = new Session(fakeWorkers().create);
    session.run({ scenario: 'nirgendwo', options: {} });
    await until(session, 'invalid');
    expect(session.getState().issues[0]!.message).toMatch(/nirgendwo/);
  });

  it('a request the worker cannot be handed ends in an error with the previous run on screen, not in "computing"', async () => {
    const w = fakeWorkers();
    let refuse = false;
    const session = new Session(() => {
      const worker = w.create();
      const post = worker.postMessage.bind(worker);
      worker.postMessage = (msg) => {
        if (refuse) throw new DOMException('could not be cloned', 'DataCloneError');
        post(msg);
      };
      return worker;
    });
    session.run({ scenario: 'musterkreis', options: {} });
    await until(session, 'ready');
    const before = session.getState();
    refuse = true;
    expect(() => session.run({ scenario: { id: 'x' }, options: {} })).not.toThrow();
    expect(session.getState()).toMatchObject({ status: 'error', error: 'could not be cloned', data: before.data, request: before.request });
    expect(w.created.at(-1)!.terminated).toBe(true);
  });

  it('renames the scenario on screen without a new run; a run of another scenario keeps its name', async () => {
    const w = fakeWorkers();
    const session = new Session(w.create);
    const own = { ...musterkreis, id: 'eigen' };
    session.run({ scenario: own, options: { seed: 3 } });
    await until(session, 'ready');
    const data = session.getState().data!;
    const renamed = { ...own, name: { de: 'Neu', en: 'New' } };
    session.rename({ ...own }, renamed, renamed.name);
    expect(data.scenario?.name).toEqual(musterkreis.name);
    session.rename(own, renamed, renamed.name);
    const after = session.getState();
    expect(after.data).toBe(data);
    expect(data.scenario?.name).toEqual({ de: 'Neu', en: 'New' });
    expect(after.request).toEqual({ scenario: renamed, options: { seed: 3 } });
    expect(w.created).toHaveLength(1);
    // A rejected request brings back the renamed run.
    session.run({ scenario: { ...own, period: { start: 'nie', end: 'nie' } }, options: {} });
    await until(session, 'invalid');
    expect(session.getState().request?.scenario).toBe(renamed);
    expect(session.getState().data?.scenario?.name).toEqual({ de: 'Neu', en: 'New' });
  });

  it('a scenario renamed while it is computed arrives under its new name', async () => {
    const w = fakeWorkers();
    const session = new Session(w.create);
    const own = { ...musterkreis, id: 'eigen' };
    session.run({ scenario: own, options: {} });
    const renamed = { ...own, name: { de: 'Neu', en: 'New' } };
    session.rename(own, renamed, renamed.name);
    await until(session, 'ready');
    expect(session.getState().data?.scenario?.name).toEqual({ de: 'Neu', en: 'New' });
    expect(session.getState().request?.scenario).toBe(renamed);
    expect(w.created).toHaveLength(1);
  });
});
