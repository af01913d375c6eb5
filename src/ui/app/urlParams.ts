/** Reading and writing the app state in the URL (?szenario=…&seed=…&land=…&kreis=…&sprache=…), with clear messages for bad values. */
import { isIsoDate } from '../../engine/dates.ts';
import { MAX_SEED } from '../../engine/scenario/load.ts';
import type { Lang } from '../i18n/index.ts';

export interface UrlState {
  scenario?: string;
  seed?: number;
  land?: string;
  kreis?: string;
  lang?: Lang;
  view?: string;
  unit?: string;
  date?: string;
}

/** A bad parameter, named in the message (German and English). */
export interface UrlProblem {
  readonly param: string;
  readonly de: string;
  readonly en: string;
}

export interface UrlCheck {
  readonly state: UrlState;
  /** One message per bad parameter. */
  readonly problems: readonly UrlProblem[];
}

/** A seed typed or given in the URL: a whole number in the range of the scenario's `seed` and of the command line. */
export function seedOf(text: string): number | undefined {
  return /^\d{1,10}$/.test(text) && Number(text) <= MAX_SEED ? Number(text) : undefined;
}

/** The message for a text that is not a seed, in both languages. */
export function seedProblem(text: string): { readonly de: string; readonly en: string } {
  return {
    de: `„${text}“ ist keine ganze Zahl von 0 bis ${MAX_SEED}.`,
    en: `“${text}” is not a whole number from 0 to ${MAX_SEED}.`,
  };
}

export interface Known {
  readonly scenarios: readonly string[];
  readonly landPolicies: readonly string[];
  readonly kreisPolicies: readonly string[];
  readonly views: readonly string[];
}

/** Parses a query string; unknown values are reported and left out, never applied. */
export function parseUrl(search: string, known: Known): UrlCheck {
  const q = new URLSearchParams(search);
  const state: UrlState = {};
  const problems: UrlProblem[] = [];
  const oneOf = (param: string, list: readonly string[], set: (v: string) => void) => {
    const v = q.get(param);
    if (v === null) return;
    if (list.includes(v)) set(v);
    else
      problems.push({
        param,
        de: `Parameter „${param}“: „${v}“ ist unbekannt (möglich: ${list.join(', ')}).`,
        en: `Parameter “${param}”: “${v}” is unknown (allowed: ${list.join(', ')}).`,
      });
  };
  oneOf('szenario', known.scenarios, (v) => (state.scenario = v));
  oneOf('land', known.landPolicies, (v) => (state.land = v));
  oneOf('kreis', known.kreisPolicies, (v) => (state.kreis = v));
  oneOf('ansicht', known.views, (v) => (state.view = v));
  oneOf('sprache', ['de', 'en'], (v) => (state.lang = v as Lang));
  const seed = q.get('seed');
  if (seed !== null) {
    const value = seedOf(seed);
    if (value !== undefined) state.seed = value;
    else {
      const m = seedProblem(seed);
      problems.push({ param: 'seed', de: `Parameter „seed“: ${m.de}`, en: `Parameter “seed”: ${m.en}` });
    }
  }
  // The unit is checked against the run once its units are known (problemsInRun).
  const unit = q.get('einheit');
  if (unit !== null) state.unit = unit;
  const date = q.get('datum');
  if (date !== null) {
    if (isIsoDate(date)) state.date = date;
    else
      problems.push({
        param: 'datum',
        de: `Parameter „datum“: „${date}“ ist kein Datum JJJJ-MM-TT.`,
        en: `Parameter “datum”: “${date}” is not a date YYYY-MM-DD.`,
      });
  }
  return { state, problems };
}

/** What a run offers to point at: its unit ids and its days. */
export interface RunExtent {
  readonly hasUnit: (id: string) => boolean;
  readonly days: readonly string[];
}

/** The parameters that name something of the run (`einheit`, `datum`) but find nothing in it. */
export function problemsInRun(state: UrlState, run: RunExtent): UrlProblem[] {
  const problems: UrlProblem[] = [];
  if (state.unit !== undefined && !run.hasUnit(state.unit)) {
    problems.push({
      param: 'einheit',
      de: `Parameter „einheit“: „${state.unit}“ ist keine Einheit dieses Laufs (Kennungen sind AGS oder Standortkennungen).`,
      en: `Parameter “einheit”: “${state.unit}” is not a unit of this run (ids are AGS or site ids).`,
    });
  }
  const first = run.days[0];
  const last = run.days[run.days.length - 1];
  if (state.date !== undefined && first !== undefined && last !== undefined && (state.date < first || state.date > last)) {
    problems.push({
      param: 'datum',
      de: `Parameter „datum“: „${state.date}“ liegt nicht im Zeitraum des Laufs (${first} bis ${last}).`,
      en: `Parameter “datum”: “${state.date}” is outside the run’s period (${first} to ${last}).`,
    });
  }
  return problems;
}

/** The query string for a state (only the fields that are set). */
export function toSearch(s: UrlState): string {
  const q = new URLSearchParams();
  if (s.scenario) q.set('szenario', s.scenario);
  if (s.seed !== undefined) q.set('seed', String(s.seed));
  if (s.land) q.set('land', s.land);
  if (s.kreis) q.set('kreis', s.kreis);
  if (s.view) q.set('ansicht', s.view);
  if (s.unit) q.set('einheit', s.unit);
  if (s.lang) q.set('sprache', s.lang);
  const str = q.toString();
  return str ? `?${str}` : '';
}
