/** Loads a scenario from JSON text or an object: schema validation plus checks against the region, policies and events. */
import { policyCatalogue, type PolicyCatalogue } from '../policies/registry.ts';
import { applyEvent, formatPath, parametersOf, policyIssues, regionOf, ScenarioError, type ScenarioIssue } from './resolve.ts';
import { scenarioSchema, type Scenario } from './schema.ts';

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
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
  }
  const scenario = parsed.data;
  const issues = crossCheck(scenario, catalogue);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, scenario };
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
  for (const ags of Object.keys(s.exits.kreisFactor)) {
    if (!kreise.has(ags)) issues.push({ path: `exits.kreisFactor.${ags}`, message: `no Kreis with AGS "${ags}"` });
  }
  for (const id of Object.keys(s.accommodation.units)) {
    const problem = isUnit(id);
    if (problem) issues.push({ path: `accommodation.units.${id}`, message: problem });
  }
  issues.push(...policyIssues(parametersOf(s), catalogue, 'policies'));

  // Events: units must exist; parameter changes must apply cleanly, in date order.
  const params = parametersOf(s);
  const order = s.events.map((e, i) => ({ e, i })).sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i));
  for (const { e, i } of order) {
    e.capacity?.forEach((c, j) => {
      const problem = siteIds.has(c.unit) ? null : isUnit(c.unit);
      if (problem) issues.push({ path: `events[${i}].capacity[${j}].unit`, message: problem });
    });
    try {
      applyEvent(params, e, i);
      issues.push(...policyIssues(params, catalogue, `events[${i}].set → policies`));
    } catch (err) {
      if (err instanceof ScenarioError) issues.push(...err.issues);
      else throw err;
    }
  }
  return issues;
}
