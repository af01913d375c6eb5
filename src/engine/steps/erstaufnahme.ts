/**
 * Erstaufnahme (RP Gießen, §§ 44, 47 AsylG): forwarding to another Land by EASY, the end of the planned stay after
 * which a household may be assigned, and the hold of safe-country nationals until their decision (§ 47 Abs. 1a).
 */
import { FLAG_SAFE } from '../model/households.ts';
import { can, send } from '../haushalt.ts';
import type { World } from '../world.ts';

/** EASY forwards the household to another Land. */
export function forward(w: World, h: number, day: number): void {
  w.extras.forwarded += w.hh.size[h] as number;
  send(w, h, 'easy.weitergeleitet', day);
}

/**
 * The planned stay in Erstaufnahme is over: the household becomes ready for Zuweisung, or — a safe-country national
 * while the hold applies and the chart allows it (procedure still running) — stays held.
 */
export function stayEnds(w: World, h: number, day: number): void {
  if (!can(w, h, 'erstaufnahme.abgeschlossen')) return; // ready earlier (protection granted) or gone
  const hold = (w.hh.flags[h] as number) & FLAG_SAFE && w.params.erstaufnahme.holdSafeCountry;
  if (hold && can(w, h, 'wohnpflicht.verlaengert')) send(w, h, 'wohnpflicht.verlaengert', day);
  else send(w, h, 'erstaufnahme.abgeschlossen', day);
}
