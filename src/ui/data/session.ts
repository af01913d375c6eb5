/** The session: one engine worker per run, the current RunData, and what went wrong — observable by React. */
import type { ScenarioIssue } from '../../engine/scenario/resolve.ts';
import type { Scenario } from '../../engine/scenario/schema.ts';
import type { FromWorker, RunRequestOptions, ToWorker } from '../../worker/protocol.ts';
import { RunData } from './runData.ts';

export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((e: { data: FromWorker }) => void) | null;
  onerror: ((e: { message?: string }) => void) | null;
}

export interface RunRequest {
  /** A built-in scenario id or a parsed scenario object. */
  readonly scenario: string | unknown;
  readonly options: RunRequestOptions;
}

export interface SessionState {
  readonly status: 'empty' | 'computing' | 'ready' | 'invalid' | 'error';
  /** The data on screen: the run in progress once it has started, else the last good run. */
  readonly data: RunData | null;
  /** Problems of the last request that was rejected (the previous run stays on screen). */
  readonly issues: readonly ScenarioIssue[];
  readonly error: string | null;
  /** The request whose data is on screen (or being computed). */
  readonly request: RunRequest | null;
  /** Increases with every change, including each streamed slice. */
  readonly version: number;
}

const EMPTY: SessionState = { status: 'empty', data: null, issues: [], error: null, request: null, version: 0 };

export class Session {
  private state: SessionState = EMPTY;
  private readonly listeners = new Set<() => void>();
  private worker: WorkerLike | null = null;
  private runId = 0;
  private lastGood: { data: RunData | null; request: RunRequest | null } = { data: null, request: null };
  /** The request of the run being computed (its data arrives under it), and the name it was given meanwhile. */
  private pending: { request: RunRequest; name: Scenario['name'] | null } | null = null;

  constructor(private readonly createWorker: () => WorkerLike) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): SessionState => this.state;

  private set(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch, version: this.state.version + 1 };
    for (const l of this.listeners) l();
  }

  /** Starts a run; a run still in progress is stopped first (its worker is terminated). */
  run(request: RunRequest): void {
    this.stopWorker();
    const runId = ++this.runId;
    const worker = this.createWorker();
    this.worker = worker;
    this.pending = { request, name: null };
    worker.onmessage = (e) => this.receive(e.data);
    worker.onerror = (e) => {
      if (runId !== this.runId) return;
      this.stopWorker();
      this.set({ status: 'error', error: e.message ?? 'worker error', ...this.lastGood });
    };
    this.set({ status: 'computing', issues: [], error: null });
    try {
      worker.postMessage({ type: 'run', runId, scenario: request.scenario, options: request.options });
    } catch (e) {
      // A request the browser cannot hand to the worker (e.g. it cannot be cloned) fails here, not in the worker.
      this.stopWorker();
      this.set({ status: 'error', error: e instanceof Error || e instanceof DOMException ? e.message : String(e), ...this.lastGood });
    }
  }

  /** Stops the run in progress; the last complete run (if any) comes back on screen. */
  cancel(): void {
    if (this.state.status !== 'computing') return;
    this.runId++;
    this.stopWorker();
    this.set({ status: this.lastGood.data ? 'ready' : 'empty', issues: [], error: null, ...this.lastGood });
  }

  /**
   * Gives the scenario `from` (as requested) another name, on screen and in the run being computed, without computing
   * again: a scenario's name is no input of the simulation. The requests then carry `to`, the same scenario renamed,
   * and the data's scenario the new name; a run of another scenario is left as it is.
   */
  rename(from: unknown, to: unknown, name: Scenario['name']): void {
    const renamed = (r: RunRequest | null): RunRequest | null => (r && r.scenario === from ? { ...r, scenario: to } : r);
    const retitle = (data: RunData | null, request: RunRequest | null) => {
      if (data?.scenario && request?.scenario === from) data.scenario = { ...data.scenario, name };
    };
    retitle(this.state.data, this.state.request);
    retitle(this.lastGood.data, this.lastGood.request);
    this.lastGood = { ...this.lastGood, request: renamed(this.lastGood.request) };
    const pending = this.pending;
    if (pending && pending.request.scenario === from) this.pending = { request: { ...pending.request, scenario: to }, name };
    this.set({ request: renamed(this.state.request) });
  }

  private receive(msg: FromWorker): void {
    if (msg.runId !== this.runId || !this.pending) return;
    const { request, name } = this.pending;
    switch (msg.type) {
      case 'invalid':
        this.stopWorker();
        this.set({ status: 'invalid', issues: msg.issues, ...this.lastGood });
        return;
      case 'started':
        this.set({ data: new RunData(msg.runId, msg.scenarioId, msg.days, msg.units, msg.byTypeUnits, msg.scenario && name ? { ...msg.scenario, name } : msg.scenario), request });
        return;
      case 'chunk':
        this.state.data?.addChunk(msg);
        this.set({});
        return;
      case 'done': {
        const data = this.state.data;
        if (data) {
          data.meta = msg.meta;
          data.kpis = msg.kpis;
          data.ledger = msg.ledger;
          data.log = msg.log;
          data.chartStates = msg.chartStates ?? null;
          data.elapsedMs = msg.elapsedMs;
        }
        this.stopWorker();
        this.lastGood = { data, request };
        this.set({ status: 'ready' });
        return;
      }
      case 'error':
        this.stopWorker();
        this.set({ status: 'error', error: msg.message, ...this.lastGood });
        return;
    }
  }

  private stopWorker(): void {
    if (this.worker) {
      this.worker.onmessage = null;
      this.worker.onerror = null;
      this.worker.terminate();
      this.worker = null;
    }
  }

  dispose(): void {
    this.runId++;
    this.stopWorker();
    this.listeners.clear();
  }
}

/** The browser's worker running the engine. */
export function createEngineWorker(): WorkerLike {
  return new Worker(new URL('../../worker/engine.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}
