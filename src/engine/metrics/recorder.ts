/**
 * Writes a run's daily series, day-major ([day · units + unit]): each day starts as a copy of the day before for
 * the stocks (zero for the day's flows), and only the units whose values changed are written over it.
 */
import { ACCOMMODATION_TYPES } from '../scenario/schema.ts';
import { SERIES_KEYS, seriesArray, type SeriesArray, type SeriesKey } from './result.ts';

/** Keys whose value stands until it changes (the others are flows of the day, zero unless written). */
const STOCKS = ['present', 'capacity', 'notunterkunft', 'statuswechsler', 'cost', 'pauschale', 'soll', 'ist', 'lage'] as const;

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
  /** Places and persons by type for the aggregate units: [(day · aggregates + a) · types + t]. */
  readonly byTypeCapacity: Int32Array;
  readonly byTypeOccupancy: Int32Array;
  private readonly stocks: readonly SeriesArray[];
  private day = -1;

  constructor(
    readonly units: number,
    readonly days: number,
    readonly aggregates: number,
  ) {
    const n = units * days;
    this.series = Object.fromEntries(SERIES_KEYS.map((k) => [k, seriesArray(k, n)])) as { [K in SeriesKey]: SeriesArray };
    this.stocks = STOCKS.map((k) => this.series[k]);
    const nt = aggregates * ACCOMMODATION_TYPES.length * days;
    this.byTypeCapacity = new Int32Array(nt);
    this.byTypeOccupancy = new Int32Array(nt);
  }

  /** Starts a day: the stocks of every unit carry over from the day before. Days must come in order. */
  begin(day: number): void {
    const U = this.units;
    if (day > 0) for (const a of this.stocks) a.copyWithin(day * U, (day - 1) * U, day * U);
    this.day = day;
  }

  /** The values of unit u at the end of the current day. */
  write(u: number, v: UnitDay): void {
    const s = this.series;
    const o = this.day * this.units + u;
    s.present[o] = v.present;
    s.capacity[o] = v.capacity;
    s.notunterkunft[o] = v.notunterkunft;
    s.statuswechsler[o] = v.statuswechsler;
    s.cost[o] = v.cost;
    s.pauschale[o] = v.pauschale;
    s.soll[o] = v.soll;
    s.ist[o] = v.ist;
    s.lage[o] = v.lage;
    s.arrived[o] = v.arrived;
    s.zuweisungen[o] = v.zuweisungen;
    s.passedOn[o] = v.passedOn;
    s.exits[o] = v.exits;
  }

  /** The by-type places and persons of every aggregate unit at the end of the current day ([a · types + t]). */
  writeByType(capacity: Int32Array, occupancy: Int32Array): void {
    this.byTypeCapacity.set(capacity, this.day * capacity.length);
    this.byTypeOccupancy.set(occupancy, this.day * occupancy.length);
  }
}
