/** What a unit's recent days looked like, read from the daily series already recorded: the base of a forecast. */
import { ACCOMMODATION_TYPES, type Unterkunftsart } from '../scenario/schema.ts';
import type { LageState } from '../machines/lage.ts';
import { LEVEL_KREIS } from '../model/units.ts';
import { housed } from '../unterbringung.ts';
import type { ProcurementInput } from '../policies/types.ts';
import { dateOf, NU, T, type World } from '../world.ts';

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

/**
 * What a procurement policy sees of a unit, one object per world refreshed for each call (the history only when a
 * policy reads it): procurement is asked for hundreds of units every week.
 */
export class ProcurementUnit {
  id = '';
  level: 'kreis' | 'gemeinde' = 'kreis';
  population = 0;
  present = 0;
  capacity = 0;
  pipeline = 0;
  notunterkunft = 0;
  lage: LageState = 'normal';
  private u = 0;
  private day = 0;
  constructor(private readonly w: World) {}

  /** The view of unit u (a Kreis or Gemeinde) on `day`. */
  of(u: number, day: number): this {
    const { w } = this;
    this.u = u;
    this.day = day;
    this.id = w.tree.infos[u]!.id;
    this.level = w.tree.level[u] === LEVEL_KREIS ? 'kreis' : 'gemeinde';
    this.population = w.tree.population[u] as number;
    this.present = housed(w, u);
    this.capacity = w.regCap[u] as number;
    this.pipeline = w.pipeline[u] as number;
    this.notunterkunft = w.occ[u * T + NU] as number;
    this.lage = w.lagen.of(u);
    return this;
  }
  get recentZuweisungen(): Float64Array {
    return recentZuweisungen(this.w, this.u, this.day);
  }
  get recentAbgaenge(): Float64Array {
    return recentAbgaenge(this.w, this.u, this.day);
  }
  get placesByType(): Record<Unterkunftsart, number> {
    return placesByType(this.w, this.u);
  }
}

/** What a procurement policy is asked with: like its unit view, one object per world refreshed for each call. */
export class ProcurementCall implements ProcurementInput {
  day = 0;
  date = '';
  readonly unit: ProcurementUnit;
  settings: ProcurementInput['settings'];
  params: ProcurementInput['params'];
  constructor(private readonly w: World) {
    this.unit = new ProcurementUnit(w);
    this.settings = w.derived.procurement;
    this.params = w.params.policies.params;
  }

  /** The call for unit u (a Kreis or Gemeinde) on `day`. */
  of(u: number, day: number): this {
    const { w } = this;
    this.day = day;
    this.date = dateOf(w, day);
    this.unit.of(u, day);
    this.settings = w.derived.procurement;
    this.params = w.params.policies.params;
    return this;
  }
}

const calls = new WeakMap<World, ProcurementCall>();
/** What the procurement policy is asked with for unit u of this world. */
export function procurementCall(w: World, u: number, day: number): ProcurementCall {
  let c = calls.get(w);
  if (!c) calls.set(w, (c = new ProcurementCall(w)));
  return c.of(u, day);
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
