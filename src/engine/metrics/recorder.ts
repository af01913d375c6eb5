/**
 * Writes a run's daily series (layout [unit · days + day]). A unit's row is written on the days its values change;
 * the days in between repeat its last values, filled in one go when the unit next changes or when a view is due.
 */
import { SERIES_KEYS, type SeriesKey } from './result.ts';

export class SeriesRecorder {
  readonly series: { readonly [K in SeriesKey]: Int32Array | Float32Array };
  /** First day whose values are not yet in the series, per unit. */
  private readonly writtenUntil: Int32Array;
  // The values last written per unit, kept dense so filling a gap never reads back from the large series.
  private readonly lastPresent: Int32Array;
  private readonly lastCapacity: Int32Array;
  private readonly lastNu: Int32Array;
  private readonly lastSw: Int32Array;
  private readonly lastCost: Float64Array;
  private readonly lastPauschale: Float64Array;

  constructor(
    readonly units: number,
    readonly days: number,
  ) {
    const n = units * days;
    this.series = Object.fromEntries(
      SERIES_KEYS.map((k) => [k, k === 'cost' || k === 'pauschale' ? new Float32Array(n) : new Int32Array(n)]),
    ) as { [K in SeriesKey]: Int32Array | Float32Array };
    this.writtenUntil = new Int32Array(units);
    this.lastPresent = new Int32Array(units);
    this.lastCapacity = new Int32Array(units);
    this.lastNu = new Int32Array(units);
    this.lastSw = new Int32Array(units);
    this.lastCost = new Float64Array(units);
    this.lastPauschale = new Float64Array(units);
  }

  /**
   * The values of unit u at the end of `day`: stocks (persons, places, EUR per day) and the day's flows (persons).
   * Days since the unit was last written repeat its previous stocks.
   */
  write(
    u: number,
    day: number,
    present: number,
    capacity: number,
    notunterkunft: number,
    statuswechsler: number,
    cost: number,
    pauschale: number,
    arrived: number,
    zuweisungen: number,
    passedOn: number,
    exits: number,
  ): void {
    this.fillUntil(u, day);
    const s = this.series;
    const o = u * this.days + day;
    s.present[o] = this.lastPresent[u] = present;
    s.capacity[o] = this.lastCapacity[u] = capacity;
    s.notunterkunft[o] = this.lastNu[u] = notunterkunft;
    s.statuswechsler[o] = this.lastSw[u] = statuswechsler;
    s.cost[o] = this.lastCost[u] = cost;
    s.pauschale[o] = this.lastPauschale[u] = pauschale;
    // Flows are zero on most days; the arrays start at zero, so only other values are written.
    if (arrived) s.arrived[o] = arrived;
    if (zuweisungen) s.zuweisungen[o] = zuweisungen;
    if (passedOn) s.passedOn[o] = passedOn;
    if (exits) s.exits[o] = exits;
    this.writtenUntil[u] = day + 1;
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
    const s = this.series;
    repeat(s.present as Int32Array, this.lastPresent[u] as number, a, b);
    repeat(s.capacity as Int32Array, this.lastCapacity[u] as number, a, b);
    repeat(s.notunterkunft as Int32Array, this.lastNu[u] as number, a, b);
    repeat(s.statuswechsler as Int32Array, this.lastSw[u] as number, a, b);
    repeatMoney(s.cost as Float32Array, this.lastCost[u] as number, a, b);
    repeatMoney(s.pauschale as Float32Array, this.lastPauschale[u] as number, a, b);
    this.writtenUntil[u] = day;
  }
}

/** Writes v over a[from, to): whole persons. Kept apart from the money variant so each stays monomorphic. */
function repeat(a: Int32Array, v: number, from: number, to: number): void {
  if (to - from > 32) a.fill(v, from, to);
  else for (let i = from; i < to; i++) a[i] = v;
}

/** Writes v over a[from, to): EUR per day. */
function repeatMoney(a: Float32Array, v: number, from: number, to: number): void {
  if (to - from > 32) a.fill(v, from, to);
  else for (let i = from; i < to; i++) a[i] = v;
}
