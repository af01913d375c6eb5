// @vitest-environment node
/** The worker's slices and RunData: every series in its own array kind, flow records and quota changes by day, reassembled in the UI's layout. */
import { describe, expect, it } from 'vitest';
import { SERIES_KEYS, SERIES_KIND, seriesArray, type Flows, type QuotaChange, type SeriesKey, type UnitInfo } from '../../src/engine/metrics/result.ts';
import type { LiveView } from '../../src/engine/run.ts';
import { ACCOMMODATION_TYPES } from '../../src/engine/scenario/schema.ts';
import { RunData } from '../../src/ui/data/runData.ts';
import { sliceChunk } from '../../src/worker/engine.worker.ts';
import { flowsOf, type FlowRecord } from './chunks.ts';

const UNITS: UnitInfo[] = [
  { id: 'HE', name: 'Hessen', level: 'land', parent: null },
  { id: 'eae', name: 'HEAE', level: 'erstaufnahme', parent: 'HE' },
  { id: 'K1', name: 'Kreis Eins', level: 'kreis', parent: 'HE', quota: 0.25 },
  { id: 'K2', name: 'Kreis Zwei', level: 'kreis', parent: 'HE', quota: 0.75 },
  { id: 'G1', name: 'Gemeinde', level: 'gemeinde', parent: 'K2', quota: 1 },
];
const D = 9;
const DAYS = Array.from({ length: D }, (_, d) => `2016-01-0${d + 1}`);
/** A distinct value per key, unit and day; fractional for Float32 series, a small code for Uint8. */
const valueOf = (key: SeriesKey, u: number, d: number) =>
  SERIES_KIND[key] === 'code' ? (u + d) % 4 : SERIES_KIND[key] === 'amount' ? 100 * u + d + 0.25 : 1000 * SERIES_KEYS.indexOf(key) + 10 * u + d;
const RECORDS: FlowRecord[] = [
  { day: 0, kind: 'bestand', from: -1, to: 2, persons: 40 },
  { day: 0, kind: 'zuweisung', from: 1, to: 3, persons: 3 },
  { day: 2, kind: 'zuweisung', from: 1, to: 2, persons: 5 },
  { day: 2, kind: 'direkt', from: -1, to: 3, persons: 2 },
  { day: 3, kind: 'zuweisung', from: 1, to: 3, persons: 7 },
  { day: 6, kind: 'verlegung', from: 1, to: 1, persons: 1 },
  { day: 8, kind: 'zuweisung', from: 1, to: 2, persons: 9 },
];
const QUOTA: QuotaChange[] = [
  { day: 0, date: DAYS[0]!, quota: { K1: 0.25, K2: 0.75 } },
  { day: 4, date: DAYS[4]!, quota: { K1: 0.2, K2: 0.8 } },
];

const T = ACCOMMODATION_TYPES.length;
/** Places of byType unit i (0: Land, 1: K1), type t, day d. */
const placesOf = (i: number, t: number, d: number) => 10_000 * i + 100 * t + d;

/** A live view as the engine hands it to onProgress: day-major arrays for the whole run; flow arrays longer than `count`. */
function live(): LiveView {
  const series = Object.fromEntries(
    SERIES_KEYS.map((k) => {
      const a = seriesArray(k, UNITS.length * D);
      for (let u = 0; u < UNITS.length; u++) for (let d = 0; d < D; d++) a[d * UNITS.length + u] = valueOf(k, u, d);
      return [k, a];
    }),
  ) as LiveView['series'];
  const capacity = new Int32Array(2 * T * D);
  for (let d = 0; d < D; d++) for (let i = 0; i < 2; i++) for (let t = 0; t < T; t++) capacity[(d * 2 + i) * T + t] = placesOf(i, t, d);
  const f = flowsOf(RECORDS);
  const spare = (a: Int32Array | Uint8Array) => {
    const out = new (a.constructor as Int32ArrayConstructor)(a.length + 16);
    out.set(a);
    return out;
  };
  const flows: Flows = { count: f.count, day: spare(f.day), kind: spare(f.kind) as unknown as Uint8Array, from: spare(f.from), to: spare(f.to), persons: spare(f.persons) };
  return { days: DAYS, units: UNITS, series, byType: { units: [0, 2], capacity, occupancy: new Int32Array(2 * T * D) }, flows, quotaChanges: QUOTA };
}

const recordsOf = (f: Flows) => Array.from({ length: f.count }, (_, i) => [f.day[i], f.kind[i], f.from[i], f.to[i], f.persons[i]]);

describe('worker slices', () => {
  it('carries every series key in the array kind of the result', () => {
    const c = sliceChunk(live(), 2, 5);
    for (const key of SERIES_KEYS) {
      expect(c.series[key]).toBeInstanceOf(seriesArray(key, 0).constructor);
      expect(c.series[key]).toHaveLength(3 * UNITS.length);
    }
    // Day-major: unit 3 on day 4.
    expect(c.series.soll[(4 - 2) * UNITS.length + 3]).toBe(304.25);
    expect(c.series.lage[(4 - 2) * UNITS.length + 3]).toBe(3);
  });

  it('carries exactly the flow records and quota changes of its days', () => {
    const view = live();
    const cuts = [0, 2, 3, 6, 9];
    const parts = cuts.slice(1).map((to, i) => sliceChunk(view, cuts[i]!, to));
    expect(parts.map((p) => p.flows.count)).toEqual([2, 2, 1, 2]);
    expect(parts.flatMap((p) => recordsOf(p.flows))).toEqual(recordsOf(flowsOf(RECORDS)));
    for (const p of parts) for (let i = 0; i < p.flows.count; i++) expect(p.flows.day[i]! >= p.from && p.flows.day[i]! < p.to).toBe(true);
    expect(parts.map((p) => p.quotaChanges.map((q) => q.day))).toEqual([[0], [], [4], []]);
    // The slices own their arrays, so they can be transferred without detaching the engine's.
    expect(parts[0]!.flows.day.buffer).not.toBe(view.flows.day.buffer);
  });

  it('are reassembled by RunData into the engine’s layout, with all records and the quota by day', () => {
    const view = live();
    const data = new RunData(1, 'x', DAYS, UNITS, [0, 2]);
    for (const [from, to] of [
      [0, 3],
      [3, 4],
      [4, 9],
    ] as const) {
      data.addChunk(sliceChunk(view, from, to));
    }
    for (const key of SERIES_KEYS) {
      expect(data.series[key]).toBeInstanceOf(seriesArray(key, 0).constructor);
      // RunData is unit-major: unit u's days are one stretch.
      for (let u = 0; u < UNITS.length; u++) expect(Array.from(data.unitSeries(key, u))).toEqual(DAYS.map((_, d) => Math.fround(valueOf(key, u, d))));
    }
    expect(data.byType(2, 6)!.map((x) => x.capacity)).toEqual(ACCOMMODATION_TYPES.map((_, t) => placesOf(1, t, 6)));
    expect(data.flows.count).toBe(RECORDS.length);
    expect(recordsOf(data.flows)).toEqual(recordsOf(flowsOf(RECORDS)));
    expect([data.flowIndex(0), data.flowIndex(1), data.flowIndex(3), data.flowIndex(7), data.flowIndex(9)]).toEqual([0, 2, 4, 6, 7]);
    expect([0, 3, 4, 8].map((d) => data.quotaOn(3, d))).toEqual([0.75, 0.75, 0.8, 0.8]);
    expect(data.quotaOn(4, 5)).toBe(1);
    expect(data.quotaOn(1, 5)).toBeUndefined();
  });

  it('grows the flow records as slices keep coming', () => {
    const data = new RunData(1, 'x', DAYS, UNITS, []);
    const many: FlowRecord[] = Array.from({ length: 3000 }, (_, i) => ({ day: Math.floor(i / 400), kind: 'zuweisung', from: 1, to: 2 + (i % 2), persons: i }));
    const view = { ...live(), flows: flowsOf(many) };
    for (let d = 0; d < D; d++) data.addChunk(sliceChunk(view, d, d + 1));
    expect(data.flows.count).toBe(3000);
    expect(data.flows.persons[2999]).toBe(2999);
    expect(data.flowIndex(5)).toBe(2000);
  });
});
