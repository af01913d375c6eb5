/**
 * The plan of a comparison: setups (policies and parameter overrides) checked against the policy registry and the
 * parameter catalogue, one prepared scenario per setup, and the runs — every setup on the same seeds.
 */
import { policyCatalogue, type PolicyCatalogue, type PolicySet } from '../policies/registry.ts';
import { ENGINE_VERSION } from '../run.ts';
import { entryAt, isOpenRecord, nodesAt, type Bound } from '../scenario/catalogue.ts';
import { deNumber } from '../scenario/issues.ts';
import { MAX_SEED } from '../scenario/limits.ts';
import { loadScenario } from '../scenario/load.ts';
import type { Text } from '../scenario/meta.ts';
import { PARAMETER_GROUPS, type Scenario } from '../scenario/schema.ts';
import { scenarioHash } from './hash.ts';

/** One parameter of the scenario set to a value for a setup: a dotted path as events name it (`erstaufnahme.dwell.mean`). */
export interface ParameterOverride {
  readonly path: string;
  readonly value: unknown;
}

/** One way to run the scenario: policies by id and parameter overrides; what a setup leaves out stays as the scenario has it. */
export interface Setup {
  /** Land → Kreis policy (`policies.land`), as `runScenario`'s `landPolicy` option. */
  readonly landPolicy?: string;
  /** Kreis → Gemeinde policy (`policies.kreis`), as `runScenario`'s `kreisPolicy` option: Kreise with an own policy keep it. */
  readonly kreisPolicy?: string;
  /** Procurement strategy (`procurement.strategy`). */
  readonly procurement?: string;
  /** Parameter values at the start of the run, applied in order; dated events of the scenario may change them later. */
  readonly params?: readonly ParameterOverride[];
}

/** One run of a comparison: setup `setup` on the seed of replicate `replicate`. */
export interface RunTask {
  /** Position in `tasks`: replicate-major, so that any prefix of the runs holds complete pairs. */
  readonly index: number;
  readonly setup: number;
  readonly replicate: number;
  readonly seed: number;
}

export interface ComparisonPlan {
  /** The scenario as given (loaded), before any setup changes it. */
  readonly scenario: Scenario;
  /** Hash of the scenario's canonical JSON (hash.ts), to check that a later reproduction uses the same scenario. */
  readonly scenarioHash: string;
  readonly engineVersion: string;
  readonly setups: readonly Setup[];
  /** Per setup: the scenario with its procurement strategy and parameter overrides applied, loaded and checked. */
  readonly prepared: readonly Scenario[];
  readonly runs: number;
  readonly baseSeed: number;
  /** The seed of each replicate, the same for every setup (common random numbers). */
  readonly seeds: readonly number[];
  readonly tasks: readonly RunTask[];
}

/** What is wrong with a setup: which of its fields, the value given and why. */
export interface SetupIssue {
  readonly setup: number;
  readonly field: 'landPolicy' | 'kreisPolicy' | 'procurement' | 'params' | 'runs' | 'baseSeed';
  /** The policy id or the parameter path concerned. */
  readonly value: string;
  /** Why, in English, as the command line prints it (the same as `text.en`). */
  readonly message: string;
  /** Why, in the languages of the app. */
  readonly text: Text;
}

const setupIssue = (setup: number, field: SetupIssue['field'], value: string, text: Text): SetupIssue => ({ setup, field, value, message: text.en, text });

export type PlanResult = { readonly ok: true; readonly plan: ComparisonPlan } | { readonly ok: false; readonly issues: readonly SetupIssue[] };

export interface PlanOptions {
  /** Runs per setup (replicates), at least 1. */
  readonly runs: number;
  /** Seed of the first replicate; replicate r runs on baseSeed + r (modulo 2³²). Default: the scenario's seed. */
  readonly baseSeed?: number;
  /** Policies beyond the built-in ones, usable by id. */
  readonly policies?: PolicySet;
}

/** The seed of replicate r: consecutive seeds, so that a seed read off a result names its run plainly. */
export const replicateSeed = (baseSeed: number, r: number): number => (baseSeed + r) % (MAX_SEED + 1);

const boundText = (b: Bound, side: 'min' | 'max', n: (x: number) => string = String): string =>
  side === 'min' ? `${b.inclusive ? '≥' : '>'} ${n(b.value)}` : `${b.inclusive ? '≤' : '<'} ${n(b.value)}`;

/** What is wrong with a parameter override, as data, so that a view can say it in its own language. */
export type ParameterCheck =
  | { readonly kind: 'notParameter'; readonly groups: readonly string[] }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'notFinite' }
  | { readonly kind: 'belowMin'; readonly bound: Bound }
  | { readonly kind: 'aboveMax'; readonly bound: Bound };

const GROUPS: readonly string[] = PARAMETER_GROUPS;

/**
 * What is wrong with setting `path` to `value`, judged by the parameter catalogue alone (before any scenario):
 * the path must name a parameter, a number must lie within the field's bounds. Null if nothing is.
 */
export function checkParameter(path: string, value: unknown): ParameterCheck | null {
  const group = path.split('.')[0] as string;
  if (!GROUPS.includes(group)) return { kind: 'notParameter', groups: GROUPS };
  if (nodesAt(path).length === 0) return { kind: 'unknown' };
  const entry = entryAt(path);
  if (typeof value === 'number' && entry) {
    if (!Number.isFinite(value)) return { kind: 'notFinite' };
    const { min, max } = entry;
    if (min && (value < min.value || (!min.inclusive && value === min.value))) return { kind: 'belowMin', bound: min };
    if (max && (value > max.value || (!max.inclusive && value === max.value))) return { kind: 'aboveMax', bound: max };
  }
  return null;
}

/** checkParameter's finding in words, German and English. */
export function parameterProblemText(path: string, value: unknown): Text | null {
  const c = checkParameter(path, value);
  if (!c) return null;
  const v = String(value);
  const de = typeof value === 'number' ? deNumber(value) : v;
  switch (c.kind) {
    case 'notParameter':
      return {
        de: `„${path}“ ist kein Parameter; Parameter beginnen mit einem von ${c.groups.join(', ')}`,
        en: `"${path}" is not a parameter; parameters start with one of ${c.groups.join(', ')}`,
      };
    case 'unknown':
      return { de: `den Parameter „${path}“ gibt es nicht`, en: `no parameter "${path}"` };
    case 'notFinite':
      return { de: `${de} ist keine endliche Zahl`, en: `${v} is not a finite number` };
    case 'belowMin':
    case 'aboveMax': {
      const side = c.kind === 'belowMin' ? 'min' : 'max';
      return {
        de: `${de} liegt außerhalb des zulässigen Bereichs: muss ${boundText(c.bound, side, deNumber)} sein`,
        en: `${v} is out of range: must be ${boundText(c.bound, side)}`,
      };
    }
  }
}

/** checkParameter's finding in words (English, as the command line reports it). */
export function parameterProblem(path: string, value: unknown): string | null {
  return parameterProblemText(path, value)?.en ?? null;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

/**
 * Sets the override in a copy of a scenario's JSON form, in place. Every step of the path must exist in the scenario
 * (a distribution's `mean` exists only if the scenario's distribution has one); only an open record may gain an entry.
 */
function applyOverride(raw: Record<string, unknown>, o: ParameterOverride): Text | null {
  const keys = o.path.split('.');
  let target: Record<string, unknown> = raw;
  for (let i = 0; i < keys.length - 1; i++) {
    const k = keys[i] as string;
    const next = Object.hasOwn(target, k) ? target[k] : undefined;
    if (!isObject(next)) {
      const missing = keys.slice(0, i + 1).join('.');
      return { de: `das Szenario hat kein „${missing}“`, en: `the scenario has no "${missing}"` };
    }
    target = next;
  }
  const leaf = keys[keys.length - 1] as string;
  const parent = keys.slice(0, -1).join('.');
  if (!Object.hasOwn(target, leaf) && !isOpenRecord(parent)) {
    const has = Object.keys(target).join(', ');
    return { de: `„${parent}“ hat in diesem Szenario kein Feld „${leaf}“ (vorhanden: ${has})`, en: `"${parent}" of this scenario has no field "${leaf}" (it has: ${has})` };
  }
  Object.defineProperty(target, leaf, { value: o.value, writable: true, enumerable: true, configurable: true });
  return null;
}

/**
 * The scenario a setup runs: its procurement strategy and parameter overrides applied to a copy, loaded again so that
 * the schema checks the result and fills in what depends on it. Policies for land and kreis stay run options.
 */
export function setupScenario(
  scenario: Scenario,
  setup: Setup,
  catalogue: PolicyCatalogue = policyCatalogue(),
  index = 0,
): { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly issues: readonly SetupIssue[] } {
  const issues: SetupIssue[] = [];
  const known = (field: 'landPolicy' | 'kreisPolicy' | 'procurement', ids: ReadonlyMap<string, unknown>) => {
    const id = setup[field];
    if (id !== undefined && !ids.has(id)) {
      const known = [...ids.keys()].join(', ');
      issues.push(setupIssue(index, field, id, { de: `unbekannte Politik „${id}“; bekannt sind: ${known}`, en: `unknown policy "${id}"; known: ${known}` }));
    }
  };
  known('landPolicy', catalogue.land);
  known('kreisPolicy', catalogue.kreis);
  known('procurement', catalogue.procurement);
  for (const o of setup.params ?? []) {
    const problem = parameterProblemText(o.path, o.value);
    if (problem) issues.push(setupIssue(index, 'params', o.path, problem));
  }
  if (issues.length > 0) return { ok: false, issues };

  const raw = JSON.parse(JSON.stringify(scenario)) as Record<string, unknown>;
  const overrides = [...(setup.procurement !== undefined ? [{ path: 'procurement.strategy', value: setup.procurement }] : []), ...(setup.params ?? [])];
  for (const o of overrides) {
    const problem = applyOverride(raw, o);
    if (problem) issues.push(setupIssue(index, o.path === 'procurement.strategy' && setup.procurement !== undefined ? 'procurement' : 'params', o.path, problem));
  }
  if (issues.length > 0) return { ok: false, issues };
  if (overrides.length === 0) return { ok: true, scenario };
  const loaded = loadScenario(raw, catalogue);
  if (!loaded.ok) {
    // Blame the override whose path the issue lies on (or below); else the first one.
    const blame = (path: string) => overrides.find((o) => path === o.path || path.startsWith(`${o.path}.`) || path.startsWith(`${o.path}[`)) ?? overrides[0]!;
    return {
      ok: false,
      issues: loaded.issues.map((i) =>
        setupIssue(index, 'params', blame(i.path).path, { de: `${i.path || '(Szenario)'}: ${i.text.de}`, en: `${i.path || '(scenario)'}: ${i.text.en}` }),
      ),
    };
  }
  return { ok: true, scenario: loaded.scenario };
}

/** Checks the setups and defines the runs: `runs` replicates, each on its own seed, every setup on the same seeds. */
export function planComparison(scenario: Scenario, setups: readonly Setup[], options: PlanOptions): PlanResult {
  const catalogue = policyCatalogue(options.policies);
  const issues: SetupIssue[] = [];
  const baseSeed = options.baseSeed ?? scenario.seed;
  if (!Number.isInteger(options.runs) || options.runs < 1) {
    issues.push(setupIssue(-1, 'runs', String(options.runs), { de: 'muss eine ganze Zahl ≥ 1 sein', en: 'must be a whole number ≥ 1' }));
  }
  if (!Number.isInteger(baseSeed) || baseSeed < 0 || baseSeed > MAX_SEED) {
    issues.push(setupIssue(-1, 'baseSeed', String(baseSeed), { de: `muss eine ganze Zahl von 0 bis ${MAX_SEED} sein`, en: `must be a whole number from 0 to ${MAX_SEED}` }));
  }
  if (setups.length === 0) issues.push(setupIssue(-1, 'params', '', { de: 'mindestens eine Variante ist nötig', en: 'at least one setup is needed' }));
  const prepared: Scenario[] = [];
  setups.forEach((s, i) => {
    const r = setupScenario(scenario, s, catalogue, i);
    if (r.ok) prepared.push(r.scenario);
    else issues.push(...r.issues);
  });
  if (issues.length > 0) return { ok: false, issues };
  const seeds = Array.from({ length: options.runs }, (_, r) => replicateSeed(baseSeed, r));
  const tasks: RunTask[] = [];
  for (let r = 0; r < options.runs; r++) {
    for (let s = 0; s < setups.length; s++) tasks.push({ index: tasks.length, setup: s, replicate: r, seed: seeds[r] as number });
  }
  return {
    ok: true,
    plan: { scenario, scenarioHash: scenarioHash(scenario), engineVersion: ENGINE_VERSION, setups, prepared, runs: options.runs, baseSeed, seeds, tasks },
  };
}

/**
 * The values of a sweep from `from` to `to` (inclusive, when a step lands on it) in steps of `step`; a step of the
 * wrong sign or zero gives no values. Values are rounded to 12 significant digits so that 0.1 steps stay readable.
 */
export function sweepValues(from: number, to: number, step: number): number[] {
  if (!(step !== 0 && Number.isFinite(step)) || Math.sign(to - from) * Math.sign(step) < 0) return [];
  const n = Math.floor((to - from) / step + 1e-9);
  return Array.from({ length: n + 1 }, (_, i) => Number((from + i * step).toPrecision(12)));
}
