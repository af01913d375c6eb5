/** Reading and writing the app state in the URL (?szenario=…&seed=…&land=…&kreis=…&sprache=…), with clear messages for bad values. */
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

export interface UrlCheck {
  readonly state: UrlState;
  /** One message per bad parameter, naming it (German and English). */
  readonly problems: readonly { readonly param: string; readonly de: string; readonly en: string }[];
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
  const problems: { param: string; de: string; en: string }[] = [];
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
    if (/^\d{1,9}$/.test(seed)) state.seed = Number(seed);
    else
      problems.push({
        param: 'seed',
        de: `Parameter „seed“: „${seed}“ ist keine ganze Zahl ≥ 0.`,
        en: `Parameter “seed”: “${seed}” is not a whole number ≥ 0.`,
      });
  }
  const unit = q.get('einheit');
  if (unit !== null) state.unit = unit;
  const date = q.get('datum');
  if (date !== null) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) state.date = date;
    else
      problems.push({
        param: 'datum',
        de: `Parameter „datum“: „${date}“ ist kein Datum JJJJ-MM-TT.`,
        en: `Parameter “datum”: “${date}” is not a date YYYY-MM-DD.`,
      });
  }
  return { state, problems };
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
