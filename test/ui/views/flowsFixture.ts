/** A small Hessen-like run for the Flüsse tests: two sites, a kreisfreie Stadt, a Landkreis with two Gemeinden. */
import type { SeriesKey, UnitInfo } from '../../../src/engine/metrics/result.ts';
import { RunData } from '../../../src/ui/data/runData.ts';
import { chunkOf, type FlowRecord } from '../chunks.ts';

export const UNITS: UnitInfo[] = [
  { id: 'hessen', name: 'Hessen', level: 'land', parent: null },
  { id: 'eae-a', name: 'EAE A', level: 'erstaufnahme', parent: 'hessen' },
  { id: 'eae-b', name: 'EAE B', level: 'erstaufnahme', parent: 'hessen' },
  { id: '06411', name: 'Darmstadt', level: 'kreis', parent: 'hessen', kind: 'kreisfreie-stadt', quota: 0.4 },
  { id: '06531', name: 'Landkreis Gießen', level: 'kreis', parent: 'hessen', kind: 'landkreis', quota: 0.6 },
  { id: '06531001', name: 'Gemeinde Eins', level: 'gemeinde', parent: '06531', quota: 0.7 },
  { id: '06531002', name: 'Gemeinde Zwei', level: 'gemeinde', parent: '06531', quota: 0.3 },
];
export const DAYS = ['2015-10-01', '2015-10-02', '2015-10-03', '2015-10-04', '2015-10-05', '2015-10-06'];

/** Zuweisungen site → Kreis, day by day: EAE A 11 persons, EAE B 10; Darmstadt receives 10, Landkreis Gießen 11. */
export const ZUWEISUNGEN: readonly FlowRecord[] = [
  { day: 0, kind: 'zuweisung', from: 1, to: 3, persons: 1 },
  { day: 0, kind: 'zuweisung', from: 1, to: 4, persons: 2 },
  { day: 0, kind: 'zuweisung', from: 2, to: 4, persons: 1 },
  { day: 1, kind: 'zuweisung', from: 2, to: 3, persons: 2 },
  { day: 1, kind: 'zuweisung', from: 2, to: 4, persons: 2 },
  { day: 2, kind: 'zuweisung', from: 1, to: 4, persons: 2 },
  { day: 3, kind: 'zuweisung', from: 1, to: 3, persons: 3 },
  { day: 3, kind: 'zuweisung', from: 2, to: 3, persons: 3 },
  { day: 3, kind: 'zuweisung', from: 1, to: 4, persons: 2 },
  { day: 3, kind: 'zuweisung', from: 2, to: 4, persons: 2 },
  { day: 5, kind: 'zuweisung', from: 1, to: 3, persons: 1 },
];

/** Unit-major values per key: values[key][u][d]; missing units are 0. */
export type Values = Partial<Record<SeriesKey, Record<number, number[]>>>;

/**
 * A RunData filled from unit-major values and flow records, delivered in the given day slices (as the worker streams
 * them), with the run's log and meta once every day is there.
 */
export function makeRunData(values: Values, flows: readonly FlowRecord[] = [], chunks: [number, number][] = [[0, DAYS.length]]): RunData {
  const data = new RunData(1, 'test', DAYS, UNITS, []);
  for (const [from, to] of chunks) {
    data.addChunk(chunkOf({ from, to, units: UNITS.length, value: (k, u, d) => values[k]?.[u]?.[d] ?? 0, flows }));
  }
  return data;
}

/**
 * Flow records consistent with the series of a fixture: Zuweisungen site → Kreis per day (`from` site index), the
 * initial stock of day 0, direct admissions. Kreis `zuweisungen` must be the sum of the records into the Kreis.
 */
export function seriesFromRecords(records: readonly FlowRecord[], base: Values = {}): Values {
  const out: Record<string, Record<number, number[]>> = {};
  for (const [k, byUnit] of Object.entries(base)) out[k] = Object.fromEntries(Object.entries(byUnit).map(([u, v]) => [u, [...v]]));
  const add = (key: SeriesKey, u: number, d: number, v: number) => {
    const row = ((out[key] ??= {})[u] ??= DAYS.map(() => 0));
    row[d] = (row[d] as number) + v;
  };
  for (const r of records) {
    add('arrived', r.to, r.day, r.persons);
    if (r.kind === 'zuweisung') {
      add('zuweisungen', r.to, r.day, r.persons);
      add('passedOn', r.from, r.day, r.persons);
    }
    if (r.kind === 'verlegung') add('passedOn', r.from, r.day, r.persons);
  }
  return out as Values;
}
