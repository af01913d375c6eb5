/** Registry of the built-in regions and small pure helpers over region data (no DOM). */
import { hessen2019 } from './hessen-2019.ts';
import type { GemeindeRecord, RegionData } from './types.ts';

const BUILTIN: readonly RegionData[] = [hessen2019];

/** Ids of the regions shipped with the simulator. */
export const BUILTIN_REGION_IDS: readonly string[] = BUILTIN.map((r) => r.id);

export function getBuiltinRegion(id: string): RegionData | undefined {
  return BUILTIN.find((r) => r.id === id);
}

/**
 * The kreisangehörige Gemeinden a Kreis can pass people on to (§ 2 Abs. 2 S. 2 LAG).
 * A kreisfreie Stadt houses people itself — its single Gemeinde record is the same
 * territory — so the result is empty; likewise for an unknown Kreis.
 */
export function gemeindenOfKreis(region: RegionData, kreisAgs: string): GemeindeRecord[] {
  const kreis = region.kreise.find((k) => k.ags === kreisAgs);
  if (kreis === undefined || kreis.kind === 'kreisfreie-stadt') return [];
  return region.gemeinden.filter((g) => g.kreisAgs === kreisAgs);
}

/**
 * Normalises non-negative weights (e.g. populations) to shares summing to 1.
 * Negative or non-finite values count as 0; if nothing is left, the shares are equal.
 */
export function populationShares(values: readonly number[]): number[] {
  const clean = values.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
  const total = clean.reduce((a, b) => a + b, 0);
  if (values.length === 0) return [];
  if (total === 0) return clean.map(() => 1 / values.length);
  return clean.map((v) => v / total);
}
