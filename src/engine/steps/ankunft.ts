/**
 * Arrival (BAMF/EASY, § 46 AsylG): the day's asylum seekers are registered and taken into an Erstaufnahme site;
 * persons taken in outside the LAG procedure go straight to a Kreis; persons already housed when a run starts
 * are taken over where they are.
 */
import { assignByDeficit } from '../policies/sollist.ts';
import { cumulative, drawIndex, expectedPersons, meanDays, periodAt, sampleDays } from '../model/distributions.ts';
import { FLAG_FORWARD, FLAG_MOVEOUT, FLAG_PROTECT, FLAG_SAFE } from '../model/households.ts';
import { send } from '../haushalt.ts';
import { housed } from '../unterbringung.ts';
import type { ArrivalSeries } from '../scenario/schema.ts';
import { AG_DECISION, AG_ELIGIBLE, AG_FORWARD, AG_MOVE_OUT, dateOf, maxDaysOf, type World } from '../world.ts';
import { countForQuota } from './sollIst.ts';
import { arrivedAtKreis } from './zuweisungLand.ts';
import { zuweisungKreis } from './zuweisungKreis.ts';

/** Expected persons on a day from an arrival series. */
function expectedOf(w: World, series: ArrivalSeries, day: number): number {
  return expectedPersons(series, day, dateOf(w, day));
}

/** Household sizes drawn for a number of persons (the last household takes the rest). */
function drawSizes(w: World, persons: number): number[] {
  const cum = cumulative(w.params.arrivals.householdSizes);
  const sizes: number[] = [];
  for (let left = persons; left > 0; ) {
    const size = Math.min(left, drawIndex(cum, w.arrivalRng) + 1);
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/** The day's arrivals: asylum seekers into Erstaufnahme, then persons taken in directly by the Kommunen. */
export function arrivals(w: World, day: number): void {
  const expected = expectedOf(w, w.params.arrivals.series, day) + w.carry;
  let persons: number;
  if (w.params.arrivals.noise === 'poisson') {
    persons = w.arrivalRng.poisson(expectedOf(w, w.params.arrivals.series, day));
  } else {
    persons = Math.floor(expected + 1e-9);
    w.carry = expected - persons;
  }
  if (persons > 0) admitPersons(w, day, persons);
  admitDirect(w, day);
}

function admitPersons(w: World, day: number, persons: number): void {
  const cum = cumulative(w.params.arrivals.householdSizes);
  let left = persons;
  while (left > 0) {
    const size = Math.min(left, drawIndex(cum, w.arrivalRng) + 1);
    admit(w, day, size, day, 1);
    left -= size;
  }
  w.dayArrived[0] += persons;
  w.cumArrived[0] += persons;
}

/** The site with most free regular places that has room for the household, else the largest site. */
function chooseSite(w: World, size: number): number {
  const { tree } = w;
  let best = -1;
  let bestFree = -Infinity;
  let biggest = tree.sites[0] as number;
  let biggestCap = -1;
  for (const u of tree.sites) {
    const c = w.regCap[u] as number;
    const free = c - housed(w, u);
    if (free >= size && free > bestFree) {
      bestFree = free;
      best = u;
    }
    if (c > biggestCap) {
      biggestCap = c;
      biggest = u;
    }
  }
  return best >= 0 ? best : biggest;
}

/**
 * Registers a household and takes it into Erstaufnahme. `residual` (0…1) shortens the remaining stay and procedure
 * of households already there when the run starts.
 */
function admit(w: World, day: number, size: number, arrivalDay: number, residual: number): number {
  const { hh, params, rng } = w;
  const h = hh.add(size, w.table.initial, arrivalDay);
  const ap = params.arrivals;
  const eae = params.erstaufnahme;
  let flags = 0;
  if (rng.next() < eae.forwardingShare && residual === 1) flags |= FLAG_FORWARD;
  if (rng.next() < ap.safeCountryShare) flags |= FLAG_SAFE;
  hh.flags[h] = flags;
  send(w, h, 'erstaufnahme.aufgenommen', day, chooseSite(w, size));
  if (flags & FLAG_FORWARD) {
    w.agenda.schedule(day + sampleDays(eae.forwardingDelay, rng), AG_FORWARD, h);
    return h;
  }
  const period = periodAt(params.procedure.periods, dateOf(w, arrivalDay < 0 ? 0 : arrivalDay));
  if (rng.next() < period.protectionRate) hh.flags[h] = (hh.flags[h] as number) | FLAG_PROTECT;
  const factor = flags & FLAG_SAFE ? params.procedure.safeCountryFactor : 1;
  const decisionIn = Math.round(sampleDays(period.duration, rng) * residual * factor);
  w.agenda.schedule(day + Math.max(1, decisionIn), AG_DECISION, h);
  const dwell = Math.min(Math.round(sampleDays(eae.dwell, rng) * residual), maxDaysOf(w, size));
  w.agenda.schedule(day + dwell, AG_ELIGIBLE, h);
  return h;
}

/** Arrivals outside the LAG procedure go straight to a Kreis, with protection (§ 24 AufenthG). */
function admitDirect(w: World, day: number): void {
  const direct = w.params.arrivals.direct;
  if (!direct) return;
  const expected = expectedOf(w, direct.series, day);
  let persons: number;
  if (w.params.arrivals.noise === 'poisson') persons = w.arrivalRng.poisson(expected);
  else {
    persons = Math.floor(expected + w.carryDirect + 1e-9);
    w.carryDirect = expected + w.carryDirect - persons;
  }
  if (persons <= 0) return;
  const named = Object.keys(direct.shares).length > 0;
  const weights = w.tree.kreisRecords.map((k) => (named ? (direct.shares[k.ags] ?? 0) : k.population));
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return;
  const quota = weights.map((x) => x / sum);
  const sizes = drawSizes(w, persons);
  const target = assignByDeficit(sizes, sizes.length, quota, w.istDirect, w.totalDirect);
  sizes.forEach((size, i) => {
    const k = target[i] as number;
    if (k < 0) return;
    const h = w.hh.add(size, w.table.initial, day);
    w.istDirect[k] += size;
    w.totalDirect += size;
    if (direct.creditQuota) countForQuota(w, k, day, size);
    w.dayArrived[0] += size;
    w.cumArrived[0] += size;
    send(w, h, 'aufnahme.direkt', day, w.tree.kreise[k] as number);
    send(w, h, 'schutz24.erteilt', day);
    scheduleDirectMoveOut(w, h, k, day);
    arrivedAtKreis(w, h, k, day);
  });
}

/**
 * Those admitted directly leave for private housing soon, unless they need a place of the Kommune (`housedShare`);
 * those housed move into a flat after `moveOut`. Without either setting the usual search after recognition applies.
 */
function scheduleDirectMoveOut(w: World, h: number, k: number, day: number): void {
  const direct = w.params.arrivals.direct!;
  if (direct.housedShare >= 1 && !direct.moveOut) return;
  const housedHere = direct.housedShare >= 1 || w.rng.next() < direct.housedShare;
  const factor = w.params.exits.kreisFactor[w.tree.kreisRecords[k]!.ags] ?? 1;
  const days = housedHere
    ? Math.round(sampleDays(direct.moveOut ?? w.params.exits.afterRecognition, w.rng) * factor)
    : sampleDays(direct.privateDays, w.rng);
  w.hh.flags[h] = (w.hh.flags[h] as number) | FLAG_MOVEOUT;
  w.agenda.schedule(day + Math.max(1, Math.round(days)), AG_MOVE_OUT, h);
}

/**
 * Day 0: the persons already housed when the run starts, in Erstaufnahme (with part of their stay and procedure
 * behind them) and in the Kommunen (by quota); they count as arrivals of day 0.
 */
export function takeOverStock(w: World): void {
  const { params, rng, tree, hh } = w;
  const acc = params.accommodation;
  const cum = cumulative(params.arrivals.householdSizes);
  let left = acc.initialErstaufnahme;
  while (left > 0) {
    const size = Math.min(left, drawIndex(cum, rng) + 1);
    admit(w, 0, size, -Math.round(rng.next() * meanDays(params.erstaufnahme.dwell)), rng.next());
    left -= size;
  }
  w.dayArrived[0] += acc.initialErstaufnahme;
  w.cumArrived[0] += acc.initialErstaufnahme;
  w.initialStock += acc.initialErstaufnahme;
  if (acc.initialPerThousand <= 0) return;
  for (let k = 0; k < w.K; k++) {
    const ku = tree.kreise[k] as number;
    let persons = Math.round((acc.initialPerThousand * (tree.population[0] as number) * (w.quota[k] as number)) / 1000);
    w.initialStock += persons;
    w.dayArrived[0] += persons;
    w.cumArrived[0] += persons;
    while (persons > 0) {
      const size = Math.min(persons, drawIndex(cum, rng) + 1);
      persons -= size;
      const h = hh.add(size, w.table.initial, -Math.round(rng.next() * 180));
      const period = periodAt(params.procedure.periods, dateOf(w, 0));
      if (rng.next() < period.protectionRate) hh.flags[h] = FLAG_PROTECT;
      send(w, h, 'bestand.uebernommen', 0, ku);
      w.agenda.schedule(Math.max(1, Math.round(sampleDays(period.duration, rng) * rng.next())), AG_DECISION, h);
      if ((tree.gemeindenOfKreis[k] as number[]).length === 0) send(w, h, 'unterbringung.kreis', 0);
    }
  }
  zuweisungKreis(w, 0, true);
}
