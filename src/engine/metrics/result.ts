/** The result of a run: unit tree, daily series in typed arrays, ledger, KPIs; and its JSON form. */
import type { ChartStateCounts } from './chartStates.ts';

export type UnitLevel = 'land' | 'erstaufnahme' | 'kreis' | 'gemeinde';

export interface UnitInfo {
  readonly id: string;
  readonly name: string;
  readonly level: UnitLevel;
  /** Id of the parent unit; null for the Land. */
  readonly parent: string | null;
  readonly population?: number;
  readonly lon?: number;
  readonly lat?: number;
  /** For Kreise: landkreis or kreisfreie-stadt. */
  readonly kind?: string;
  /**
   * For Kreise: the Aufnahmequote at the start (share of all Zuweisungen; dated events may change it, see
   * `RunResult.quotaChanges`). For Gemeinden: their share of the Kreis's Zuweisungen (population share).
   */
  readonly quota?: number;
  /** For Erstaufnahme sites: the AGS of the hosting Kreis. */
  readonly hostKreis?: string;
}

const kreisOfCache = new WeakMap<readonly UnitInfo[], Int32Array>();

/**
 * The Kreis of every unit, by index: its own index for a Kreis, its parent's for a Gemeinde, −1 for the Land and the
 * Erstaufnahme sites (and a Gemeinde whose parent is not among the units). Computed once per list of units.
 */
export function kreisOfUnits(units: readonly UnitInfo[]): Int32Array {
  let out = kreisOfCache.get(units);
  if (out) return out;
  const index = new Map(units.map((u, i) => [u.id, i]));
  out = Int32Array.from(units, (u, i) => (u.level === 'kreis' ? i : u.level === 'gemeinde' ? (index.get(u.parent ?? '') ?? -1) : -1));
  kreisOfCache.set(units, out);
  return out;
}

/** Daily series kept for every unit. Counts are persons; `cost` is EUR per day. */
export const SERIES_KEYS = [
  'present', // persons accommodated in the unit's own places at the end of the day (Land: everyone in Hessen)
  'capacity', // regular places (all types except Notunterkunft) open at the end of the day
  'notunterkunft', // persons in Notunterkunft at the end of the day
  'arrived', // persons who entered the unit during the day
  'zuweisungen', // persons received by Zuweisung from the level above during the day
  'passedOn', // persons passed on to a lower level during the day
  'exits', // persons who left the system from this unit during the day
  'statuswechsler', // recognised persons still accommodated at the end of the day
  'cost', // accommodation cost of the day, EUR
  'pauschale', // Land reimbursement accrued for the day, EUR
  'soll', // Kreis, Gemeinde: the Soll of the Soll/Ist account at the end of the day, persons (others 0)
  'ist', // Kreis, Gemeinde: the Ist of the Soll/Ist account at the end of the day, persons (others 0)
  'lage', // Erstaufnahme site, Kreis, Gemeinde: the Lage at the end of the day, as an index into LAGE_STATES (others 0)
] as const;
export type SeriesKey = (typeof SERIES_KEYS)[number];

/** How a series is stored: whole persons (Int32), EUR or fractional persons (Float32), a state code (Uint8). */
export type SeriesKind = 'count' | 'amount' | 'code';
export const SERIES_KIND: { readonly [K in SeriesKey]: SeriesKind } = {
  present: 'count',
  capacity: 'count',
  notunterkunft: 'count',
  arrived: 'count',
  zuweisungen: 'count',
  passedOn: 'count',
  exits: 'count',
  statuswechsler: 'count',
  cost: 'amount',
  pauschale: 'amount',
  soll: 'amount',
  ist: 'amount',
  lage: 'code',
};

/** A new typed array of length n for a series of the given key. */
export function seriesArray(key: SeriesKey, n: number): SeriesArray {
  const kind = SERIES_KIND[key];
  return kind === 'amount' ? new Float32Array(n) : kind === 'code' ? new Uint8Array(n) : new Int32Array(n);
}

export interface Kpi {
  readonly id: string;
  readonly label: { readonly de: string; readonly en: string };
  readonly value: number;
  readonly unit: { readonly de: string; readonly en: string };
  /** For KPIs that name a day: its ISO date (`value` is then the day index from the start). */
  readonly date?: string;
}

export interface LedgerEntry {
  readonly arrived: number;
  readonly present: number;
  readonly passedOn: number;
  readonly exited: number;
}

interface LogBase {
  readonly day: number;
  readonly date: string;
}

/**
 * What happened, as data: the UI renders the text from its own messages. Codes are the engine's ids
 * (LAGE_STATES, ACCOMMODATION_TYPES, policy ids).
 */
export type LogEntry =
  /** A dated event of the scenario came into force; its label is the scenario's own text. */
  | (LogBase & { readonly kind: 'ereignis'; readonly unit: null; readonly event: number; readonly label: { readonly de: string; readonly en: string } })
  /** The Lage of a unit changed. */
  | (LogBase & { readonly kind: 'lage'; readonly unit: string; readonly from: LageCode; readonly to: LageCode })
  /** A unit ordered places (`bestellt`) or gave notice on a contract (`gekuendigt`). */
  | (LogBase & {
      readonly kind: 'beschaffung';
      readonly unit: string;
      readonly action: 'bestellt' | 'gekuendigt';
      readonly places: number;
      readonly type: string;
    });
export type LogKind = LogEntry['kind'];
/** Ids of the Lage chart's states, in the order of LAGE_STATES (machines/lage.ts). */
export type LageCode = 'normal' | 'angespannt' | 'ueberlastet' | 'notbetrieb';

/**
 * Exact flows between units that the per-unit series do not tell apart, one record per (day, kind, from, to),
 * in order of days. Kreis → Gemeinde Zuweisungen need no record: a Gemeinde's `zuweisungen` all come from its Kreis;
 * moves within a Kreis out of Notunterkunft (`kreisintern`) are neither Zuweisungen nor counted as such.
 * Unit fields are indices into `units`; `from` is −1 where persons come from outside the units.
 */
export interface Flows {
  readonly count: number;
  readonly day: Int32Array;
  readonly kind: Uint8Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly persons: Int32Array;
}
/** Kinds of flow records (`Flows.kind`). */
export const FLOW_KINDS = [
  'zuweisung', // Erstaufnahme site → Kreis (Zuweisung by RP Darmstadt)
  'direkt', // outside → Kreis: taken in outside the LAG procedure (e.g. § 24 AufenthG)
  'bestand', // outside → unit on day 0: persons already housed when the run starts
  'verlegung', // Erstaufnahme site → another site (a site closing under its residents)
  'kreisintern', // Notunterkunft → a free regular place of another unit of the same Kreis (the Kreis's own or a Gemeinde's)
] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];

/** A change of the Aufnahmequote by a dated event: the quota of every Kreis (by unit id) from that day on. */
export interface QuotaChange {
  readonly day: number;
  readonly date: string;
  readonly quota: Readonly<Record<string, number>>;
}

export interface RunMeta {
  readonly scenarioId: string;
  readonly scenarioName: { readonly de: string; readonly en: string };
  readonly seed: number;
  readonly landPolicy: string;
  readonly kreisPolicy: string;
  readonly start: string;
  readonly end: string;
  readonly engineVersion: string;
  /** Persons already housed when the run starts (Erstaufnahme and Kommunen); they count as arrivals of day 0. */
  readonly initialStock: number;
  readonly attribution: readonly string[];
}

/** Counts are whole persons (Int32Array); money and Soll/Ist (Float32Array); state codes (Uint8Array). */
export type SeriesArray = Int32Array | Float32Array | Uint8Array;

/** In-memory result. Series are day-major: the value of unit u on day d is `series[key][d * units.length + u]`. */
export interface RunResult {
  readonly meta: RunMeta;
  readonly days: readonly string[];
  readonly units: readonly UnitInfo[];
  readonly series: { readonly [K in SeriesKey]: SeriesArray };
  readonly ledger: readonly LedgerEntry[];
  readonly kpis: readonly Kpi[];
  readonly log: readonly LogEntry[];
  readonly flows: Flows;
  /** The quota on day 0 and at every change, in order of days. */
  readonly quotaChanges: readonly QuotaChange[];
  /**
   * Places and persons by accommodation type (ACCOMMODATION_TYPES order) for the Land, the Erstaufnahme sites and
   * the Kreise, a Kreis counted with its Gemeinden, day-major: unit units[i], type t, day d at
   * [(d * units.length + i) * types + t].
   */
  readonly byType: {
    readonly units: readonly number[];
    readonly capacity: Int32Array;
    readonly occupancy: Int32Array;
  };
  /** Persons per state of the household chart, sampled every four weeks (absent in results built without it). */
  readonly chartStates?: ChartStateCounts;
}

/** Position of unit u on day d in a series of a result with `units` units (day-major). */
export function cell(units: number, u: number, d: number): number {
  return d * units + u;
}

/** The daily values of one unit in one series (a copy). */
export function unitSeries(r: Pick<RunResult, 'series' | 'units' | 'days'>, key: SeriesKey, u: number): Float64Array {
  const U = r.units.length;
  const a = r.series[key];
  const out = new Float64Array(r.days.length);
  for (let d = 0; d < out.length; d++) out[d] = a[d * U + u] as number;
  return out;
}

