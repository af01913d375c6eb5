/** Worker slices for UI tests: series by key in the engine's array kinds, with the flow records and quota changes of their days. */
import { FLOW_KINDS, SERIES_KEYS, seriesArray, type FlowKind, type Flows, type QuotaChange, type SeriesArray, type SeriesKey } from '../../src/engine/metrics/result.ts';
import type { Chunk } from '../../src/worker/protocol.ts';

/** One flow record with its kind by name; `from` −1 for outside. */
export interface FlowRecord {
  readonly day: number;
  readonly kind: FlowKind;
  readonly from: number;
  readonly to: number;
  readonly persons: number;
}

/** Records as the engine holds them (in the given order, which must be by day). */
export function flowsOf(records: readonly FlowRecord[]): Flows {
  return {
    count: records.length,
    day: Int32Array.from(records, (r) => r.day),
    kind: Uint8Array.from(records, (r) => FLOW_KINDS.indexOf(r.kind)),
    from: Int32Array.from(records, (r) => r.from),
    to: Int32Array.from(records, (r) => r.to),
    persons: Int32Array.from(records, (r) => r.persons),
  };
}

export interface ChunkInput {
  readonly from: number;
  readonly to: number;
  readonly units: number;
  /** Value of a series for unit u on day d. */
  readonly value: (key: SeriesKey, u: number, d: number) => number;
  /** Records of the whole run; the slice keeps those of its days. */
  readonly flows?: readonly FlowRecord[];
  readonly quotaChanges?: readonly QuotaChange[];
  /** Places and persons by type per day: [aggUnit · types + t]. */
  readonly byType?: { readonly size: number; readonly capacity?: (d: number, i: number) => number; readonly occupancy?: (d: number, i: number) => number };
}

/** A day-major slice of the days [from, to), as the worker sends it. */
export function chunkOf(c: ChunkInput): Chunk {
  const n = c.to - c.from;
  const series = {} as { [K in SeriesKey]: SeriesArray };
  for (const key of SERIES_KEYS) {
    const out = seriesArray(key, n * c.units);
    for (let d = c.from; d < c.to; d++) for (let u = 0; u < c.units; u++) out[(d - c.from) * c.units + u] = c.value(key, u, d);
    series[key] = out;
  }
  const size = c.byType?.size ?? 0;
  const byTypeCapacity = new Int32Array(n * size);
  const byTypeOccupancy = new Int32Array(n * size);
  for (let d = c.from; d < c.to; d++) {
    for (let i = 0; i < size; i++) {
      byTypeCapacity[(d - c.from) * size + i] = c.byType?.capacity?.(d, i) ?? 0;
      byTypeOccupancy[(d - c.from) * size + i] = c.byType?.occupancy?.(d, i) ?? 0;
    }
  }
  return {
    from: c.from,
    to: c.to,
    series,
    byTypeCapacity,
    byTypeOccupancy,
    flows: flowsOf((c.flows ?? []).filter((r) => r.day >= c.from && r.day < c.to)),
    quotaChanges: (c.quotaChanges ?? []).filter((q) => q.day >= c.from && q.day < c.to),
  };
}
