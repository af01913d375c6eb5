/**
 * The Soll/Ist accounts of the Zuweisung: each Kreis's Aufnahmequote, the persons counted against it (optionally over
 * a rolling window), and the Gemeinden's accounts within their Kreis.
 */
import type { World } from '../world.ts';

/** Recomputes every Kreis's Aufnahmequote from the live parameters (normalised to sum 1). Returns whether it changed. */
export function refreshQuota(w: World): boolean {
  const { tree, quota, params } = w;
  let sum = 0;
  const q = tree.kreisRecords.map((k) => {
    const v = params.policies.quota[k.ags] ?? k.population / (tree.population[0] as number);
    sum += v;
    return v;
  });
  let changed = false;
  for (let i = 0; i < w.K; i++) {
    const v = sum > 0 ? (q[i] as number) / sum : 1 / w.K;
    if (v !== quota[i]) changed = true;
    quota[i] = v;
  }
  return changed;
}

/** Counts persons in a Kreis's account on a day. */
export function countForQuota(w: World, k: number, day: number, persons: number): void {
  w.istKreis[k] += persons;
  w.totalAssigned += persons;
  w.istLog[day * w.K + k] += persons;
}

/** Drops from the accounts what left the rolling window today; after a change of the window, rebuilds them. */
export function expireQuota(w: World, day: number): void {
  const { K, istKreis, istLog } = w;
  const win = w.params.policies.quotaWindowDays;
  if (win !== w.windowSeen) {
    w.windowSeen = win;
    w.totalAssigned = 0;
    for (let k = 0; k < K; k++) {
      let v = 0;
      for (let d = win === undefined ? 0 : Math.max(0, day - win + 1); d < day; d++) v += istLog[d * K + k] as number;
      istKreis[k] = v;
      w.totalAssigned += v;
    }
    return;
  }
  if (win === undefined || day - win < 0) return;
  for (let k = 0; k < K; k++) {
    const v = istLog[(day - win) * K + k] as number;
    if (v === 0) continue;
    istKreis[k] -= v;
    w.totalAssigned -= v;
  }
}

/** Counts persons in a Gemeinde's account within its Kreis k. */
export function countForGemeinde(w: World, k: number, g: number, persons: number): void {
  w.istGemeinde[g] += persons;
  w.totalToGemeinden[k] += persons;
  w.gemeindenSollDirty[k] = 1;
}

/** The Soll of a Kreis (by position k) and of a Gemeinde unit g, persons. */
export function sollKreis(w: World, k: number): number {
  return (w.quota[k] as number) * w.totalAssigned;
}
export function sollGemeinde(w: World, g: number): number {
  return (w.gemeindeQuota[g] as number) * (w.totalToGemeinden[w.tree.kreisOf[g] as number] as number);
}
