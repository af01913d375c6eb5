/** Figures of the detail panel, derived from the run's series and log (pure). */
import type { LogEntry, SeriesKey } from '../../../engine/metrics/result.ts';
import { haushaltMachine } from '../../../engine/machines/haushalt.ts';
import { LAGE_STATES, lageMachine, type LageState } from '../../../engine/machines/lage.ts';
import type { StateMeta } from '../../../engine/machines/meta.ts';
import type { RunData } from '../../data/runData.ts';

/** The unit together with its Gemeinden (a Kreis) or alone. */
export function withGemeinden(data: RunData, u: number): number[] {
  return [u, ...(data.children[u] ?? []).filter((c) => data.units[c]?.level === 'gemeinde')];
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
  readonly quota: number;
  /** Cumulative Zuweisungen plus direct admissions (from day 1; day 0 also holds the initial stock). */
  readonly ist: number;
  readonly direct: number;
  readonly soll: number;
  /** ist − soll, persons. */
  readonly diff: number;
  /** diff ÷ soll (NaN without a target). */
  readonly share: number;
}

/** Cumulative Zuweisungen and direct admissions of a Kreis up to a day. */
function intake(data: RunData, k: number, day: number): { zuw: number; direct: number } {
  const last = Math.min(day, data.available - 1, data.D - 1);
  const z = data.unitSeries('zuweisungen', k);
  const a = data.unitSeries('arrived', k);
  let zuw = 0;
  let direct = 0;
  for (let d = 0; d <= last; d++) {
    zuw += z[d] as number;
    if (d > 0) direct += Math.max(0, (a[d] as number) - (z[d] as number));
  }
  return { zuw, direct };
}

/** Soll/Ist of a Kreis on a day: Soll = quota × the intake of all Kreise; undefined for units without a quota. */
export function sollIst(data: RunData, k: number, day: number): SollIst | undefined {
  const quota = data.units[k]?.quota;
  if (data.units[k]?.level !== 'kreis' || quota === undefined) return undefined;
  let all = 0;
  let own = { zuw: 0, direct: 0 };
  for (const j of data.kreise) {
    const x = intake(data, j, day);
    all += x.zuw + x.direct;
    if (j === k) own = x;
  }
  const ist = own.zuw + own.direct;
  const soll = quota * all;
  const diff = ist - soll;
  return { quota, ist, direct: own.direct, soll, diff, share: soll > 0 ? diff / soll : Number.NaN };
}

export interface LageChange {
  readonly day: number;
  readonly date: string;
  readonly from: LageState;
  readonly to: LageState;
}

/** A state from its id or its German label (the log's texts: de "überlastet", en "ueberlastet"). */
function asState(s: string): LageState | undefined {
  const t = s.trim().toLowerCase().replace('ü', 'ue');
  return (LAGE_STATES as readonly string[]).includes(t) ? (t as LageState) : undefined;
}

/** Parses "<name>: from → to"; undefined if the text is not of that form. */
function parseChange(text: string): { from: LageState; to: LageState } | undefined {
  const arrow = text.lastIndexOf('→');
  if (arrow < 0) return undefined;
  const to = asState(text.slice(arrow + 1));
  const colon = text.lastIndexOf(':', arrow);
  const from = asState(text.slice(colon + 1, arrow)) ?? 'normal';
  return to ? { from, to } : undefined;
}

/** The unit's situation changes from the log (kind 'lage'), in order of days. */
export function lageChanges(log: readonly LogEntry[], unitId: string): LageChange[] {
  const out: LageChange[] = [];
  for (const e of log) {
    if (e.kind !== 'lage' || e.unit !== unitId) continue;
    const c = parseChange(e.text.en) ?? parseChange(e.text.de);
    if (c) out.push({ day: e.day, date: e.date, ...c });
  }
  return out.sort((a, b) => a.day - b.day);
}

/** The situation on a day and the change that led to it (null: unchanged since the start, i.e. normal). */
export function lageAt(changes: readonly LageChange[], day: number): { state: LageState; since: LageChange | null } {
  let since: LageChange | null = null;
  for (const c of changes) {
    if (c.day > day) break;
    since = c;
  }
  return { state: since?.to ?? 'normal', since };
}

export function lageMeta(state: LageState): StateMeta {
  return lageMachine.root.states[state]!.meta as StateMeta;
}

/** The "Zuständig" content of a level: the meta of the household statechart's state aufenthalt.<level>. */
export function zustaendigkeit(level: string): StateMeta | undefined {
  const state = level === 'kreis' ? 'kreis' : level === 'gemeinde' ? 'gemeinde' : level === 'erstaufnahme' ? 'erstaufnahme' : undefined;
  if (!state) return undefined;
  return haushaltMachine.root.states.aufenthalt!.states[state]!.meta as StateMeta;
}

/** Occupancy of the unit (with its Gemeinden) on each day that holds data. */
export function occupancySeries(data: RunData, u: number): Float64Array {
  const n = Math.min(data.available, data.D);
  const out = new Float64Array(n);
  for (let d = 0; d < n; d++) out[d] = data.occupancy(u, d);
  return out;
}
