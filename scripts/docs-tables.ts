/**
 * The parts of the documentation generated from the parameter catalogue: the table of all fields, the lists of
 * start-only fields and open records (docs/scenario-format.md) and the table of parameters with their sources
 * (docs/model.md). Each part sits between `<!-- generated: NAME -->` and `<!-- /generated -->`.
 */
import { z } from 'zod';
import { catalogue, fieldMeta, numberBounds, unwrap, type CatalogueEntry } from '../src/engine/scenario/catalogue.ts';
import { UNITS } from '../src/engine/scenario/meta.ts';
import { ACCOMMODATION_TYPES } from '../src/engine/scenario/schema.ts';
import { isSourceId, parseCitations } from '../src/engine/sources.ts';
import { kpiTable, policiesTable, policyExample, policyParametersTable } from './docs-policies.ts';

/** The files with generated parts, relative to the project directory. */
export const GENERATED_DOCS = ['docs/scenario-format.md', 'docs/model.md', 'docs/policies.md'] as const;

const code = (s: string) => `\`${s}\``;

/** A value as JSON with spaces, as the documentation writes examples: `{ "dist": "fixed", "days": 3 }`. */
export function jsonText(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(jsonText).join(', ')}]`;
  if (typeof v === 'object' && v !== null) {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${jsonText(x)}`).join(', ')} }`;
  }
  return JSON.stringify(v);
}

/** A bound as the table writes it: large whole numbers with thousands separators (`50,000`), others as they are. */
const boundText = (v: number): string => (Number.isInteger(v) && Math.abs(v) >= 10_000 ? v.toLocaleString('en-GB') : String(v));

function lengthText(checks: readonly z.core.$ZodCheck[] | undefined, one: string, many: string): string {
  let min: number | undefined;
  let max: number | undefined;
  for (const c of checks ?? []) {
    const def = c._zod.def as { check: string; minimum?: number; maximum?: number };
    if (def.check === 'min_length') min = def.minimum;
    if (def.check === 'max_length') max = def.maximum;
  }
  if (min !== undefined && max !== undefined) return `, ${boundText(min)}–${boundText(max)} ${many}`;
  if (min !== undefined) return `, ≥ ${boundText(min)} ${min === 1 ? one : many}`;
  if (max !== undefined) return `, ≤ ${boundText(max)} ${many}`;
  return '';
}

/** The type of a field as the table writes it: `n ≥ 0`, `int 1–7`, `list of n ≥ 0, 1–12 entries`, `record Kreis AGS → n > 0`. */
export function typeText(schema: z.ZodType): string {
  const meta = fieldMeta(schema);
  if (meta.type) return meta.type;
  const s = unwrap(schema);
  if (s instanceof z.ZodNumber) {
    const base = s.isInt ? 'int' : 'n';
    const { min, max } = numberBounds(s);
    if (min && max && min.inclusive && max.inclusive) return `${base} ${boundText(min.value)} to ${boundText(max.value)}`;
    const parts = [min && `${min.inclusive ? '≥' : '>'} ${boundText(min.value)}`, max && `${max.inclusive ? '≤' : '<'} ${boundText(max.value)}`].filter(Boolean);
    return [base, ...parts].join(' ');
  }
  if (s instanceof z.ZodString) {
    const checks = (s._zod.def.checks ?? []).map((c) => c._zod.def as { check: string; format?: string; pattern?: RegExp; minimum?: number; maximum?: number });
    const pattern = checks.find((c) => c.format === 'regex')?.pattern;
    const longest = checks.find((c) => c.check === 'max_length')?.maximum;
    const length = longest === undefined ? '' : `, ≤ ${boundText(longest)} characters`;
    if (pattern) return `text matching ${code(pattern.source)}${length}`;
    return `${checks.some((c) => c.check === 'min_length' && (c.minimum ?? 0) > 0) ? 'text' : 'string'}${length}`;
  }
  if (s instanceof z.ZodEnum) return (s.options as readonly string[]).map((o) => code(o)).join(' \\| ');
  if (s instanceof z.ZodLiteral) return code(String(s.value));
  if (s instanceof z.ZodBoolean) return 'boolean';
  if (s instanceof z.ZodUnknown) return 'any value';
  if (s instanceof z.ZodArray) {
    const element = unwrap(s.element as z.ZodType);
    const of = element instanceof z.ZodObject ? 'objects' : typeText(s.element as z.ZodType);
    return `list of ${of}${lengthText(s._zod.def.checks, 'entry', 'entries')}`;
  }
  if (s instanceof z.ZodRecord) {
    const value = unwrap(s.valueType as z.ZodType);
    return `record ${meta.keys ?? typeText(s.keyType as z.ZodType)} → ${value instanceof z.ZodObject ? 'object' : typeText(s.valueType as z.ZodType)}`;
  }
  if (s instanceof z.ZodUnion) {
    const key = (s._zod.def as { discriminator?: string }).discriminator;
    const options = s.options as readonly z.ZodType[];
    if (key) {
      const tags = options.map((o) => typeText((unwrap(o) as z.ZodObject).shape[key] as z.ZodType));
      return `object by ${code(key)}: ${tags.join(' \\| ')}`;
    }
    return options.map((o) => (unwrap(o) instanceof z.ZodObject ? 'object' : typeText(o))).join(' or ');
  }
  return 'object';
}

/** Objects with one field per type of accommodation (their fields are written once, as `<type>`). */
function typeObjects(): Set<string> {
  const children = new Map<string, Set<string>>();
  for (const e of catalogue()) {
    const cut = e.path.lastIndexOf('.');
    const parent = e.path.slice(0, Math.max(cut, 0));
    children.set(parent, (children.get(parent) ?? new Set()).add(e.path.slice(cut + 1)));
  }
  const all = (keys: Set<string>) => keys.size === ACCOMMODATION_TYPES.length && ACCOMMODATION_TYPES.every((t) => keys.has(t));
  return new Set([...children].filter(([, keys]) => all(keys)).map(([parent]) => parent));
}

/** The path as the documentation writes it: `<key>` for record entries, `<type>` for a type of accommodation. */
function pathText(e: CatalogueEntry, byType: Set<string>): string {
  const segs = e.path.split('.');
  const p = segs.map((seg, i) => (seg === '*' ? '<key>' : byType.has(segs.slice(0, i).join('.')) ? '<type>' : seg)).join('.');
  return e.variant ? `${code(p)} (${e.variant})` : code(p);
}

function unitText(e: CatalogueEntry): string {
  if (!e.unit || e.unit === 'none') return '—';
  const u = UNITS[e.unit];
  return 'written' in u ? u.written : u.en;
}

/** What a left-out object is taken as (`{}`: each of its fields takes its default), if it has one. */
function prefaultOf(schema: z.ZodType): unknown {
  for (let s: z.ZodType = schema; ; s = s.unwrap() as z.ZodType) {
    if (s instanceof z.ZodPrefault) return s._zod.def.defaultValue;
    if (!(s instanceof z.ZodDefault || s instanceof z.ZodOptional)) return undefined;
  }
}

function defaultText(e: CatalogueEntry): string {
  if (!e.optional) return '—';
  const value = prefaultOf(e.schema) ?? e.default;
  return value === undefined ? 'absent' : code(jsonText(value));
}

function meaningText(e: CatalogueEntry): string {
  const notes = [e.meta.description ?? ''];
  if (e.startOnly) notes.push('Start-only (8.1).');
  if (e.openRecord && !e.startOnly) notes.push('Events may add entries (8.1).');
  return notes.filter(Boolean).join(' ');
}

const cell = (s: string) => s.replace(/\|/g, (m, i: number, all: string) => (all[i - 1] === '\\' ? m : '\\|'));

/** A table; rows that read the same (one per type of accommodation) are written once. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const seen = new Set<string>();
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) {
    const line = `| ${row.map(cell).join(' | ')} |`;
    if (seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
  }
  return lines.join('\n');
}

/** Every field of the format. */
function fieldsTable(): string {
  const byType = typeObjects();
  return table(
    ['Path', 'Type', 'Unit', 'Default', 'Meaning'],
    catalogue().map((e) => [pathText(e, byType), typeText(e.schema), unitText(e), defaultText(e), meaningText(e)]),
  );
}

/**
 * A citation text in Markdown: each id a link to its entry in docs/sources.md, followed by its detail
 * (`[asylg](sources.md#asylg): § 53 Abs. 1`); a text that is not a citation text stays as it is.
 */
export function citationMarkdown(text: string): string {
  const citations = parseCitations(text);
  if (!citations) return text;
  return citations
    .map(({ id, detail }) => {
      const name = isSourceId(id) ? `[${id}](sources.md#${id})` : id;
      return detail === undefined ? name : `${name}: ${detail}`;
    })
    .join('; ');
}

/** The parameters with a source: default, unit, where the value comes from. */
function sourcesTable(): string {
  const byType = typeObjects();
  return table(
    ['Path', 'Default (schema)', 'Unit', 'Source'],
    catalogue()
      .filter((e) => e.source)
      .map((e) => [pathText(e, byType), defaultText(e), unitText(e), citationMarkdown(e.source ?? '')]),
  );
}

function listText(paths: readonly string[]): string {
  const items = paths.map(code);
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const PARTS: Readonly<Record<string, () => string>> = {
  fields: fieldsTable,
  'parameter-sources': sourcesTable,
  'start-only': () => `${listText(catalogue().filter((e) => e.startOnly).map((e) => e.path))}.`,
  'open-records': () => `${listText(catalogue().filter((e) => e.openRecord && !e.startOnly).map((e) => e.path))}.`,
  policies: policiesTable,
  'policy-parameters': () => policyParametersTable(citationMarkdown),
  kpis: kpiTable,
  'policy-example': policyExample,
};

// A part runs to the first closing marker; an opening marker before it means the part is not closed.
const BLOCK = /(<!-- generated: ([\w-]+) -->\n)((?:(?!<!-- generated)[\s\S])*?)(<!-- \/generated -->)/g;
const OPEN = /<!-- generated: ([\w-]+) -->/g;

/** The text with every generated part rendered anew from the catalogue. */
export function renderGenerated(markdown: string): string {
  const opened = [...markdown.matchAll(OPEN)].length;
  let rendered = 0;
  const out = markdown.replace(BLOCK, (_all, open: string, name: string, _old: string, close: string) => {
    const part = PARTS[name];
    if (!part) throw new Error(`unknown generated part "${name}" (known: ${Object.keys(PARTS).join(', ')})`);
    rendered++;
    return `${open}${part()}\n${close}`;
  });
  if (rendered !== opened) throw new Error(`${opened - rendered} generated part(s) without a closing "<!-- /generated -->"`);
  return out;
}
