/** Per-pixel-column reduction of a daily series: at most four points per column (first, min, max, last). */

/** [day, value]; a non-finite value marks a gap. */
export type Point = readonly [number, number];

/**
 * The points of `values` over days [from, to) that a line drawn at `x(day)` needs: every day if the days are wider than
 * a pixel, else per pixel column its first, lowest, highest and last day (M4), so peaks and troughs survive.
 * Non-finite values are kept as gap markers.
 */
export function downsample(values: ArrayLike<number>, from: number, to: number, x: (day: number) => number): Point[] {
  const out: Point[] = [];
  const end = Math.min(to, values.length);
  let col = Number.NaN;
  let first = -1;
  let lo = -1;
  let hi = -1;
  let last = -1;
  const flush = () => {
    if (first < 0) return;
    const picks = [first, lo, hi, last].sort((a, b) => a - b);
    let prev = -1;
    for (const d of picks) {
      if (d === prev) continue;
      prev = d;
      out.push([d, values[d] as number]);
    }
    first = -1;
  };
  for (let d = Math.max(0, from); d < end; d++) {
    const v = values[d] as number;
    if (!Number.isFinite(v)) {
      flush();
      col = Number.NaN;
      out.push([d, Number.NaN]);
      continue;
    }
    const c = Math.floor(x(d));
    if (c !== col || first < 0) {
      flush();
      col = c;
      first = lo = hi = last = d;
      continue;
    }
    last = d;
    if (v < (values[lo] as number)) lo = d;
    if (v > (values[hi] as number)) hi = d;
  }
  flush();
  return out;
}
