/** "A chart is a function of data": path strings and ticks for day-indexed series, computed without the DOM. */
import { area, curveStepAfter, line } from 'd3';
import { downsample, type Point } from './downsample.ts';
import { dayTicks, valueTicks, type DayTick, type Scale, type Tick } from './scales.ts';

export type SeriesKind = 'line' | 'step' | 'area';

export interface Series {
  readonly id: string;
  /** Daily values by day index. */
  readonly values: ArrayLike<number>;
  readonly kind?: SeriesKind;
  /** For areas: the lower edge, per day or constant (default 0). */
  readonly base?: ArrayLike<number> | number;
}

export interface LineChartInput {
  /** Day index → px (its domain is the visible range). */
  readonly x: Scale;
  /** Value → px. */
  readonly y: Scale;
  readonly data: readonly Series[];
  /** Days [0, available) hold data; nothing is drawn beyond. Defaults to the longest series. */
  readonly available?: number;
  /** ISO date of day 0; without it there are no x ticks. */
  readonly start?: string;
  readonly ticks?: { readonly x?: number; readonly y?: number };
}

export interface ChartPath {
  readonly id: string;
  readonly kind: SeriesKind;
  readonly d: string;
}

export interface LineChartOutput {
  readonly paths: readonly ChartPath[];
  readonly ticks: { readonly x: readonly DayTick[]; readonly y: readonly Tick[] };
}

const finite = (p: Point) => Number.isFinite(p[1]);

/** The days to draw for a scale: the visible range widened by one day each side (clipped later), within the data. */
export function visibleDays(x: Scale, available: number): [number, number] {
  const [a, b] = x.domain() as [number, number];
  return [Math.max(0, Math.floor(a) - 1), Math.max(0, Math.min(available, Math.ceil(b) + 2))];
}

/** Paths (in the scales' pixel space, 0.1 px precision) and ticks for a set of daily series. */
export function lineChart({ x, y, data, available, start, ticks }: LineChartInput): LineChartOutput {
  const avail = available ?? Math.max(0, ...data.map((s) => s.values.length));
  const [from, to] = visibleDays(x, avail);
  const px = (p: Point) => x(p[0]);
  const py = (p: Point) => y(p[1]);
  const paths = data.map((s): ChartPath => {
    const kind = s.kind ?? 'line';
    const pts = downsample(s.values, from, to, x);
    if (kind === 'area') {
      const base = s.base ?? 0;
      const y0 = typeof base === 'number' ? () => y(base) : (p: Point) => y(base[p[0]] as number);
      const gen = area<Point>().x(px).y0(y0).y1(py).defined(finite).digits(1);
      return { id: s.id, kind, d: gen(pts) ?? '' };
    }
    const gen = line<Point>().x(px).y(py).defined(finite).digits(1);
    if (kind === 'step') gen.curve(curveStepAfter);
    return { id: s.id, kind, d: gen(pts) ?? '' };
  });
  return {
    paths,
    ticks: {
      x: start === undefined ? [] : dayTicks(start, x, ticks?.x ?? 6),
      y: valueTicks(y, ticks?.y ?? 4),
    },
  };
}

/**
 * Trailing mean over the finite values among the last `window` days (fewer at the start; NaN if there is none), for
 * days [from, to) — incrementally: days before `from` are read from `values`, not from `out`.
 */
export function movingAverage(values: ArrayLike<number>, window: number, to = values.length, out: Float64Array = new Float64Array(values.length), from = 0): Float64Array {
  let sum = 0;
  let n = 0;
  const add = (d: number, sign: 1 | -1) => {
    const v = values[d] as number;
    if (Number.isFinite(v)) {
      sum += sign * v;
      n += sign;
    }
  };
  // The window before `from` is [from − window, from − 1]; each step adds day d and drops day d − window.
  for (let d = Math.max(0, from - window); d < from; d++) add(d, 1);
  for (let d = from; d < Math.min(to, values.length); d++) {
    add(d, 1);
    if (d - window >= 0) add(d - window, -1);
    out[d] = n > 0 ? sum / n : Number.NaN;
  }
  return out;
}

/** Running total for days [from, to), continuing from out[from − 1]. */
export function cumulative(values: ArrayLike<number>, to = values.length, out: Float64Array = new Float64Array(values.length), from = 0): Float64Array {
  let sum = from > 0 ? (out[from - 1] as number) : 0;
  for (let d = from; d < Math.min(to, values.length); d++) {
    sum += values[d] as number;
    out[d] = sum;
  }
  return out;
}
