/**
 * The one place where a household changes state or place: `send` applies what the compiled household chart
 * answers for (state, event). The place follows the chart: a state tagged with a level needs a unit of that
 * level, a state tagged `weg` leaves the system. Everything else (timers, policies) only decides which event to
 * send and, for a move, to which unit.
 */
import type { HaushaltEventType } from './machines/haushalt.ts';
import { FLOW_OF_EVENT } from './metrics/flows.ts';
import { account, enter } from './unterbringung.ts';
import type { World } from './world.ts';

/** Whether the household's chart takes a transition for the event now (xstate's `snapshot.can`). */
export function can(w: World, h: number, type: HaushaltEventType): boolean {
  const t = w.table;
  return t.accepts[(w.hh.state[h] as number) * t.eventCount + (t.eventIndexOf.get(type) as number)] === 1;
}

/**
 * Sends an event to a household: if its chart accepts the event, the household takes the chart's next state and,
 * where that state needs another place, moves to `target` (a unit of the level the state names). Returns whether
 * the chart accepted the event; an event it does not accept changes nothing (and throws in strict mode).
 */
export function send(w: World, h: number, type: HaushaltEventType, day: number, target = -1): boolean {
  const { hh, table } = w;
  const st = hh.state[h] as number;
  const e = table.eventIndexOf.get(type) as number;
  if (table.accepts[st * table.eventCount + e] !== 1) {
    if (w.strict) throw new Error(`household ${h} in state ${table.states[st]?.key} does not accept the event ${type}`);
    return false;
  }
  const nx = table.next[st * table.eventCount + e] as number;
  const u = hh.unit[h] as number;
  const s = hh.size[h] as number;
  if (table.isGone[nx]) {
    account(w, h, -1);
    hh.state[h] = nx;
    if (u >= 0) {
      hh.unit[h] = -1;
      w.dayExits[u] += s;
      w.cumExits[u] += s;
      w.tot.exits += s;
      w.dirty[u] = 1;
    }
    return true;
  }
  const place = table.place[nx] as number;
  const moves = target >= 0 && target !== u;
  if (moves ? w.tree.level[target] !== place : place !== 0 && (u < 0 || w.tree.level[u] !== place)) {
    throw new Error(
      `household ${h}: state ${table.states[nx]?.key} needs a place of level ${place}, got unit ${moves ? target : u} (event ${type})`,
    );
  }
  if (!moves) {
    account(w, h, -1);
    hh.state[h] = nx;
    account(w, h, +1);
    index(w, h, st, nx);
    return true;
  }
  if (u >= 0) {
    account(w, h, -1);
    w.dayPassed[u] += s;
    w.cumPassed[u] += s;
    w.dirty[u] = 1;
  }
  hh.state[h] = nx;
  w.dayArrived[target] += s;
  w.cumArrived[target] += s;
  const flow = FLOW_OF_EVENT.get(type);
  // A Zuweisung brings persons down one level: Erstaufnahme → Kreis, Kreis → Gemeinde (a move within a Kreis is none).
  if (u >= 0 && flow !== 'kreisintern' && (w.tree.level[target] as number) === (w.tree.level[u] as number) + 1) w.dayZuw[target] += s;
  if (flow !== undefined) w.flows.add(day, flow, u, target, s);
  enter(w, h, target);
  index(w, h, st, nx);
  return true;
}

/** Keeps the lists that find households of a state fast in step with the chart. */
function index(w: World, h: number, from: number, to: number): void {
  if (from === to) return;
  const { zuweisungsbereit, gehalten, weiterleitung } = w.inState;
  if (zuweisungsbereit[to] && !zuweisungsbereit[from]) w.pool.push(h);
  else if (gehalten[to] && !gehalten[from]) w.held.push(h);
  else if (weiterleitung[to] && !weiterleitung[from]) w.kreisPending[w.tree.kreisOf[w.hh.unit[h] as number] as number]!.push(h);
}
