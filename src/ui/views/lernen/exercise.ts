/** The "Selbst zuweisen" exercise taken from a run: the recipients' accounts and places, and each week's arrivals. */
import type { Exercise, Recipient } from '../../../engine/lehre/zuweisen.ts';
import type { RunData } from '../../data/runData.ts';

/** Autumn 2015: the first Monday of October, when the weekly numbers were at their height. */
export const EXERCISE_START = '2015-10-05';
export const EXERCISE_WEEKS = 4;

/** Landkreise of the run that pass people on to at least two Gemeinden. */
export function kreiseWithGemeinden(data: RunData): number[] {
  return data.kreise.filter((k) => (data.children[k] ?? []).filter((c) => data.units[c]?.level === 'gemeinde').length >= 2);
}

/** First day of the exercise: early October 2015 if the run has computed it and the weeks after, else the cursor day. */
function startDay(data: RunData, cursor: number): number {
  const want = data.days.indexOf(EXERCISE_START);
  if (want >= 0 && want + 7 <= data.available) return want;
  return Math.max(0, Math.min(cursor, data.available - 7));
}

const at = (data: RunData, key: 'present' | 'capacity' | 'ist' | 'zuweisungen' | 'passedOn', u: number, d: number): number =>
  data.series[key][u * data.D + d] as number;

/**
 * The exercise as RP Darmstadt (`kreis` null) or as the Landkreis with unit index `kreis`, starting at the standing
 * of the day before its first day; null when the run has too few recipients or no full week computed.
 */
export function exerciseFrom(data: RunData, kreis: number | null, cursor: number): Exercise | null {
  if (data.available < 8) return null;
  const d = startDay(data, cursor);
  const before = Math.max(0, d - 1);
  const weeks = Math.max(1, Math.min(EXERCISE_WEEKS, Math.floor((data.available - d) / 7)));
  const weekSum = (units: readonly number[], key: 'zuweisungen' | 'passedOn') =>
    Array.from({ length: weeks }, (_, w) => {
      let n = 0;
      for (const u of units) for (let day = d + 7 * w; day < d + 7 * w + 7; day++) n += at(data, key, u, day);
      return Math.round(n);
    });
  const withGemeinden = (u: number) => [u, ...(data.children[u] ?? []).filter((c) => data.units[c]?.level === 'gemeinde')];
  let recipients: Recipient[];
  let arrivals: number[];
  if (kreis === null) {
    if (data.kreise.length < 2) return null;
    recipients = data.kreise.map((u) => {
      const all = withGemeinden(u);
      return {
        id: data.units[u]!.id,
        name: data.units[u]!.name,
        population: data.units[u]!.population ?? 0,
        quota: data.quotaOn(u, d) ?? 0,
        ist: Math.round(at(data, 'ist', u, before)),
        capacity: all.reduce((s, x) => s + at(data, 'capacity', x, before), 0),
        present: all.reduce((s, x) => s + at(data, 'present', x, before), 0),
      };
    });
    arrivals = weekSum(data.kreise, 'zuweisungen');
  } else {
    const gemeinden = (data.children[kreis] ?? []).filter((c) => data.units[c]?.level === 'gemeinde');
    if (gemeinden.length < 2) return null;
    recipients = gemeinden.map((g) => ({
      id: data.units[g]!.id,
      name: data.units[g]!.name,
      population: data.units[g]!.population ?? 0,
      quota: data.units[g]!.quota ?? 0,
      ist: Math.round(at(data, 'ist', g, before)),
      capacity: at(data, 'capacity', g, before),
      present: at(data, 'present', g, before),
    }));
    arrivals = weekSum([kreis], 'passedOn');
  }
  return {
    assigner: kreis === null ? 'land' : 'kreis',
    recipients,
    totalAssigned: recipients.reduce((s, r) => s + r.ist, 0),
    weeks: arrivals,
    start: data.days[d] ?? '',
  };
}
