/** Turns a validated scenario into what a run needs: its region and a private copy of the live parameters. */
import { getBuiltinRegion } from '../data/regions.ts';
import type { RegionData } from '../data/types.ts';
import type { PolicyCatalogue } from '../policies/registry.ts';
import { parametersSchema, type InlineRegion, type Parameters, type Scenario, type ScenarioEvent } from './schema.ts';

/** A problem with a scenario, located by the path of the field (e.g. `erstaufnahme.sites[0].host`). */
export interface ScenarioIssue {
  readonly path: string;
  readonly message: string;
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

export function regionFromInline(r: InlineRegion): RegionData {
  return {
    id: r.id,
    name: r.name,
    stand: '',
    kreise: r.kreise.map((k) => ({ ...k })),
    gemeinden: r.gemeinden.map((g) => ({ ...g })),
    attribution: [],
  };
}

export function regionOf(scenario: Pick<Scenario, 'region'>): RegionData | undefined {
  return typeof scenario.region === 'string' ? getBuiltinRegion(scenario.region) : regionFromInline(scenario.region);
}

const PARAMETER_KEYS = Object.keys(parametersSchema.shape) as (keyof Parameters)[];

export function parametersOf(scenario: Scenario): Parameters {
  const p = Object.fromEntries(PARAMETER_KEYS.map((k) => [k, scenario[k]]));
  return JSON.parse(JSON.stringify(p)) as Parameters;
}

/**
 * Region and live parameters for a run. Throws ScenarioError for a region or policy the run cannot use
 * (the loader reports these earlier with their paths; this guards direct calls).
 */
export function resolveScenario(
  scenario: Scenario,
  catalogue: PolicyCatalogue,
  overrides: { landPolicy?: string | undefined; kreisPolicy?: string | undefined },
): { region: RegionData; params: Parameters } {
  const region = regionOf(scenario);
  const issues: ScenarioIssue[] = [];
  if (!region) issues.push({ path: 'region', message: `unknown region "${String(scenario.region)}"` });
  const params = parametersOf(scenario);
  if (overrides.landPolicy) params.policies.land = overrides.landPolicy;
  if (overrides.kreisPolicy) params.policies.kreis = overrides.kreisPolicy;
  issues.push(...policyIssues(params, catalogue, 'policies'));
  issues.push(...eventPolicyIssues(params, scenario.events, catalogue));
  if (issues.length > 0 || !region) throw new ScenarioError(issues);
  return { region, params };
}

export function policyIssues(params: Parameters, catalogue: PolicyCatalogue, at: string): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const list = (o: object) => Object.keys(o).join(', ');
  if (!catalogue.land[params.policies.land]) {
    issues.push({ path: at === 'policies' ? 'policies.land' : `${at}.policies.land`, message: `unknown Land policy "${params.policies.land}" (known: ${list(catalogue.land)})` });
  }
  if (!catalogue.kreis[params.policies.kreis]) {
    issues.push({ path: at === 'policies' ? 'policies.kreis' : `${at}.policies.kreis`, message: `unknown Kreis policy "${params.policies.kreis}" (known: ${list(catalogue.kreis)})` });
  }
  for (const [ags, id] of Object.entries(params.policies.kreisByKreis)) {
    if (!catalogue.kreis[id]) {
      issues.push({
        path: `${at === 'policies' ? 'policies' : `${at}.policies`}.kreisByKreis.${ags}`,
        message: `unknown Kreis policy "${id}" (known: ${list(catalogue.kreis)})`,
      });
    }
  }
  if (!catalogue.procurement[params.procurement.strategy]) {
    issues.push({
      path: at === 'policies' ? 'procurement.strategy' : `${at}.procurement.strategy`,
      message: `unknown procurement strategy "${params.procurement.strategy}" (known: ${list(catalogue.procurement)})`,
    });
  }
  return issues;
}

/** Events in date order (same dates in file order), with their index in the file. */
export function eventsByDate(events: readonly ScenarioEvent[]): { e: ScenarioEvent; i: number }[] {
  return events.map((e, i) => ({ e, i })).sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i));
}

/**
 * Unknown policy ids that dated events would switch to, each reported at its event (a bad id already in the
 * parameters themselves is left to `policyIssues`). Events that do not apply cleanly are skipped here.
 */
export function eventPolicyIssues(base: Parameters, events: readonly ScenarioEvent[], catalogue: PolicyCatalogue): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const known = new Set(policyIssues(base, catalogue, '').map((x) => x.message));
  let params = JSON.parse(JSON.stringify(base)) as Parameters;
  for (const { e, i } of eventsByDate(events)) {
    // Applied to a copy: a rejected event leaves the parameters as they were for the events after it.
    const trial = JSON.parse(JSON.stringify(params)) as Parameters;
    try {
      applyEvent(trial, e, i);
    } catch (err) {
      if (err instanceof ScenarioError) continue;
      throw err;
    }
    const touchesPolicies = Object.keys(e.set ?? {}).some((p) => p === 'policies' || p.startsWith('policies.') || p.startsWith('procurement'));
    const problems = touchesPolicies ? policyIssues(trial, catalogue, `events[${i}].set`).filter((x) => !known.has(x.message)) : [];
    issues.push(...problems);
    if (problems.length === 0) params = trial;
  }
  return issues;
}

/**
 * Applies an event's parameter changes in place: each dotted path must name an existing field;
 * the changed parameters must still satisfy the schema. Throws ScenarioError naming the event and path.
 */
export function applyEvent(params: Parameters, event: ScenarioEvent, index: number): void {
  const added: { path: string; where: string }[] = [];
  for (const [path, value] of Object.entries(event.set ?? {})) {
    const where = `events[${index}].set["${path}"]`;
    const keys = path.split('.');
    let target: Record<string, unknown> = params as unknown as Record<string, unknown>;
    for (let i = 0; i < keys.length - 1; i++) {
      const next = target[keys[i] as string];
      if (next === null || typeof next !== 'object') {
        throw new ScenarioError([{ path: where, message: `no parameter "${keys.slice(0, i + 1).join('.')}"` }]);
      }
      target = next as Record<string, unknown>;
    }
    const leaf = keys[keys.length - 1] as string;
    // An absent key may be an optional parameter or an entry of an open record; the strict schema decides below.
    if (!(leaf in target)) added.push({ path, where });
    target[leaf] = JSON.parse(JSON.stringify(value)) as unknown;
  }
  const check = parametersSchema.safeParse(params);
  if (!check.success) {
    const unknown = check.error.issues.some((i) => i.code === 'unrecognized_keys');
    const culprit = unknown ? added.find((a) => !OPEN_RECORDS.has(a.path.split('.').slice(0, -1).join('.'))) : undefined;
    if (culprit) throw new ScenarioError([{ path: culprit.where, message: `no parameter "${culprit.path}"` }]);
    throw new ScenarioError(
      check.error.issues.map((i) => ({ path: `events[${index}] → ${formatPath(i.path)}`, message: i.message })),
    );
  }
  // Keep defaults the schema fills in (e.g. a new period list) in the live object.
  Object.assign(params, check.data);
}

/** Parameter records whose keys are open (entries may be added by events). */
const OPEN_RECORDS = new Set(['policies.quota', 'policies.kreisByKreis', 'policies.params', 'exits.kreisFactor', 'accommodation.units', 'arrivals.series.values']);
