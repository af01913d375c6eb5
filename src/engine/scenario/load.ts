/** Loads a scenario from JSON text or an object: schema validation plus checks against the region, policies and events. */
import { policyCatalogue, type PolicyCatalogue } from '../policies/registry.ts';
import { formatPath, policyIssues, type ScenarioIssue } from './issues.ts';
import { parametersOf, regionOf } from './resolve.ts';
import { scenarioSchema, type Scenario } from './schema.ts';
import { resolveTimeline } from './timeline.ts';

export type LoadResult = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

/**
 * Validates a scenario. Every problem is reported with the path of the field and what is wrong;
 * nothing is thrown for bad input.
 */
export function loadScenario(input: unknown, catalogue: PolicyCatalogue = policyCatalogue()): LoadResult {
  let raw = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input) as unknown;
    } catch (e) {
      return { ok: false, issues: [{ path: '', message: `not valid JSON: ${(e as Error).message}` }] };
    }
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

  // Events: start-only fields, units, parameter changes and the policies they switch to, in date order.
  const unitProblem = (id: string) => (siteIds.has(id) ? null : isUnit(id));
  issues.push(...resolveTimeline(s, parametersOf(s), catalogue, { unitProblem }).issues);
  return issues;
}
