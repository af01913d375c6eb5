/**
 * Places and who occupies them: a household's share of its unit's counters, the choice of a place type, opening
 * and closing places, and moving out of Notunterkunft when regular places free up.
 */
import { send } from './haushalt.ts';
import { LEVEL_EAE, LEVEL_GEMEINDE } from './model/units.ts';
import { NU, T, type World } from './world.ts';

/** Marks a unit's values as changed today. */
export function touch(w: World, u: number): void {
  if (w.touched[u]) return;
  w.touched[u] = 1;
  w.touchedList.push(u);
}

/** Adds delta to a by-type aggregate: the Land, and the unit's site or Kreis. */
function addAgg(w: World, arr: Int32Array, u: number, t: number, delta: number): void {
  arr[t] += delta; // the Land
  const a = w.aggOf[u] as number;
  if (a > 0) arr[a * T + t] += delta;
}

/** Adds (sign = +1) or removes (−1) a household's contribution to its unit's counters. */
export function account(w: World, h: number, sign: number): void {
  const { hh, table, tot } = w;
  const u = hh.unit[h] as number;
  if (u < 0) return;
  const s = (hh.size[h] as number) * sign;
  const st = hh.state[h] as number;
  w.costDirty[u] = 1;
  touch(w, u);
  const t = hh.type[h] as number;
  w.occ[u * T + t] += s;
  addAgg(w, w.aggOcc, u, t, s);
  w.present[u] += s;
  tot.present += s;
  if (t === NU) tot.nu += s;
  if (w.tree.level[u] === LEVEL_GEMEINDE) tot.gemeindePresent += s;
  if (table.isKommunal[st]) {
    if (table.isRecognised[st]) {
      w.statusw[u] += s;
      tot.sw += s;
    }
    if (table.isPauschale[st]) w.pauschaleP[u] += s;
  }
}

/** Chooses a type with room for the household in unit u (other than `except`), else Notunterkunft. */
export function chooseType(w: World, u: number, size: number, except = -1): number {
  const { cap, occ } = w;
  for (const t of w.typeOrder) {
    if (t !== except && (cap[u * T + t] as number) - (occ[u * T + t] as number) >= size) return t;
  }
  return NU;
}

/** Puts a household (not yet counted anywhere) into a place of unit u. */
export function enter(w: World, h: number, u: number): void {
  const { hh } = w;
  hh.unit[h] = u;
  const t = chooseType(w, u, hh.size[h] as number);
  hh.type[h] = t;
  if (t === NU) w.nuQueue[u]!.push(h);
  account(w, h, +1);
}

/** Persons in regular places of a unit. */
export function housed(w: World, u: number): number {
  return (w.present[u] as number) - (w.occ[u * T + NU] as number);
}

/** Changes the places of a type; when places close, their occupants move to other places or Notunterkunft. */
export function changeCapacity(w: World, u: number, t: number, delta: number): void {
  const { cap, occ, hh } = w;
  const before = cap[u * T + t] as number;
  cap[u * T + t] = Math.max(0, before + delta);
  const change = (cap[u * T + t] as number) - before;
  addAgg(w, w.aggCap, u, t, change);
  if (t !== NU) {
    w.regCap[u] += change;
    w.tot.regCap += change;
  }
  w.dirty[u] = 1;
  w.costDirty[u] = 1;
  touch(w, u);
  if (t === NU || (occ[u * T + t] as number) <= (cap[u * T + t] as number)) return;
  // Places closed under people is rare (a site closing, a contract ending): one scan of all households,
  // the most recent arrivals first, instead of keeping a member list per unit.
  const unitOf = hh.unit;
  const typeOf = hh.type;
  for (let h = hh.count - 1; h >= 0 && (occ[u * T + t] as number) > (cap[u * T + t] as number); h--) {
    if (unitOf[h] !== u || typeOf[h] !== t) continue;
    const nt = chooseType(w, u, hh.size[h] as number, t);
    // A closing Erstaufnahme site sends its residents to another site with room before using Notunterkunft.
    if (nt === NU && w.tree.level[u] === LEVEL_EAE && moveToOtherSite(w, h, u, w.cal.day)) continue;
    account(w, h, -1);
    hh.type[h] = nt;
    if (nt === NU) w.nuQueue[u]!.push(h);
    account(w, h, +1);
  }
}

/** Moves a household from site u to the site with most free regular places, if one has room. */
function moveToOtherSite(w: World, h: number, u: number, day: number): boolean {
  const size = w.hh.size[h] as number;
  let best = -1;
  let bestFree = 0;
  for (const v of w.tree.sites) {
    if (v === u) continue;
    const free = (w.regCap[v] as number) - housed(w, v);
    if (free >= size && free > bestFree) [best, bestFree] = [v, free];
  }
  if (best < 0) return false;
  return send(w, h, 'erstaufnahme.verlegt', day, best);
}

/** Moves households out of Notunterkunft into regular places of their unit, first come first served. */
export function relocate(w: World): void {
  const { hh, dirty, nuQueue, nuHead } = w;
  for (let u = 0; u < w.U; u++) {
    if (!dirty[u]) continue;
    dirty[u] = 0;
    const q = nuQueue[u] as number[];
    let head = nuHead[u] as number;
    while (head < q.length) {
      const h = q[head] as number;
      if (hh.unit[h] !== u || hh.type[h] !== NU) {
        head++;
        continue;
      }
      const t = chooseType(w, u, hh.size[h] as number);
      if (t === NU) break;
      account(w, h, -1);
      hh.type[h] = t;
      account(w, h, +1);
      head++;
    }
    if (head > 1024 && head * 2 > q.length) {
      nuQueue[u] = q.slice(head);
      head = 0;
    }
    nuHead[u] = head;
  }
}
