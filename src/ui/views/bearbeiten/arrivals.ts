/** The arrivals curve as the editor draws it: persons per calendar month over the scenario's period. Pure, no React. */
import type { Draft } from 'immer';
import { addDays, daysBetween, daysInMonth } from '../../../engine/dates.ts';
import type { ArrivalSeries, Scenario } from '../../../engine/scenario/schema.ts';

/** The months the period touches, `YYYY-MM`, in order. */
export function periodMonths(start: string, end: string): string[] {
  const out: string[] = [];
  let [y, m] = start.slice(0, 7).split('-').map(Number) as [number, number];
  const last = end.slice(0, 7);
  for (let i = 0; i < 1200; i++) {
    const ym = `${y}-${String(m).padStart(2, '0')}`;
    out.push(ym);
    if (ym >= last) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/**
 * A series as persons per calendar month of the period: monthly values as they are; a rate or daily values as the
 * same persons per day over each whole month (a month the period only touches keeps its daily rate).
 */
export function monthlyOf(series: ArrivalSeries, start: string, end: string): Record<string, number> {
  if (series.kind === 'monthly') return { ...series.values };
  const out: Record<string, number> = {};
  if (series.kind === 'rate') {
    for (const ym of periodMonths(start, end)) out[ym] = Math.round(series.perDay * daysInMonth(ym));
    return out;
  }
  const sums = new Map<string, { persons: number; days: number }>();
  const n = Math.min(series.values.length, daysBetween(start, end) + 1);
  for (let i = 0; i < n; i++) {
    const ym = addDays(start, i).slice(0, 7);
    const s = sums.get(ym) ?? { persons: 0, days: 0 };
    s.persons += series.values[i]!;
    s.days += 1;
    sums.set(ym, s);
  }
  for (const [ym, s] of sums) out[ym] = Math.round((s.persons / s.days) * daysInMonth(ym));
  return out;
}

/** The recipe that makes the LAG arrivals a monthly series with these values (a month not named has none). */
export function setMonthly(values: Readonly<Record<string, number>>): (draft: Draft<Scenario>) => void {
  return (draft) => {
    draft.arrivals.series = { kind: 'monthly', values: { ...values } };
  };
}

/** The recipe that sets one month (the series must be monthly). */
export function setMonth(month: string, value: number): (draft: Draft<Scenario>) => void {
  return (draft) => {
    const series = draft.arrivals.series;
    if (series.kind === 'monthly') series.values[month] = value;
  };
}
