/**
 * The end of a day: every unit whose values changed is written to the series (cost and Pauschale recomputed where
 * they may have changed), the Land row is summed, and the run's KPI accumulators advance.
 */
import { periodAt } from '../model/distributions.ts';
import { LEVEL_EAE, LEVEL_GEMEINDE, LEVEL_KREIS } from '../model/units.ts';
import { dateOf, DAYS_PER_MONTH, maxDaysOf, NU, T, type World } from '../world.ts';
import { sollGemeinde, sollKreis } from './sollIst.ts';
import { touch } from '../unterbringung.ts';
import { accrueReimbursement } from './erstattung.ts';

export function recordDay(w: World, day: number): void {
  const { tree, params, tot, recorder } = w;
  const row = recorder.begin(day);
  const tiers = periodAt(params.money.pauschale, dateOf(w, day));
  if (tiers !== w.lastTiers) {
    w.costDirty.fill(1);
    for (let u = 1; u < w.U; u++) touch(w, u);
    w.lastTiers = tiers;
    w.tierOfKreis = tree.kreisRecords.map((r) => tiers[r.pauschaleStufe]);
  }
  // Soll/Ist: every Kreis's Soll moves with all Zuweisungen (the Kreise are few: written in full each day).
  for (const ku of tree.kreise) touch(w, ku);
  // The levers are the Kommunen's; Erstaufnahme sites keep the plain rates.
  const { perPlaceKommunal, perPlaceLand, perPerson, occupancyGuarantee: guarantee } = w.derived;
  const tierOfKreis = w.tierOfKreis;
  // Written here rather than through a call per unit and value: most units are written on most days.
  const { present, capacity, notunterkunft, statuswechsler, cost, pauschale, soll, ist, lage, arrived, zuweisungen, passedOn, exits } = recorder.series;
  const list = w.touchedList;
  for (let i = 0; i < list.length; i++) {
    const u = list[i] as number;
    w.touched[u] = 0;
    const k = tree.kreisOf[u] as number;
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
      const pay = k >= 0 ? ((w.pauschaleP[u] as number) * (tierOfKreis[k] as number)) / DAYS_PER_MONTH : 0;
      w.costCache[u] = cost;
      w.vacancyCache[u] = vacancy;
      w.pauschaleCache[u] = pay;
    }
    const l = tree.level[u];
    const o = row + u;
    present[o] = w.present[u] as number;
    capacity[o] = w.regCap[u] as number;
    notunterkunft[o] = w.occ[u * T + NU] as number;
    statuswechsler[o] = w.statusw[u] as number;
    cost[o] = w.costCache[u] as number;
    pauschale[o] = w.pauschaleCache[u] as number;
    soll[o] = l === LEVEL_KREIS ? sollKreis(w, k) : l === LEVEL_GEMEINDE ? sollGemeinde(w, u) : 0;
    ist[o] = l === LEVEL_KREIS ? (w.istKreis[k] as number) : l === LEVEL_GEMEINDE ? (w.istGemeinde[u] as number) : 0;
    lage[o] = w.lagen.state[u] as number;
    // A day's flows are zero until written, and on most days most units have none.
    if (w.dayArrived[u] !== 0) arrived[o] = w.dayArrived[u] as number;
    if (w.dayZuw[u] !== 0) zuweisungen[o] = w.dayZuw[u] as number;
    if (w.dayPassed[u] !== 0) passedOn[o] = w.dayPassed[u] as number;
    if (w.dayExits[u] !== 0) exits[o] = w.dayExits[u] as number;
    w.dayArrived[u] = 0;
    w.dayZuw[u] = 0;
    w.dayPassed[u] = 0;
    w.dayExits[u] = 0;
  }
  list.length = 0;
  // A Gemeinde's Soll moves with its Kreis's Zuweisungen: only its account is written afresh (the rest stands, or
  // was written above with the same account).
  for (let k = 0; k < w.K; k++) {
    if (!w.gemeindenSollDirty[k]) continue;
    w.gemeindenSollDirty[k] = 0;
    for (const g of tree.gemeindenOfKreis[k] as number[]) {
      soll[row + g] = sollGemeinde(w, g);
      ist[row + g] = w.istGemeinde[g] as number;
      lage[row + g] = w.lagen.state[g] as number;
    }
  }
  // Summed afresh each day (not by differences), so the Land's money never drifts from its units'.
  let landCost = 0;
  let landVacancy = 0;
  let landPauschale = 0;
  for (let u = 1; u < w.U; u++) {
    landCost += w.costCache[u] as number;
    landVacancy += w.vacancyCache[u] as number;
    landPauschale += w.pauschaleCache[u] as number;
  }
  w.extras.vacancyCost += landVacancy;
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
  recorder.write(0, tot.present, tot.regCap, tot.nu, tot.sw, landCost, landPauschale, 0, 0, 0, w.dayArrived[0] as number, 0, 0, tot.exits);
  recorder.writeByType(w.aggCap, w.aggOcc);
  w.present[0] = tot.present;
  w.dayArrived[0] = 0;
  tot.exits = 0;
}
