/**
 * The Vergleich view's data: setups as the form holds them and their checks (in the UI's language, by the engine's
 * parameter catalogue), the result shown (live or saved) and the zod schema a saved comparison is read back with.
 */
import { z } from 'zod';
import {
  checkParameter,
  type ComparisonPlan,
  type DetailSummary,
  type KpiSummary,
  type ParameterCheck,
  type RunOutcome,
  type Setup,
  type SetupIssue,
} from '../../../engine/compare/index.ts';
import { KREIS_SERIES, LAND_SERIES, UNIT_FIGURES } from '../../../engine/compare/detail.ts';
import { scenarioHash } from '../../../engine/compare/hash.ts';
import { parameterCatalogue, type Bound, type CatalogueEntry } from '../../../engine/scenario/catalogue.ts';
import { MAX_SEED } from '../../../engine/scenario/limits.ts';
import type { Scenario } from '../../../engine/scenario/schema.ts';
import type { Lang } from '../../i18n/index.ts';
import type { VergleichMessages } from './messages.ts';

export const MIN_SETUPS = 2;
export const MAX_SETUPS = 4;
export const MAX_RUNS = 100;

/** A parameter override as typed: the value is checked when the setups are read. */
export interface ParamDraft {
  readonly path: string;
  readonly text: string;
}

/** A setup as the form holds it: '' keeps the scenario's choice. */
export interface SetupDraft {
  readonly landPolicy: string;
  readonly kreisPolicy: string;
  readonly procurement: string;
  readonly params: readonly ParamDraft[];
}

export const EMPTY_SETUP: SetupDraft = { landPolicy: '', kreisPolicy: '', procurement: '', params: [] };

/** The parameters a setup may change: the catalogue's single numbers (not list or record entries, not one variant's). */
export const PARAMETER_CHOICES: readonly CatalogueEntry[] = parameterCatalogue().filter(
  (e) => e.type instanceof z.ZodNumber && !e.path.includes('[]') && !e.path.includes('*') && e.variant === undefined,
);
const CHOICE_BY_PATH = new Map(PARAMETER_CHOICES.map((e) => [e.path, e]));

/** A parameter's readable name: its catalogue label, else its path. */
export function parameterLabel(path: string, lang: Lang): string {
  const label = CHOICE_BY_PATH.get(path)?.label?.[lang];
  return label ? `${label} (${path})` : path;
}

/** One problem of the form, named by setup (1-based; null for the whole comparison) and field. */
export interface DraftProblem {
  readonly setup: number | null;
  readonly field: string;
  readonly message: string;
}

/** A number as typed back: as many digits as it has (up to 6), no padding. */
const plain = (lang: Lang, v: number): string => v.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 6 });

const boundText = (lang: Lang, b: Bound, side: 'min' | 'max'): string => `${side === 'min' ? (b.inclusive ? '≥' : '>') : b.inclusive ? '≤' : '<'} ${plain(lang, b.value)}`;

/** The engine's finding about an override, in the UI's language. */
export function checkText(c: ParameterCheck, value: number, lang: Lang, m: VergleichMessages): string {
  const v = plain(lang, value);
  switch (c.kind) {
    case 'notParameter':
    case 'unknown':
      return m.unknownParameter;
    case 'notFinite':
      return m.notFinite;
    case 'belowMin':
      return m.belowMin(v, boundText(lang, c.bound, 'min'));
    case 'aboveMax':
      return m.aboveMax(v, boundText(lang, c.bound, 'max'));
  }
}

/** Reads a number as typed in either language ("0,5" or "0.5"); NaN if it is none. */
export function parseNumber(text: string): number {
  const t = text.trim().replace(/\s/g, '');
  if (t === '') return Number.NaN;
  const normalised = /^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) ? t.replace(/\./g, '').replace(',', '.') : t.replace(',', '.');
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalised) ? Number(normalised) : Number.NaN;
}

export interface ReadDrafts {
  readonly setups: readonly Setup[];
  readonly runs: number;
  readonly baseSeed: number;
  readonly problems: readonly DraftProblem[];
}

/** The setups, runs and seed the form describes, and every problem with them (nothing is started while there is one). */
export function readDrafts(drafts: readonly SetupDraft[], runsText: string, seedText: string, lang: Lang, m: VergleichMessages): ReadDrafts {
  const problems: DraftProblem[] = [];
  const runs = parseNumber(runsText);
  if (Number.isNaN(runs)) problems.push({ setup: null, field: m.fieldRuns, message: m.notNumber(runsText) });
  else if (!Number.isInteger(runs)) problems.push({ setup: null, field: m.fieldRuns, message: m.notWhole(runsText) });
  else if (runs < 1) problems.push({ setup: null, field: m.fieldRuns, message: m.belowMin(plain(lang, runs), '≥ 1') });
  else if (runs > MAX_RUNS) problems.push({ setup: null, field: m.fieldRuns, message: m.aboveMax(plain(lang, runs), `≤ ${MAX_RUNS}`) });
  const baseSeed = parseNumber(seedText);
  if (Number.isNaN(baseSeed)) problems.push({ setup: null, field: m.fieldSeed, message: m.notNumber(seedText) });
  else if (!Number.isInteger(baseSeed)) problems.push({ setup: null, field: m.fieldSeed, message: m.notWhole(seedText) });
  else if (baseSeed < 0) problems.push({ setup: null, field: m.fieldSeed, message: m.belowMin(String(baseSeed), '≥ 0') });
  else if (baseSeed > MAX_SEED) problems.push({ setup: null, field: m.fieldSeed, message: m.aboveMax(String(baseSeed), `≤ ${MAX_SEED}`) });
  if (drafts.length < MIN_SETUPS || drafts.length > MAX_SETUPS) problems.push({ setup: null, field: m.fieldSetups, message: m.needSetups });
  const setups = drafts.map((d, i): Setup => {
    const params: { path: string; value: number }[] = [];
    const seen = new Set<string>();
    for (const p of d.params) {
      const field = `${m.parameter} ${parameterLabel(p.path, lang)}`;
      if (seen.has(p.path)) problems.push({ setup: i + 1, field, message: m.duplicateParameter });
      seen.add(p.path);
      const value = parseNumber(p.text);
      if (Number.isNaN(value)) {
        problems.push({ setup: i + 1, field, message: m.notNumber(p.text) });
        continue;
      }
      const c = checkParameter(p.path, value);
      if (c) problems.push({ setup: i + 1, field, message: checkText(c, value, lang, m) });
      params.push({ path: p.path, value });
    }
    return {
      ...(d.landPolicy ? { landPolicy: d.landPolicy } : {}),
      ...(d.kreisPolicy ? { kreisPolicy: d.kreisPolicy } : {}),
      ...(d.procurement ? { procurement: d.procurement } : {}),
      ...(params.length > 0 ? { params } : {}),
    };
  });
  return { setups, runs, baseSeed, problems };
}

/** The engine's refusal of a plan, named by setup and field in the UI's language. */
export function issueProblem(i: SetupIssue, lang: Lang, m: VergleichMessages): DraftProblem {
  const field =
    i.field === 'landPolicy'
      ? m.fieldLand
      : i.field === 'kreisPolicy'
        ? m.fieldKreis
        : i.field === 'procurement'
          ? m.fieldProcurement
          : i.field === 'runs'
            ? m.fieldRuns
            : i.field === 'baseSeed'
              ? m.fieldSeed
              : `${m.parameter} ${parameterLabel(i.value, lang)}`;
  return { setup: i.setup >= 0 ? i.setup + 1 : null, field, message: i.text[lang] };
}

/** The KPI values of one run, as exported and saved. */
export interface RunValues {
  readonly index: number;
  readonly setup: number;
  readonly replicate: number;
  readonly seed: number;
  readonly values: Readonly<Record<string, number>>;
}

/** A comparison as the view shows, exports and saves it: what defines it and its summaries. */
export interface ComparisonResult {
  readonly scenario: Scenario;
  readonly scenarioHash: string;
  readonly engineVersion: string;
  readonly setups: readonly Setup[];
  readonly runs: number;
  readonly baseSeed: number;
  readonly seeds: readonly number[];
  readonly kpis: readonly KpiSummary[];
  readonly detail: DetailSummary | null;
  /** Runs finished (fewer than runs × setups when it was cancelled). */
  readonly runValues: readonly RunValues[];
}

/** The result of a plan and the outcomes so far. */
export function resultOf(plan: ComparisonPlan, outcomes: readonly RunOutcome[], kpis: readonly KpiSummary[], detail: DetailSummary | null): ComparisonResult {
  return {
    scenario: plan.scenario,
    scenarioHash: plan.scenarioHash,
    engineVersion: plan.engineVersion,
    setups: plan.setups,
    runs: plan.runs,
    baseSeed: plan.baseSeed,
    seeds: plan.seeds,
    kpis,
    detail,
    runValues: [...outcomes]
      .sort((a, b) => a.index - b.index)
      .map((o) => ({ index: o.index, setup: o.setup, replicate: o.replicate, seed: o.seed, values: Object.fromEntries(o.kpis.map((k) => [k.id, k.value])) })),
  };
}

// ---- the saved form -----------------------------------------------------------------------------------------

export const SAVED_FORMAT = 'zuweisungslabor-vergleich-gespeichert/1';

/** A number as saved: NaN and infinities come back as null from a JSON round trip. */
const num = z.union([z.number(), z.null()]).transform((v) => (v === null ? Number.NaN : v));
/** A typed array (of any realm: storage may hand back another window's), or the plain array a JSON round trip makes of it. */
const floats = <T extends Float32Array | Float64Array>(tag: string, make: (values: readonly number[]) => T) =>
  z.union([
    z.custom<T>((v) => ArrayBuffer.isView(v) && Object.prototype.toString.call(v) === `[object ${tag}]`, { message: `expected a ${tag}` }),
    z.array(num).transform((a) => make(a)),
  ]) as unknown as z.ZodType<T>;
const f32 = floats('Float32Array', (a) => Float32Array.from(a));
const f64 = floats('Float64Array', (a) => Float64Array.from(a));
const text = z.object({ de: z.string(), en: z.string() });
const interval = z.object({ low: num, high: num }).nullable();
const sample = z.object({ n: z.number().int().nonnegative(), mean: num, sd: num, range90: interval, ci90: interval });
const kpiSummary = z.object({
  id: z.string(),
  unit: text,
  label: text.optional(),
  day: z.boolean().optional(),
  setups: z.array(sample.extend({ diff: sample.nullable() })),
});
const band = z.object({ mean: f32, low: f32, high: f32 });
const byKeys = <K extends string, T extends z.ZodType>(keys: readonly K[], schema: T) =>
  z.object(Object.fromEntries(keys.map((k) => [k, schema])) as Record<K, T>);
const unit = z.object({
  id: z.string(),
  name: z.string(),
  level: z.enum(['kreis', 'gemeinde']),
  parent: z.string().nullable(),
  population: z.number(),
  lon: z.number().optional(),
  lat: z.number().optional(),
  kind: z.string().optional(),
});
const detail = z.object({
  layout: z.object({
    start: z.string(),
    days: z.number().int().nonnegative(),
    weeks: z.number().int().nonnegative(),
    units: z.array(unit),
    kreise: z.array(z.number().int().nonnegative()),
  }),
  setups: z.array(
    z.object({
      n: z.number().int().nonnegative(),
      land: byKeys(LAND_SERIES, band),
      kreise: byKeys(KREIS_SERIES, band),
      units: byKeys(UNIT_FIGURES, f64),
      unitDiff: byKeys(UNIT_FIGURES, f64).nullable(),
    }),
  ),
});
const setup = z.object({
  landPolicy: z.string().optional(),
  kreisPolicy: z.string().optional(),
  procurement: z.string().optional(),
  params: z.array(z.object({ path: z.string(), value: z.unknown() })).optional(),
});

export const savedComparisonSchema = z
  .object({
    format: z.literal(SAVED_FORMAT),
    result: z.object({
      scenario: z.looseObject({ id: z.string(), name: text }),
      scenarioHash: z.string(),
      engineVersion: z.string(),
      setups: z.array(setup).min(1),
      runs: z.number().int().positive(),
      baseSeed: z.number().int().nonnegative(),
      seeds: z.array(z.number().int()),
      kpis: z.array(kpiSummary),
      detail: detail.nullable(),
      runValues: z.array(
        z.object({ index: z.number().int(), setup: z.number().int(), replicate: z.number().int(), seed: z.number().int(), values: z.record(z.string(), num) }),
      ),
    }),
  })
  // A scenario that no longer gives its recorded fingerprint was changed after saving: its summaries do not belong to it.
  .refine((p) => scenarioHash(p.result.scenario) === p.result.scenarioHash, { message: 'the scenario does not match its fingerprint', path: ['result', 'scenarioHash'] })
  .refine((p) => p.result.detail === null || p.result.detail.setups.length === p.result.setups.length, { message: 'summaries and setups differ in number', path: ['result', 'detail'] });

export interface SavedComparison {
  readonly format: typeof SAVED_FORMAT;
  readonly result: ComparisonResult;
}

/** The payload of a saved comparison. */
export function savedPayload(result: ComparisonResult): SavedComparison {
  return { format: SAVED_FORMAT, result };
}

/** A saved payload checked and read back, or the first problem (path and message). */
export function readSaved(payload: unknown): { ok: true; result: ComparisonResult } | { ok: false; problem: string } {
  const r = savedComparisonSchema.safeParse(payload);
  if (!r.success) {
    const i = r.error.issues[0]!;
    return { ok: false, problem: `${i.path.join('.') || '(payload)'}: ${i.message}` };
  }
  return { ok: true, result: r.data.result as unknown as ComparisonResult };
}
