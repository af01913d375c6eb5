/** Messages between the UI and the engine worker. Typed arrays travel as transferables. */
import type { ChartStateCounts } from '../engine/metrics/chartStates.ts';
import type { Flows, Kpi, LedgerEntry, LogEntry, QuotaChange, RunMeta, SeriesArray, SeriesKey, UnitInfo } from '../engine/metrics/result.ts';
import type { ScenarioIssue } from '../engine/scenario/resolve.ts';
import type { Scenario } from '../engine/scenario/schema.ts';

export interface RunRequestOptions {
  readonly seed?: number | undefined;
  readonly landPolicy?: string | undefined;
  readonly kreisPolicy?: string | undefined;
}

export type ToWorker = {
  readonly type: 'run';
  readonly runId: number;
  /** A built-in scenario id or a scenario object (as read from a JSON file). */
  readonly scenario: string | unknown;
  readonly options: RunRequestOptions;
};

/**
 * The days [from, to) of a run, in the engine's day-major layout and the array kind of each key (SERIES_KIND): value of
 * unit u on day d at [(d − from) * units + u]; byType at [(d − from) * (aggUnits·types) + a·types + t]. `flows` holds exactly the
 * flow records of these days (arrays of length `flows.count`), `quotaChanges` the changes of the quota on these days.
 */
export interface Chunk {
  readonly from: number;
  readonly to: number;
  readonly series: { readonly [K in SeriesKey]: SeriesArray };
  readonly byTypeCapacity: Int32Array;
  readonly byTypeOccupancy: Int32Array;
  readonly flows: Flows;
  readonly quotaChanges: readonly QuotaChange[];
}

export type FromWorker =
  | { readonly type: 'invalid'; readonly runId: number; readonly issues: readonly ScenarioIssue[] }
  | {
      readonly type: 'started';
      readonly runId: number;
      readonly scenarioId: string;
      readonly days: readonly string[];
      readonly units: readonly UnitInfo[];
      readonly byTypeUnits: readonly number[];
      /** The validated scenario (defaults filled in), for showing the run's inputs and their sources. */
      readonly scenario: Scenario;
    }
  | ({ readonly type: 'chunk'; readonly runId: number } & Chunk)
  | {
      readonly type: 'done';
      readonly runId: number;
      readonly meta: RunMeta;
      readonly kpis: readonly Kpi[];
      readonly ledger: readonly LedgerEntry[];
      /** What happened, as data (the UI renders the texts). */
      readonly log: readonly LogEntry[];
      /** Persons per household-chart state, sampled every four weeks. */
      readonly chartStates?: ChartStateCounts;
      readonly elapsedMs: number;
    }
  | { readonly type: 'error'; readonly runId: number; readonly message: string };
