/** Sampling of duration distributions (days) and lookups of dated periods. */
import type { Rng } from '../rng.ts';
import { daysInMonth } from '../dates.ts';
import type { ArrivalSeries, Distribution } from '../scenario/schema.ts';

/** Draws a duration in whole days (≥ 0). */
export function sampleDays(d: Distribution, rng: Rng): number {
  switch (d.dist) {
    case 'fixed':
      return Math.round(d.days);
    case 'uniform':
      return Math.round(d.min + (d.max - d.min) * rng.next());
    case 'exponential':
      return Math.round(-Math.log(1 - rng.next()) * d.mean);
    case 'gamma': {
      const shape = 1 / (d.cv * d.cv);
      return Math.round(rng.gamma(shape, d.mean / shape));
    }
    case 'lognormal': {
      const s2 = Math.log(1 + d.cv * d.cv);
      const mu = Math.log(d.mean) - s2 / 2;
      return Math.round(Math.exp(mu + Math.sqrt(s2) * rng.normal()));
    }
  }
}

/** Mean of a distribution, days. */
export function meanDays(d: Distribution): number {
  switch (d.dist) {
    case 'fixed':
      return d.days;
    case 'uniform':
      return (d.min + d.max) / 2;
    default:
      return d.mean;
  }
}

/** The period in force at `isoDate`: the last one whose `from` is not later; the first one before that. */
export function periodAt<P extends { from: string }>(periods: readonly P[], isoDate: string): P {
  let found = periods[0] as P;
  for (const p of periods) {
    if (p.from <= isoDate) found = p;
    else break;
  }
  return found;
}

/** Cumulative probabilities from non-negative weights (equal weights if all are zero). */
export function cumulative(weights: readonly number[]): Float64Array {
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = new Float64Array(weights.length);
  let acc = 0;
  weights.forEach((w, i) => {
    acc += sum > 0 ? w / sum : 1 / weights.length;
    out[i] = acc;
  });
  out[weights.length - 1] = 1;
  return out;
}

/** Index drawn from cumulative probabilities. */
export function drawIndex(cum: Float64Array, rng: Rng): number {
  const u = rng.next();
  let i = 0;
  while (i < cum.length - 1 && u >= (cum[i] as number)) i++;
  return i;
}

/**
 * Expected persons on a day from an arrival series: a constant rate, the day's value of a daily list (counted from
 * the start), or a monthly total spread evenly over the days of its month. `isoDate` is the day's date.
 */
export function expectedPersons(s: ArrivalSeries, day: number, isoDate: string): number {
  if (s.kind === 'rate') return s.perDay;
  if (s.kind === 'daily') return s.values[day] ?? 0;
  const month = isoDate.slice(0, 7);
  return (s.values[month] ?? 0) / lengthOf(month);
}

/** Days of the months asked so far: a run asks for every one of its days, and working it out from the date is slow. */
const monthLengths = new Map<string, number>();

function lengthOf(month: string): number {
  let n = monthLengths.get(month);
  if (n === undefined) monthLengths.set(month, (n = daysInMonth(month)));
  return n;
}
