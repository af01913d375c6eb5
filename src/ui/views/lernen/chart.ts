/** The household chart for the Lernen views: its model once per page, level colours, persons per state, view links. */
import { chartModel, type ChartModel, type Level } from '../../../engine/lehre/chart.ts';
import { haushaltMachine } from '../../../engine/machines/haushalt.ts';
import type { ChartStateCounts } from '../../../engine/metrics/chartStates.ts';

let model: ChartModel | undefined;
/** The model of the household chart the engine obeys (read once). */
export function haushaltModel(): ChartModel {
  model ??= chartModel(haushaltMachine);
  return model;
}

/** Fill colour per level: light tints of distinct hues, so that the dark text on each stays readable. */
export const LEVEL_COLOURS: Record<Level, string> = {
  bund: '#6fa8dc',
  rpGiessen: '#f2b84b',
  rpDarmstadt: '#e98a5b',
  landkreis: '#5cc29a',
  gemeinde: '#a9d8f2',
  auslaenderbehoerde: '#d9a0c4',
  jobcenter: '#efe57a',
  jugendamt: '#c9a98f',
  andere: '#d0d0d0',
};

/**
 * The app view where a state's effect can be seen: where persons are and move (Flüsse) for the residence region,
 * the time series for the procedure and the reimbursement.
 */
export type AppView = 'karte' | 'bewegung' | 'zeitverlauf' | 'fluesse' | 'szenario';
export function viewOfState(path: string): AppView {
  return path === 'aufenthalt' || path.startsWith('aufenthalt.') ? 'fluesse' : 'zeitverlauf';
}

/** The sample of a run's chart-state counts in force on `day` (the last taken on or before it). */
export function sampleAt(counts: ChartStateCounts, day: number): number {
  let i = -1;
  for (let k = 0; k < counts.days.length; k++) if ((counts.days[k] as number) <= day) i = k;
  return i;
}

/**
 * Persons in each state of the chart (by path, a compound state counting everyone in any of its children) in one
 * sample. Compiled states are keyed by their regions' paths in chart order, joined by "|".
 */
export function personsByPath(m: ChartModel, counts: ChartStateCounts, sample: number): Map<string, number> {
  const out = new Map<string, number>();
  if (sample < 0) return out;
  const S = counts.states.length;
  counts.states.forEach((key, s) => {
    const n = counts.persons[sample * S + s] as number;
    if (n === 0) return;
    key.split('|').forEach((sub, r) => {
      const region = m.regions[r];
      if (region === undefined) return;
      const parts = `${region}.${sub}`.split('.');
      for (let k = 1; k <= parts.length; k++) {
        const p = parts.slice(0, k).join('.');
        out.set(p, (out.get(p) ?? 0) + n);
      }
    });
  });
  return out;
}
