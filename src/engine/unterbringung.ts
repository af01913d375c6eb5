/**
 * Places and who occupies them: a household's share of its unit's counters, the choice of a place type, opening
 * and closing places, and moving out of Notunterkunft when regular places free up — in the household's own unit
 * first, then anywhere in its Kreis (the Kreis's own places and its Gemeinden's).
 */
import { send } from './haushalt.ts';
import { LEVEL_EAE, LEVEL_GEMEINDE, LEVEL_KREIS } from './model/units.ts';
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
  if (t === NU) {
    w.nuQueue[u]!.push(h);
    // Someone in Notunterkunft: the relocation looks again whether the Kreis has a free place elsewhere.
    w.dirty[u] = 1;
  }
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

/**
 * Moves households out of Notunterkunft into regular places, first come first served: into their own unit's places,
 * then (model assumption: the Landkreis is responsible for the accommodation of everyone assigned to it, § 1 LAG,
 * and uses every regular place in the Kreis before anyone sleeps in an emergency shelter) into a free place of the
 * Kreis or of another of its Gemeinden.
 */
export function relocate(w: World, day: number): void {
  const { hh, dirty, nuQueue, nuHead, tree } = w;
  let kreisDirty: Uint8Array | undefined;
  for (let u = 0; u < w.U; u++) {
    if (!dirty[u]) continue;
    dirty[u] = 0;
    const k = tree.kreisOf[u] as number;
    if (k >= 0) (kreisDirty ??= new Uint8Array(w.K))[k] = 1;
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
  if (kreisDirty) for (let k = 0; k < w.K; k++) if (kreisDirty[k]) shareWithinKreis(w, k, day);
}

/** Whether Kreis k (with its Gemeinden) has both persons in Notunterkunft and a free regular place somewhere. */
function nuBesideFreePlaces(w: World, a: number): boolean {
  const { aggCap, aggOcc } = w;
  if ((aggOcc[a * T + NU] as number) <= 0) return false;
  for (const t of w.typeOrder) if ((aggCap[a * T + t] as number) > (aggOcc[a * T + t] as number)) return true;
  return false;
}

/** Free places of the roomiest regular type of unit v. */
function roomOf(w: World, v: number): number {
  let best = 0;
  for (const t of w.typeOrder) {
    const free = (w.cap[v * T + t] as number) - (w.occ[v * T + t] as number);
    if (free > best) best = free;
  }
  return best;
}

/** Room per unit of a Kreis, for `shareWithinKreis`: written in full before it is read, so one buffer serves every call. */
let roomScratch = new Int32Array(64);

/**
 * Moves the Kreis's households from Notunterkunft into free regular places of other units of the same Kreis, each
 * by a chart event, longest in Notunterkunft first within each unit: a Gemeinde's household into the Kreis's own
 * places if one type there has room for it (`verlegung.kreis`), otherwise — and a household of the Kreis always —
 * into the Gemeinde whose roomiest type has the most free places (`verlegung.gemeinde`).
 */
function shareWithinKreis(w: World, k: number, day: number): void {
  const { tree, hh, nuQueue, nuHead } = w;
  const ku = tree.kreise[k] as number;
  const gs = tree.gemeindenOfKreis[k] as number[];
  if (gs.length === 0) return;
  const a = w.aggOf[ku] as number;
  if (!nuBesideFreePlaces(w, a)) return;
  // Room per unit of the Kreis (position 0: the Kreis, then its Gemeinden), kept up to date as households move in.
  const n = gs.length + 1;
  const unitAt = (i: number): number => (i === 0 ? ku : (gs[i - 1] as number));
  if (roomScratch.length < n) roomScratch = new Int32Array(Math.max(n, 2 * roomScratch.length));
  const room = roomScratch;
  let maxRoom = 0;
  for (let i = 0; i < n; i++) {
    room[i] = roomOf(w, unitAt(i));
    if ((room[i] as number) > maxRoom) maxRoom = room[i] as number;
  }
  for (let i = 0; i < n && maxRoom > 0; i++) {
    const u = unitAt(i);
    if ((w.occ[u * T + NU] as number) <= 0) continue;
    const q = nuQueue[u] as number[];
    for (let j = nuHead[u] as number; j < q.length && maxRoom > 0; j++) {
      const h = q[j] as number;
      const size = hh.size[h] as number;
      if (size > maxRoom || hh.unit[h] !== u || hh.type[h] !== NU) continue;
      let to = -1;
      if (i !== 0 && (room[0] as number) >= size) to = 0;
      else for (let x = 1; x < n; x++) if (x !== i && (room[x] as number) >= size && (to < 0 || (room[x] as number) > (room[to] as number))) to = x;
      if (to < 0) continue;
      const v = unitAt(to);
      send(w, h, to === 0 ? 'verlegung.kreis' : 'verlegung.gemeinde', day, v);
      room[to] = roomOf(w, v);
      maxRoom = 0;
      for (let x = 0; x < n; x++) if ((room[x] as number) > maxRoom) maxRoom = room[x] as number;
    }
  }
}
