/** Problems with a scenario, each located by the path of its field, and the check that the policies it names exist. */
import type { PolicyCatalogue } from '../policies/registry.ts';
import type { Parameters } from './schema.ts';

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

/** Policy and strategy ids in the parameters that the catalogue does not know, located below `at`. */
export function policyIssues(params: Parameters, catalogue: PolicyCatalogue, at: string): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const list = (m: ReadonlyMap<string, unknown>) => [...m.keys()].join(', ');
  if (!catalogue.land.has(params.policies.land)) {
    issues.push({ path: at === 'policies' ? 'policies.land' : `${at}.policies.land`, message: `unknown Land policy "${params.policies.land}" (known: ${list(catalogue.land)})` });
  }
  if (!catalogue.kreis.has(params.policies.kreis)) {
    issues.push({ path: at === 'policies' ? 'policies.kreis' : `${at}.policies.kreis`, message: `unknown Kreis policy "${params.policies.kreis}" (known: ${list(catalogue.kreis)})` });
  }
  for (const [ags, id] of Object.entries(params.policies.kreisByKreis)) {
    if (!catalogue.kreis.has(id)) {
      issues.push({
        path: `${at === 'policies' ? 'policies' : `${at}.policies`}.kreisByKreis.${ags}`,
        message: `unknown Kreis policy "${id}" (known: ${list(catalogue.kreis)})`,
      });
    }
  }
  if (!catalogue.procurement.has(params.procurement.strategy)) {
    issues.push({
      path: at === 'policies' ? 'procurement.strategy' : `${at}.procurement.strategy`,
      message: `unknown procurement strategy "${params.procurement.strategy}" (known: ${list(catalogue.procurement)})`,
    });
  }
  return issues;
}
