/**
 * Writes a run's daily series (layout [unit · days + day]). A unit's row is written on the days its values change;
 * the days in between repeat its last values, filled in one go when the unit next changes or when a view is due.
 */
import { ACCOMMODATION_TYPES } from '../scenario/schema.ts';
import { SERIES_KEYS, seriesArray, type SeriesArray, type SeriesKey } from './result.ts';

/** Keys whose value stands until it changes (the others are flows of the day, zero unless written). */
const STOCKS = ['present', 'capacity', 'notunterkunft', 'statuswechsler', 'cost', 'pauschale', 'soll', 'ist', 'lage'] as const;
type StockKey = (typeof STOCKS)[number];

/** The values of one unit at the end of a day; the recorder reads it on each `write`. */
export interface UnitDay {
  present: number;
  capacity: number;
  notunterkunft: number;
  statuswechsler: number;
  /** EUR per day. */
  cost: number;
  pauschale: number;
  /** Soll/Ist account (persons). */
  soll: number;
  ist: number;
  /** Index into LAGE_STATES. */
  lage: number;
  arrived: number;
  zuweisungen: number;
  passedOn: number;
  exits: number;
}

export class SeriesRecorder {
  readonly series: { readonly [K in SeriesKey]: SeriesArray };
  /** Places and persons by type for the aggregate units: [(a · types + t) · days + day]. */
  readonly byTypeCapacity: Int32Array;
  readonly byTypeOccupancy: Int32Array;
  /** First day whose values are not yet in the series, per unit. */
  private readonly writtenUntil: Int32Array;
  /** The stock values last written per unit, kept dense so filling a gap never reads back from the large series. */
  private readonly last: { readonly [K in StockKey]: Float64Array };

  constructor(
    readonly units: number,
    readonly days: number,
    aggregates: number,
  ) {
    const n = units * days;
    this.series = Object.fromEntries(SERIES_KEYS.map((k) => [k, seriesArray(k, n)])) as { [K in SeriesKey]: SeriesArray };
    const nt = aggregates * ACCOMMODATION_TYPES.length * days;
    this.byTypeCapacity = new Int32Array(nt);
    this.byTypeOccupancy = new Int32Array(nt);
    this.writtenUntil = new Int32Array(units);
    this.last = Object.fromEntries(STOCKS.map((k) => [k, new Float64Array(units)])) as { [K in StockKey]: Float64Array };
  }

  /** The values of unit u at the end of `day`. Days since the unit was last written repeat its previous stocks. */
  write(u: number, day: number, v: UnitDay): void {
    this.fillUntil(u, day);
    const s = this.series;
    const last = this.last;
    const o = u * this.days + day;
    s.present[o] = last.present[u] = v.present;
    s.capacity[o] = last.capacity[u] = v.capacity;
    s.notunterkunft[o] = last.notunterkunft[u] = v.notunterkunft;
    s.statuswechsler[o] = last.statuswechsler[u] = v.statuswechsler;
    s.cost[o] = last.cost[u] = v.cost;
    s.pauschale[o] = last.pauschale[u] = v.pauschale;
    s.soll[o] = last.soll[u] = v.soll;
    s.ist[o] = last.ist[u] = v.ist;
    s.lage[o] = last.lage[u] = v.lage;
    // Flows are zero on most days; the arrays start at zero, so only other values are written.
    if (v.arrived) s.arrived[o] = v.arrived;
    if (v.zuweisungen) s.zuweisungen[o] = v.zuweisungen;
    if (v.passedOn) s.passedOn[o] = v.passedOn;
    if (v.exits) s.exits[o] = v.exits;
    this.writtenUntil[u] = day + 1;
  }

  /** The by-type places and persons of every aggregate unit on a day ([a · types + t]). */
  writeByType(day: number, capacity: Int32Array, occupancy: Int32Array): void {
    const D = this.days;
    for (let i = 0; i < capacity.length; i++) {
      this.byTypeCapacity[i * D + day] = capacity[i] as number;
      this.byTypeOccupancy[i * D + day] = occupancy[i] as number;
    }
  }

  /** Completes every unit's rows up to (not including) `day`. */
  fillAll(day: number): void {
    for (let u = 0; u < this.units; u++) this.fillUntil(u, day);
  }

  /** Repeats unit u's last written stocks up to (not including) `day`. */
  private fillUntil(u: number, day: number): void {
    const from = this.writtenUntil[u] as number;
    if (from >= day || from === 0) return;
    const a = u * this.days + from;
    const b = u * this.days + day;
    for (const k of STOCKS) repeat(this.series[k], this.last[k][u] as number, a, b);
    this.writtenUntil[u] = day;
  }
}

/** Writes v over a[from, to). */
function repeat(a: SeriesArray, v: number, from: number, to: number): void {
  if (to - from > 32) a.fill(v, from, to);
  else for (let i = from; i < to; i++) a[i] = v;
}
