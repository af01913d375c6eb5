/**
 * The scenario's dated events resolved once into a timeline — the day each takes effect, the parameters it sets and
 * those in force after it, its capacity changes and label — together with every problem an event has.
 */
import { daysBetween } from '../dates.ts';
import type { PolicyCatalogue } from '../policies/registry.ts';
import { isOpenRecord, startOnlyPaths } from './catalogue.ts';
import { formatPath, policyIssues, ScenarioError, scenarioIssue, zodIssueText, type ScenarioIssue } from './issues.ts';
import { PROTOTYPE_KEYS } from './limits.ts';
import type { Text } from './meta.ts';
import { parametersSchema, type Parameters, type Scenario, type ScenarioEvent } from './schema.ts';

export type CapacityChange = NonNullable<ScenarioEvent['capacity']>[number];

/** One parameter an event sets: a dotted path into the parameters and its new value. */
export interface ParameterChange {
  readonly path: string;
  readonly value: unknown;
}

/** One event of the timeline. */
export interface TimelineStep {
  /** Position of the event in the scenario's `events`. */
  readonly index: number;
  readonly date: string;
  /** Day of the run on which it takes effect: days after `period.start`, 0 for events dated on or before the start. */
  readonly day: number;
  readonly label: Text;
  readonly source: string | undefined;
  /** The parameter patch, in the order of the file. */
  readonly set: readonly ParameterChange[];
  readonly capacity: readonly CapacityChange[];
  /** The parameters in force from this event on: the earlier ones with the patch applied, defaults filled in, checked. */
  readonly params: Parameters;
}

export interface Timeline {
  /** The events that apply cleanly, in the order they take effect. */
  readonly steps: readonly TimelineStep[];
  /** Problems of the events: per event in that order, then unknown policies the events switch to. */
  readonly issues: readonly ScenarioIssue[];
}

export interface TimelineChecks {
  /** What is wrong with a unit an event changes places of, or null; the loader knows the region and the sites. */
  readonly unitProblem?: (id: string) => Text | null;
}

/** Events in date order (same dates in file order), with their index in the file. */
export function eventsByDate(events: readonly ScenarioEvent[]): { e: ScenarioEvent; i: number }[] {
  return events.map((e, i) => ({ e, i })).sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i));
}

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const noParameter = (path: string): Text => ({ de: `den Parameter „${path}“ gibt es nicht`, en: `no parameter "${path}"` });

/**
 * Applies an event's parameter changes in place: each dotted path must name an existing field;
 * the changed parameters must still satisfy the schema. Throws ScenarioError naming the event and path.
 */
export function applyEvent(params: Parameters, event: ScenarioEvent, index: number): void {
  const added: { path: string; where: string }[] = [];
  for (const [path, value] of Object.entries(event.set ?? {})) {
    const where = `events[${index}].set["${path}"]`;
    const keys = path.split('.');
    const inherited = keys.find((k) => PROTOTYPE_KEYS.includes(k));
    if (inherited !== undefined) {
      throw new ScenarioError([
        scenarioIssue(where, {
          de: `den Parameter „${path}“ gibt es nicht: „${inherited}“ ist ein Name, den jedes JavaScript-Objekt hat`,
          en: `no parameter "${path}": "${inherited}" is a name every JavaScript object has`,
        }),
      ]);
    }
    let target: Record<string, unknown> = params as unknown as Record<string, unknown>;
    for (let i = 0; i < keys.length - 1; i++) {
      // Own keys only: "__proto__" or "constructor" must not lead to what every object inherits.
      const next = Object.hasOwn(target, keys[i] as string) ? target[keys[i] as string] : undefined;
      if (next === null || typeof next !== 'object') {
        throw new ScenarioError([scenarioIssue(where, noParameter(keys.slice(0, i + 1).join('.')))]);
      }
      target = next as Record<string, unknown>;
    }
    const leaf = keys[keys.length - 1] as string;
    // An absent key may be an optional parameter or an entry of an open record; the strict schema decides below.
    if (!Object.hasOwn(target, leaf)) added.push({ path, where });
    // Defined, not assigned: a leaf named "__proto__" becomes a key the strict schema refuses, not a new prototype.
    Object.defineProperty(target, leaf, { value: copy(value), writable: true, enumerable: true, configurable: true });
  }
  const check = parametersSchema.safeParse(params, { reportInput: true });
  if (!check.success) {
    const unknown = check.error.issues.some((i) => i.code === 'unrecognized_keys');
    const culprit = unknown ? added.find((a) => !isOpenRecord(a.path.split('.').slice(0, -1).join('.'))) : undefined;
    if (culprit) throw new ScenarioError([scenarioIssue(culprit.where, noParameter(culprit.path))]);
    throw new ScenarioError(check.error.issues.map((i) => scenarioIssue(`events[${index}] → ${formatPath(i.path)}`, zodIssueText(i))));
  }
  // Keep defaults the schema fills in (e.g. a new period list) in the live object.
  Object.assign(params, check.data);
}

/** Puts the parameters of a timeline step in force (in place, as the run holds them). */
export function applyStep(params: Parameters, step: TimelineStep): void {
  Object.assign(params, copy(step.params));
}

type Applied = { readonly ok: true; readonly params: Parameters } | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

/**
 * A copy of the parameters for `applyEvent`: new objects along the event's set paths, the only ones it changes in
 * place; the rest is shared, since the schema check then puts freshly parsed values in every group of the copy.
 * (A full copy per event was a noticeable part of every run.)
 */
function copyForEvent(params: Parameters, event: ScenarioEvent): Parameters {
  const root: Record<string, unknown> = { ...params };
  for (const path of Object.keys(event.set ?? {})) {
    const keys = path.split('.');
    // applyEvent refuses such a path before it changes anything.
    if (keys.some((k) => PROTOTYPE_KEYS.includes(k))) continue;
    let target = root;
    for (let i = 0; i < keys.length - 1; i++) {
      const key = keys[i] as string;
      const next = Object.hasOwn(target, key) ? target[key] : undefined;
      if (next === null || typeof next !== 'object') break;
      const own: Record<string, unknown> = Array.isArray(next) ? [...(next as unknown[])] as unknown as Record<string, unknown> : { ...next };
      target[key] = own;
      target = own;
    }
  }
  return root as unknown as Parameters;
}

/** The parameters after the event, on a copy: a rejected event leaves them as they were for the events after it. */
function afterEvent(params: Parameters, event: ScenarioEvent, index: number): Applied {
  const trial = copyForEvent(params, event);
  try {
    applyEvent(trial, event, index);
    return { ok: true, params: trial };
  } catch (err) {
    if (err instanceof ScenarioError) return { ok: false, issues: err.issues };
    throw err;
  }
}

/** Set paths that touch a field read only at the start, also by replacing a whole group that holds one (e.g. "accommodation"). */
let fixedPathsOnce: readonly string[] | undefined;

function startOnlyIssues(event: ScenarioEvent, index: number): ScenarioIssue[] {
  // Read from the schema, so the same for every event of every scenario.
  const fixedPaths = (fixedPathsOnce ??= startOnlyPaths());
  const issues: ScenarioIssue[] = [];
  for (const path of Object.keys(event.set ?? {})) {
    const fixed = fixedPaths.find((p) => path === p || path.startsWith(`${p}.`) || p.startsWith(`${path}.`));
    if (fixed) {
      issues.push(
        scenarioIssue(`events[${index}].set["${path}"]`, {
          de: `${fixed} wird nur zu Beginn des Laufs gelesen; Plätze ändern Sie stattdessen mit der Liste „capacity“ eines Ereignisses`,
          en: `${fixed} is read only when the run starts; change places with an event's "capacity" list instead`,
        }),
      );
    }
  }
  return issues;
}

const touchesPolicies = (event: ScenarioEvent): boolean =>
  Object.keys(event.set ?? {}).some((p) => p === 'policies' || p.startsWith('policies.') || p.startsWith('procurement'));

/**
 * Resolves the events of a scenario, in date order, on top of the given parameters. Each event is checked: no set
 * path under a start-only field, known capacity units (with `checks.unitProblem`), every path a parameter and the
 * changed parameters valid, and the policy ids it switches to known. An unknown policy is blamed on the event that
 * sets it only: the policy check goes on from the parameters as they were before such an event.
 */
export function resolveTimeline(
  scenario: Pick<Scenario, 'period' | 'events'>,
  base: Parameters,
  catalogue: PolicyCatalogue,
  checks: TimelineChecks = {},
): Timeline {
  const steps: TimelineStep[] = [];
  const issues: ScenarioIssue[] = [];
  const policyProblems: ScenarioIssue[] = [];
  const known = new Set(policyIssues(base, catalogue, '').map((x) => x.message));
  let params = copy(base);
  let policyParams = params;
  for (const { e, i } of eventsByDate(scenario.events)) {
    issues.push(...startOnlyIssues(e, i));
    const { unitProblem } = checks;
    if (unitProblem) {
      e.capacity?.forEach((c, j) => {
        const problem = unitProblem(c.unit);
        if (problem) issues.push(scenarioIssue(`events[${i}].capacity[${j}].unit`, problem));
      });
    }
    const before = params;
    const result = afterEvent(params, e, i);
    if (result.ok) {
      params = result.params;
      steps.push({
        index: i,
        date: e.date,
        day: Math.max(0, daysBetween(scenario.period.start, e.date)),
        label: e.label,
        source: e.source,
        set: Object.entries(e.set ?? {}).map(([path, value]) => ({ path, value })),
        capacity: e.capacity ?? [],
        params,
      });
    } else {
      issues.push(...result.issues);
    }
    const forPolicies = policyParams === before ? result : afterEvent(policyParams, e, i);
    if (!forPolicies.ok) continue;
    const problems = touchesPolicies(e) ? policyIssues(forPolicies.params, catalogue, `events[${i}].set`).filter((x) => !known.has(x.message)) : [];
    policyProblems.push(...problems);
    if (problems.length === 0) policyParams = forPolicies.params;
  }
  return { steps, issues: [...issues, ...policyProblems] };
}
