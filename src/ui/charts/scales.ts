/** Pure scale and tick helpers for day-indexed time series: x is the day index, y a value from 0 up. */
import { scaleLinear, scaleUtc, type ScaleLinear } from 'd3';

/** A closed range of day indices [first, last]. */
export type Domain = readonly [number, number];
export type Scale = ScaleLinear<number, number>;

const DAY_MS = 86_400_000;

/** Day index → pixel in [0, width]. */
export function dayScale(domain: Domain, width: number): Scale {
  return scaleLinear().domain([domain[0], domain[1]]).range([0, width]);
}

/** Value → pixel, 0 at the bottom (height) and a nice top at least `max` (and at least `floor`). */
export function valueScale(max: number, height: number, opts: { floor?: number; ticks?: number } = {}): Scale {
  let top = Math.max(Number.isFinite(max) ? max : 0, opts.floor ?? 0);
  if (!(top > 0)) top = 1;
  return scaleLinear().domain([0, top]).range([height, 0]).nice(opts.ticks ?? 4);
}

/** The largest finite value of any of the arrays over days [from, to); 0 if there is none. */
export function maxOf(arrays: readonly ArrayLike<number>[], from: number, to: number): number {
  let m = 0;
  for (const a of arrays) {
    const end = Math.min(to, a.length);
    for (let d = Math.max(0, from); d < end; d++) {
      const v = a[d] as number;
      if (v > m && Number.isFinite(v)) m = v;
    }
  }
  return m;
}

/** Rounds a pixel coordinate to 0.1 px (stable strings in tests, smaller DOM). */
export const round1 = (v: number): number => Math.round(v * 10) / 10;

export interface Tick {
  readonly value: number;
  readonly px: number;
}

export function valueTicks(y: Scale, count = 4): Tick[] {
  return y.ticks(count).map((value) => ({ value, px: round1(y(value)) }));
}

export interface DayTick {
  readonly day: number;
  readonly px: number;
  /** ISO date of the tick. */
  readonly date: string;
  /** What the tick marks: a new year, a new month, or just a day. */
  readonly kind: 'year' | 'month' | 'day';
}

/** Calendar ticks (months, weeks, days …) for a day-index scale whose day 0 is the ISO date `start`. */
export function dayTicks(start: string, x: Scale, count = 6): DayTick[] {
  const t0 = Date.parse(`${start}T00:00:00Z`);
  const [a, b] = x.domain() as [number, number];
  const u = scaleUtc().domain([new Date(t0 + a * DAY_MS), new Date(t0 + b * DAY_MS)]);
  const out: DayTick[] = [];
  const seen = new Set<number>();
  for (const t of u.ticks(count)) {
    const day = (t.getTime() - t0) / DAY_MS;
    if (!Number.isInteger(day) || seen.has(day)) continue;
    seen.add(day);
    const kind = t.getUTCDate() !== 1 ? 'day' : t.getUTCMonth() === 0 ? 'year' : 'month';
    out.push({ day, px: round1(x(day)), date: t.toISOString().slice(0, 10), kind });
  }
  return out;
}

/** The day under a pixel, rounded and clamped to [0, last]. */
export function dayAt(x: Scale, px: number, last: number): number {
  return Math.max(0, Math.min(last, Math.round(x.invert(px))));
}
