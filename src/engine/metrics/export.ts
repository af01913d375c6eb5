/** The result as JSON (documented format) and as CSV (one row per day and unit). */
import { ACCOMMODATION_TYPES } from '../scenario/schema.ts';
import { LAGE_STATES } from '../machines/lage.ts';
import {
  FLOW_KINDS,
  SERIES_KEYS,
  SERIES_KIND,
  type FlowKind,
  type Kpi,
  type LedgerEntry,
  type LogEntry,
  type QuotaChange,
  type RunMeta,
  type RunResult,
  type SeriesKey,
  type UnitInfo,
} from './result.ts';
import { provenanceComment, type Provenance } from './provenance.ts';

/** One flow record: persons moving on a day from a unit (null: from outside) to a unit (ids). */
export interface FlowJson {
  readonly date: string;
  readonly kind: FlowKind;
  readonly from: string | null;
  readonly to: string;
  readonly persons: number;
}

export interface ResultJson {
  /** Where the result comes from (in exports; absent in a plain `toResultJson(r)`). */
  readonly provenance?: Provenance;
  readonly meta: RunMeta;
  readonly days: readonly string[];
  readonly units: readonly UnitInfo[];
  /**
   * Per unit id: per series key the daily values (persons; cost and pauschale in EUR and Soll/Ist in persons, rounded
   * to hundredths; lage as the id of the Lage state).
   */
  readonly series: Readonly<Record<string, Readonly<Record<SeriesKey, (number | string)[]>>>>;
  /** Per unit id: arrived = present + passedOn + exited. */
  readonly ledger: Readonly<Record<string, LedgerEntry>>;
  readonly kpis: readonly Kpi[];
  readonly log: readonly LogEntry[];
  readonly flows: readonly FlowJson[];
  readonly quotaChanges: readonly QuotaChange[];
  /** Per unit id (Land, Erstaufnahme sites, Kreise incl. their Gemeinden): places and persons by accommodation type per day. */
  readonly byType: Readonly<Record<string, { capacity: Record<string, number[]>; occupancy: Record<string, number[]> }>>;
}

const cents = (v: number): number => Math.round(v * 100) / 100;

/** A series value as exported: amounts rounded to hundredths, state codes as their ids. */
function exported(key: SeriesKey, v: number): number | string {
  const kind = SERIES_KIND[key];
  return kind === 'amount' ? cents(v) : kind === 'code' ? (LAGE_STATES[v] ?? String(v)) : v;
}

/** Daily values of one series for one unit. */
export function seriesOf(r: RunResult, unit: number, key: SeriesKey): (number | string)[] {
  const D = r.days.length;
  const U = r.units.length;
  const a = r.series[key];
  const out = new Array<number | string>(D);
  for (let d = 0; d < D; d++) out[d] = exported(key, a[d * U + unit] as number);
  return out;
}

/** The flow records with unit ids and dates. */
export function flowsOf(r: RunResult): FlowJson[] {
  const f = r.flows;
  const out: FlowJson[] = [];
  for (let i = 0; i < f.count; i++) {
    const from = f.from[i] as number;
    out.push({
      date: r.days[f.day[i] as number] as string,
      kind: FLOW_KINDS[f.kind[i] as number] as FlowKind,
      from: from < 0 ? null : (r.units[from]?.id ?? null),
      to: r.units[f.to[i] as number]!.id,
      persons: f.persons[i] as number,
    });
  }
  return out;
}

export function toResultJson(r: RunResult, provenance?: Provenance): ResultJson {
  const series: Record<string, Record<SeriesKey, (number | string)[]>> = {};
  const ledger: Record<string, LedgerEntry> = {};
  r.units.forEach((u, i) => {
    series[u.id] = Object.fromEntries(SERIES_KEYS.map((k) => [k, seriesOf(r, i, k)])) as Record<SeriesKey, (number | string)[]>;
    ledger[u.id] = r.ledger[i] as LedgerEntry;
  });
  const D = r.days.length;
  const T = ACCOMMODATION_TYPES.length;
  const byType: Record<string, { capacity: Record<string, number[]>; occupancy: Record<string, number[]> }> = {};
  const AT = r.byType.units.length * T;
  r.byType.units.forEach((u, i) => {
    const pick = (a: Int32Array) =>
      Object.fromEntries(ACCOMMODATION_TYPES.map((t, ti) => [t, Array.from({ length: D }, (_, d) => a[d * AT + i * T + ti] as number)]));
    byType[r.units[u]!.id] = { capacity: pick(r.byType.capacity), occupancy: pick(r.byType.occupancy) };
  });
  return { ...(provenance ? { provenance } : {}), meta: r.meta, days: r.days, units: r.units, series, ledger, kpis: r.kpis, log: r.log, flows: flowsOf(r), quotaChanges: r.quotaChanges, byType };
}

const csvCell = (v: string | number): string => {
  const s = String(v);
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * CSV with a header; one row per day and unit; columns date, unit, name, level, parent, then every series. With a
 * provenance, a comment line naming it comes first.
 */
export function* toCsvLines(r: RunResult, provenance?: Provenance): Generator<string> {
  const D = r.days.length;
  if (provenance) yield provenanceComment(provenance);
  yield ['date', 'unit', 'name', 'level', 'parent', ...SERIES_KEYS].join(',');
  for (let d = 0; d < D; d++) {
    for (let u = 0; u < r.units.length; u++) {
      const info = r.units[u] as UnitInfo;
      const values = SERIES_KEYS.map((k) => exported(k, r.series[k][d * r.units.length + u] as number));
      yield [r.days[d] as string, info.id, info.name, info.level, info.parent ?? '', ...values].map(csvCell).join(',');
    }
  }
}

/** The KPIs as CSV: a provenance comment line, a header, one row per KPI with its labels and units in both languages. */
export function* kpiCsvLines(kpis: readonly Kpi[], provenance: Provenance): Generator<string> {
  yield provenanceComment(provenance);
  yield 'id,label_de,label_en,value,unit_de,unit_en,date';
  for (const k of kpis) yield [k.id, k.label.de, k.label.en, k.value, k.unit.de, k.unit.en, k.date ?? ''].map(csvCell).join(',');
}

/** The KPIs as JSON with their provenance. */
export function kpiJson(kpis: readonly Kpi[], provenance: Provenance): { readonly provenance: Provenance; readonly kpis: readonly Kpi[] } {
  return { provenance, kpis };
}
