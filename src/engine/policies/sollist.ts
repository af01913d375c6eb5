/** The Soll/Ist account used by quota-based Zuweisung: assign each household where the deficit is largest. */

/**
 * Picks, for each household in turn, the recipient with the largest deficit `quota·(total+size) − ist`,
 * skipping recipients for which `eligible` is false. Updates nothing outside; returns the indices
 * (−1 where no recipient is eligible). Ties go to the lower index, so the result is deterministic.
 */
export function assignByDeficit(
  sizes: ArrayLike<number>,
  count: number,
  quota: ArrayLike<number>,
  istStart: ArrayLike<number>,
  totalStart: number,
  eligible?: (recipient: number, household: number) => boolean,
): Int32Array {
  const n = quota.length;
  const ist = new Float64Array(n);
  for (let k = 0; k < n; k++) ist[k] = istStart[k] ?? 0;
  let total = totalStart;
  const out = new Int32Array(count).fill(-1);
  for (let i = 0; i < count; i++) {
    const size = sizes[i] ?? 0;
    const after = total + size;
    let best = -1;
    let bestDeficit = -Infinity;
    for (let k = 0; k < n; k++) {
      if (eligible && !eligible(k, i)) continue;
      const deficit = (quota[k] ?? 0) * after - (ist[k] ?? 0);
      if (deficit > bestDeficit) {
        bestDeficit = deficit;
        best = k;
      }
    }
    if (best < 0) continue;
    out[i] = best;
    ist[best] = (ist[best] ?? 0) + size;
    total = after;
  }
  return out;
}
