/**
 * Writes a run's daily series, day-major ([day · units + unit]): each day starts as a copy of the day before for
 * the stocks (zero for the day's flows), and only the units whose values changed are written over it.
 */
import { ACCOMMODATION_TYPES } from '../scenario/schema.ts';
import { SERIES_KEYS, seriesArray, type SeriesArray, type SeriesKey } from './result.ts';

/** Keys whose value stands until it changes (the others are flows of the day, zero unless written). */
const STOCKS = ['present', 'capacity', 'notunterkunft', 'statuswechsler', 'cost', 'pauschale', 'soll', 'ist', 'lage'] as const;

/** The series of n unit-days each, zero. */
const seriesOf = (n: number): { [K in SeriesKey]: SeriesArray } => Object.fromEntries(SERIES_KEYS.map((k) => [k, seriesArray(k, n)])) as { [K in SeriesKey]: SeriesArray };

export class SeriesRecorder {
  // Not readonly: `handOver` lets go of the arrays once the run's result owns them.
  private s: { readonly [K in SeriesKey]: SeriesArray };
  /** Places and persons by type for the aggregate units: [(day · aggregates + a) · types + t]. */
  private capByType: Int32Array;
  private occByType: Int32Array;
  private stocks: readonly SeriesArray[];
  // The series once more as fields: `write` runs for most units on most days.
  private present!: SeriesArray;
  private capacity!: SeriesArray;
  private notunterkunft!: SeriesArray;
  private statuswechsler!: SeriesArray;
  private cost!: SeriesArray;
  private pauschale!: SeriesArray;
  private soll!: SeriesArray;
  private ist!: SeriesArray;
  private lage!: SeriesArray;
  private arrived!: SeriesArray;
  private zuweisungen!: SeriesArray;
  private passedOn!: SeriesArray;
  private exits!: SeriesArray;
  /** Offset of the current day's row. */
  private row = -1;

  constructor(
    readonly units: number,
    readonly days: number,
    readonly aggregates: number,
  ) {
    const nt = aggregates * ACCOMMODATION_TYPES.length * days;
    this.s = seriesOf(units * days);
    this.stocks = [];
    this.capByType = new Int32Array(nt);
    this.occByType = new Int32Array(nt);
    this.use(this.s);
  }

  /** The daily series of every unit ([day · units + unit]). */
  get series(): { readonly [K in SeriesKey]: SeriesArray } {
    return this.s;
  }

  get byTypeCapacity(): Int32Array {
    return this.capByType;
  }

  get byTypeOccupancy(): Int32Array {
    return this.occByType;
  }

  /**
   * Lets go of the arrays, which the run's result now owns, and keeps empty ones of the same kinds: the recorder may
   * then outlive its run (see keepShapes in world.ts) without holding the result's memory.
   */
  handOver(): void {
    this.s = seriesOf(0);
    this.capByType = new Int32Array(0);
    this.occByType = new Int32Array(0);
    this.use(this.s);
  }

  private use(s: { readonly [K in SeriesKey]: SeriesArray }): void {
    this.stocks = STOCKS.map((k) => s[k]);
    this.present = s.present;
    this.capacity = s.capacity;
    this.notunterkunft = s.notunterkunft;
    this.statuswechsler = s.statuswechsler;
    this.cost = s.cost;
    this.pauschale = s.pauschale;
    this.soll = s.soll;
    this.ist = s.ist;
    this.lage = s.lage;
    this.arrived = s.arrived;
    this.zuweisungen = s.zuweisungen;
    this.passedOn = s.passedOn;
    this.exits = s.exits;
  }

  /**
   * Starts a day: the stocks of every unit carry over from the day before. Days must come in order. Returns the
   * offset of the day's row, for callers that write the series directly.
   */
  begin(day: number): number {
    const U = this.units;
    if (day > 0) for (const a of this.stocks) a.copyWithin(day * U, (day - 1) * U, day * U);
    this.row = day * U;
    return this.row;
  }

  /**
   * The values of unit u at the end of the current day, in the order of the series: the stocks (persons, regular
   * places, persons in Notunterkunft, Statuswechsler, cost and Pauschale in EUR per day, Soll, Ist, Lage index),
   * then the flows of the day (arrived, Zuweisungen received, passed on, exits).
   */
  write(
    u: number,
    present: number,
    capacity: number,
    notunterkunft: number,
    statuswechsler: number,
    cost: number,
    pauschale: number,
    soll: number,
    ist: number,
    lage: number,
    arrived: number,
    zuweisungen: number,
    passedOn: number,
    exits: number,
  ): void {
    const o = this.row + u;
    this.present[o] = present;
    this.capacity[o] = capacity;
    this.notunterkunft[o] = notunterkunft;
    this.statuswechsler[o] = statuswechsler;
    this.cost[o] = cost;
    this.pauschale[o] = pauschale;
    this.soll[o] = soll;
    this.ist[o] = ist;
    this.lage[o] = lage;
    // A day's flows are zero until written, and on most days most units have none.
    if (arrived !== 0) this.arrived[o] = arrived;
    if (zuweisungen !== 0) this.zuweisungen[o] = zuweisungen;
    if (passedOn !== 0) this.passedOn[o] = passedOn;
    if (exits !== 0) this.exits[o] = exits;
  }

  /** The by-type places and persons of every aggregate unit at the end of the current day ([a · types + t]). */
  writeByType(capacity: Int32Array, occupancy: Int32Array): void {
    const day = this.row / this.units;
    this.capByType.set(capacity, day * capacity.length);
    this.occByType.set(occupancy, day * occupancy.length);
  }
}
