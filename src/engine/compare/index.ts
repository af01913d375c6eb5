/**
 * compareScenarios: runs setups of a scenario on common random numbers and summarises the KPIs. Split into plan,
 * portable run inputs and summary, so that a runner may execute the runs anywhere (in-process, worker threads, Web
 * Workers) and feed the outcomes back.
 */
import type { RunBudget } from '../budget.ts';
import type { PolicySet } from '../policies/registry.ts';
import { runScenarioWithExtras } from '../run.ts';
import type { DetailedOutcome } from './bands.ts';
import { runDetail } from './detail.ts';
import type { Scenario } from '../scenario/schema.ts';
import { planComparison, type ComparisonPlan, type PlanOptions, type RunTask, type Setup, type SetupIssue } from './plan.ts';
import { kpiValues, summarise, type KpiSummary, type RunOutcome } from './summary.ts';

export { fiscalMarks, kreisBand, summariseDetails, type Band, type DetailedOutcome, type DetailSummary, type FiscalMark, type SetupDetail } from './bands.ts';
export {
  detailLayout,
  detailTransferables,
  KREIS_SERIES,
  LAND_SERIES,
  runDetail,
  UNIT_FIGURES,
  WEEK_DAYS,
  type ComparisonUnit,
  type DetailLayout,
  type KreisSeries,
  type LandSeries,
  type RunDetail,
  type UnitFigure,
} from './detail.ts';
export { canonicalJson, scenarioHash } from './hash.ts';
export { checkParameter, parameterProblem, planComparison, replicateSeed, setupScenario, sweepValues } from './plan.ts';
export type { ComparisonPlan, ParameterCheck, ParameterOverride, PlanOptions, PlanResult, RunTask, Setup, SetupIssue } from './plan.ts';
export { describeSample, t95, type Interval, type Sample } from './stats.ts';
export { kpiValues, summarise, type KpiSummary, type KpiValue, type RunOutcome, type SetupKpi } from './summary.ts';

/** Everything one run needs, as plain data (structured-cloneable): hand it to any worker. */
export interface RunInput {
  readonly task: RunTask;
  /** The setup's prepared scenario. */
  readonly scenario: Scenario;
  readonly landPolicy?: string;
  readonly kreisPolicy?: string;
}

/** The input of one run of a plan. */
export function runInput(plan: ComparisonPlan, task: RunTask): RunInput {
  const setup = plan.setups[task.setup] as Setup;
  return {
    task,
    scenario: plan.prepared[task.setup] as Scenario,
    ...(setup.landPolicy !== undefined ? { landPolicy: setup.landPolicy } : {}),
    ...(setup.kreisPolicy !== undefined ? { kreisPolicy: setup.kreisPolicy } : {}),
  };
}

export interface ExecuteOptions {
  readonly policies?: PolicySet;
  readonly budget?: RunBudget;
  /** Stop at an event the household chart refuses (as `runScenario`'s `strict`). */
  readonly strict?: boolean;
}

/** Runs one input and keeps only what a comparison needs: the KPI values. */
export function executeRun(input: RunInput, options: ExecuteOptions = {}): RunOutcome {
  return outcomeOf(input, runInputScenario(input, options).result);
}

/** Runs one input and keeps the KPI values and the detail a view draws (figures per unit, series with bands). */
export function executeRunDetailed(input: RunInput, options: ExecuteOptions = {}): DetailedOutcome {
  const { result, extras } = runInputScenario(input, options);
  return { ...outcomeOf(input, result), detail: runDetail(result, extras) };
}

function runInputScenario(input: RunInput, options: ExecuteOptions) {
  return runScenarioWithExtras(input.scenario, {
    seed: input.task.seed,
    ...(input.landPolicy !== undefined ? { landPolicy: input.landPolicy } : {}),
    ...(input.kreisPolicy !== undefined ? { kreisPolicy: input.kreisPolicy } : {}),
    ...(options.policies ? { policies: options.policies } : {}),
    ...(options.budget ? { budget: options.budget } : {}),
    strict: options.strict ?? false,
  });
}

function outcomeOf(input: RunInput, result: { readonly kpis: Parameters<typeof kpiValues>[0] }): RunOutcome {
  const { index, setup, replicate, seed } = input.task;
  return { index, setup, replicate, seed, kpis: kpiValues(result.kpis) };
}

/** A short name of a setup for tables: what it sets, or "Szenario" / "scenario" when it sets nothing. */
export function setupLabel(setup: Setup): string {
  const parts = [
    ...(setup.landPolicy !== undefined ? [`land=${setup.landPolicy}`] : []),
    ...(setup.kreisPolicy !== undefined ? [`kreis=${setup.kreisPolicy}`] : []),
    ...(setup.procurement !== undefined ? [`beschaffung=${setup.procurement}`] : []),
    ...(setup.params ?? []).map((p) => `${p.path}=${typeof p.value === 'string' ? p.value : JSON.stringify(p.value)}`),
  ];
  return parts.length > 0 ? parts.join(' ') : 'Szenario';
}

export interface Comparison {
  readonly plan: ComparisonPlan;
  /** In the order of the plan's tasks. */
  readonly outcomes: readonly RunOutcome[];
  readonly kpis: readonly KpiSummary[];
}

export interface CompareOptions extends PlanOptions {
  /** Called after each run with runs done and total. */
  readonly onRun?: (done: number, total: number, outcome: RunOutcome) => void;
  /** Time budget of each run. */
  readonly budget?: RunBudget;
}

/** Thrown by compareScenarios when a setup cannot run: its issues name setup, field and value. */
export class ComparisonError extends Error {
  constructor(readonly issues: readonly SetupIssue[]) {
    super(issues.map((i) => `setup ${i.setup} ${i.field} "${i.value}": ${i.message}`).join('\n'));
    this.name = 'ComparisonError';
  }
}

/**
 * Runs every setup `runs` times in this thread, on the same seeds (common random numbers), and summarises per KPI:
 * mean, 90 % range of the runs and interval of the mean, and the paired difference to the first setup.
 */
export function compareScenarios(scenario: Scenario, setups: readonly Setup[], options: CompareOptions): Comparison {
  const planned = planComparison(scenario, setups, options);
  if (!planned.ok) throw new ComparisonError(planned.issues);
  const plan = planned.plan;
  const outcomes: RunOutcome[] = [];
  for (const task of plan.tasks) {
    const outcome = executeRun(runInput(plan, task), { ...(options.policies ? { policies: options.policies } : {}), ...(options.budget ? { budget: options.budget } : {}) });
    outcomes.push(outcome);
    options.onRun?.(outcomes.length, plan.tasks.length, outcome);
  }
  return { plan, outcomes, kpis: summarise(setups.length, outcomes) };
}
