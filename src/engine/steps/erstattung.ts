/**
 * The Landkreis's reimbursement of its Gemeinden (§ 7 Abs. 1 S. 3 LAG), accrued day by day under the scenario's rule:
 * a rate per person-day, a share of the Pauschale for the persons the Gemeinde houses, or a share of its cost.
 */
import type { World } from '../world.ts';

/** Adds today's reimbursement of every kreisangehörige Gemeinde (after the day's cost and Pauschale are known). */
export function accrueReimbursement(w: World): void {
  const m = w.params.money;
  const x = w.extras;
  const to = x.reimbursedTo;
  if (m.gemeindeReimbursementRule === 'tagessatz') {
    const rate = m.gemeindeReimbursementPerPersonDay;
    // The total as one product, so that it does not depend on the order of the Gemeinden.
    x.gemeindeReimbursement += w.tot.gemeindePresent * rate;
    if (rate === 0) return;
    for (const gs of w.tree.gemeindenOfKreis) for (const g of gs) to[g] += (w.present[g] as number) * rate;
    return;
  }
  const base = m.gemeindeReimbursementRule === 'pauschale' ? w.pauschaleCache : w.costCache;
  const share = m.gemeindeReimbursementShare;
  for (const gs of w.tree.gemeindenOfKreis) {
    for (const g of gs) {
      const v = (base[g] as number) * share;
      to[g] += v;
      x.gemeindeReimbursement += v;
    }
  }
}
