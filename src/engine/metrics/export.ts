/** The result as JSON (documented format) and as CSV (one row per day and unit). */
import { ACCOMMODATION_TYPES } from '../scenario/schema.ts';
import { SERIES_KEYS, type Kpi, type LedgerEntry, type LogEntry, type RunMeta, type RunResult, type SeriesKey, type UnitInfo } from './result.ts';

export interface ResultJson {
  readonly meta: RunMeta;
  readonly days: readonly string[];
  readonly units: readonly UnitInfo[];
  /** Per unit id: per series key the daily values (persons; cost and pauschale in EUR, rounded to cents). */
  readonly series: Readonly<Record<string, Readonly<Record<SeriesKey, number[]>>>>;
  /** Per unit id: arrived = present + passedOn + exited. */
  readonly ledger: Readonly<Record<string, LedgerEntry>>;
  readonly kpis: readonly Kpi[];
  readonly log: readonly LogEntry[];
  /** Per unit id (Land, Erstaufnahme sites, Kreise incl. their Gemeinden): places and persons by accommodation type per day. */
  readonly byType: Readonly<Record<string, { capacity: Record<string, number[]>; occupancy: Record<string, number[]> }>>;
}

const MONEY = new Set<SeriesKey>(['cost', 'pauschale']);
const cents = (v: number): number => Math.round(v * 100) / 100;

/** Daily values of one series for one unit, as plain numbers. */
export function seriesOf(r: RunResult, unit: number, key: SeriesKey): number[] {
  const D = r.days.length;
  const a = r.series[key];
  const out = new Array<number>(D);
  const money = MONEY.has(key);
  for (let d = 0; d < D; d++) {
    const v = a[unit * D + d] as number;
    out[d] = money ? cents(v) : v;
  }
  return out;
}

export function toResultJson(r: RunResult): ResultJson {
  const series: Record<string, Record<SeriesKey, number[]>> = {};
  const ledger: Record<string, LedgerEntry> = {};
  r.units.forEach((u, i) => {
    series[u.id] = Object.fromEntries(SERIES_KEYS.map((k) => [k, seriesOf(r, i, k)])) as Record<SeriesKey, number[]>;
    ledger[u.id] = r.ledger[i] as LedgerEntry;
  });
  const D = r.days.length;
  const T = ACCOMMODATION_TYPES.length;
  const byType: Record<string, { capacity: Record<string, number[]>; occupancy: Record<string, number[]> }> = {};
  r.byType.units.forEach((u, i) => {
    const pick = (a: Int32Array) =>
      Object.fromEntries(ACCOMMODATION_TYPES.map((t, ti) => [t, Array.from(a.subarray((i * T + ti) * D, (i * T + ti + 1) * D))]));
    byType[r.units[u]!.id] = { capacity: pick(r.byType.capacity), occupancy: pick(r.byType.occupancy) };
  });
  return { meta: r.meta, days: r.days, units: r.units, series, ledger, kpis: r.kpis, log: r.log, byType };
}

const csvCell = (v: string | number): string => {
  const s = String(v);
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV with a header; one row per day and unit; columns date, unit, name, level, parent, then every series. */
export function* toCsvLines(r: RunResult): Generator<string> {
  const D = r.days.length;
  yield ['date', 'unit', 'name', 'level', 'parent', ...SERIES_KEYS].join(',');
  for (let d = 0; d < D; d++) {
    for (let u = 0; u < r.units.length; u++) {
      const info = r.units[u] as UnitInfo;
      const values = SERIES_KEYS.map((k) => {
        const v = r.series[k][u * D + d] as number;
        return MONEY.has(k) ? cents(v) : v;
      });
      yield [r.days[d] as string, info.id, info.name, info.level, info.parent ?? '', ...values].map(csvCell).join(',');
    }
  }
}
