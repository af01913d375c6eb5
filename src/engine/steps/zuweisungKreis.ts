/**
 * Zuweisung Kreis → Gemeinde (§ 2 Abs. 2 S. 2 LAG): on Zuweisung days each Landkreis's policy passes the households
 * waiting at the Kreis (chart state `kommune.kreis.weiterleitung`) on to its Gemeinden, or houses them itself.
 */
import { send } from '../haushalt.ts';
import { DEFER, KREIS_HOUSES, type KreisPolicy, type KreisView } from '../policies/types.ts';
import { ACCOMMODATION_TYPES } from '../scenario/schema.ts';
import { dateOf, type World } from '../world.ts';
import { checkAnswer } from './ansichten.ts';
import { scheduleMoveOut } from './auszug.ts';
import { countForGemeinde } from './sollIst.ts';
import { isZuweisungstag } from './zuweisungLand.ts';

/** Per policy and type order: the order while the policy passes households on (its `placeFirst` types, then the rest). */
const ordersFor = new WeakMap<KreisPolicy, WeakMap<readonly number[], number[]>>();

function orderFor(policy: KreisPolicy, order: number[]): number[] {
  if (!policy.placeFirst?.length) return order;
  let perOrder = ordersFor.get(policy);
  if (!perOrder) ordersFor.set(policy, (perOrder = new WeakMap()));
  let combined = perOrder.get(order);
  if (!combined) {
    const first = policy.placeFirst.map((t) => ACCOMMODATION_TYPES.indexOf(t));
    combined = [...first, ...order.filter((t) => !first.includes(t))];
    perOrder.set(order, combined);
  }
  return combined;
}

/** `force`: also on a day that is not a Zuweisung day (the start of a run). */
export function zuweisungKreis(w: World, day: number, force = false): void {
  if (!force && !isZuweisungstag(w, day)) return;
  const { hh, tree, inState } = w;
  let views: readonly KreisView[] | undefined;
  for (let k = 0; k < w.K; k++) {
    // Most Kreise have nobody waiting on most days: nothing to ask of their policy then.
    const pending = w.kreisPending[k] as number[];
    if (pending.length === 0) continue;
    // Households that left the waiting state meanwhile drop out, in place (a new array per Kreis and day was garbage).
    let n = 0;
    for (let i = 0; i < pending.length; i++) {
      const h = pending[i] as number;
      if (inState.weiterleitung[hh.state[h] as number] === 1) pending[n++] = h;
    }
    pending.length = n;
    if (n === 0) continue;
    const policy = w.derived.kreisPolicy[k]!;
    views ??= w.views.kreise();
    const gemeinden = w.views.gemeindenOf(k);
    const offer = w.views.offer(pending, day);
    const answer = policy.assign({
      day,
      date: dateOf(w, day),
      kreis: views[k] as KreisView,
      gemeinden,
      totalAssigned: w.totalToGemeinden[k] as number,
      offer,
      params: w.params.policies.params,
    });
    checkAnswer(answer, offer.count, gemeinden.length, policy.id);
    const gs = tree.gemeindenOfKreis[k] as number[];
    // The types the policy fills first in a Gemeinde, then the scenario's order; only while it passes households on.
    const order = w.typeOrder;
    w.typeOrder = orderFor(policy, order);
    // The deferred households stay, moved to the front of the same list.
    let kept = 0;
    for (let i = 0; i < n; i++) {
      const h = pending[i] as number;
      const a = answer[i] as number;
      if (a === DEFER) {
        pending[kept++] = h;
        continue;
      }
      if (a === KREIS_HOUSES) {
        send(w, h, 'unterbringung.kreis', day);
        continue;
      }
      const g = gs[a] as number;
      countForGemeinde(w, k, g, hh.size[h] as number);
      send(w, h, 'zuweisung.gemeinde', day, g);
      if (w.table.isRecognised[hh.state[h] as number]) scheduleMoveOut(w, h, day);
    }
    w.typeOrder = order;
    pending.length = kept;
  }
}
