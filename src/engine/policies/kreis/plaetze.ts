/** What the free-place-aware Kreis policies share: free places per Gemeinde and type, used up as a call assigns. */
import { REGULAR_TYPES } from '../../scenario/schema.ts';
import { KREIS_HOUSES, type GemeindeView, type KreisPolicyInput, type RegularType } from '../types.ts';

/** Free places of each Gemeinde by type, counted down as households are assigned during one policy call. */
export class FreiePlaetze {
  private readonly free: Float64Array;
  private readonly ist: Float64Array;
  private total: number;

  constructor(
    private readonly gemeinden: readonly GemeindeView[],
    totalAssigned: number,
  ) {
    const T = REGULAR_TYPES.length;
    this.free = new Float64Array(gemeinden.length * T);
    gemeinden.forEach((g, k) => REGULAR_TYPES.forEach((t, i) => (this.free[k * T + i] = g.freeByType[t])));
    this.ist = Float64Array.from(gemeinden, (g) => g.ist);
    this.total = totalAssigned;
  }

  /** Free places of Gemeinde k of one type, or (without a type) of the type with most room. */
  room(k: number, type?: RegularType): number {
    const T = REGULAR_TYPES.length;
    if (type !== undefined) return this.free[k * T + REGULAR_TYPES.indexOf(type)] as number;
    let best = 0;
    for (let i = 0; i < T; i++) best = Math.max(best, this.free[k * T + i] as number);
    return best;
  }

  /** Free places of Gemeinde k over all types. */
  freeTotal(k: number): number {
    const T = REGULAR_TYPES.length;
    let s = 0;
    for (let i = 0; i < T; i++) s += this.free[k * T + i] as number;
    return s;
  }

  /** How far Gemeinde k is behind its population share if a household of `size` is assigned next (Soll/Ist). */
  deficit(k: number, size: number): number {
    return (this.gemeinden[k]!.quota) * (this.total + size) - (this.ist[k] as number);
  }

  /** Books a household of `size` to Gemeinde k, in places of `type` (else of the type with most room, if it fits). */
  book(k: number, size: number, type?: RegularType): void {
    const T = REGULAR_TYPES.length;
    let i = type === undefined ? -1 : REGULAR_TYPES.indexOf(type);
    if (i < 0) {
      for (let j = 0; j < T; j++) if ((this.free[k * T + j] as number) >= size && (i < 0 || (this.free[k * T + j] as number) > (this.free[k * T + i] as number))) i = j;
    }
    if (i >= 0) this.free[k * T + i] = Math.max(0, (this.free[k * T + i] as number) - size);
    this.ist[k] = (this.ist[k] as number) + size;
    this.total += size;
  }
}

/**
 * The Gemeinde with the largest `key` among those `eligible`, ties to the larger Soll/Ist deficit, then the lower
 * index; −1 if none is eligible.
 */
export function best(p: FreiePlaetze, n: number, size: number, eligible: (k: number) => boolean, key: (k: number) => number): number {
  let out = -1;
  let bestKey = -Infinity;
  let bestDeficit = -Infinity;
  for (let k = 0; k < n; k++) {
    if (!eligible(k)) continue;
    const v = key(k);
    const d = p.deficit(k, size);
    if (v > bestKey || (v === bestKey && d > bestDeficit)) [out, bestKey, bestDeficit] = [k, v, d];
  }
  return out;
}

/**
 * Each offered household in turn to the Gemeinde `place` picks and books in `p` (places booked by one household
 * count for the next); with no Gemeinde the Kreis houses them all.
 */
export function assignEach(
  { gemeinden, offer, totalAssigned }: KreisPolicyInput,
  place: (p: FreiePlaetze, n: number, size: number) => number,
): Int32Array {
  const n = gemeinden.length;
  const p = new FreiePlaetze(gemeinden, totalAssigned);
  const out = new Int32Array(offer.count);
  if (n === 0) return out.fill(KREIS_HOUSES);
  for (let i = 0; i < offer.count; i++) out[i] = place(p, n, offer.size[i] as number);
  return out;
}
