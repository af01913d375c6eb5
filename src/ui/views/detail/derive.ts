/** Figures of the detail panel, read from the run's series and quota changes (pure). */
import type { LogEntry, SeriesKey } from '../../../engine/metrics/result.ts';
import { haushaltMachine } from '../../../engine/machines/haushalt.ts';
import { LAGE_STATES, lageMachine, type LageState } from '../../../engine/machines/lage.ts';
import type { StateMeta } from '../../../engine/machines/meta.ts';
import { ueberbelegung, type Ueberbelegung } from '../../../engine/metrics/ueberbelegung.ts';
import type { RunData } from '../../data/runData.ts';

/** The unit together with its Gemeinden (a Kreis) or alone. */
export function withGemeinden(data: RunData, u: number): number[] {
  return [u, ...(data.children[u] ?? []).filter((c) => data.units[c]?.level === 'gemeinde')];
}

/** Persons in Notunterkunft and units over 100 % of the unit with its Gemeinden at the end of a day (engine rule). */
export function ueberbelegungOn(data: RunData, u: number, day: number): Ueberbelegung {
  return ueberbelegung(withGemeinden(data, u), (key, x) => data.value(key, x, day));
}

/** Sum of a series over units and the days [0, day]. */
export function cumulative(data: RunData, key: SeriesKey, units: readonly number[], day: number): number {
  const last = Math.min(day, data.available - 1, data.D - 1);
  let v = 0;
  for (const u of units) {
    const s = data.unitSeries(key, u);
    for (let d = 0; d <= last; d++) v += s[d] as number;
  }
  return v;
}

export interface SollIst {
  /** Kreis: the Aufnahmequote in force on the day; Gemeinde: its share of the Kreis's Zuweisungen. */
  readonly quota: number | undefined;
  readonly soll: number;
  readonly ist: number;
  /** ist − soll, persons. */
  readonly diff: number;
  /** diff ÷ soll (NaN without a target). */
  readonly share: number;
}

/** The Soll/Ist account of a Kreis or Gemeinde at the end of a day, as the engine holds it; undefined for other units. */
export function accountOn(data: RunData, u: number, day: number): SollIst | undefined {
  const level = data.units[u]?.level;
  if (level !== 'kreis' && level !== 'gemeinde') return undefined;
  const soll = data.value('soll', u, day);
  const ist = data.value('ist', u, day);
  const diff = ist - soll;
  return { quota: data.quotaOn(u, day), soll, ist, diff, share: soll > 0 ? diff / soll : Number.NaN };
}

export interface LageChange {
  readonly day: number;
  readonly date: string;
  readonly from: LageState;
  readonly to: LageState;
}

const lageOf = (code: number): LageState => LAGE_STATES[code] ?? 'normal';

/** The unit's Lage at the end of a day (from the `lage` series). */
export function lageOn(data: RunData, u: number, day: number): LageState {
  return lageOf(data.value('lage', u, day));
}

/** The unit's changes of Lage up to a day, oldest first: the days on which its code differs from the day before. */
export function lageChanges(data: RunData, u: number, day: number): LageChange[] {
  const codes = data.unitSeries('lage', u);
  const last = Math.min(day, data.available - 1, data.D - 1);
  const out: LageChange[] = [];
  for (let d = 1; d <= last; d++) {
    const before = codes[d - 1] as number;
    const now = codes[d] as number;
    if (now !== before) out.push({ day: d, date: data.days[d] ?? '', from: lageOf(before), to: lageOf(now) });
  }
  return out;
}

export type ProcurementEntry = Extract<LogEntry, { kind: 'beschaffung' }>;

/** The unit's procurement entries of the run log up to a day, newest first. */
export function procurementOf(log: readonly LogEntry[], unitId: string, day: number): ProcurementEntry[] {
  const out: ProcurementEntry[] = [];
  for (const e of log) if (e.kind === 'beschaffung' && e.unit === unitId && e.day <= day) out.push(e);
  // Newest first; entries of one day keep the log's order, reversed.
  return out.reverse().sort((a, b) => b.day - a.day);
}

export function lageMeta(state: LageState): StateMeta {
  return lageMachine.root.states[state]!.meta as StateMeta;
}

/**
 * The "Zuständig" content of a level: the meta of the household chart's outermost state tagged with that level (the
 * chart tags the states in which a household occupies a place of a level).
 */
export function zustaendigkeit(level: string): StateMeta | undefined {
  if (level !== 'erstaufnahme' && level !== 'kreis' && level !== 'gemeinde') return undefined;
  const queue = [haushaltMachine.root];
  for (let node = queue.shift(); node; node = queue.shift()) {
    if (node.tags.includes(level) && node.meta) return node.meta as StateMeta;
    queue.push(...Object.values(node.states));
  }
  return undefined;
}

/** Occupancy of the unit (with its Gemeinden) on each day that holds data. */
export function occupancySeries(data: RunData, u: number): Float64Array {
  const n = Math.min(data.available, data.D);
  const out = new Float64Array(n);
  for (let d = 0; d < n; d++) out[d] = data.occupancy(u, d);
  return out;
}
