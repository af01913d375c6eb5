/** The catalogue of scenario fields, read off the schema: one walk yields each field with its metadata, default and bounds. */
import { z } from 'zod';
import { fieldRegistry, type FieldMeta, type Text, type UnitKind } from './meta.ts';
import { PARAMETER_GROUPS, scenarioSchema } from './schema.ts';

/** A limit a number is checked against. */
export interface Bound {
  readonly value: number;
  /** The limit itself is allowed (≥, ≤), else only values beyond it (>, <). */
  readonly inclusive: boolean;
}

export interface CatalogueEntry {
  /** Where the field is: `erstaufnahme.sites[].capacity[].places`, `accommodation.units.*.gu` (`[]` list element, `*` record entry). */
  readonly path: string;
  /** The field as declared, with its default or optional wrapper. */
  readonly schema: z.ZodType;
  /** The field's own type, without default or optional wrapper. */
  readonly type: z.ZodType;
  /** All metadata of the field, including what its building block carries (a distribution's unit). */
  readonly meta: FieldMeta;
  readonly label: Text | undefined;
  readonly unit: UnitKind | undefined;
  readonly startOnly: boolean;
  readonly openRecord: boolean;
  readonly source: string | undefined;
  /** A file may leave the field out. */
  readonly optional: boolean;
  /** What a left-out field becomes; undefined for a required field and for one that then stays absent. */
  readonly default: unknown;
  /** Bounds of the number, or of each number in a list or record. */
  readonly min: Bound | undefined;
  readonly max: Bound | undefined;
  /** The variant of a tagged union the field belongs to (`monthly` for `arrivals.series.values`). */
  readonly variant: string | undefined;
}

type Wrapper = z.ZodDefault<z.ZodType> | z.ZodPrefault<z.ZodType> | z.ZodOptional<z.ZodType>;

function isWrapper(s: z.ZodType): s is Wrapper {
  return s instanceof z.ZodDefault || s instanceof z.ZodPrefault || s instanceof z.ZodOptional;
}

/** The schema without its default, prefault and optional wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (isWrapper(s)) s = s.unwrap();
  return s;
}

/** Metadata of a schema and of the type it wraps; the outer declaration wins. */
export function fieldMeta(schema: z.ZodType): FieldMeta {
  const layers: FieldMeta[] = [];
  let s = schema;
  for (;;) {
    const m = fieldRegistry.get(s);
    if (m) layers.unshift(m);
    if (!isWrapper(s)) break;
    s = s.unwrap();
  }
  return Object.assign({}, ...layers) as FieldMeta;
}

interface NumberChecks {
  min?: Bound;
  max?: Bound;
}

/** The limits a number schema checks. */
export function numberBounds(number: z.ZodNumber): NumberChecks {
  const out: NumberChecks = {};
  for (const check of number._zod.def.checks ?? []) {
    const def = check._zod.def as { check: string; value?: unknown; inclusive?: boolean };
    if (typeof def.value !== 'number') continue;
    if (def.check === 'greater_than') out.min = { value: def.value, inclusive: def.inclusive ?? false };
    if (def.check === 'less_than') out.max = { value: def.value, inclusive: def.inclusive ?? false };
  }
  return out;
}

/** Bounds of a number field, or of each number in a list or record. */
function boundsOf(type: z.ZodType): NumberChecks {
  let s = unwrap(type);
  while (s instanceof z.ZodArray || s instanceof z.ZodRecord) s = unwrap((s instanceof z.ZodArray ? s.element : s.valueType) as z.ZodType);
  return s instanceof z.ZodNumber ? numberBounds(s) : {};
}

function entryOf(path: string, schema: z.ZodType, variant: string | undefined, variantMeta: FieldMeta): CatalogueEntry {
  const meta = fieldMeta(schema);
  const empty = schema.safeParse(undefined);
  const { min, max } = boundsOf(schema);
  return {
    path,
    schema,
    type: unwrap(schema),
    meta,
    label: meta.label,
    unit: meta.unit ?? variantMeta.unit,
    startOnly: meta.startOnly === true,
    openRecord: meta.openRecord === true,
    source: meta.source,
    optional: empty.success,
    default: empty.success ? empty.data : undefined,
    min,
    max,
    variant,
  };
}

/** The discriminator value of a union option, if the union is tagged. */
function variantOf(union: z.ZodUnion, option: z.ZodType): { key: string; value: string } | undefined {
  const key = (union._zod.def as { discriminator?: string }).discriminator;
  const inner = unwrap(option);
  if (!key || !(inner instanceof z.ZodObject)) return undefined;
  const tag = (inner.shape as Record<string, z.ZodType>)[key];
  return tag instanceof z.ZodLiteral ? { key, value: String(tag.value) } : undefined;
}

function* fieldsBelow(schema: z.ZodType, path: string, variant: string | undefined, variantMeta: FieldMeta): Generator<CatalogueEntry> {
  if (fieldMeta(schema).atomic) return;
  const s = unwrap(schema);
  if (s instanceof z.ZodObject) {
    for (const [key, child] of Object.entries(s.shape as Record<string, z.ZodType>)) {
      const p = path ? `${path}.${key}` : key;
      yield entryOf(p, child, variant, variantMeta);
      yield* fieldsBelow(child, p, variant, variantMeta);
    }
  } else if (s instanceof z.ZodArray) {
    yield* fieldsBelow(s.element as z.ZodType, `${path}[]`, undefined, {});
  } else if (s instanceof z.ZodRecord) {
    yield* fieldsBelow(s.valueType as z.ZodType, `${path}.*`, undefined, {});
  } else if (s instanceof z.ZodUnion) {
    for (const option of s.options as readonly z.ZodType[]) {
      const tag = variantOf(s, option);
      if (!tag) {
        yield* fieldsBelow(option, path, variant, variantMeta);
        continue;
      }
      // The tag itself is documented with the union; below it, the fields of this variant.
      const inner = unwrap(option) as z.ZodObject;
      const meta = fieldMeta(option);
      for (const [key, child] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
        if (key === tag.key) continue;
        const p = `${path}.${key}`;
        yield entryOf(p, child, tag.value, meta);
        yield* fieldsBelow(child, p, tag.value, meta);
      }
    }
  }
}

let cached: readonly CatalogueEntry[] | undefined;

/**
 * Every field of the scenario format in the order of the schema, parents before their fields: the one list the
 * loader, the Szenario view and the documentation read. Fields inside an atomic value (a distribution, a text)
 * are not listed.
 */
export function catalogue(): readonly CatalogueEntry[] {
  cached ??= [...fieldsBelow(scenarioSchema, '', undefined, {})];
  return cached;
}

const GROUPS = new Set<string>(PARAMETER_GROUPS);

/** The fields of the parameters (the groups an event may change), in the order of the schema. */
export function parameterCatalogue(): readonly CatalogueEntry[] {
  return catalogue().filter((e) => GROUPS.has(e.path.split(/[.[]/)[0] as string));
}

/** Fields read only when a run starts, as a set path names them (`accommodation.units`). */
export function startOnlyPaths(): readonly string[] {
  return parameterCatalogue()
    .filter((e) => e.startOnly)
    .map((e) => e.path);
}

// ---- looking up a concrete path ---------------------------------------------------------------------

/** One step on the way to a concrete path: the schema there and its metadata. */
export interface PathNode {
  /** The concrete path up to here (`policies.quota.06440`). */
  readonly path: string;
  readonly schema: z.ZodType;
  readonly meta: FieldMeta;
}

function childOf(schema: z.ZodType, seg: string): z.ZodType[] {
  const s = unwrap(schema);
  if (s instanceof z.ZodObject) {
    // Own fields only: a segment such as "toString" or "__proto__" names no field.
    const shape = s.shape as Record<string, z.ZodType>;
    return Object.hasOwn(shape, seg) ? [shape[seg] as z.ZodType] : [];
  }
  if (s instanceof z.ZodArray) return /^\d+$/.test(seg) ? [s.element as z.ZodType] : [];
  if (s instanceof z.ZodRecord) return [s.valueType as z.ZodType];
  if (s instanceof z.ZodUnion) {
    // The first variant that has the field; the variant's own metadata (its unit) is part of the way.
    for (const option of s.options as readonly z.ZodType[]) {
      const c = childOf(option, seg);
      if (c.length > 0) return [option, ...c];
    }
  }
  return [];
}

/**
 * The schemas along a dotted path into the scenario (`erstaufnahme.sites.0.name`, `policies.quota.06440`), from the
 * first segment to the last; a tagged union at the end is followed into the variant the value has. Empty if the
 * path names no field.
 */
export function nodesAt(path: string, value?: unknown): PathNode[] {
  const nodes: PathNode[] = [];
  let schema: z.ZodType = scenarioSchema;
  let at = '';
  for (const seg of path.split('.')) {
    const way = childOf(schema, seg);
    if (way.length === 0) return [];
    const parent = at;
    at = at ? `${at}.${seg}` : seg;
    // A union's variant on the way is at the union's path; the field found in it at the path asked for.
    way.forEach((s, k) => nodes.push({ path: k < way.length - 1 ? parent : at, schema: s, meta: fieldMeta(s) }));
    schema = way[way.length - 1] as z.ZodType;
  }
  const end = unwrap(schema);
  if (end instanceof z.ZodUnion && typeof value === 'object' && value !== null) {
    for (const option of end.options as readonly z.ZodType[]) {
      const tag = variantOf(end, option);
      if (tag && (value as Record<string, unknown>)[tag.key] === tag.value) nodes.push({ path: at, schema: option, meta: fieldMeta(option) });
    }
  }
  return nodes;
}

/** The catalogue entry of a field named by a concrete path, if it is one. */
export function entryAt(path: string): CatalogueEntry | undefined {
  const nodes = nodesAt(path);
  const last = nodes[nodes.length - 1];
  return last ? entryOf(path, last.schema, undefined, {}) : undefined;
}

/**
 * The unit of the value at a path: the field's own, else that of the list or record it is an entry of (an entry of
 * `policies.quota` is a share). Fields of an object without a unit have none of their own.
 */
export function unitAt(path: string, value?: unknown): UnitKind {
  const nodes = nodesAt(path, value);
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    if (node.meta.unit) return node.meta.unit;
    if (node.path !== path && unwrap(node.schema) instanceof z.ZodObject) break;
  }
  return 'none';
}

/** Whether an event may add entries to the record at this path. */
export function isOpenRecord(path: string): boolean {
  const nodes = nodesAt(path);
  return nodes[nodes.length - 1]?.meta.openRecord === true;
}

/** The catalogue's sources of the fields named, as a scenario's `sources` record (path → source). */
export function sourcesOf(paths: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of paths) {
    const source = entryAt(path)?.source;
    if (source === undefined) throw new Error(`the catalogue names no source for "${path}"`);
    out[path] = source;
  }
  return out;
}
