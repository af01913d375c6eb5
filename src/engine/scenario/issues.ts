/** Problems with a scenario, each located by the path of its field and said in German and English, and the check that the policies it names exist. */
import type { z } from 'zod';
import { de as zodDe } from 'zod/locales';
import type { PolicyCatalogue } from '../policies/registry.ts';
import type { Text } from './meta.ts';
import { schemaText, type Parameters } from './schema.ts';

/** A problem with a scenario, located by the path of the field (e.g. `erstaufnahme.sites[0].host`). */
export interface ScenarioIssue {
  readonly path: string;
  /** The problem in English, as the command line and logs print it (the same as `text.en`). */
  readonly message: string;
  /** The problem in the languages of the app. */
  readonly text: Text;
}

/** An issue at `path` saying `text`; its `message` is the English. */
export const scenarioIssue = (path: string, text: Text): ScenarioIssue => ({ path, message: text.en, text });

/** A number as the German text writes it. */
export const deNumber = (n: number): string => n.toLocaleString('de-DE');

const zodGerman = zodDe().localeError;

/** zod's type names the German locale leaves as they are, in German. */
const GERMAN_TYPES: Readonly<Record<string, string>> = {
  int: 'ganze Zahl',
  string: 'Text',
  object: 'Objekt',
  record: 'Objekt',
  boolean: 'Wahrheitswert',
  null: 'null',
  undefined: 'nichts',
};
/** What a bound is about, where the German locale would name zod's origin (`number`) inside a German sentence. */
const GERMAN_ORIGINS: Readonly<Record<string, string>> = { number: 'der Wert', bigint: 'der Wert', date: 'das Datum' };

/**
 * A zod issue in German and English: the schema's own message in both languages (schemaText), else zod's message
 * (English, as the parse made it) and the German of zod's locale. The issue must come from a parse with
 * `reportInput: true`, since the locale names the type of the input it received.
 */
export function zodIssueText(issue: z.core.$ZodIssue): Text {
  const own = schemaText(issue);
  if (own) return own;
  let raw: z.core.$ZodIssue = issue;
  if ((issue.code === 'too_big' || issue.code === 'too_small') && GERMAN_ORIGINS[issue.origin]) raw = { ...issue, origin: GERMAN_ORIGINS[issue.origin] };
  const said = zodGerman(raw as unknown as z.core.$ZodRawIssue);
  const de = (typeof said === 'string' ? said : said?.message) ?? 'Ungültige Eingabe';
  // The type names are zod's (the locale reads a capitalised name as a class): put in German afterwards.
  const german = (t: string) => GERMAN_TYPES[t] ?? t;
  return { de: de.replace(/erwartet (\w+), erhalten (\w+)$/, (_, e: string, r: string) => `erwartet ${german(e)}, erhalten ${german(r)}`), en: issue.message };
}

export class ScenarioError extends Error {
  constructor(readonly issues: readonly ScenarioIssue[]) {
    super(issues.map((i) => `${i.path || '(scenario)'}: ${i.message}`).join('\n'));
    this.name = 'ScenarioError';
  }
}

/** Formats a path of keys and indices as `a.b[0].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

/** Policy and strategy ids in the parameters that the catalogue does not know, located below `at`. */
export function policyIssues(params: Parameters, catalogue: PolicyCatalogue, at: string): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const list = (m: ReadonlyMap<string, unknown>) => [...m.keys()].join(', ');
  const unknown = (path: string, id: string, known: ReadonlyMap<string, unknown>, what: Text) =>
    issues.push(
      scenarioIssue(path, {
        de: `unbekannte ${what.de} „${id}“ (bekannt sind: ${list(known)})`,
        en: `unknown ${what.en} "${id}" (known: ${list(known)})`,
      }),
    );
  const land = { de: 'Zuweisungspolitik des Landes', en: 'Land policy' };
  const kreis = { de: 'Zuweisungspolitik der Kreise', en: 'Kreis policy' };
  if (!catalogue.land.has(params.policies.land)) unknown(at === 'policies' ? 'policies.land' : `${at}.policies.land`, params.policies.land, catalogue.land, land);
  if (!catalogue.kreis.has(params.policies.kreis)) unknown(at === 'policies' ? 'policies.kreis' : `${at}.policies.kreis`, params.policies.kreis, catalogue.kreis, kreis);
  for (const [ags, id] of Object.entries(params.policies.kreisByKreis)) {
    if (!catalogue.kreis.has(id)) unknown(`${at === 'policies' ? 'policies' : `${at}.policies`}.kreisByKreis.${ags}`, id, catalogue.kreis, kreis);
  }
  if (!catalogue.procurement.has(params.procurement.strategy)) {
    unknown(at === 'policies' ? 'procurement.strategy' : `${at}.procurement.strategy`, params.procurement.strategy, catalogue.procurement, {
      de: 'Beschaffungsstrategie',
      en: 'procurement strategy',
    });
  }
  return issues;
}
