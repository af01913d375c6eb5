/**
 * The asylum procedure and what follows it (BAMF, Ausländerbehörde): the decision, Duldung or departure after a
 * rejection, and the end of the Land's Pauschale after a rejection (§ 7 LAG).
 */
import { FLAG_PROTECT } from '../model/households.ts';
import { sampleDays } from '../model/distributions.ts';
import { send } from '../haushalt.ts';
import { LEVEL_EAE } from '../model/units.ts';
import { AG_DEPART, AG_DULDUNG, AG_PAUSCHALE_END, DAYS_PER_MONTH, type World } from '../world.ts';
import { scheduleMoveOut } from './auszug.ts';

/** The BAMF decides: protection (then, in a Kommune, the search for a flat begins) or rejection. */
export function decide(w: World, h: number, day: number): void {
  const { hh, params, rng } = w;
  const protect = ((hh.flags[h] as number) & FLAG_PROTECT) !== 0;
  send(w, h, protect ? 'bamf.schutz' : 'bamf.ablehnung', day);
  if (protect) {
    // In Erstaufnahme the chart makes the household ready for Zuweisung at once (§ 50 Abs. 1 AsylG).
    if (w.tree.level[hh.unit[h] as number] !== LEVEL_EAE) scheduleMoveOut(w, h, day);
    return;
  }
  w.agenda.schedule(day + Math.round(params.money.pauschaleMonthsAfterRejection * DAYS_PER_MONTH), AG_PAUSCHALE_END, h);
  const delay = sampleDays(params.exits.departDelay, rng);
  w.agenda.schedule(day + Math.max(1, delay), rng.next() < params.exits.departShare ? AG_DEPART : AG_DULDUNG, h);
}

/** Removal is suspended: Duldung (§ 60a AufenthG); the household stays for a while, then departs. */
export function dulden(w: World, h: number, day: number): void {
  send(w, h, 'duldung.erteilt', day);
  w.agenda.schedule(day + Math.max(1, sampleDays(w.params.exits.geduldetStay, w.rng)), AG_DEPART, h);
}

/** Departure (voluntary or removal). */
export function depart(w: World, h: number, day: number): void {
  send(w, h, 'ausreise.erfolgt', day);
}

/** The period in which the Land still pays the Pauschale after a rejection has run out. */
export function pauschaleEnds(w: World, h: number, day: number): void {
  send(w, h, 'pauschale.abgelaufen', day);
}
