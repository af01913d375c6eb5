/**
 * One editable value of the scenario: what the catalogue says of it (label, unit, bounds, source) and the check of a
 * typed text against the field's own zod schema, with the problem named in the UI language. Pure, no React.
 */
import { z } from 'zod';
import { entryAt, type Bound, type CatalogueEntry } from '../../../engine/scenario/catalogue.ts';
import { UNITS, type Text, type UnitKind } from '../../../engine/scenario/meta.ts';
import { schemaText } from '../../../engine/scenario/schema.ts';
import type { Lang } from '../../i18n/index.ts';

/** A number field as the editor shows it. */
export interface NumberSpec {
  /** Where the value is in the scenario (dotted, concrete: `accommodation.units.06531.gu`). */
  readonly path: string;
  readonly label: Text;
  readonly unit: UnitKind;
  /** A unit in words where the catalogue has none (a policy's parameter). */
  readonly unitText?: Text;
  readonly source: string | undefined;
  /** The field's own type (no default or optional wrapper). */
  readonly schema: z.ZodType;
  /** Left empty, the field is removed (the model's default applies). */
  readonly optional: boolean;
  /** Shown value = stored value × scale (shares are shown as percent). */
  readonly scale: number;
  /** Extra bounds beyond the schema's (a policy parameter's). */
  readonly min?: Bound;
  readonly max?: Bound;
}

/** Shares and differences of shares are written 0…1 and shown as percent. */
export function scaleOf(unit: UnitKind): number {
  return unit === 'share' || unit === 'percentagePoints' ? 100 : 1;
}

/** The unit as shown next to the field. */
export function unitText(spec: Pick<NumberSpec, 'unit' | 'unitText'>, lang: Lang): string {
  return spec.unitText?.[lang] ?? UNITS[spec.unit][lang];
}

/** The spec of a catalogue field at a concrete path; the label given wins over the catalogue's. */
export function numberSpec(path: string, overrides: { label?: Text; unit?: UnitKind } = {}): NumberSpec {
  const entry = entryAt(path);
  if (!entry) throw new Error(`the catalogue has no field at ${path}`);
  return specOf(entry, overrides);
}

export function specOf(entry: CatalogueEntry, overrides: { label?: Text; unit?: UnitKind } = {}): NumberSpec {
  const unit = overrides.unit ?? entry.unit ?? 'none';
  return {
    path: entry.path,
    label: overrides.label ?? entry.label ?? { de: entry.path, en: entry.path },
    unit,
    source: entry.source,
    schema: entry.type,
    optional: entry.optional,
    scale: scaleOf(unit),
  };
}

const LOCALE: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

/** A number as typed into a field: no grouping, up to 6 decimals, the language's decimal sign. */
export function numberText(lang: Lang, v: number): string {
  return v.toLocaleString(LOCALE[lang], { useGrouping: false, maximumFractionDigits: 6 });
}

/** A number for a message: grouped. */
function shown(lang: Lang, v: number): string {
  return v.toLocaleString(LOCALE[lang], { maximumFractionDigits: 6 });
}

/**
 * The number a text means, or null: a decimal comma or point; in German also dots between groups of three digits
 * ("1.500"), in English commas between them ("1,500"). Spaces are ignored; nothing else is allowed.
 */
export function parseNumberText(text: string, lang: Lang): number | null {
  let t = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  if (t === '') return null;
  const grouping = lang === 'de' ? /^-?\d{1,3}(\.\d{3})+(,\d+)?$/ : /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
  if (grouping.test(t)) t = lang === 'de' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  else t = t.replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const WORDS = {
  de: {
    empty: 'bitte einen Wert eingeben',
    notNumber: (t: string) => `„${t}“ ist keine Zahl`,
    integer: 'muss eine ganze Zahl sein',
    atLeast: (b: string) => `muss mindestens ${b} sein`,
    above: (b: string) => `muss größer als ${b} sein`,
    atMost: (b: string) => `darf höchstens ${b} sein`,
    below: (b: string) => `muss kleiner als ${b} sein`,
    oneOf: (v: string) => `muss einer dieser Werte sein: ${v}`,
    notJson: (d: string) => `kein gültiges JSON (${d})`,
    empty2: 'darf nicht leer sein',
    chars: (n: string) => `darf höchstens ${n} Zeichen lang sein`,
  },
  en: {
    empty: 'please enter a value',
    notNumber: (t: string) => `"${t}" is not a number`,
    integer: 'must be a whole number',
    atLeast: (b: string) => `must be at least ${b}`,
    above: (b: string) => `must be more than ${b}`,
    atMost: (b: string) => `must be at most ${b}`,
    below: (b: string) => `must be less than ${b}`,
    oneOf: (v: string) => `must be one of: ${v}`,
    notJson: (d: string) => `not valid JSON (${d})`,
    empty2: 'must not be empty',
    chars: (n: string) => `must be at most ${n} characters long`,
  },
} as const;

/** "Plätze: …" — a field's name before its problem. */
export function named(label: string, problem: string): string {
  return `${label}: ${problem}`;
}

/** A zod issue in the UI language; the bound is shown with the field's unit and scale. */
export function issueText(issue: z.core.$ZodIssue, lang: Lang, spec?: Pick<NumberSpec, 'unit' | 'unitText' | 'scale'>): string {
  const w = WORDS[lang];
  const scale = spec?.scale ?? 1;
  const unit = spec ? unitText(spec, lang) : '';
  const bound = (v: unknown) => {
    const n = typeof v === 'bigint' ? Number(v) : (v as number);
    return unit ? `${shown(lang, n * scale)}\u00a0${unit}` : shown(lang, n * scale);
  };
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? w.integer : issue.message;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return w.empty2;
      return issue.origin === 'number' ? (issue.inclusive ? w.atLeast(bound(issue.minimum)) : w.above(bound(issue.minimum))) : issue.message;
    case 'too_big':
      if (issue.origin === 'string') return w.chars(shown(lang, Number(issue.maximum)));
      return issue.origin === 'number' ? (issue.inclusive ? w.atMost(bound(issue.maximum)) : w.below(bound(issue.maximum))) : issue.message;
    case 'invalid_value':
      return w.oneOf(issue.values.map(String).join(', '));
    default:
      // The schema's own messages (its refinements) carry their German; zod's others stay as zod says them.
      return (lang === 'de' && schemaText(issue)?.de) || issue.message;
  }
}

function boundProblem(value: number, spec: NumberSpec, lang: Lang): string | null {
  const w = WORDS[lang];
  const unit = unitText(spec, lang);
  const b = (v: number) => (unit ? `${shown(lang, v * spec.scale)}\u00a0${unit}` : shown(lang, v * spec.scale));
  const { min, max } = spec;
  if (min && (min.inclusive ? value < min.value : value <= min.value)) return min.inclusive ? w.atLeast(b(min.value)) : w.above(b(min.value));
  if (max && (max.inclusive ? value > max.value : value >= max.value)) return max.inclusive ? w.atMost(b(max.value)) : w.below(b(max.value));
  return null;
}

/**
 * The value a typed text gives a number field, or the message why it gives none (naming the field). An empty text
 * removes an optional field (undefined).
 */
export function checkNumber(spec: NumberSpec, text: string, lang: Lang, label = spec.label[lang]): Checked<number | undefined> {
  const w = WORDS[lang];
  if (text.trim() === '') return spec.optional ? { ok: true, value: undefined } : { ok: false, message: named(label, w.empty) };
  const n = parseNumberText(text, lang);
  if (n === null) return { ok: false, message: named(label, w.notNumber(text.trim())) };
  // Back to the stored unit; rounding removes the float noise of ÷ 100.
  const value = spec.scale === 1 ? n : Number((n / spec.scale).toPrecision(12));
  const parsed = spec.schema.safeParse(value);
  if (!parsed.success) return { ok: false, message: named(label, issueText(parsed.error.issues[0]!, lang, spec)) };
  const extra = boundProblem(value, spec, lang);
  if (extra) return { ok: false, message: named(label, extra) };
  return { ok: true, value };
}

/** The text a field shows for a stored value. */
export function displayText(spec: Pick<NumberSpec, 'scale'>, lang: Lang, value: number | undefined): string {
  if (value === undefined) return '';
  return numberText(lang, spec.scale === 1 ? value : Number((value * spec.scale).toPrecision(12)));
}

/** A JSON text checked against a schema; the issues name their place below the field. */
export function checkJson(schema: z.ZodType, text: string, lang: Lang, label: string, optional: boolean): Checked<unknown> {
  if (text.trim() === '') return optional ? { ok: true, value: undefined } : { ok: false, message: named(label, WORDS[lang].empty) };
  let raw: unknown;
  try {
    raw = JSON.parse(text) as unknown;
  } catch (e) {
    return { ok: false, message: named(label, WORDS[lang].notJson(e instanceof Error ? e.message : String(e))) };
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length > 0 ? ` › ${issue.path.map(String).join('.')}` : '';
  return { ok: false, message: named(`${label}${where}`, issueText(issue, lang)) };
}
