/** A small Hessen-like run for the Flüsse tests: two sites, a kreisfreie Stadt, a Landkreis with two Gemeinden. */
import { SERIES_KEYS, type SeriesKey, type UnitInfo } from '../../../src/engine/metrics/result.ts';
import { RunData } from '../../../src/ui/data/runData.ts';
import type { Chunk } from '../../../src/worker/protocol.ts';

export const UNITS: UnitInfo[] = [
  { id: 'hessen', name: 'Hessen', level: 'land', parent: null },
  { id: 'eae-a', name: 'EAE A', level: 'erstaufnahme', parent: 'hessen' },
  { id: 'eae-b', name: 'EAE B', level: 'erstaufnahme', parent: 'hessen' },
  { id: '06411', name: 'Darmstadt', level: 'kreis', parent: 'hessen', kind: 'kreisfreie-stadt', quota: 0.4 },
  { id: '06531', name: 'Landkreis Gießen', level: 'kreis', parent: 'hessen', kind: 'landkreis', quota: 0.6 },
  { id: '06531001', name: 'Gemeinde Eins', level: 'gemeinde', parent: '06531' },
  { id: '06531002', name: 'Gemeinde Zwei', level: 'gemeinde', parent: '06531' },
];
export const DAYS = ['2015-10-01', '2015-10-02', '2015-10-03', '2015-10-04', '2015-10-05', '2015-10-06'];

/** Unit-major values per key: values[key][u][d]; missing units are 0. */
export type Values = Partial<Record<SeriesKey, Record<number, number[]>>>;

/** A RunData filled from unit-major values, delivered in the given day slices (as the worker streams them). */
export function makeRunData(values: Values, days = DAYS, units = UNITS, chunks: [number, number][] = [[0, days.length]]): RunData {
  const data = new RunData(1, 'test', days, units, []);
  const U = units.length;
  for (const [from, to] of chunks) {
    const n = to - from;
    const series = Object.fromEntries(
      SERIES_KEYS.map((k) => {
        const out = k === 'cost' || k === 'pauschale' ? new Float32Array(n * U) : new Int32Array(n * U);
        for (let d = from; d < to; d++) for (let u = 0; u < U; u++) out[(d - from) * U + u] = values[k]?.[u]?.[d] ?? 0;
        return [k, out];
      }),
    ) as unknown as Chunk['series'];
    data.addChunk({ from, to, series, byTypeCapacity: new Int32Array(0), byTypeOccupancy: new Int32Array(0) });
  }
  return data;
}
