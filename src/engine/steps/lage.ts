/**
 * Lage and Beschaffung: each accommodating unit reports its occupancy to its Lage chart; the chart's actions request
 * places, a Zuweisungsstopp or Notunterkunft. Weekly, the procurement policy orders places and low-occupied
 * contracts are given notice.
 */
import { isoWeekday } from '../dates.ts';
import { LAGE_STATES } from '../machines/lage.ts';
import type { LageCode } from '../metrics/result.ts';
import { LEVEL_GEMEINDE, LEVEL_KREIS } from '../model/units.ts';
import { ACCOMMODATION_TYPES } from '../scenario/schema.ts';
import { housed, touch } from '../unterbringung.ts';
import { dateOf, NU, T, type World } from '../world.ts';
import { sumKreis } from './ansichten.ts';
import { procurementCall } from './verlauf.ts';

/** The Lage chart's actions, carried out by this step. */
type Command = 'procure' | 'stop' | 'resume' | 'emergency' | 'changed';
const COMMANDS: Readonly<Record<string, Command>> = {
  beschaffungAnstossen: 'procure',
  zuweisungsstoppBeantragen: 'stop',
  zuweisungsstoppAufheben: 'resume',
  notunterkunftEroeffnen: 'emergency',
  lageGewechselt: 'changed',
};

/** A Kreis's totals, one object for every Kreis and day. */
const totals = { present: 0, capacity: 0, nu: 0 };

export function lageUndBeschaffung(w: World, day: number): void {
  const { tree } = w;
  for (const u of w.lageUnits) {
    let demand: number;
    let places: number;
    let nu: number;
    if (tree.level[u] === LEVEL_KREIS) {
      // A Kreis reports with its Gemeinden.
      const { present, capacity, nu: inNu } = sumKreis(w, tree.kreisOf[u] as number, totals);
      demand = present;
      places = capacity;
      nu = inNu;
    } else {
      demand = w.present[u] as number;
      places = w.regCap[u] as number;
      nu = w.occ[u * T + NU] as number;
    }
    const before = w.lagen.state[u] as number;
    const actions = w.lagen.reportTotals(u, demand, places, nu);
    for (const action of actions) {
      const c = COMMANDS[action];
      if (c) carryOut(w, c, u, day, before);
    }
  }
  if (isoWeekday(w.startEpoch + day) === 1) {
    for (const u of w.lageUnits) procure(w, u, day);
    if (w.params.procurement.cancelBelow > 0) for (const u of w.lageUnits) giveNotice(w, u, day);
  }
}

function carryOut(w: World, c: Command, u: number, day: number, before: number): void {
  switch (c) {
    case 'procure':
      procure(w, u, day);
      return;
    case 'stop':
      w.stopp[u] = 1;
      return;
    case 'resume':
      w.stopp[u] = 0;
      return;
    case 'emergency': {
      const pr = w.params.procurement;
      const overflow = (w.occ[u * T + NU] as number) - (w.cap[u * T + NU] as number);
      order(w, u, NU, Math.max(pr.minPlaces, overflow), 0, pr.emergencyOpenDays, pr.emergencyTermDays, day);
      return;
    }
    case 'changed':
      touch(w, u);
      w.log.push({
        day,
        date: dateOf(w, day),
        kind: 'lage',
        unit: w.tree.infos[u]!.id,
        from: LAGE_STATES[before] as LageCode,
        to: w.lagen.of(u),
      });
      return;
  }
}

function order(w: World, u: number, type: number, places: number, contractDays: number, openDays: number, termDays: number, day: number): void {
  if (places <= 0) return;
  if (type !== NU) w.pipeline[u] += places;
  if (type === NU) w.extras.emergencyPlaces += places;
  else {
    w.extras.procurementOrders += 1;
    w.extras.procuredPlaces += places;
  }
  w.beschaffungen.order(u, type, places, contractDays, openDays, termDays, day);
}

/** Asks the procurement policy what the unit orders today. */
function procure(w: World, u: number, day: number): void {
  const { tree } = w;
  const l = tree.level[u] as number;
  if (l !== LEVEL_KREIS && l !== LEVEL_GEMEINDE) return;
  const orders = w.derived.procurementPolicy.decide(procurementCall(w, u, day));
  for (const o of orders) {
    const t = ACCOMMODATION_TYPES.indexOf(o.type);
    if (t < 0 || !(o.places > 0)) continue;
    const places = Math.ceil(o.places);
    order(w, u, t, places, o.contractDays, o.openDays, o.termDays, day);
    if (l === LEVEL_KREIS) w.log.push({ day, date: dateOf(w, day), kind: 'beschaffung', unit: tree.infos[u]!.id, action: 'bestellt', places, type: o.type });
  }
}

/** Gives notice on the unit's oldest contract past its minimum term, if occupancy is low and the places can go. */
function giveNotice(w: World, u: number, day: number): void {
  const list = w.beschaffungen.open[u]!;
  if (list.length === 0) return;
  const pr = w.params.procurement;
  const inPlaces = housed(w, u);
  const places = w.regCap[u] as number;
  if (places === 0 || inPlaces >= pr.cancelBelow * places) return;
  for (const c of list) {
    // The list is in order of opening: from the first contract still in its minimum term on, all are.
    if (day - c.openedDay < pr.minTermDays) return;
    if (c.notice || !c.earlyNotice || c.type === NU) continue;
    // Only places that stand empty are given up: nobody has to move out of a building the unit gives notice on.
    if (inPlaces > pr.threshold * (places - c.places) || (w.cap[u * T + c.type] as number) - (w.occ[u * T + c.type] as number) < c.places) continue;
    w.extras.cancelledPlaces += c.places;
    w.log.push({ day, date: dateOf(w, day), kind: 'beschaffung', unit: w.tree.infos[u]!.id, action: 'gekuendigt', places: c.places, type: ACCOMMODATION_TYPES[c.type] as string });
    w.beschaffungen.giveNotice(c, day, pr.noticeDays);
    return;
  }
}
