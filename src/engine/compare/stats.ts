/** The statistics of a comparison: mean, spread of runs (empirical quantiles), Student-t intervals of a mean. */
import { quantileSorted } from 'd3';

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** Two-sided 95 % quantiles of Student's t for 1 … 4 degrees of freedom, where the series below is too coarse. */
const T95_SMALL = [NaN, 6.313752, 2.919986, 2.353363, 2.131847];
const Z95 = 1.6448536269514722;

/**
 * The 0.95 quantile of Student's t with `df` degrees of freedom: exact table values up to 4, from 5 on the
 * Cornish–Fisher expansion around the normal quantile (error below 1e-4 there).
 */
export function t95(df: number): number {
  if (!(df >= 1)) return NaN;
  if (df < T95_SMALL.length) return T95_SMALL[Math.floor(df)] as number;
  const z = Z95;
  const z2 = z * z;
  const g1 = (z2 * z + z) / 4;
  const g2 = (5 * z2 * z2 * z + 16 * z2 * z + 3 * z) / 96;
  const g3 = (3 * z2 * z2 * z2 * z + 19 * z2 * z2 * z + 17 * z2 * z - 15 * z) / 384;
  const g4 = (79 * z2 * z2 * z2 * z2 * z + 776 * z2 * z2 * z2 * z + 1482 * z2 * z2 * z - 1920 * z2 * z - 945 * z) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

export interface Sample {
  readonly n: number;
  readonly mean: number;
  /** Sample standard deviation (n − 1); 0 for a single value. */
  readonly sd: number;
  /** 90 % of the values lie in it: the empirical 5 % and 95 % quantiles (linear interpolation); null without values. */
  readonly range90: Interval | null;
  /** 90 % confidence interval of the mean (Student t); null with fewer than two values. */
  readonly ci90: Interval | null;
}

/** Mean, spread and the interval of the mean of a list of values. */
export function describeSample(values: readonly number[]): Sample {
  const n = values.length;
  if (n === 0) return { n, mean: NaN, sd: NaN, range90: null, ci90: null };
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  let ss = 0;
  for (const v of values) ss += (v - mean) ** 2;
  const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
  const sorted = [...values].sort((a, b) => a - b);
  const range90 = { low: quantileSorted(sorted, 0.05) as number, high: quantileSorted(sorted, 0.95) as number };
  const half = n > 1 ? (t95(n - 1) * sd) / Math.sqrt(n) : NaN;
  return { n, mean, sd, range90, ci90: n > 1 ? { low: mean - half, high: mean + half } : null };
}
