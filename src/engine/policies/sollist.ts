/** The Soll/Ist account used by quota-based Zuweisung: assign each household where the deficit is largest. */

/**
 * The running Ist of the call in progress, reused: a fresh array per call was most of the garbage of a run. A call
 * made from within `eligible` gets its own.
 */
let scratch = new Float64Array(64);
let scratchInUse = false;

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
  const shared = !scratchInUse;
  if (shared && scratch.length < n) scratch = new Float64Array(Math.max(n, scratch.length * 2));
  const ist = shared ? scratch : new Float64Array(n);
  scratchInUse = true;
  try {
    for (let k = 0; k < n; k++) ist[k] = istStart[k] ?? 0;
    return assign(sizes, count, quota, ist, n, totalStart, eligible);
  } finally {
    if (shared) scratchInUse = false;
  }
}

/** A recipient of a Soll/Ist account as policies see it (a Kreis or a Gemeinde view). */
export interface AccountHolder {
  readonly quota: number;
  readonly ist: number;
}

let quotaScratch = new Float64Array(64);

/**
 * `assignByDeficit` over the recipients' own quota and Ist, read in place: mapping the policies' views into two
 * arrays per call was the largest garbage of a run.
 */
export function assignByDeficitOf(sizes: ArrayLike<number>, count: number, recipients: readonly AccountHolder[], totalStart: number): Int32Array {
  const n = recipients.length;
  if (scratchInUse) {
    return assignByDeficit(sizes, count, recipients.map((r) => r.quota), recipients.map((r) => r.ist), totalStart);
  }
  if (scratch.length < n) scratch = new Float64Array(Math.max(n, scratch.length * 2));
  if (quotaScratch.length < n) quotaScratch = new Float64Array(Math.max(n, quotaScratch.length * 2));
  for (let k = 0; k < n; k++) {
    const r = recipients[k] as AccountHolder;
    quotaScratch[k] = r.quota;
    scratch[k] = r.ist;
  }
  scratchInUse = true;
  try {
    return assign(sizes, count, quotaScratch, scratch, n, totalStart, undefined);
  } finally {
    scratchInUse = false;
  }
}

function assign(
  sizes: ArrayLike<number>,
  count: number,
  quota: ArrayLike<number>,
  ist: Float64Array,
  n: number,
  totalStart: number,
  eligible: ((recipient: number, household: number) => boolean) | undefined,
): Int32Array {
  let total = totalStart;
  const out = new Int32Array(count).fill(-1);
  for (let i = 0; i < count; i++) {
    const size = sizes[i] ?? 0;
    const after = total + size;
    let best = -1;
    let bestDeficit = -Infinity;
    // In range (k < n = quota.length): `as number` spares a check per read in the innermost loop.
    for (let k = 0; k < n; k++) {
      if (eligible && !eligible(k, i)) continue;
      const deficit = (quota[k] as number) * after - (ist[k] as number);
      if (deficit > bestDeficit) {
        bestDeficit = deficit;
        best = k;
      }
    }
    if (best < 0) continue;
    out[i] = best;
    ist[best] = (ist[best] as number) + size;
    total = after;
  }
  return out;
}
