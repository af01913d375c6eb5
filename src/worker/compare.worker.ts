/**
 * Web Worker entry of the comparison pool: plans a comparison, runs its runs one message each, and — in the worker the
 * pool keeps for it — summarises the runs' details (bands, per-unit means), all off the main thread.
 */
import { RUN_BUDGET_MS } from '../engine/budget.ts';
import {
  detailTransferables,
  executeRunDetailed,
  planComparison,
  summariseDetails,
  type DetailedOutcome,
  type DetailLayout,
  type DetailSummary,
  type PlanResult,
  type RunDetail,
  type RunInput,
  type Setup,
  type SetupDetail,
} from '../engine/compare/index.ts';
import type { Scenario } from '../engine/scenario/schema.ts';

export type ToCompareWorker =
  /** Check the setups and define the runs (loading each setup's scenario takes longer than a frame on the main thread). */
  | {
      readonly type: 'plan';
      readonly id: number;
      readonly scenario: Scenario;
      readonly setups: readonly Setup[];
      readonly runs: number;
      readonly baseSeed?: number;
    }
  | { readonly type: 'run'; readonly id: number; readonly input: RunInput }
  /**
   * A finished run's detail, to add to the summary of comparison `id` (a new id starts a new summary). The layout, the
   * same for every run, comes with the first detail only: it is the part of a detail that is costly to copy.
   */
  | {
      readonly type: 'detail';
      readonly id: number;
      readonly setups: number;
      readonly setup: number;
      readonly replicate: number;
      readonly detail: Omit<RunDetail, 'layout'>;
      readonly layout?: DetailLayout;
    }
  /** Summarise the details of comparison `id` received so far (asked for at the end: summaries during the run would take the runs' cores). */
  | { readonly type: 'summarise'; readonly id: number };

export type FromCompareWorker =
  | { readonly type: 'planned'; readonly id: number; readonly result: PlanResult }
  | { readonly type: 'outcome'; readonly id: number; readonly outcome: DetailedOutcome }
  /** The summary of the details received so far (`runs` of them), per setup; its layout is the one sent with the first detail. */
  | { readonly type: 'summary'; readonly id: number; readonly runs: number; readonly setups: readonly SetupDetail[] }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

interface Port {
  postMessage(message: FromCompareWorker, transfer?: Transferable[]): void;
}

/** The buffers of a summary, handed over to the receiver (the worker keeps no reference to them). */
function summaryTransferables(d: Pick<DetailSummary, 'setups'>): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const s of d.setups) {
    for (const b of [...Object.values(s.land), ...Object.values(s.kreise)]) out.push(b.mean.buffer as ArrayBuffer, b.low.buffer as ArrayBuffer, b.high.buffer as ArrayBuffer);
    for (const a of [...Object.values(s.units), ...Object.values(s.unitDiff ?? {})]) out.push(a.buffer as ArrayBuffer);
  }
  return out;
}

/** The message handler of one worker; exported for tests, used by the worker's message handler. */
export function compareHandler(port: Port, now: () => number = () => performance.now()): (msg: ToCompareWorker) => void {
  let summaryId = -1;
  let setups = 0;
  let details: DetailedOutcome[] = [];
  let layout: DetailLayout | undefined;
  return (msg) => {
    try {
      if (msg.type === 'plan') {
        const result = planComparison(msg.scenario, msg.setups, { runs: msg.runs, ...(msg.baseSeed !== undefined ? { baseSeed: msg.baseSeed } : {}) });
        port.postMessage({ type: 'planned', id: msg.id, result });
      } else if (msg.type === 'run') {
        const outcome = executeRunDetailed(msg.input, { budget: { maxMs: RUN_BUDGET_MS, now } });
        port.postMessage({ type: 'outcome', id: msg.id, outcome }, detailTransferables(outcome.detail));
      } else if (msg.type === 'summarise') {
        const detail = msg.id === summaryId ? summariseDetails(setups, details) : null;
        if (detail) port.postMessage({ type: 'summary', id: msg.id, runs: details.length, setups: detail.setups }, summaryTransferables(detail));
      } else {
        if (msg.id !== summaryId) [summaryId, details, layout] = [msg.id, [], undefined];
        setups = msg.setups;
        layout ??= msg.layout;
        if (!layout) throw new Error('the first detail of a comparison must bring its layout');
        // Only what summariseDetails reads: setup, replicate and detail.
        details.push({ index: -1, seed: -1, kpis: [], setup: msg.setup, replicate: msg.replicate, detail: { ...msg.detail, layout } });
      }
    } catch (e) {
      port.postMessage({ type: 'error', id: msg.id, message: e instanceof Error ? e.message : String(e) });
    }
  };
}

// Worker global scope (absent when this module is imported by tests in Node).
const scope = globalThis as unknown as { onmessage?: (e: { data: ToCompareWorker }) => void; postMessage?: Port['postMessage']; document?: unknown };
if (typeof scope.postMessage === 'function' && scope.document === undefined && typeof (globalThis as { window?: unknown }).window === 'undefined') {
  const handle = compareHandler({ postMessage: (m, t) => scope.postMessage!(m, t ?? []) });
  scope.onmessage = (e) => handle(e.data);
}
