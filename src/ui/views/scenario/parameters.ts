/**
 * The parameters of a scenario as the Szenario view shows them: a readable label, the value with its unit, nested
 * tables for lists, and where each value comes from (the scenario's `sources`, the model default, or nothing).
 * Names, units, defaults and the sources of defaults come from the parameter catalogue. Pure functions, no React.
 */
import { z } from 'zod';
import { KREIS_POLICIES, LAND_POLICIES, PROCUREMENT_POLICIES } from '../../../engine/policies/registry.ts';
import { entryAt, nodesAt, parameterCatalogue, unitAt } from '../../../engine/scenario/catalogue.ts';
import type { UnitKind } from '../../../engine/scenario/meta.ts';
import { eventsByDate } from '../../../engine/scenario/timeline.ts';
import { ACCOMMODATION_TYPES, type Distribution, type ParameterGroup, type Scenario, type ScenarioEvent, type Unterkunftsart } from '../../../engine/scenario/schema.ts';
import { formatDate } from '../../format.ts';
import type { Lang } from '../../i18n/index.ts';
import { countText, UNIT_LABELS, UNIT_SINGULAR, VALUE_WORDS } from './messages.ts';

const LOCALE: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };
const TYPE_KEYS = ACCOMMODATION_TYPES;
type TypeKey = Unterkunftsart;
const DIST_KINDS = new Set(['fixed', 'uniform', 'exponential', 'gamma', 'lognormal']);

/** A list shown as a small table: the first cell of each row is its header. */
export interface DetailTable {
  /** Count of the entries ("19 Monatswerte"), the summary of a collapsed table. */
  readonly summary: string;
  /** Long lists are collapsed in a <details>. */
  readonly collapsed: boolean;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface ParameterDescription {
  /** Readable name of the parameter. */
  readonly label: string;
  /** The value as read on screen, with its unit ("35 Tage", "5 %", "Gamma, Mittel 35 Tage, VK 0,35"). */
  readonly valueText: string;
  /** The unit alone ("Tage", "%", "€ je Platz und Tag"); empty for values without a unit (yes/no, names). */
  readonly unit: string;
  /** Lists (periods, series, maps) as a table. */
  readonly detail?: DetailTable;
}

export interface DescribeContext {
  /** Name of a unit (Kreis or Gemeinde AGS, site id), shown next to ids. */
  readonly unitName?: (id: string) => string | undefined;
  /** First day of the run (ISO), to date a daily arrival series. */
  readonly start?: string;
}

// ---- numbers and units ------------------------------------------------------------------------------------

function num(lang: Lang, v: number, digits = 2): string {
  return v.toLocaleString(LOCALE[lang], { maximumFractionDigits: digits });
}

function euro(lang: Lang, v: number): string {
  const s = Number.isInteger(v)
    ? v.toLocaleString(LOCALE[lang], { maximumFractionDigits: 0 })
    : v.toLocaleString(LOCALE[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return lang === 'de' ? `${s}\u00a0€` : `${s}\u00a0EUR`;
}

/** A number with its unit in the given language. */
export function withUnit(lang: Lang, kind: UnitKind, v: number): string {
  const u = UNIT_LABELS[lang][kind];
  switch (kind) {
    case 'share':
      return `${num(lang, v * 100)}\u00a0%`;
    case 'percentagePoints':
      return `${num(lang, v * 100)}\u00a0${u}`;
    case 'factor':
      return `×\u00a0${num(lang, v)}`;
    case 'eurPlaceDay':
    case 'eurPersonDay':
    case 'eurPersonMonth':
      return `${euro(lang, v)} ${u.replace(/^€ |^EUR /, '')}`;
    case 'none':
      return num(lang, v);
    default:
      return `${num(lang, v)}\u00a0${v === 1 ? (UNIT_SINGULAR[lang][kind] ?? u) : u}`;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isDistribution(v: unknown): v is Distribution {
  return isRecord(v) && typeof v.dist === 'string' && DIST_KINDS.has(v.dist);
}

/** "Gamma, Mittel 35 Tage, VK 0,35". */
export function describeDistribution(lang: Lang, d: Distribution): string {
  const w = VALUE_WORDS[lang];
  const days = (v: number) => withUnit(lang, 'days', v);
  switch (d.dist) {
    case 'fixed':
      return `${w.dist.fixed} ${days(d.days)}`;
    case 'uniform':
      return `${w.dist.uniform} ${num(lang, d.min)}–${days(d.max)}`;
    case 'exponential':
      return `${w.dist.exponential}, ${w.mean} ${days(d.mean)}`;
    case 'gamma':
    case 'lognormal':
      return `${w.dist[d.dist]}, ${w.mean} ${days(d.mean)}, ${w.cv} ${num(lang, d.cv)}`;
  }
}

/** The unit of a parameter, from the catalogue: the field's own, or that of the list or record it is an entry of. */
export function unitOf(path: string, value: unknown): UnitKind {
  return unitAt(path, value);
}

// ---- labels -----------------------------------------------------------------------------------------------

/** The catalogue's name of the parameter; an entry below a named one (an event setting "policies.quota.06440") as "name › rest". */
export function labelOf(path: string, lang: Lang): string {
  const nodes = nodesAt(path);
  for (let i = nodes.length - 1; i >= 0; i--) {
    const { meta, path: at } = nodes[i]!;
    if (!meta.label) continue;
    return at === path ? meta.label[lang] : `${meta.label[lang]} › ${path.slice(at.length + 1)}`;
  }
  return path;
}

// ---- values -----------------------------------------------------------------------------------------------

function unitDisplay(lang: Lang, ctx: DescribeContext, id: string): string {
  const name = ctx.unitName?.(id);
  return name && name !== id ? `${name} (${id})` : id;
}

function monthLabel(lang: Lang, ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString(LOCALE[lang], { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

function addDays(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

function policyLabel(lang: Lang, registry: Readonly<Record<string, { label: { de: string; en: string } }>>, id: unknown): string {
  const p = typeof id === 'string' ? registry[id] : undefined;
  return p ? `${p.label[lang]} – ${String(id)}` : String(id);
}

/** Everything not covered by a special case: distributions, yes/no, numbers, names, plain lists. */
function genericText(lang: Lang, path: string, value: unknown): string {
  const w = VALUE_WORDS[lang];
  if (value === undefined || value === null) return w.absent[path] ?? w.notSet;
  if (isDistribution(value)) return describeDistribution(lang, value);
  if (typeof value === 'boolean') return value ? w.yes : w.no;
  if (typeof value === 'number') return withUnit(lang, unitOf(path, value), value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v) => genericText(lang, path, v)).join(', ');
  if (isRecord(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return w.empty[path] ?? w.none;
    return entries.map(([k, v]) => `${k}: ${genericText(lang, `${path}.${k}`, v)}`).join(', ');
  }
  return String(value);
}

function mapTable(
  lang: Lang,
  path: string,
  map: Record<string, unknown>,
  opts: { what: Parameters<typeof countText>[2]; keyHeader: string; columns: readonly string[]; cells: (v: unknown, key: string) => readonly string[]; key: (k: string) => string },
): Pick<ParameterDescription, 'valueText' | 'detail'> {
  const keys = Object.keys(map).sort();
  if (keys.length === 0) return { valueText: VALUE_WORDS[lang].empty[path] ?? VALUE_WORDS[lang].none };
  const summary = countText(lang, keys.length, opts.what);
  return {
    valueText: summary,
    detail: { summary, collapsed: keys.length > 5, columns: [opts.keyHeader, ...opts.columns], rows: keys.map((k) => [opts.key(k), ...opts.cells(map[k], k)]) },
  };
}

function seriesText(lang: Lang, value: Record<string, unknown>, ctx: DescribeContext): Pick<ParameterDescription, 'valueText' | 'detail'> {
  const cols = VALUE_WORDS[lang].cols;
  if (value.kind === 'rate') return { valueText: withUnit(lang, 'personsPerDay', Number(value.perDay)) };
  if (value.kind === 'monthly' && isRecord(value.values)) {
    const entries = Object.entries(value.values as Record<string, number>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const total = entries.reduce((s, [, v]) => s + v, 0);
    const summary = countText(lang, entries.length, 'months');
    return {
      valueText: `${summary} (${lang === 'de' ? 'zusammen' : 'in total'} ${withUnit(lang, 'persons', total)})`,
      detail: {
        summary,
        collapsed: true,
        columns: [cols.month, UNIT_LABELS[lang].personsPerMonth],
        rows: entries.map(([m, v]) => [monthLabel(lang, m), num(lang, v)]),
      },
    };
  }
  if (value.kind === 'daily' && Array.isArray(value.values)) {
    const values = value.values as number[];
    const summary = countText(lang, values.length, 'dailyValues');
    return {
      valueText: summary,
      detail: {
        summary,
        collapsed: true,
        columns: [cols.day, UNIT_LABELS[lang].personsPerDay],
        rows: values.map((v, i) => [ctx.start ? formatDate(lang, addDays(ctx.start, i)) : `${cols.day} ${i + 1}`, num(lang, v)]),
      },
    };
  }
  return { valueText: genericText(lang, 'arrivals.series', value) };
}

type Site = Scenario['erstaufnahme']['sites'][number];

function specialText(lang: Lang, path: string, value: unknown, ctx: DescribeContext): Pick<ParameterDescription, 'valueText' | 'detail'> | null {
  const w = VALUE_WORDS[lang];
  const cols = w.cols;
  const units = UNIT_LABELS[lang];
  const key = (k: string) => unitDisplay(lang, ctx, k);
  if (/^arrivals(\.direct)?\.series$/.test(path) && isRecord(value)) return seriesText(lang, value, ctx);
  if (value === undefined) return null;
  switch (path) {
    case 'erstaufnahme.sites': {
      const sites = value as readonly Site[];
      const summary = countText(lang, sites.length, 'sites');
      return {
        valueText: summary,
        detail: {
          summary,
          collapsed: true,
          columns: [cols.site, cols.host, cols.from, cols.places, cols.notunterkunft],
          rows: sites.flatMap((s) =>
            s.capacity.map((p) => [`${s.name} (${s.id})`, key(s.host), formatDate(lang, p.from), num(lang, p.places), num(lang, p.notunterkunft)]),
          ),
        },
      };
    }
    case 'procedure.periods': {
      const periods = value as Scenario['procedure']['periods'];
      const summary = countText(lang, periods.length, 'periods');
      return {
        valueText: summary,
        detail: {
          summary,
          collapsed: periods.length > 6,
          columns: [cols.from, cols.duration, cols.protectionRate],
          rows: periods.map((p) => [formatDate(lang, p.from), describeDistribution(lang, p.duration), withUnit(lang, 'share', p.protectionRate)]),
        },
      };
    }
    case 'money.pauschale': {
      const periods = value as Scenario['money']['pauschale'];
      const summary = countText(lang, periods.length, 'periods');
      return {
        valueText: `${summary} (${units.eurPersonMonth})`,
        detail: {
          summary,
          collapsed: periods.length > 10,
          columns: [cols.from, cols.tier('I'), cols.tier('II'), cols.tier('III')],
          rows: periods.map((p) => [formatDate(lang, p.from), euro(lang, p.I), euro(lang, p.II), euro(lang, p.III)]),
        },
      };
    }
    case 'policies.quota':
      return mapTable(lang, path, value as Record<string, number>, {
        what: 'kreise',
        keyHeader: cols.kreis,
        columns: [cols.value],
        key,
        cells: (v) => [withUnit(lang, 'share', Number(v))],
      });
    case 'arrivals.direct.shares': {
      const map = value as Record<string, number>;
      const total = Object.values(map).reduce((a, b) => a + b, 0);
      return mapTable(lang, path, map, {
        what: 'kreise',
        keyHeader: cols.kreis,
        columns: [cols.value],
        key,
        cells: (v) => [withUnit(lang, 'share', total > 0 ? Number(v) / total : 0)],
      });
    }
    case 'exits.kreisFactor':
      return mapTable(lang, path, value as Record<string, number>, {
        what: 'kreise',
        keyHeader: cols.kreis,
        columns: [cols.value],
        key,
        cells: (v) => [withUnit(lang, 'factor', Number(v))],
      });
    case 'policies.kreisByKreis':
      return mapTable(lang, path, value as Record<string, string>, {
        what: 'kreise',
        keyHeader: cols.kreis,
        columns: [cols.policy],
        key,
        cells: (v) => [policyLabel(lang, KREIS_POLICIES, v)],
      });
    case 'policies.params':
      return mapTable(lang, path, value as Record<string, number>, {
        what: 'parameters',
        keyHeader: cols.name,
        columns: [cols.value],
        key: (k) => k,
        cells: (v) => [num(lang, Number(v), 6)],
      });
    case 'accommodation.units':
      return mapTable(lang, path, value as Record<string, Partial<Record<TypeKey, number>>>, {
        what: 'units',
        keyHeader: cols.unit,
        columns: TYPE_KEYS.map((t) => `${w.typesShort[t]} (${units.places})`),
        key,
        cells: (v) => TYPE_KEYS.map((t) => num(lang, (v as Partial<Record<TypeKey, number>>)[t] ?? 0)),
      });
    case 'accommodation.kreisPerThousand':
    case 'accommodation.gemeindePerThousand': {
      const map = value as Partial<Record<TypeKey, number>>;
      const parts = TYPE_KEYS.filter((t) => map[t] !== undefined).map((t) => `${w.typesShort[t]} ${num(lang, map[t]!)}`);
      return { valueText: parts.length === 0 ? (w.empty[path] ?? w.none) : `${parts.join(' · ')} (${units.placesPerThousand})` };
    }
    case 'arrivals.householdSizes': {
      const shares = value as number[];
      const total = shares.reduce((a, b) => a + b, 0) || 1;
      return { valueText: shares.map((s, i) => `${w.householdSize(i + 1)} ${withUnit(lang, 'share', s / total)}`).join(' · ') };
    }
    case 'accommodation.order':
      return { valueText: (value as TypeKey[]).map((t) => w.typesShort[t] ?? t).join(' → ') };
    case 'policies.weekdays':
      return { valueText: (value as number[]).map((d) => w.weekdays[d - 1] ?? String(d)).join(', ') };
    case 'arrivals.noise':
      return { valueText: w.noise[value as 'none' | 'poisson'] ?? String(value) };
    case 'procurement.type':
      return { valueText: w.types[value as TypeKey] ?? String(value) };
    case 'policies.land':
      return { valueText: policyLabel(lang, LAND_POLICIES, value) };
    case 'policies.kreis':
      return { valueText: policyLabel(lang, KREIS_POLICIES, value) };
    case 'procurement.strategy':
      return { valueText: policyLabel(lang, PROCUREMENT_POLICIES, value) };
    default:
      return null;
  }
}

/** Label, value with unit and unit of one parameter (any path into the parameters, also an event's `set` path). */
export function describeParameter(path: string, value: unknown, lang: Lang = 'de', ctx: DescribeContext = {}): ParameterDescription {
  const kind = unitOf(path, value);
  const special = specialText(lang, path, value, ctx);
  const unit = path === 'procedure.periods' ? `${UNIT_LABELS[lang].days}, %` : UNIT_LABELS[lang][kind];
  return { label: labelOf(path, lang), unit, ...(special ?? { valueText: genericText(lang, path, value) }) };
}

// ---- sources and defaults ---------------------------------------------------------------------------------

/** The most specific entry of `sources` that covers the path: the path itself or a group above it. */
export function findSource(path: string, sources: Readonly<Record<string, string>>): { readonly key: string; readonly text: string } | null {
  let best: string | null = null;
  for (const key of Object.keys(sources)) {
    if (key === '') continue;
    const covers = key === path || path.startsWith(`${key}.`) || path.startsWith(`${key}[`);
    if (covers && (best === null || key.length > best.length)) best = key;
  }
  return best === null ? null : { key: best, text: sources[best]! };
}

/** The catalogue's default for a parameter path; an optional field left out counts as its default (undefined). */
export function schemaDefault(path: string): { readonly found: true; readonly value: unknown } | { readonly found: false } {
  const entry = entryAt(path);
  return entry?.optional ? { found: true, value: entry.default } : { found: false };
}

/** Where the model's default of a parameter comes from: the catalogue's source of the field or of the group above it. */
export function defaultSourceOf(path: string): string | undefined {
  const nodes = nodesAt(path);
  for (let i = nodes.length - 1; i >= 0; i--) {
    const source = nodes[i]!.meta.source;
    if (source) return source;
  }
  return undefined;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/** Whether the value is what the model uses when a scenario leaves the parameter out. */
export function isModelDefault(path: string, value: unknown): boolean {
  const d = schemaDefault(path);
  return d.found && deepEqual(d.value, value);
}

export type SourceInfo =
  | { readonly kind: 'source'; readonly key: string; readonly text: string }
  | { readonly kind: 'default' }
  | { readonly kind: 'none' };

/** Where a parameter's value comes from: a source (by the most specific prefix), else the model default, else none. */
export function sourceOf(path: string, value: unknown, sources: Readonly<Record<string, string>>): SourceInfo {
  const s = findSource(path, sources);
  if (s) return { kind: 'source', ...s };
  return isModelDefault(path, value) ? { kind: 'default' } : { kind: 'none' };
}

// ---- the rows of the parameter table ----------------------------------------------------------------------

export interface ParameterRow {
  readonly group: ParameterGroup;
  readonly path: string;
  readonly value: unknown;
}

/** Objects shown as one value rather than one row per field. */
const LEAF_OBJECTS = new Set(['accommodation.kreisPerThousand', 'accommodation.gemeindePerThousand']);

function valueAt(params: object, path: string): unknown {
  let v: unknown = params;
  for (const seg of path.split('.')) v = isRecord(v) ? v[seg] : undefined;
  return v;
}

/** Every leaf parameter by group, in the order of the catalogue; lists, maps, distributions and absent groups are one row each. */
export function parameterRows(params: Pick<Scenario, ParameterGroup>): ParameterRow[] {
  const rows: ParameterRow[] = [];
  let shown: string | null = null;
  for (const entry of parameterCatalogue()) {
    const { path } = entry;
    // Fields of lists, records and variants are part of the row of the field that holds them.
    if (path.includes('[') || path.includes('*') || entry.variant !== undefined) continue;
    if (shown !== null && path.startsWith(`${shown}.`)) continue;
    const group = path.split('.')[0] as ParameterGroup;
    if (path === group) continue;
    const value = valueAt(params, path);
    if (entry.type instanceof z.ZodObject && !LEAF_OBJECTS.has(path) && isRecord(value)) continue;
    rows.push({ group, path, value });
    shown = path;
  }
  return rows;
}

export interface ParameterChange {
  readonly date: string;
  /** The path the event sets. */
  readonly key: string;
  readonly value: unknown;
  /** The event sets exactly this parameter (else a group above or an entry below it). */
  readonly exact: boolean;
}

/** The events that change a parameter later in the run, in date order. */
export function changesOf(events: readonly ScenarioEvent[], path: string): ParameterChange[] {
  const out: ParameterChange[] = [];
  for (const { e } of eventsByDate(events)) {
    for (const [key, value] of Object.entries(e.set ?? {})) {
      if (key === path) out.push({ date: e.date, key, value, exact: true });
      else if (key.startsWith(`${path}.`) || path.startsWith(`${key}.`)) out.push({ date: e.date, key, value, exact: false });
    }
  }
  return out;
}
