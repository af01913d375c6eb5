/** The result of a run: unit tree, daily series in typed arrays, ledger, KPIs; and its JSON form. */

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
  /** For Kreise: the Aufnahmequote at the start (share of all Zuweisungen). */
  readonly quota?: number;
  /** For Erstaufnahme sites: the AGS of the hosting Kreis. */
  readonly hostKreis?: string;
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
] as const;
export type SeriesKey = (typeof SERIES_KEYS)[number];

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

export interface LogEntry {
  readonly day: number;
  readonly date: string;
  readonly unit: string | null;
  readonly kind: string;
  readonly text: { readonly de: string; readonly en: string };
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

/** Counts are whole persons (Int32Array); money in EUR per day (Float32Array). */
export type SeriesArray = Int32Array | Float32Array;

/** In-memory result: series[key][unitIndex * days.length + day]. */
export interface RunResult {
  readonly meta: RunMeta;
  readonly days: readonly string[];
  readonly units: readonly UnitInfo[];
  readonly series: { readonly [K in SeriesKey]: SeriesArray };
  readonly ledger: readonly LedgerEntry[];
  readonly kpis: readonly Kpi[];
  readonly log: readonly LogEntry[];
  /**
   * Places and persons by accommodation type (ACCOMMODATION_TYPES order) for the Land, the Erstaufnahme sites and
   * the Kreise, a Kreis counted with its Gemeinden: value of unit units[i], type t, day d at [(i * types + t) * days + d].
   */
  readonly byType: {
    readonly units: readonly number[];
    readonly capacity: Int32Array;
    readonly occupancy: Int32Array;
  };
}
