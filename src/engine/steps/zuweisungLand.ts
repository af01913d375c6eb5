/**
 * Zuweisung Land → Kreis (RP Darmstadt, § 50 AsylG, § 2 Abs. 2 S. 1 LAG): on Zuweisung days the Land policy
 * distributes the households waiting in Erstaufnahme (chart state `erstaufnahme.zuweisungsbereit`) to the Kreise.
 */
import { isoWeekday } from '../dates.ts';
import { send } from '../haushalt.ts';
import { HOLD, type KreisView, type Offer } from '../policies/types.ts';
import { dateOf, maxDaysOf, type World } from '../world.ts';
import { checkAnswer } from './ansichten.ts';
import { scheduleMoveOut } from './auszug.ts';
import { countForQuota } from './sollIst.ts';

/** Whether Zuweisungen take place on this day (the scenario's weekdays). */
export function isZuweisungstag(w: World, day: number): boolean {
  return w.params.policies.weekdays.includes(isoWeekday(w.startEpoch + day));
}

export function zuweisungLand(w: World, day: number): void {
  if (!isZuweisungstag(w, day)) return;
  const { hh, inState } = w;
  w.pool = w.pool.filter((h) => inState.zuweisungsbereit[hh.state[h] as number] === 1);
  if (!w.params.erstaufnahme.holdSafeCountry) releaseHeld(w, day);
  if (w.pool.length === 0) return;
  const pool = w.pool.sort((a, b) => (hh.arrival[a] as number) - (hh.arrival[b] as number) || a - b);
  // The households assigned today leave the pool; new ones may join it while the answer is carried out.
  w.pool = [];
  const policy = w.catalogue.land.get(w.params.policies.land)!;
  const offer = w.views.offer(pool, day);
  mustAssignBeforeNextDay(w, day, pool, offer.mustAssign);
  let eaePresent = 0;
  let eaeCap = 0;
  for (const s of w.tree.sites) {
    eaePresent += w.present[s] as number;
    eaeCap += w.regCap[s] as number;
  }
  const kreise = w.views.kreise();
  const answer = policy.assign({
    day,
    date: dateOf(w, day),
    kreise,
    totalAssigned: w.totalAssigned,
    offer,
    erstaufnahme: { present: eaePresent, capacity: eaeCap },
    params: w.params.policies.params,
    countedSince: (days) => countedSince(w, day, days),
  });
  checkAnswer(answer, offer.count, w.K, policy.id);
  const reserve = w.params.accommodation.levers.eaeReserveShare;
  const held = reserve > 0 ? eaeReserve(reserve * eaeCap - eaePresent, kreise, offer, answer) : answer;
  // A household answered HOLD stays in `erstaufnahme.zuweisungsbereit`: the Land defers its Zuweisung, which the
  // Wohnverpflichtung (§ 47 Abs. 1 AsylG) allows up to the legal maximum; past it the offer marks it `mustAssign`.
  const keep: number[] = [];
  pool.forEach((h, i) => {
    const k = held[i] as number;
    if (k < 0) {
      keep.push(h);
      return;
    }
    const s = hh.size[h] as number;
    w.extras.dwellPersonDaysAtZuweisung += s * (day - (hh.arrival[h] as number));
    w.extras.personsAssignedFromEae += s;
    countForQuota(w, k, day, s);
    send(w, h, 'zuweisung.kreis', day, w.tree.kreise[k] as number);
    arrivedAtKreis(w, h, k, day);
  });
  w.pool = keep.concat(w.pool);
}

/**
 * The lever "use free Erstaufnahme capacity": a household assigned to a Kreis without a free regular place for it
 * stays in Erstaufnahme instead, while the sites have `room` (persons below the lever's occupancy) and the household
 * need not be assigned today.
 */
function eaeReserve(room: number, kreise: readonly KreisView[], offer: Offer, answer: ArrayLike<number>): Int32Array {
  const free = kreise.map((k) => k.free);
  const out = Int32Array.from(answer);
  for (let i = 0; i < offer.count; i++) {
    const k = out[i] as number;
    if (k < 0) continue;
    const size = offer.size[i] as number;
    if ((free[k] as number) < size && offer.mustAssign[i] === 0 && room > 0) {
      out[i] = HOLD;
      continue;
    }
    free[k] = (free[k] as number) - size;
    room += size;
  }
  return out;
}

/**
 * Marks as `mustAssign` also the households that would pass the legal maximum stay before the next Zuweisung day
 * (a maximum falling on a weekend is met on the Friday before), so a policy that defers never keeps anyone too long.
 */
function mustAssignBeforeNextDay(w: World, day: number, pool: readonly number[], mustAssign: Uint8Array): void {
  let gap = 1;
  while (gap < 7 && !isZuweisungstag(w, day + gap)) gap++;
  // With a Zuweisung tomorrow, passing the maximum by then means having reached it today: the offer says so already.
  if (gap === 1) return;
  pool.forEach((h, i) => {
    const size = w.hh.size[h] as number;
    if (day + gap - (w.hh.arrival[h] as number) > maxDaysOf(w, size)) mustAssign[i] = 1;
  });
}

/** Persons counted in each Kreis's account over the `days` days up to `day`, and their sum. */
export function countedSince(w: World, day: number, days: number): { ist: Float64Array; total: number } {
  const ist = new Float64Array(w.K);
  let total = 0;
  const from = Math.max(0, day - Math.max(1, Math.floor(days)) + 1);
  for (let k = 0; k < w.K; k++) {
    let v = 0;
    for (let d = from; d <= day; d++) v += w.istLog[d * w.K + k] as number;
    ist[k] = v;
    total += v;
  }
  return { ist, total };
}

/**
 * What follows a household's arrival at a Kreis: a recognised household starts looking for a flat, and a Kreis
 * without kreisangehörige Gemeinden (a kreisfreie Stadt) houses it itself.
 */
export function arrivedAtKreis(w: World, h: number, k: number, day: number): void {
  if (w.table.isRecognised[w.hh.state[h] as number]) scheduleMoveOut(w, h, day);
  if ((w.tree.gemeindenOfKreis[k] as number[]).length === 0) send(w, h, 'unterbringung.kreis', day);
}

/** When the hold for safe-country nationals ends, everyone still held may be assigned (§ 47 Abs. 1a AsylG). */
function releaseHeld(w: World, day: number): void {
  if (w.held.length === 0) return;
  const held = w.held;
  w.held = [];
  for (const h of held) if (w.inState.gehalten[w.hh.state[h] as number]) send(w, h, 'wohnpflicht.beendet', day);
}
