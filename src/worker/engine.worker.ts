/** Web Worker entry: validates and runs a scenario off the main thread and streams the result in day slices. */
import { RUN_BUDGET_MS } from '../engine/budget.ts';
import { SERIES_KEYS, type Flows, type SeriesArray, type SeriesKey } from '../engine/metrics/result.ts';
import { runScenario, type LiveView } from '../engine/run.ts';
import { getBuiltinScenario } from '../engine/scenario/builtin/index.ts';
import { loadScenario } from '../engine/scenario/load.ts';
import { ScenarioError, scenarioIssue } from '../engine/scenario/resolve.ts';
import { ACCOMMODATION_TYPES } from '../engine/scenario/schema.ts';
import type { Chunk, FromWorker, ToWorker } from './protocol.ts';

interface Port {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}

/**
 * Copies the days [from, to) out of the live arrays, with the flow records and quota changes of those days. The engine
 * keeps its series and byType day-major, so a slice is one contiguous range of each array.
 */
export function sliceChunk(live: LiveView, from: number, to: number): Chunk {
  const U = live.units.length;
  const series = {} as { [K in SeriesKey]: SeriesArray };
  for (const key of SERIES_KEYS) series[key] = live.series[key].slice(from * U, to * U);
  const AT = live.byType.units.length * ACCOMMODATION_TYPES.length;
  return {
    from,
    to,
    series,
    byTypeCapacity: live.byType.capacity.slice(from * AT, to * AT),
    byTypeOccupancy: live.byType.occupancy.slice(from * AT, to * AT),
    flows: sliceFlows(live.flows, from, to),
    quotaChanges: live.quotaChanges.filter((q) => q.day >= from && q.day < to),
  };
}

/** First record index in [0, count) whose day is ≥ day (records are in order of days). */
function firstOnOrAfter(flows: Flows, day: number): number {
  let lo = 0;
  let hi = flows.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((flows.day[mid] as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Copies of the flow records of the days [from, to). */
function sliceFlows(flows: Flows, from: number, to: number): Flows {
  const a = firstOnOrAfter(flows, from);
  const b = firstOnOrAfter(flows, to);
  return {
    count: b - a,
    day: flows.day.slice(a, b),
    kind: flows.kind.slice(a, b),
    from: flows.from.slice(a, b),
    to: flows.to.slice(a, b),
    persons: flows.persons.slice(a, b),
  };
}

/** The buffers a chunk hands over to the receiver (they are copies made for it). */
function transferables(chunk: Chunk): ArrayBuffer[] {
  const f = chunk.flows;
  return [
    ...Object.values(chunk.series).map((a) => a.buffer),
    chunk.byTypeCapacity.buffer,
    chunk.byTypeOccupancy.buffer,
    f.day.buffer,
    f.kind.buffer,
    f.from.buffer,
    f.to.buffer,
    f.persons.buffer,
  ] as ArrayBuffer[];
}

/** Handles one run request; exported for tests, used by the worker's message handler. */
export function handleRun(msg: ToWorker, port: Port, now: () => number = () => performance.now()): void {
  const { runId } = msg;
  const input = typeof msg.scenario === 'string' ? getBuiltinScenario(msg.scenario) : msg.scenario;
  if (input === undefined) {
    const id = String(msg.scenario);
    port.postMessage({ type: 'invalid', runId, issues: [scenarioIssue('scenario', { de: `ein eingebautes Szenario „${id}“ gibt es nicht`, en: `unknown built-in scenario "${id}"` })] });
    return;
  }
  const loaded = loadScenario(input);
  if (!loaded.ok) {
    port.postMessage({ type: 'invalid', runId, issues: loaded.issues });
    return;
  }
  const t0 = now();
  let sent = 0;
  try {
    const result = runScenario(loaded.scenario, {
      ...msg.options,
      // A run over its budget ends with an error message (RunBudgetExceeded); the UI keeps the previous run.
      budget: { maxMs: RUN_BUDGET_MS, now },
      onProgress: (done, _total, live) => {
        if (sent === 0) {
          port.postMessage({
            type: 'started',
            runId,
            scenarioId: loaded.scenario.id,
            days: live.days,
            units: live.units,
            byTypeUnits: live.byType.units,
            scenario: loaded.scenario,
          });
        }
        const chunk = sliceChunk(live, sent, done);
        sent = done;
        port.postMessage({ type: 'chunk', runId, ...chunk }, transferables(chunk));
      },
    });
    port.postMessage({ type: 'done', runId, meta: result.meta, kpis: result.kpis, ledger: result.ledger, log: result.log, chartStates: result.chartStates, elapsedMs: now() - t0 });
  } catch (e) {
    // Bad overrides (e.g. an unknown policy id) are input problems with a field path, not engine failures.
    if (e instanceof ScenarioError && sent === 0) port.postMessage({ type: 'invalid', runId, issues: e.issues });
    else port.postMessage({ type: 'error', runId, message: e instanceof Error ? e.message : String(e) });
  }
}

// Worker global scope (absent when this module is imported by tests in Node).
const scope = globalThis as unknown as { onmessage?: (e: { data: ToWorker }) => void; postMessage?: Port['postMessage']; document?: unknown };
if (typeof scope.postMessage === 'function' && scope.document === undefined && typeof (globalThis as { window?: unknown }).window === 'undefined') {
  scope.onmessage = (e) => handleRun(e.data, { postMessage: (m, t) => scope.postMessage!(m, t ?? []) });
}
