/** Periods of the Flüsse view: presets around the cursor day and validation of typed dates (pure). */
import type { RunData } from '../../data/runData.ts';

/** Inclusive day indices. */
export interface Period {
  readonly from: number;
  readonly to: number;
}

export type Preset = 'toCursor' | 'month' | 'quarter' | 'run';
export const PRESETS: readonly Preset[] = ['toCursor', 'month', 'quarter', 'run'];

/** Last day index of the run (not of the data computed so far). */
const lastDay = (data: RunData) => Math.max(0, data.D - 1);

/** First day index whose date is ≥ iso (D if none). */
function firstOnOrAfter(data: RunData, iso: string): number {
  const i = data.dayOf(iso);
  return (data.days[i] ?? '') >= iso ? i : data.D;
}

/** The period of a preset for the cursor day. */
export function presetPeriod(data: RunData, preset: Preset, day: number): Period {
  const d = Math.max(0, Math.min(day, lastDay(data)));
  if (preset === 'toCursor') return { from: 0, to: d };
  if (preset === 'run') return { from: 0, to: lastDay(data) };
  const iso = data.days[d] ?? '';
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const startMonth = preset === 'month' ? m : Math.floor((m - 1) / 3) * 3 + 1;
  const months = preset === 'month' ? 1 : 3;
  const start = `${y}-${String(startMonth).padStart(2, '0')}-01`;
  const endM = startMonth + months;
  const next = endM > 12 ? `${y + 1}-${String(endM - 12).padStart(2, '0')}-01` : `${y}-${String(endM).padStart(2, '0')}-01`;
  return { from: Math.min(firstOnOrAfter(data, start), d), to: Math.max(firstOnOrAfter(data, next) - 1, d) };
}

export type PeriodProblem = 'format' | 'outside' | 'order';

/** Validates two ISO dates typed by the user against the run; returns the period or the problem. */
export function parsePeriod(data: RunData, from: string, to: string): { ok: true; period: Period } | { ok: false; problem: PeriodProblem } {
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  if (!iso.test(from) || !iso.test(to) || Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to))) return { ok: false, problem: 'format' };
  const first = data.days[0] ?? '';
  const last = data.days[data.D - 1] ?? '';
  if (to < from) return { ok: false, problem: 'order' };
  if (from < first || to > last) return { ok: false, problem: 'outside' };
  return { ok: true, period: { from: data.dayOf(from), to: data.dayOf(to) } };
}
