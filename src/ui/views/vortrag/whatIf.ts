/**
 * What a lecturer may change in a paused chapter ("Was wäre wenn"): the Land and the Kreis policy and a few parameters
 * of the 2015/16 story, each read from the parameter catalogue (label, unit, bounds); a typed value checked against
 * the catalogue's bounds with a message naming the field; a change described in one line.
 */
import { KREIS_POLICIES, LAND_POLICIES } from '../../../engine/policies/registry.ts';
import { entryAt, type Bound, type CatalogueEntry } from '../../../engine/scenario/catalogue.ts';
import { UNITS, type Text } from '../../../engine/scenario/meta.ts';
import type { WhatIfChange } from '../../data/whatIf.tsx';
import { formatDate, formatNumber } from '../../format.ts';
import type { Lang } from '../../i18n/index.ts';

/** The policies, by the parameter that holds them. */
export const WHAT_IF_POLICIES = { 'policies.kreis': KREIS_POLICIES, 'policies.land': LAND_POLICIES } as const;
export type PolicyPath = keyof typeof WHAT_IF_POLICIES;

/**
 * The parameters offered, in this order — those that decided how 2015/16 went: how long people may stay in the
 * Erstaufnahme (Asylpaket I doubled it), how soon a Kreis has a contract for new places and at what occupancy it
 * orders them, and over how many days RP Darmstadt evens out the Soll/Ist account of the Zuweisung.
 */
export const WHAT_IF_PARAMETERS = ['erstaufnahme.maxDays', 'procurement.contractDays', 'procurement.threshold', 'policies.quotaWindowDays'] as const;
export type ParameterPath = (typeof WHAT_IF_PARAMETERS)[number];

export type WhatIfField = PolicyPath | ParameterPath;
export const WHAT_IF_FIELDS: readonly WhatIfField[] = ['policies.kreis', 'policies.land', ...WHAT_IF_PARAMETERS];

export const isPolicyPath = (path: string): path is PolicyPath => Object.hasOwn(WHAT_IF_POLICIES, path);

/** The catalogue entry of an offered parameter (the list above names catalogue fields only; a test holds it to that). */
export function parameterEntry(path: ParameterPath): CatalogueEntry {
  const entry = entryAt(path);
  if (!entry?.label) throw new Error(`the parameter catalogue has no labelled field "${path}"`);
  return entry;
}

const POLICY_LABEL: Record<PolicyPath, Text> = {
  'policies.kreis': { de: 'Kreis-Politik', en: 'Kreis policy' },
  'policies.land': { de: 'Land-Politik', en: 'Land policy' },
};

/** The name of a field in the UI language. */
export function fieldLabel(path: WhatIfField, lang: Lang): string {
  return isPolicyPath(path) ? POLICY_LABEL[path][lang] : parameterEntry(path).label![lang];
}

/** Shares are typed and shown as percent; other units as they are. */
const isShare = (entry: CatalogueEntry) => entry.unit === 'share';

/** The unit word of a parameter's value as typed (singular for 1 where the unit has one). */
export function unitText(path: ParameterPath, lang: Lang, shown?: number): string {
  const unit: { de: string; en: string; one?: { de: string; en: string } } = UNITS[parameterEntry(path).unit ?? 'none'];
  return shown === 1 && unit.one ? unit.one[lang] : unit[lang];
}

/** A parameter's value as the field shows it (a share as percent). */
export function shownValue(path: ParameterPath, value: number): number {
  return isShare(parameterEntry(path)) ? Math.round(value * 100 * 1e6) / 1e6 : value;
}

/** A value with its unit, as the UI writes it. */
export function valueText(path: ParameterPath, value: number, lang: Lang): string {
  const shown = shownValue(path, value);
  const digits = Number.isInteger(shown) ? 0 : Number.isInteger(shown * 10) ? 1 : 2;
  return `${formatNumber(lang, shown, digits)}\u00a0${unitText(path, lang, shown)}`;
}

export type ValueCheck = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

function boundText(path: ParameterPath, b: Bound, side: 'min' | 'max', lang: Lang): string {
  const v = valueText(path, b.value, lang);
  if (lang === 'de') return side === 'min' ? (b.inclusive ? `mindestens ${v}` : `mehr als ${v}`) : b.inclusive ? `höchstens ${v}` : `weniger als ${v}`;
  return side === 'min' ? (b.inclusive ? `at least ${v}` : `more than ${v}`) : b.inclusive ? `at most ${v}` : `less than ${v}`;
}

/**
 * Reads a typed value for a parameter (German or English decimal mark) and checks it against the catalogue: a number,
 * within the field's bounds, of the field's kind (whole days). Messages name the field, in the UI language.
 */
export function checkParameterValue(path: ParameterPath, typed: string, lang: Lang): ValueCheck {
  const entry = parameterEntry(path);
  const label = entry.label![lang];
  const de = lang === 'de';
  const text = typed.trim().replace(/\s/g, '');
  // With a comma: German decimal comma (dots group thousands), English thousands separator; without one, a plain number.
  const normalised = !text.includes(',') ? text : de ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  const n = text === '' ? Number.NaN : Number(normalised);
  if (!Number.isFinite(n)) return { ok: false, message: de ? `„${label}“: „${typed.trim()}“ ist keine Zahl.` : `“${label}”: “${typed.trim()}” is not a number.` };
  const value = isShare(entry) ? n / 100 : n;
  const { min, max } = entry;
  const below = min && (value < min.value || (!min.inclusive && value === min.value));
  const above = max && (value > max.value || (!max.inclusive && value === max.value));
  if (below || above) {
    const range = [min && boundText(path, min, 'min', lang), max && boundText(path, max, 'max', lang)].filter(Boolean).join(de ? ' und ' : ' and ');
    const shown = valueText(path, value, lang);
    return { ok: false, message: de ? `„${label}“: ${shown} liegt außerhalb des erlaubten Bereichs (${range}).` : `“${label}”: ${shown} is out of range (${range}).` };
  }
  if (!entry.type.safeParse(value).success) {
    return {
      ok: false,
      message: Number.isInteger(value)
        ? de ? `„${label}“: ${valueText(path, value, lang)} ist hier nicht zulässig.` : `“${label}”: ${valueText(path, value, lang)} is not allowed here.`
        : de ? `„${label}“: bitte eine ganze Zahl eingeben.` : `“${label}”: please enter a whole number.`,
    };
  }
  return { ok: true, value };
}

const quoted = (lang: Lang, s: string) => (lang === 'de' ? `‚${s}‘` : `‘${s}’`);

/** "Kreis-Politik ‚kapazitaet‘ statt ‚einwohner‘", "Höchstdauer …: 120 Tage statt 183 Tage". */
export function describeChange(change: Pick<WhatIfChange, 'path' | 'value' | 'previous'>, lang: Lang): string {
  const path = change.path as WhatIfField;
  const instead = lang === 'de' ? 'statt' : 'instead of';
  if (isPolicyPath(path)) return `${fieldLabel(path, lang)} ${quoted(lang, String(change.value))} ${instead} ${quoted(lang, String(change.previous))}`;
  const value = (v: unknown) => (typeof v === 'number' ? valueText(path, v, lang) : lang === 'de' ? 'nicht gesetzt' : 'not set');
  return `${fieldLabel(path, lang)}: ${value(change.value)} ${instead} ${value(change.previous)}`;
}

/** The whole line: change and the day it applies from. */
export function changeLine(change: WhatIfChange, lang: Lang): string {
  return `${describeChange(change, lang)} (${lang === 'de' ? 'ab' : 'from'} ${formatDate(lang, change.date)})`;
}

/** The text of the event that makes the change, for the run's log. */
export function eventLabel(change: Pick<WhatIfChange, 'path' | 'value' | 'previous'>): Text {
  return { de: `Was wäre wenn: ${describeChange(change, 'de')}`, en: `What if: ${describeChange(change, 'en')}` };
}
