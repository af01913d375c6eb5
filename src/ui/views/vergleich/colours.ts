/** Colours of the setups (colour-blind-safe, distinct in print) and the shared colour scale of the comparison maps. */
import { interpolateRdBu, interpolateYlOrRd, scaleDiverging, scaleSequential } from 'd3';
import { NO_PLACES_COLOUR, occupancyColour } from '../map/scale.ts';

export const SETUP_COLOURS = ['#1b6ca8', '#d95f02', '#7a5195', '#1b9e77'] as const;

export const setupColour = (i: number): string => SETUP_COLOURS[i % SETUP_COLOURS.length] as string;

export interface MapScale {
  readonly colour: (v: number) => string;
  /** Ends of the legend, in the figure's unit. */
  readonly min: number;
  readonly max: number;
  /** Legend stops from min to max (CSS gradient). */
  readonly gradient: string;
}

/**
 * One scale for the values of all maps: occupancy on the map view's scale (0–150 %), figures that can be negative
 * (net burden) diverging around 0, others from 0 up to the largest value.
 */
export function mapScale(figure: string, values: readonly ArrayLike<number>[]): MapScale {
  let lo = Infinity;
  let hi = -Infinity;
  for (const a of values) {
    for (let i = 0; i < a.length; i++) {
      const v = a[i] as number;
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!Number.isFinite(lo)) [lo, hi] = [0, 1];
  const stops = (f: (t: number) => string, a: number, b: number) =>
    `linear-gradient(to right, ${Array.from({ length: 9 }, (_, i) => f(a + ((b - a) * i) / 8)).join(', ')})`;
  const nan = (f: (v: number) => string) => (v: number) => (Number.isFinite(v) ? f(v) : NO_PLACES_COLOUR);
  if (figure === 'occupancy') {
    const colour = nan((v) => occupancyColour(v / 100));
    return { colour, min: 0, max: 150, gradient: stops(colour, 0, 150) };
  }
  if (lo < 0) {
    const m = Math.max(Math.abs(lo), Math.abs(hi), 1e-9);
    const s = scaleDiverging((t: number) => interpolateRdBu(1 - t)).domain([-m, 0, m]);
    const colour = nan((v) => s(v));
    return { colour, min: -m, max: m, gradient: stops(colour, -m, m) };
  }
  const top = hi > 0 ? hi : 1;
  const s = scaleSequential(interpolateYlOrRd).domain([0, top]);
  const colour = nan((v) => s(v));
  return { colour, min: 0, max: top, gradient: stops(colour, 0, top) };
}
