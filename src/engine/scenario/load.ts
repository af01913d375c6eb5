/** Loads a scenario from JSON text or an object: schema validation plus checks against the region, policies and events. */
import { daysBetween, daysInMonth, toEpochDay } from '../dates.ts';
import { policyCatalogue, type PolicyCatalogue } from '../policies/registry.ts';
import { formatPath, policyIssues, type ScenarioIssue } from './issues.ts';
import { parametersOf, regionOf } from './resolve.ts';
import { scenarioSchema, type ArrivalSeries, type Parameters, type Scenario } from './schema.ts';
import { resolveTimeline, type TimelineStep } from './timeline.ts';

export type LoadResult = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

/** Largest seed: the random generator takes the seed as an unsigned 32-bit integer, so a larger one would repeat a smaller one. */
export const MAX_SEED = 4_294_967_295;

/** Largest scenario file the command line and the app read, in bytes (20 MB; the largest built-in scenario is far below 1 MB). */
export const MAX_SCENARIO_BYTES = 20 * 1024 * 1024;

/** Deepest nesting of objects and arrays in a scenario; the format needs fewer than ten levels. */
export const MAX_SCENARIO_DEPTH = 64;

/**
 * First, coarse limits of what one run can hold in memory, checked before it starts. Beyond them a run would exhaust
 * the memory of the page or the process instead of failing with a message.
 */
export const RUN_LIMITS = {
  /** Persons entering a run: arrivals over the whole period plus the initial stock (households are stored one by one). */
  persons: 10_000_000,
  /** Days × units: every daily series holds one value per unit and day (Hessen for 30 years is about 4.9 million). */
  unitDays: 5_000_000,
  /** Units of the run (Land, sites, Kreise, Gemeinden): a household's unit is stored in 16 bits. */
  units: 32_767,
  /** Inhabitants of one Kreis or Gemeinde. */
  population: 100_000_000,
  /** Events: each holds its own copy of the parameters in force after it. */
  events: 10_000,
} as const;

/** JSON text of a scenario, parsed: or why it cannot be. */
export type ScenarioJson =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: 'syntax'; readonly detail: string }
  | { readonly ok: false; readonly problem: 'depth' };

/**
 * Parses the text of a scenario file, the one rule for the command line and the app: a leading UTF-8 byte order mark
 * is dropped, the rest must be JSON nested at most MAX_SCENARIO_DEPTH levels deep.
 */
export function parseScenarioJson(text: string): ScenarioJson {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body) as unknown;
  } catch (e) {
    return { ok: false, problem: 'syntax', detail: e instanceof Error ? e.message : String(e) };
  }
  return nestedTooDeep(value) ? { ok: false, problem: 'depth' } : { ok: true, value };
}

/** Whether objects and arrays nest deeper than MAX_SCENARIO_DEPTH; walks with its own stack, so depth cannot overflow it. */
function nestedTooDeep(value: unknown): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [v, depth] = top;
    if (v === null || typeof v !== 'object') continue;
    if (depth > MAX_SCENARIO_DEPTH) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

const DEPTH_ISSUE: ScenarioIssue = { path: '', message: `nested more than ${MAX_SCENARIO_DEPTH} levels deep` };

/**
 * Validates a scenario. Every problem is reported with the path of the field and what is wrong;
 * nothing is thrown for bad input.
 */
export function loadScenario(input: unknown, catalogue: PolicyCatalogue = policyCatalogue()): LoadResult {
  let raw = input;
  if (typeof input === 'string') {
    const json = parseScenarioJson(input);
    if (!json.ok) {
      return { ok: false, issues: [json.problem === 'depth' ? DEPTH_ISSUE : { path: '', message: `not valid JSON: ${json.detail}` }] };
    }
    raw = json.value;
  } else if (nestedTooDeep(input)) {
    return { ok: false, issues: [DEPTH_ISSUE] };
  }
  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.flatMap((i) => explain(i, [])) };
  const scenario = parsed.data;
  const issues = crossCheck(scenario, catalogue);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, scenario };
}

interface ZodIssueLike {
  readonly code?: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly errors?: readonly (readonly ZodIssueLike[])[];
}

/**
 * One issue → messages with full paths. A union that failed (e.g. `region`: a built-in id or an inline
 * region) reports the problems of the alternative the input was meant as, not just "invalid input".
 */
function explain(issue: ZodIssueLike, prefix: readonly PropertyKey[]): ScenarioIssue[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors && issue.errors.length > 0) {
    const meant = issue.errors.find((branch) => branch.length > 0 && !(branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0]!.path.length === 0));
    if (meant) return meant.flatMap((i) => explain(i, path));
    if (formatPath(path) === 'region') {
      return [{ path: 'region', message: 'must be the id of a built-in region ("hessen-2019") or an inline region object' }];
    }
  }
  return [{ path: formatPath(path), message: issue.message }];
}

function crossCheck(s: Scenario, catalogue: PolicyCatalogue): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const region = regionOf(s);
  if (!region) return [{ path: 'region', message: `unknown region "${String(s.region)}" (built in: hessen-2019)` }];
  const kreise = new Set(region.kreise.map((k) => k.ags));
  const kreisfrei = new Set(region.kreise.filter((k) => k.kind === 'kreisfreie-stadt').map((k) => k.ags));
  const gemeinden = new Map(region.gemeinden.map((g) => [g.ags, g]));
  const isUnit = (id: string): string | null => {
    if (kreise.has(id)) return null;
    const g = gemeinden.get(id);
    if (!g) return `no Kreis or Gemeinde with AGS "${id}" in region ${region.id}`;
    if (kreisfrei.has(g.kreisAgs)) return `"${id}" is the Gemeinde of the kreisfreie Stadt ${g.kreisAgs}; use the Kreis AGS`;
    return null;
  };

  // Units are looked up by id in records of the scenario (quota, kreisFactor, units, …): an id such as "toString" would
  // find what every object inherits there instead of nothing.
  const inherited = (id: string, path: string) => {
    if (id in Object.prototype) issues.push({ path, message: `"${id}" is a name every JavaScript object has; choose another id` });
  };
  if (typeof s.region !== 'string') {
    region.kreise.forEach((k, i) => inherited(k.ags, `region.kreise[${i}].ags`));
    region.gemeinden.forEach((g, i) => inherited(g.ags, `region.gemeinden[${i}].ags`));
  }
  s.erstaufnahme.sites.forEach((site, i) => inherited(site.id, `erstaufnahme.sites[${i}].id`));

  const siteIds = new Set<string>();
  s.erstaufnahme.sites.forEach((site, i) => {
    if (siteIds.has(site.id)) issues.push({ path: `erstaufnahme.sites[${i}].id`, message: `duplicate site id "${site.id}"` });
    if (kreise.has(site.id) || gemeinden.has(site.id)) {
      issues.push({ path: `erstaufnahme.sites[${i}].id`, message: `"${site.id}" clashes with an AGS; choose another id` });
    }
    siteIds.add(site.id);
    if (!kreise.has(site.host) && !gemeinden.has(site.host)) {
      issues.push({ path: `erstaufnahme.sites[${i}].host`, message: `no Kreis or Gemeinde with AGS "${site.host}"` });
    }
  });
  for (const ags of Object.keys(s.policies.quota)) {
    if (!kreise.has(ags)) issues.push({ path: `policies.quota.${ags}`, message: `no Kreis with AGS "${ags}"` });
  }
  for (const ags of Object.keys(s.policies.kreisByKreis)) {
    if (!kreise.has(ags)) issues.push({ path: `policies.kreisByKreis.${ags}`, message: `no Kreis with AGS "${ags}"` });
  }
  for (const ags of Object.keys(s.arrivals.direct?.shares ?? {})) {
    if (!kreise.has(ags)) issues.push({ path: `arrivals.direct.shares.${ags}`, message: `no Kreis with AGS "${ags}"` });
  }
  for (const ags of Object.keys(s.exits.kreisFactor)) {
    if (!kreise.has(ags)) issues.push({ path: `exits.kreisFactor.${ags}`, message: `no Kreis with AGS "${ags}"` });
  }
  for (const id of Object.keys(s.accommodation.units)) {
    const problem = isUnit(id);
    if (problem) issues.push({ path: `accommodation.units.${id}`, message: problem });
  }
  issues.push(...policyIssues(parametersOf(s), catalogue, 'policies'));
  if (s.seed > MAX_SEED) issues.push({ path: 'seed', message: `must be at most ${MAX_SEED} (the random generator uses 32 bits)` });

  const size = sizeIssues(s, region);
  issues.push(...size);
  if (s.events.length > RUN_LIMITS.events) return issues;

  // Events: start-only fields, units, parameter changes and the policies they switch to, in date order.
  const unitProblem = (id: string) => (siteIds.has(id) ? null : isUnit(id));
  const timeline = resolveTimeline(s, parametersOf(s), catalogue, { unitProblem });
  issues.push(...timeline.issues);
  if (size.length === 0) issues.push(...personIssues(s, region, timeline.steps));
  return issues;
}

const count = (n: number): string => Math.round(n).toLocaleString('en-GB');

/** What a run of this scenario would hold beyond RUN_LIMITS: inhabitants, units, days × units, events. */
function sizeIssues(s: Scenario, region: NonNullable<ReturnType<typeof regionOf>>): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const inline = typeof s.region !== 'string';
  const population = (list: readonly { population: number }[], at: string) =>
    list.forEach((r, i) => {
      if (r.population > RUN_LIMITS.population) {
        issues.push({ path: `region.${at}[${i}].population`, message: `${count(r.population)} inhabitants; at most ${count(RUN_LIMITS.population)}` });
      }
    });
  if (inline) {
    population(region.kreise, 'kreise');
    population(region.gemeinden, 'gemeinden');
  }
  const units = 1 + s.erstaufnahme.sites.length + region.kreise.length + region.gemeinden.length;
  if (units > RUN_LIMITS.units) {
    issues.push({
      path: inline ? 'region.gemeinden' : 'erstaufnahme.sites',
      message: `the run would have ${count(units)} units (Land, sites, Kreise, Gemeinden); at most ${count(RUN_LIMITS.units)}`,
    });
  }
  const days = daysBetween(s.period.start, s.period.end) + 1;
  if (days * units > RUN_LIMITS.unitDays) {
    issues.push({
      path: 'period',
      message: `${count(days)} days × ${count(units)} units are more daily values than a run can hold (at most ${count(RUN_LIMITS.unitDays)}, e.g. ${count(RUN_LIMITS.unitDays / units)} days for this region)`,
    });
  }
  if (s.events.length > RUN_LIMITS.events) issues.push({ path: 'events', message: `${count(s.events.length)} events; at most ${count(RUN_LIMITS.events)}` });
  return issues;
}

/** Expected persons from an arrival series on the days [from, to) of the run. */
function personsIn(series: ArrivalSeries, start: string, from: number, to: number): number {
  if (to <= from) return 0;
  if (series.kind === 'rate') return series.perDay * (to - from);
  if (series.kind === 'daily') return series.values.slice(from, to).reduce((a, b) => a + b, 0);
  const day0 = toEpochDay(start);
  let total = 0;
  for (const [month, persons] of Object.entries(series.values)) {
    const first = toEpochDay(`${month}-01`) - day0;
    const length = daysInMonth(month);
    const overlap = Math.min(to, first + length) - Math.max(from, first);
    if (overlap > 0) total += (persons * overlap) / length;
  }
  return total;
}

/**
 * Persons who would enter the run — arrivals over the period with the changes of the events, direct admissions and
 * the initial stock — against RUN_LIMITS.persons; the issue names the largest share.
 */
function personIssues(s: Scenario, region: NonNullable<ReturnType<typeof regionOf>>, steps: readonly TimelineStep[]): ScenarioIssue[] {
  const days = daysBetween(s.period.start, s.period.end) + 1;
  const segments: { params: Parameters; from: number; to: number }[] = [];
  let params = parametersOf(s);
  let from = 0;
  for (const step of steps) {
    const at = Math.min(step.day, days);
    segments.push({ params, from, to: at });
    params = step.params;
    from = at;
  }
  segments.push({ params, from, to: days });
  const sum = (part: (p: Parameters, from: number, to: number) => number) => segments.reduce((a, g) => a + part(g.params, g.from, g.to), 0);
  const lag = sum((p, a, b) => personsIn(p.arrivals.series, s.period.start, a, b));
  const direct = sum((p, a, b) => (p.arrivals.direct ? personsIn(p.arrivals.direct.series, s.period.start, a, b) : 0));
  const inhabitants = region.kreise.reduce((a, k) => a + k.population, 0);
  const parts: { path: string; persons: number }[] = [
    { path: s.arrivals.series.kind === 'rate' ? 'arrivals.series.perDay' : 'arrivals.series.values', persons: lag },
    { path: s.arrivals.direct?.series.kind === 'rate' ? 'arrivals.direct.series.perDay' : 'arrivals.direct.series.values', persons: direct },
    { path: 'accommodation.initialPerThousand', persons: (s.accommodation.initialPerThousand * inhabitants) / 1000 },
    { path: 'accommodation.initialErstaufnahme', persons: s.accommodation.initialErstaufnahme },
  ];
  const total = parts.reduce((a, p) => a + p.persons, 0);
  if (!(total > RUN_LIMITS.persons)) return [];
  const largest = parts.reduce((a, p) => (p.persons > a.persons ? p : a));
  const detail = parts.filter((p) => p.persons >= 0.5).map((p) => `${p.path} ${count(p.persons)}`).join(', ');
  return [
    {
      path: largest.path,
      message: `${count(total)} persons would enter the run (${detail}); a run holds at most ${count(RUN_LIMITS.persons)}`,
    },
  ];
}
