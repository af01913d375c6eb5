/**
 * Zuweisung Kreis → Gemeinde (§ 2 Abs. 2 S. 2 LAG): on Zuweisung days each Landkreis's policy passes the households
 * waiting at the Kreis (chart state `kommune.kreis.weiterleitung`) on to its Gemeinden, or houses them itself.
 */
import { send } from '../haushalt.ts';
import { DEFER, KREIS_HOUSES, type KreisView } from '../policies/types.ts';
import { ACCOMMODATION_TYPES } from '../scenario/schema.ts';
import { dateOf, type World } from '../world.ts';
import { checkAnswer } from './ansichten.ts';
import { scheduleMoveOut } from './auszug.ts';
import { countForGemeinde } from './sollIst.ts';
import { isZuweisungstag } from './zuweisungLand.ts';

/** `force`: also on a day that is not a Zuweisung day (the start of a run). */
export function zuweisungKreis(w: World, day: number, force = false): void {
  if (!force && !isZuweisungstag(w, day)) return;
  const { hh, tree, inState } = w;
  let views: readonly KreisView[] | undefined;
  for (let k = 0; k < w.K; k++) {
    const policy = w.catalogue.kreis.get(
      Object.hasOwn(w.params.policies.kreisByKreis, tree.kreisRecords[k]!.ags) ? w.params.policies.kreisByKreis[tree.kreisRecords[k]!.ags]! : w.params.policies.kreis,
    )!;
    const pending = (w.kreisPending[k] as number[]).filter((h) => inState.weiterleitung[hh.state[h] as number] === 1);
    w.kreisPending[k] = pending;
    if (pending.length === 0) continue;
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
    const keep: number[] = [];
    const gs = tree.gemeindenOfKreis[k] as number[];
    // The types the policy fills first in a Gemeinde, then the scenario's order; only while it passes households on.
    const order = w.typeOrder;
    if (policy.placeFirst?.length) {
      const first = policy.placeFirst.map((t) => ACCOMMODATION_TYPES.indexOf(t));
      w.typeOrder = [...first, ...order.filter((t) => !first.includes(t))];
    }
    pending.forEach((h, i) => {
      const a = answer[i] as number;
      if (a === DEFER) {
        keep.push(h);
        return;
      }
      if (a === KREIS_HOUSES) {
        send(w, h, 'unterbringung.kreis', day);
        return;
      }
      const g = gs[a] as number;
      countForGemeinde(w, k, g, hh.size[h] as number);
      send(w, h, 'zuweisung.gemeinde', day, g);
      if (w.table.isRecognised[hh.state[h] as number]) scheduleMoveOut(w, h, day);
    });
    w.typeOrder = order;
    w.kreisPending[k] = keep;
  }
}
