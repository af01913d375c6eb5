/**
 * The end of a day: every unit whose values changed is written to the series (cost and Pauschale recomputed where
 * they may have changed), the Land row is summed, and the run's KPI accumulators advance.
 */
import { periodAt } from '../model/distributions.ts';
import type { UnitDay } from '../metrics/recorder.ts';
import { LEVEL_EAE, LEVEL_GEMEINDE, LEVEL_KREIS } from '../model/units.ts';
import { ACCOMMODATION_TYPES } from '../scenario/schema.ts';
import { dateOf, DAYS_PER_MONTH, maxDaysOf, NU, T, type World } from '../world.ts';
import { sollGemeinde, sollKreis } from './sollIst.ts';
import { touch } from '../unterbringung.ts';
import { perPlaceCosts } from '../scenario/levers.ts';
import { accrueReimbursement } from './erstattung.ts';

const day0: UnitDay = {
  present: 0,
  capacity: 0,
  notunterkunft: 0,
  statuswechsler: 0,
  cost: 0,
  pauschale: 0,
  soll: 0,
  ist: 0,
  lage: 0,
  arrived: 0,
  zuweisungen: 0,
  passedOn: 0,
  exits: 0,
};

export function recordDay(w: World, day: number): void {
  const { tree, params, tot, recorder } = w;
  recorder.begin(day);
  const tiers = periodAt(params.money.pauschale, dateOf(w, day));
  if (tiers !== w.lastTiers) {
    w.costDirty.fill(1);
    for (let u = 1; u < w.U; u++) touch(w, u);
    w.lastTiers = tiers;
  }
  // Soll/Ist: every Kreis's Soll moves with all Zuweisungen; a Gemeinde's with its Kreis's.
  for (const ku of tree.kreise) touch(w, ku);
  for (let k = 0; k < w.K; k++) {
    if (!w.gemeindenSollDirty[k]) continue;
    w.gemeindenSollDirty[k] = 0;
    for (const g of tree.gemeindenOfKreis[k] as number[]) touch(w, g);
  }
  // The levers are the Kommunen's; Erstaufnahme sites keep the plain rates.
  const perPlaceKommunal = perPlaceCosts(params);
  const perPlaceLand = ACCOMMODATION_TYPES.map((t) => params.accommodation.costs[t].perPlaceDay);
  const perPerson = ACCOMMODATION_TYPES.map((t) => params.accommodation.costs[t].perPersonDay);
  const guarantee = ACCOMMODATION_TYPES.map((t) => params.accommodation.costs[t].occupancyGuarantee);
  const v = day0;
  for (const u of w.touchedList) {
    w.touched[u] = 0;
    if (w.costDirty[u]) {
      w.costDirty[u] = 0;
      let cost = 0;
      let vacancy = 0;
      const perPlace = tree.level[u] === LEVEL_EAE ? perPlaceLand : perPlaceKommunal;
      for (let t = 0; t < T; t++) {
        const placesT = w.cap[u * T + t] as number;
        const occT = w.occ[u * T + t] as number;
        // An occupancy guarantee pays the person rate for a share of the places, used or not.
        const paid = Math.max(occT, (guarantee[t] as number) * placesT);
        cost += placesT * (perPlace[t] as number) + paid * (perPerson[t] as number);
        if (placesT > occT) vacancy += (placesT - occT) * (perPlace[t] as number) + (paid - occT) * (perPerson[t] as number);
      }
      const k = tree.kreisOf[u] as number;
      const pay = k >= 0 ? ((w.pauschaleP[u] as number) * tiers[tree.kreisRecords[k]!.pauschaleStufe]) / DAYS_PER_MONTH : 0;
      w.costCache[u] = cost;
      w.vacancyCache[u] = vacancy;
      w.pauschaleCache[u] = pay;
    }
    const l = tree.level[u];
    v.present = w.present[u] as number;
    v.capacity = w.regCap[u] as number;
    v.notunterkunft = w.occ[u * T + NU] as number;
    v.statuswechsler = w.statusw[u] as number;
    v.cost = w.costCache[u] as number;
    v.pauschale = w.pauschaleCache[u] as number;
    v.soll = l === LEVEL_KREIS ? sollKreis(w, tree.kreisOf[u] as number) : l === LEVEL_GEMEINDE ? sollGemeinde(w, u) : 0;
    v.ist = l === LEVEL_KREIS ? (w.istKreis[tree.kreisOf[u] as number] as number) : l === LEVEL_GEMEINDE ? (w.istGemeinde[u] as number) : 0;
    v.lage = w.lagen.state[u] as number;
    v.arrived = w.dayArrived[u] as number;
    v.zuweisungen = w.dayZuw[u] as number;
    v.passedOn = w.dayPassed[u] as number;
    v.exits = w.dayExits[u] as number;
    recorder.write(u, v);
    w.dayArrived[u] = 0;
    w.dayZuw[u] = 0;
    w.dayPassed[u] = 0;
    w.dayExits[u] = 0;
  }
  w.touchedList = [];
  // Summed afresh each day (not by differences), so the Land's money never drifts from its units'.
  let cost = 0;
  let vacancy = 0;
  let pauschale = 0;
  for (let u = 1; u < w.U; u++) {
    cost += w.costCache[u] as number;
    vacancy += w.vacancyCache[u] as number;
    pauschale += w.pauschaleCache[u] as number;
  }
  w.extras.vacancyCost += vacancy;
  accrueReimbursement(w);
  let waiting = 0;
  let overMax = 0;
  for (const h of w.pool) {
    const u = w.hh.unit[h] as number;
    if (u < 0 || tree.level[u] !== LEVEL_EAE || !w.inState.zuweisungsbereit[w.hh.state[h] as number]) continue;
    const s = w.hh.size[h] as number;
    waiting += s;
    if (day - (w.hh.arrival[h] as number) >= maxDaysOf(w, s)) overMax += s;
  }
  w.extras.waitingPersonDays += waiting;
  w.extras.overMaxPersonDays += overMax;
  // The Land row: everyone in Hessen's reception system.
  w.cumExits[0] += tot.exits;
  v.present = tot.present;
  v.capacity = tot.regCap;
  v.notunterkunft = tot.nu;
  v.statuswechsler = tot.sw;
  v.cost = cost;
  v.pauschale = pauschale;
  v.soll = 0;
  v.ist = 0;
  v.lage = 0;
  v.arrived = w.dayArrived[0] as number;
  v.zuweisungen = 0;
  v.passedOn = 0;
  v.exits = tot.exits;
  recorder.write(0, v);
  recorder.writeByType(w.aggCap, w.aggOcc);
  w.present[0] = tot.present;
  w.dayArrived[0] = 0;
  tot.exits = 0;
}
