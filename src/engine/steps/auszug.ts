/**
 * Moving out and leaving: after recognition a household looks for a flat (the search takes a time that depends on
 * the Kreis's housing market) and leaves the Kommune's places when it finds one; until then it is a Statuswechsler.
 */
import { sampleDays } from '../model/distributions.ts';
import { FLAG_MOVEOUT } from '../model/households.ts';
import { send } from '../haushalt.ts';
import { AG_MOVE_OUT, type World } from '../world.ts';

/** Schedules the household's move into a flat of its own (once). */
export function scheduleMoveOut(w: World, h: number, day: number): void {
  const { hh, tree, params } = w;
  if ((hh.flags[h] as number) & FLAG_MOVEOUT) return;
  hh.flags[h] = (hh.flags[h] as number) | FLAG_MOVEOUT;
  const k = tree.kreisOf[hh.unit[h] as number] as number;
  const factor = k >= 0 ? (params.exits.kreisFactor[tree.kreisRecords[k]!.ags] ?? 1) : 1;
  w.agenda.schedule(day + Math.round(sampleDays(params.exits.afterRecognition, w.rng) * factor), AG_MOVE_OUT, h);
}

/** The household found a flat and moves out (its chart lets only recognised households housed by a Kommune). */
export function moveOut(w: World, h: number, day: number): void {
  send(w, h, 'wohnung.bezogen', day);
}
