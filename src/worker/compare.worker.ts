/** Web Worker entry of the comparison pool: plans a comparison and runs its runs off the main thread, one message each. */
import { RUN_BUDGET_MS } from '../engine/budget.ts';
import {
  detailTransferables,
  executeRunDetailed,
  planComparison,
  type DetailedOutcome,
  type PlanResult,
  type RunInput,
  type Setup,
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
  | { readonly type: 'run'; readonly id: number; readonly input: RunInput };

export type FromCompareWorker =
  | { readonly type: 'planned'; readonly id: number; readonly result: PlanResult }
  | { readonly type: 'outcome'; readonly id: number; readonly outcome: DetailedOutcome }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

interface Port {
  postMessage(message: FromCompareWorker, transfer?: Transferable[]): void;
}

/** Answers one message; exported for tests, used by the worker's message handler. */
export function handleCompare(msg: ToCompareWorker, port: Port, now: () => number = () => performance.now()): void {
  try {
    if (msg.type === 'plan') {
      const result = planComparison(msg.scenario, msg.setups, { runs: msg.runs, ...(msg.baseSeed !== undefined ? { baseSeed: msg.baseSeed } : {}) });
      port.postMessage({ type: 'planned', id: msg.id, result });
      return;
    }
    const outcome = executeRunDetailed(msg.input, { budget: { maxMs: RUN_BUDGET_MS, now } });
    port.postMessage({ type: 'outcome', id: msg.id, outcome }, detailTransferables(outcome.detail));
  } catch (e) {
    port.postMessage({ type: 'error', id: msg.id, message: e instanceof Error ? e.message : String(e) });
  }
}

// Worker global scope (absent when this module is imported by tests in Node).
const scope = globalThis as unknown as { onmessage?: (e: { data: ToCompareWorker }) => void; postMessage?: Port['postMessage']; document?: unknown };
if (typeof scope.postMessage === 'function' && scope.document === undefined && typeof (globalThis as { window?: unknown }).window === 'undefined') {
  scope.onmessage = (e) => handleCompare(e.data, { postMessage: (m, t) => scope.postMessage!(m, t ?? []) });
}
