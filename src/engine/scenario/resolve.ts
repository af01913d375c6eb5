/** Turns a validated scenario into what a run needs: its region, a private copy of the live parameters and the timeline of its events. */
import { getBuiltinRegion } from '../data/regions.ts';
import type { RegionData } from '../data/types.ts';
import type { PolicyCatalogue } from '../policies/registry.ts';
import { policyIssues, ScenarioError, scenarioIssue, type ScenarioIssue } from './issues.ts';
import { PARAMETER_GROUPS, type InlineRegion, type Parameters, type Scenario } from './schema.ts';
import { resolveTimeline, type TimelineStep } from './timeline.ts';

export { formatPath, policyIssues, ScenarioError, scenarioIssue, type ScenarioIssue } from './issues.ts';
export { applyEvent, applyStep, eventsByDate, resolveTimeline, type Timeline, type TimelineStep } from './timeline.ts';

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

export function parametersOf(scenario: Scenario): Parameters {
  const p = Object.fromEntries(PARAMETER_GROUPS.map((k) => [k, scenario[k]]));
  return JSON.parse(JSON.stringify(p)) as Parameters;
}

/**
 * Region, live parameters and the timeline of the events for a run, the policy overrides applied first. Throws
 * ScenarioError for a region, policy or event the run cannot use (the loader reports these earlier with their
 * paths; this guards direct calls).
 */
export function resolveScenario(
  scenario: Scenario,
  catalogue: PolicyCatalogue,
  overrides: { landPolicy?: string | undefined; kreisPolicy?: string | undefined },
): { region: RegionData; params: Parameters; timeline: readonly TimelineStep[] } {
  const region = regionOf(scenario);
  const issues: ScenarioIssue[] = [];
  if (!region) issues.push(scenarioIssue('region', { de: `die Region „${String(scenario.region)}“ gibt es nicht`, en: `unknown region "${String(scenario.region)}"` }));
  const params = parametersOf(scenario);
  if (overrides.landPolicy) params.policies.land = overrides.landPolicy;
  if (overrides.kreisPolicy) params.policies.kreis = overrides.kreisPolicy;
  issues.push(...policyIssues(params, catalogue, 'policies'));
  const timeline = resolveTimeline(scenario, params, catalogue);
  issues.push(...timeline.issues);
  if (issues.length > 0 || !region) throw new ScenarioError(issues);
  return { region, params, timeline: timeline.steps };
}
