/**
 * Dated events and timelines: the scenario's events change parameters (and places) on their dates, and the
 * Erstaufnahme sites open and close places as their capacity timelines say. Also the places at the start.
 */
import { toEpochDay } from '../dates.ts';
import { periodAt } from '../model/distributions.ts';
import { LEVEL_GEMEINDE, LEVEL_KREIS } from '../model/units.ts';
import type { TimelineStep } from '../scenario/timeline.ts';
import { applyStep } from '../scenario/timeline.ts';
import { ACCOMMODATION_TYPES } from '../scenario/schema.ts';
import { changeCapacity, touch } from '../unterbringung.ts';
import { dateOf, NU, parametersChanged, PH_EVENTS, T, type World } from '../world.ts';
import { refreshQuota } from './sollIst.ts';

/** Opens the places of the Kreise and Gemeinden at the start: given per unit, or per thousand inhabitants. */
export function openInitialPlaces(w: World): void {
  const { tree } = w;
  const acc = w.params.accommodation;
  for (let u = 0; u < w.U; u++) {
    const l = tree.level[u] as number;
    if (l !== LEVEL_KREIS && l !== LEVEL_GEMEINDE) continue;
    const explicit = acc.units[tree.infos[u]!.id];
    const perK = l === LEVEL_KREIS ? acc.kreisPerThousand : acc.gemeindePerThousand;
    ACCOMMODATION_TYPES.forEach((type, t) => {
      const v = explicit ? (explicit[type] ?? 0) : Math.round(((perK[type] ?? 0) * (tree.population[u] as number)) / 1000);
      w.cap[u * T + t] = v;
      w.aggCap[t] += v;
      const a = w.aggOf[u] as number;
      if (a > 0) w.aggCap[a * T + t] += v;
      if (t !== NU) {
        w.regCap[u] += v;
        w.tot.regCap += v;
      }
    });
  }
}

/** Sets every Erstaufnahme site to the capacity its timeline gives for the day. */
export function siteCapacityAt(w: World, day: number): void {
  w.scenario.erstaufnahme.sites.forEach((site, i) => {
    const u = w.tree.sites[i] as number;
    const p = periodAt(site.capacity, dateOf(w, day));
    const t = w.typeOrder[0] ?? 0;
    if ((w.regCap[u] as number) !== p.places) changeCapacity(w, u, t, p.places - (w.regCap[u] as number));
    if ((w.cap[u * T + NU] as number) !== p.notunterkunft) changeCapacity(w, u, NU, p.notunterkunft - (w.cap[u * T + NU] as number));
  });
}

/** Puts the site timelines' later dates on the calendar. */
export function scheduleSiteTimelines(w: World): void {
  const dates = new Set<number>();
  for (const site of w.scenario.erstaufnahme.sites) {
    for (const c of site.capacity) {
      const d = toEpochDay(c.from) - w.startEpoch;
      if (d > 0 && d < w.D) dates.add(d);
    }
  }
  for (const d of [...dates].sort((a, b) => a - b)) w.cal.at(d, PH_EVENTS, () => siteCapacityAt(w, d));
}

/** Puts the scenario's dated events (resolved once into a timeline by the resolver) on the calendar. */
export function scheduleEvents(w: World, timeline: readonly TimelineStep[]): void {
  for (const step of timeline) {
    if (step.day >= w.D) continue;
    w.cal.at(step.day, PH_EVENTS, (day) => {
      applyStep(w.params, step);
      parametersChanged(w);
      markAllChanged(w);
      w.lagen.setThresholds(w.params.situation);
      if (refreshQuota(w)) recordQuota(w, day);
      for (const c of step.capacity) {
        const u = w.tree.indexById.get(c.unit);
        if (u !== undefined) changeCapacity(w, u, ACCOMMODATION_TYPES.indexOf(c.type), c.delta);
      }
      w.log.push({ day, date: dateOf(w, day), kind: 'ereignis', unit: null, event: step.index, label: step.label });
    });
  }
}

/** Notes the Aufnahmequote in force from a day on. */
export function recordQuota(w: World, day: number): void {
  const quota: Record<string, number> = {};
  w.tree.kreise.forEach((u, k) => (quota[w.tree.infos[u]!.id] = w.quota[k] as number));
  const last = w.quotaChanges[w.quotaChanges.length - 1];
  const change = { day, date: dateOf(w, day), quota };
  if (last?.day === day) w.quotaChanges[w.quotaChanges.length - 1] = change;
  else w.quotaChanges.push(change);
}

/** Every unit's values are written afresh today (a parameter that prices or counts them may have changed). */
export function markAllChanged(w: World): void {
  w.costDirty.fill(1);
  for (let u = 1; u < w.U; u++) touch(w, u);
}
