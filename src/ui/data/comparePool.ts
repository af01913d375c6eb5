/**
 * The comparison pool: plans a comparison in a Web Worker, runs its tasks on up to four workers, summarises the KPIs
 * as runs come (engine functions) and has one more worker summarise the runs' details (bands, per-unit means), so that
 * the main thread only passes messages on; reports progress, cancellation and errors — observable by React.
 */
import {
  detailTransferables,
  summarise,
  type ComparisonPlan,
  type DetailLayout,
  type DetailSummary,
  type KpiSummary,
  type RunOutcome,
  type Setup,
  type SetupIssue,
  runInput,
} from '../../engine/compare/index.ts';
import type { Scenario } from '../../engine/scenario/schema.ts';
import type { FromCompareWorker, ToCompareWorker } from '../../worker/compare.worker.ts';

export interface CompareWorkerLike {
  postMessage(message: ToCompareWorker, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((e: { data: FromCompareWorker }) => void) | null;
  onerror: ((e: { message?: string }) => void) | null;
}

export interface CompareRequest {
  /** The scenario on screen (validated, defaults filled in). */
  readonly scenario: Scenario;
  readonly setups: readonly Setup[];
  /** Runs per setup. */
  readonly runs: number;
  readonly baseSeed?: number;
}

export type CompareStatus = 'idle' | 'planning' | 'running' | 'done' | 'cancelled' | 'invalid' | 'error';

export interface CompareState {
  readonly status: CompareStatus;
  readonly plan: ComparisonPlan | null;
  /** The runs finished so far, in the order of the plan's tasks (KPI values; their details go to the summary). */
  readonly outcomes: readonly RunOutcome[];
  readonly done: number;
  readonly total: number;
  /** Summaries of the outcomes so far; `detail` follows a little later, made in a worker (`detailRuns` runs in it). */
  readonly kpis: readonly KpiSummary[];
  readonly detail: DetailSummary | null;
  readonly detailRuns: number;
  /** Why the plan was refused: setup, field, value and message. */
  readonly issues: readonly SetupIssue[];
  readonly error: string | null;
  /** Increases with every change. */
  readonly version: number;
}

const IDLE: CompareState = { status: 'idle', plan: null, outcomes: [], done: 0, total: 0, kpis: [], detail: null, detailRuns: 0, issues: [], error: null, version: 0 };

/** Workers for a comparison: one per core up to four (the page itself needs a core), at least one, no more than runs. */
export function poolSize(cores: number | undefined, tasks = Infinity): number {
  return Math.max(1, Math.min(Number.isFinite(cores) && (cores as number) > 0 ? Math.floor(cores as number) : 1, 4, tasks));
}

export class ComparePool {
  private state: CompareState = IDLE;
  private readonly listeners = new Set<() => void>();
  private workers: CompareWorkerLike[] = [];
  /** The worker that summarises the details of the runs. */
  private summariser: CompareWorkerLike | null = null;
  /** The layout of the comparison's details: sent to the summariser once, joined to each summary it sends back. */
  private layout: DetailLayout | null = null;
  /** Tells the messages of the current comparison from those of one cancelled before. */
  private generation = 0;

  constructor(
    private readonly createWorker: () => CompareWorkerLike,
    private readonly cores: number | undefined = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): CompareState => this.state;

  private set(patch: Partial<CompareState>): void {
    this.state = { ...this.state, ...patch, version: this.state.version + 1 };
    for (const l of this.listeners) l();
  }

  /** Starts a comparison; one in progress is cancelled first. */
  start(request: CompareRequest): void {
    this.stopWorkers();
    const generation = ++this.generation;
    const planner = this.spawn(generation);
    this.set({ ...IDLE, status: 'planning', version: this.state.version });
    planner.postMessage({
      type: 'plan',
      id: generation,
      scenario: request.scenario,
      setups: request.setups,
      runs: request.runs,
      ...(request.baseSeed !== undefined ? { baseSeed: request.baseSeed } : {}),
    });
  }

  /**
   * Stops the comparison in progress: the runners are terminated at once, the summariser once it has summarised the
   * runs done so far (their KPIs stay summarised as they were).
   */
  cancel(): void {
    if (this.state.status !== 'planning' && this.state.status !== 'running') return;
    const summariser = this.state.done > 0 ? this.summariser : null;
    for (const w of this.workers) {
      if (w === summariser) continue;
      w.onmessage = null;
      w.onerror = null;
      w.terminate();
    }
    this.workers = summariser ? [summariser] : [];
    this.queue = [];
    this.running.clear();
    this.set({ status: 'cancelled' });
    summariser?.postMessage({ type: 'summarise', id: this.generation });
    if (!summariser) this.stopWorkers();
  }

  dispose(): void {
    this.generation++;
    this.stopWorkers();
    this.listeners.clear();
  }

  private spawn(generation: number): CompareWorkerLike {
    const w = this.createWorker();
    this.workers.push(w);
    w.onmessage = (e) => {
      if (generation === this.generation) this.receive(w, e.data);
    };
    w.onerror = (e) => {
      if (generation === this.generation) this.fail(e.message ?? 'worker error');
    };
    return w;
  }

  private fail(message: string): void {
    this.generation++;
    this.stopWorkers();
    this.set({ status: 'error', error: message });
  }

  /** Queue of the plan's tasks not handed out yet; a worker takes the next one when it has finished its last. */
  private queue: number[] = [];
  /** Which task each worker is running. */
  private readonly running = new Map<CompareWorkerLike, number>();

  private receive(from: CompareWorkerLike, msg: FromCompareWorker): void {
    switch (msg.type) {
      case 'planned': {
        if (!msg.result.ok) {
          this.stopWorkers();
          this.set({ status: 'invalid', issues: msg.result.issues });
          return;
        }
        const plan = msg.result.plan;
        this.queue = plan.tasks.map((t) => t.index);
        this.set({ status: 'running', plan, total: plan.tasks.length });
        const generation = this.generation;
        this.summariser = this.spawn(generation);
        const workers = [from];
        for (let i = 1; i < poolSize(this.cores, plan.tasks.length); i++) workers.push(this.spawn(generation));
        for (const w of workers) this.next(w);
        return;
      }
      case 'outcome': {
        this.running.delete(from);
        const { detail, ...outcome } = msg.outcome;
        // Kept in the order of the plan's tasks, so that sums run in the same order whichever worker finished first.
        const outcomes = [...this.state.outcomes, outcome].sort((a, b) => a.index - b.index);
        const setups = this.state.plan?.setups.length ?? 0;
        const { layout, ...parts } = detail;
        const first = this.layout === null;
        this.layout ??= layout;
        this.summariser?.postMessage(
          { type: 'detail', id: this.generation, setups, setup: outcome.setup, replicate: outcome.replicate, detail: parts, ...(first ? { layout } : {}) },
          detailTransferables(detail),
        );
        this.set({ outcomes, done: outcomes.length, kpis: summarise(setups, outcomes) });
        if (outcomes.length === this.state.total) this.summariser?.postMessage({ type: 'summarise', id: this.generation });
        else this.next(from);
        return;
      }
      case 'summary': {
        // The last message of a comparison: asked for when every run is in, or when it was cancelled.
        const status = this.state.status === 'cancelled' ? 'cancelled' : 'done';
        this.set({ detail: { layout: this.layout!, setups: msg.setups }, detailRuns: msg.runs, status });
        this.stopWorkers();
        return;
      }
      case 'error': {
        const task = this.running.get(from);
        const t = task !== undefined ? this.state.plan?.tasks[task] : undefined;
        this.fail(t ? `run ${t.index} (setup ${t.setup + 1}, seed ${t.seed}): ${msg.message}` : msg.message);
        return;
      }
    }
  }

  private next(w: CompareWorkerLike): void {
    const plan = this.state.plan;
    const index = this.queue.shift();
    if (!plan || index === undefined) return;
    this.running.set(w, index);
    w.postMessage({ type: 'run', id: index, input: runInput(plan, plan.tasks[index]!) });
  }

  private stopWorkers(): void {
    this.summariser = null;
    this.layout = null;
    for (const w of this.workers) {
      w.onmessage = null;
      w.onerror = null;
      w.terminate();
    }
    this.workers = [];
    this.queue = [];
    this.running.clear();
  }
}

/** The browser's comparison worker. */
export function createCompareWorker(): CompareWorkerLike {
  return new Worker(new URL('../../worker/compare.worker.ts', import.meta.url), { type: 'module' }) as unknown as CompareWorkerLike;
}
