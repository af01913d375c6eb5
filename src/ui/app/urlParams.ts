/**
 * Reading and writing the app state in the URL (?szenario=…&seed=…&land=…&kreis=…&ansicht=…&einheit=…&datum=…&sprache=…
 * and an own scenario as `eigen=<saved id>` or `teilen=<share code>`, a saved comparison as `vergleich=<id>`), with
 * clear messages for bad values.
 */
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
  /** The id of a saved scenario entry to open (`eigen`). */
  own?: string;
  /** A share code of an own scenario (`teilen`), decoded and checked by the share module. */
  share?: string;
  /** The id of a saved comparison entry the Vergleich view opens (`vergleich`). */
  comparison?: string;
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
  // Ids of saved entries are checked when the storage has them; here only against absurd lengths.
  const entry = (param: string, set: (v: string) => void) => {
    const v = q.get(param);
    if (v === null) return;
    if (v.length > 0 && v.length <= MAX_ENTRY_ID) set(v);
    else
      problems.push({
        param,
        de: `Parameter „${param}“: keine Kennung eines gespeicherten Eintrags (1 bis ${MAX_ENTRY_ID} Zeichen).`,
        en: `Parameter “${param}”: not the id of a saved entry (1 to ${MAX_ENTRY_ID} characters).`,
      });
  };
  entry('eigen', (v) => (state.own = v));
  entry('vergleich', (v) => (state.comparison = v));
  const share = q.get('teilen');
  if (share !== null) state.share = share;
  return { state, problems };
}

/** Longest id of a saved entry taken from the URL (the storage's ids are far shorter). */
const MAX_ENTRY_ID = 200;

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
  if (s.date) q.set('datum', s.date);
  if (s.lang) q.set('sprache', s.lang);
  if (s.own) q.set('eigen', s.own);
  if (s.comparison) q.set('vergleich', s.comparison);
  // Last: the longest, so that the rest stays readable when a link is cut short.
  if (s.share) q.set('teilen', s.share);
  const str = q.toString();
  return str ? `?${str}` : '';
}
