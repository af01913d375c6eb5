/**
 * The map's difference mode ("Was wäre wenn"): per unit the shown measure in the changed run and in the original, their
 * difference (changed − original), and a diverging colour scale symmetric around 0.
 */
import { interpolatePuOr, scaleLinear } from 'd3';
import type { RunData } from '../../data/runData.ts';
import { formatNumber } from '../../format.ts';
import type { Lang } from '../../i18n/index.ts';
import { NO_PLACES_COLOUR } from './scale.ts';

/** What the difference is taken of: occupancy (a share; its difference in percentage points) or persons present. */
export type DiffMeasure = 'belegung' | 'personen';
export const DIFF_MEASURES: readonly DiffMeasure[] = ['belegung', 'personen'];

export interface UnitDifference {
  /** The measure in the changed run (the one on screen) and in the original; a share for `belegung`. */
  readonly changed: number;
  readonly original: number;
  /** changed − original, in the measure's difference unit: percentage points or persons; NaN if either side has none. */
  readonly diff: number;
}

/** The measure of a unit on a day (a Kreis with its Gemeinden), as the map shows it. */
export function measureOf(data: RunData, measure: DiffMeasure, u: number, day: number): number {
  return measure === 'belegung' ? data.occupancy(u, day) : data.total('present', u, day);
}

/**
 * The difference of one unit on a day. Units are matched by id, so the original may be any run of the same region.
 * Occupancy without places (NaN, ∞) has no difference.
 */
export function unitDifference(changed: RunData, original: RunData, measure: DiffMeasure, u: number, day: number): UnitDifference {
  const a = measureOf(changed, measure, u, day);
  const j = original.indexById.get(changed.units[u]!.id);
  const b = j === undefined ? Number.NaN : measureOf(original, measure, j, Math.min(day, original.available - 1));
  const raw = a - b;
  const diff = Number.isFinite(a) && Number.isFinite(b) ? (measure === 'belegung' ? raw * 100 : raw) : Number.NaN;
  // −0 and floating dust below a thousandth of a point count as no difference.
  return { changed: a, original: b, diff: Math.abs(diff) < 1e-9 ? 0 : diff };
}

/** Differences of several units, by unit index. */
export function differences(changed: RunData, original: RunData, measure: DiffMeasure, units: readonly number[], day: number): Map<number, UnitDifference> {
  return new Map(units.map((u) => [u, unitDifference(changed, original, measure, u, day)]));
}

/**
 * The half-width of the legend's domain [−m, +m]: the largest absolute difference, rounded up to a nice number; 1 when
 * every difference is 0 (the scale then shows its neutral middle everywhere).
 */
export function diffExtent(values: Iterable<number>): number {
  let max = 0;
  for (const v of values) if (Number.isFinite(v) && Math.abs(v) > max) max = Math.abs(v);
  if (max === 0) return 1;
  const nice = scaleLinear().domain([0, max]).nice(4).domain()[1] as number;
  return nice;
}

/** Fill for a difference on the scale [−m, +m]: purple for less, orange-brown for more, near-white at 0; grey for NaN. */
export function diffColour(diff: number, extent: number): string {
  if (Number.isNaN(diff)) return NO_PLACES_COLOUR;
  const t = Math.max(-1, Math.min(1, diff / extent));
  // d3's PuOr runs from purple (0) to orange-brown (1): more (t > 0) is orange, the colour of the over-capacity scale.
  return interpolatePuOr(0.5 + t / 2);
}

/** A difference with its sign and unit: "+7,3 Prozentpunkte", "−120 Personen", "±0 Personen"; "–" for NaN. */
export function formatDiff(lang: Lang, measure: DiffMeasure, diff: number, unit: string): string {
  if (!Number.isFinite(diff)) return '–';
  const digits = measure === 'belegung' ? 1 : 0;
  const shown = Math.round(diff * 10 ** digits);
  const sign = shown > 0 ? '+' : shown < 0 ? '−' : '±';
  return `${sign}${formatNumber(lang, Math.abs(diff), digits)}\u00a0${unit}`;
}
