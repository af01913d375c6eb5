/** What a unit's recent days looked like, read from the daily series already recorded: the base of a forecast. */
import { ACCOMMODATION_TYPES, type Unterkunftsart } from '../scenario/schema.ts';
import { T, type World } from '../world.ts';

/** Days of history a procurement policy sees. */
export const HISTORY_DAYS = 56;

/** Zuweisungen to unit u per day over the last HISTORY_DAYS days up to `day` (today's from the running counters). */
export function recentZuweisungen(w: World, u: number, day: number): Float64Array {
  const s = w.recorder.series.zuweisungen;
  return history(day, (d) => (d === day ? (w.dayZuw[u] as number) : (s[d * w.U + u] as number)));
}

/** Persons who left unit u's places per day (passed on, moved out, left) over the same days. */
export function recentAbgaenge(w: World, u: number, day: number): Float64Array {
  const { passedOn, exits } = w.recorder.series;
  return history(day, (d) =>
    d === day ? (w.dayPassed[u] as number) + (w.dayExits[u] as number) : (passedOn[d * w.U + u] as number) + (exits[d * w.U + u] as number),
  );
}

/** Open places of unit u by type. */
export function placesByType(w: World, u: number): Record<Unterkunftsart, number> {
  return Object.fromEntries(ACCOMMODATION_TYPES.map((t, i) => [t, w.cap[u * T + i] as number])) as Record<Unterkunftsart, number>;
}

function history(day: number, at: (d: number) => number): Float64Array {
  const out = new Float64Array(HISTORY_DAYS);
  for (let i = 0; i < HISTORY_DAYS; i++) {
    const d = day - HISTORY_DAYS + 1 + i;
    if (d >= 0) out[i] = at(d);
  }
  return out;
}
