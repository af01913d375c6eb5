/** The result of a run as the UI holds it: assembled from the worker's day slices, read by every view. */
import {
  SERIES_KEYS,
  seriesArray,
  type Flows,
  type Kpi,
  type LedgerEntry,
  type LogEntry,
  type QuotaChange,
  type RunMeta,
  type SeriesArray,
  type SeriesKey,
  type UnitInfo,
} from '../../engine/metrics/result.ts';
import type { ChartStateCounts } from '../../engine/metrics/chartStates.ts';
import { ACCOMMODATION_TYPES, type Scenario } from '../../engine/scenario/schema.ts';
import type { Chunk } from '../../worker/protocol.ts';

export const TYPES = ACCOMMODATION_TYPES;
export type UnitType = (typeof TYPES)[number];

export class RunData {
  readonly D: number;
  readonly U: number;
  /**
   * series[key][u * D + d]: unit-major (the engine's result is day-major), so that a unit's days are one view for the
   * charts; the engine's array kinds.
   */
  readonly series: { readonly [K in SeriesKey]: SeriesArray };
  /** By accommodation type for byTypeUnits (Land, sites, Kreise incl. Gemeinden): [(i * types + t) * D + d]. */
  readonly byTypeCapacity: Int32Array;
  readonly byTypeOccupancy: Int32Array;
  readonly indexById: ReadonlyMap<string, number>;
  readonly children: readonly (readonly number[])[];
  readonly sites: readonly number[];
  readonly kreise: readonly number[];
  readonly gemeinden: readonly number[];
  private readonly byTypeIndex: Map<number, number>;
  /** The flow records received so far (arrays with room to grow; records [0, count) are valid). */
  private flowRecords: Flows = emptyFlows(0);
  private readonly quotaChangesIn: QuotaChange[] = [];
  /** Days [0, available) hold data. */
  available = 0;
  meta: RunMeta | null = null;
  kpis: readonly Kpi[] = [];
  ledger: readonly LedgerEntry[] = [];
  log: readonly LogEntry[] = [];
  /** Persons per household-chart state, sampled every four weeks; known when the run is done. */
  chartStates: ChartStateCounts | null = null;
  elapsedMs = 0;

  constructor(
    readonly runId: number,
    readonly scenarioId: string,
    readonly days: readonly string[],
    readonly units: readonly UnitInfo[],
    readonly byTypeUnits: readonly number[],
    /**
     * The validated scenario of the run; absent for data built without it (older callers, tests). Replaced only by
     * `Session.rename` (a new name, not a new run).
     */
    public scenario?: Scenario,
  ) {
    this.D = days.length;
    this.U = units.length;
    const n = this.D * this.U;
    this.series = Object.fromEntries(SERIES_KEYS.map((k) => [k, seriesArray(k, n)])) as RunData['series'];
    const nt = byTypeUnits.length * TYPES.length * this.D;
    this.byTypeCapacity = new Int32Array(nt);
    this.byTypeOccupancy = new Int32Array(nt);
    this.indexById = new Map(units.map((u, i) => [u.id, i]));
    const children: number[][] = units.map(() => []);
    units.forEach((u, i) => {
      const p = u.parent === null ? undefined : this.indexById.get(u.parent);
      if (p !== undefined) children[p]!.push(i);
    });
    this.children = children;
    const at = (level: string) => units.flatMap((u, i) => (u.level === level ? [i] : []));
    this.sites = at('erstaufnahme');
    this.kreise = at('kreis');
    this.gemeinden = at('gemeinde');
    this.byTypeIndex = new Map(byTypeUnits.map((u, i) => [u, i]));
  }

  /** Copies a day slice from the worker into place (transposing it to unit-major); slices arrive in order of days. */
  addChunk(c: Chunk): void {
    const { D, U } = this;
    for (const key of SERIES_KEYS) {
      const src = c.series[key];
      const dst = this.series[key];
      for (let d = c.from; d < c.to; d++) {
        const row = (d - c.from) * U;
        for (let u = 0; u < U; u++) dst[u * D + d] = src[row + u] as number;
      }
    }
    const AT = this.byTypeUnits.length * TYPES.length;
    for (let d = c.from; d < c.to; d++) {
      for (let i = 0; i < AT; i++) {
        this.byTypeCapacity[i * D + d] = c.byTypeCapacity[(d - c.from) * AT + i] as number;
        this.byTypeOccupancy[i * D + d] = c.byTypeOccupancy[(d - c.from) * AT + i] as number;
      }
    }
    this.appendFlows(c.flows);
    this.quotaChangesIn.push(...c.quotaChanges);
    this.available = Math.max(this.available, c.to);
  }

  private appendFlows(add: Flows): void {
    if (add.count === 0) return;
    let f = this.flowRecords;
    const at = f.count;
    const count = at + add.count;
    if (count > f.day.length) {
      const grown = emptyFlows(Math.max(count, 2 * f.day.length, 1024));
      grown.day.set(f.day.subarray(0, at));
      grown.kind.set(f.kind.subarray(0, at));
      grown.from.set(f.from.subarray(0, at));
      grown.to.set(f.to.subarray(0, at));
      grown.persons.set(f.persons.subarray(0, at));
      f = grown;
    }
    f.day.set(add.day.subarray(0, add.count), at);
    f.kind.set(add.kind.subarray(0, add.count), at);
    f.from.set(add.from.subarray(0, add.count), at);
    f.to.set(add.to.subarray(0, add.count), at);
    f.persons.set(add.persons.subarray(0, add.count), at);
    this.flowRecords = { ...f, count };
  }

  /**
   * The engine's exact flow records of the days received so far, in order of days (records [0, count); the arrays may be
   * longer and are replaced as they grow, so read them anew after each slice).
   */
  get flows(): Flows {
    return this.flowRecords;
  }

  /** Index of the first flow record on or after a day (records are in order of days); `flows.count` if none. */
  flowIndex(day: number): number {
    const f = this.flowRecords;
    let lo = 0;
    let hi = f.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((f.day[mid] as number) < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The quota of every Kreis on day 0 and at each change received so far, in order of days. */
  get quotaChanges(): readonly QuotaChange[] {
    return this.quotaChangesIn;
  }

  /**
   * The quota of a unit on a day: for a Kreis its Aufnahmequote in force that day (share of all Zuweisungen), for a
   * Gemeinde its share of the Kreis's Zuweisungen; undefined for other units.
   */
  quotaOn(u: number, d: number): number | undefined {
    const unit = this.units[u];
    if (unit?.level === 'gemeinde') return unit.quota;
    if (unit?.level !== 'kreis') return undefined;
    let quota = unit.quota;
    for (const c of this.quotaChangesIn) {
      if (c.day > d) break;
      quota = c.quota[unit.id] ?? quota;
    }
    return quota;
  }

  get complete(): boolean {
    return this.meta !== null;
  }

  /** Value of a series for a unit on a day (the last available day if `d` is beyond it). */
  value(key: SeriesKey, u: number, d: number): number {
    const day = Math.max(0, Math.min(d, this.available - 1, this.D - 1));
    return this.series[key][u * this.D + day] as number;
  }

  /** The daily values of a unit (a view, no copy). */
  unitSeries(key: SeriesKey, u: number): SeriesArray {
    return this.series[key].subarray(u * this.D, (u + 1) * this.D);
  }

  /** A unit together with its Gemeinden (for a Kreis), summed on one day. */
  total(key: SeriesKey, u: number, d: number): number {
    let v = this.value(key, u, d);
    for (const c of this.children[u] ?? []) if (this.units[c]?.level === 'gemeinde') v += this.value(key, c, d);
    return v;
  }

  /** Occupancy (persons, incl. Notunterkunft, ÷ regular places) of a unit with its Gemeinden; NaN without places. */
  occupancy(u: number, d: number): number {
    const p = this.total('present', u, d);
    const c = this.total('capacity', u, d);
    return c > 0 ? p / c : p > 0 ? Infinity : Number.NaN;
  }

  /** Places and persons by type for a Land/site/Kreis unit on a day; undefined for Gemeinden. */
  byType(u: number, d: number): { type: UnitType; capacity: number; occupancy: number }[] | undefined {
    const i = this.byTypeIndex.get(u);
    if (i === undefined) return undefined;
    const day = Math.max(0, Math.min(d, this.available - 1));
    return TYPES.map((type, t) => ({
      type,
      capacity: this.byTypeCapacity[(i * TYPES.length + t) * this.D + day] as number,
      occupancy: this.byTypeOccupancy[(i * TYPES.length + t) * this.D + day] as number,
    }));
  }

  /** Day index of an ISO date, clamped to the run. */
  dayOf(date: string): number {
    let lo = 0;
    let hi = this.D - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.days[mid] as string) < date) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function emptyFlows(n: number): Flows {
  return { count: 0, day: new Int32Array(n), kind: new Uint8Array(n), from: new Int32Array(n), to: new Int32Array(n), persons: new Int32Array(n) };
}
