/**
 * runScenario(scenario, options) → RunResult: the discrete-event simulation of the Hessian chain. This file only
 * orchestrates: the world (world.ts) holds the state, the steps (steps/*.ts) follow the legal chain, and households
 * move only as the compiled household chart answers (haushalt.ts).
 */
import type { AnyStateMachine } from 'xstate';
import { withBudget, type RunBudget } from './budget.ts';
import { HAUSHALT_EVENTS } from './machines/haushalt.ts';
import { compileTable } from './machines/table.ts';
import { ChartStateRecorder } from './metrics/chartStates.ts';
import { computeKpis, type KpiExtras } from './metrics/kpis.ts';
import type { LedgerEntry, RunResult } from './metrics/result.ts';
import { LEVEL_KREIS } from './model/units.ts';
import { policyCatalogue, type PolicySet } from './policies/registry.ts';
import { resolveScenario } from './scenario/resolve.ts';
import type { Scenario } from './scenario/schema.ts';
import { arrivals, takeOverStock } from './steps/ankunft.ts';
import { PolicyViews } from './steps/ansichten.ts';
import { recordDay } from './steps/aufzeichnen.ts';
import { moveOut } from './steps/auszug.ts';
import { openInitialPlaces, recordQuota, scheduleEvents, scheduleSiteTimelines, siteCapacityAt } from './steps/ereignisse.ts';
import { forward, stayEnds } from './steps/erstaufnahme.ts';
import { lageUndBeschaffung } from './steps/lage.ts';
import { expireQuota, refreshQuota } from './steps/sollIst.ts';
import { decide, depart, dulden, pauschaleEnds } from './steps/verfahren.ts';
import { zuweisungKreis } from './steps/zuweisungKreis.ts';
import { zuweisungLand } from './steps/zuweisungLand.ts';
import { relocate } from './unterbringung.ts';
import * as W from './world.ts';

export const ENGINE_VERSION = '0.2.0';

/** The arrays of a run in progress: the same layout as RunResult, valid for days before `done`. */
export type LiveView = Pick<RunResult, 'days' | 'units' | 'series' | 'byType' | 'flows' | 'quotaChanges'>;

export interface RunOptions {
  /** Overrides the scenario's seed. */
  readonly seed?: number;
  /** Override the scenario's Land → Kreis and Kreis → Gemeinde policies (ids). */
  readonly landPolicy?: string;
  readonly kreisPolicy?: string;
  /** Additional policies, usable by id in the scenario or the overrides. */
  readonly policies?: PolicySet;
  /**
   * A variant of the household chart (e.g. a law change to try out); the run obeys it as it obeys the standard
   * chart. It must accept the events of HAUSHALT_EVENTS.
   */
  readonly haushaltChart?: AnyStateMachine;
  /** Throw as soon as the engine sends a household an event its chart does not accept (naming state and event). */
  readonly strict?: boolean;
  /**
   * Called every 30 simulated days and at the end with days done, total days and a live view of the result
   * so far (series filled for days < done), so a worker can stream snapshots while the run goes on.
   */
  readonly onProgress?: (done: number, total: number, live: LiveView) => void;
  /** The longest the run may take: checked at each progress report, beyond it the run throws RunBudgetExceeded. */
  readonly budget?: RunBudget;
}

/**
 * What a household's timer means when it comes due (kinds of the household agenda). A switch rather than a table of
 * functions: each step is then called directly (hundreds of thousands of timers per run).
 */
function timerDue(w: W.World, kind: number, h: number, day: number): void {
  switch (kind) {
    case W.AG_FORWARD:
      return forward(w, h, day);
    case W.AG_ELIGIBLE:
      return stayEnds(w, h, day);
    case W.AG_DECISION:
      return decide(w, h, day);
    case W.AG_DEPART:
      return depart(w, h, day);
    case W.AG_DULDUNG:
      return dulden(w, h, day);
    case W.AG_MOVE_OUT:
      return moveOut(w, h, day);
    case W.AG_PAUSCHALE_END:
      return pauschaleEnds(w, h, day);
    default:
      throw new Error(`unknown kind ${kind} on the household agenda`);
  }
}

/** The household timers due today (a timer of a household that has left is void). */
function timersDue(w: W.World, day: number): void {
  const { agenda } = w;
  for (let e = agenda.first(day); e >= 0; e = agenda.next(e)) {
    const x = agenda.value(e);
    const h = x % 16777216;
    if ((w.hh.unit[h] as number) < 0) continue;
    timerDue(w, Math.floor(x / 16777216), h, day);
  }
  agenda.clear(day);
}

/** The phase of arrivals: the Soll/Ist window moves on, then the day's persons arrive. */
function arrivalsOfDay(w: W.World, day: number): void {
  expireQuota(w, day);
  arrivals(w, day);
}

/** What the end of a day needs besides the world. */
interface DayEnd {
  readonly w: W.World;
  readonly chartStates: ChartStateRecorder;
  readonly onProgress: RunOptions['onProgress'];
  readonly live: () => LiveView;
}

/** The end of a day: the series are written, the chart states counted, and progress reported every 30 days. */
function endOfDay({ w, chartStates, onProgress, live }: DayEnd, day: number): void {
  recordDay(w, day);
  chartStates.sample(day, w.hh.count, w.hh.state, w.hh.size);
  if (onProgress && (day % 30 === 29 || day === w.D - 1)) onProgress(day + 1, w.D, live());
}

export function runScenario(scenario: Scenario, options: RunOptions = {}): RunResult {
  return runScenarioWithExtras(scenario, options).result;
}

/** runScenario, with the run's accumulators the result does not hold (what a Kreis reimbursed each Gemeinde), for comparisons. */
export function runScenarioWithExtras(scenario: Scenario, options: RunOptions = {}): { readonly result: RunResult; readonly extras: Readonly<KpiExtras> } {
  // The budget's clock starts before the world is built.
  const onProgress = withBudget(options.onProgress, options.budget);
  const catalogue = policyCatalogue(options.policies);
  const { region, params, timeline } = resolveScenario(scenario, catalogue, { landPolicy: options.landPolicy, kreisPolicy: options.kreisPolicy });
  const seed = options.seed ?? scenario.seed;
  const w = W.createWorld({
    scenario,
    region,
    params,
    catalogue,
    seed,
    strict: options.strict ?? false,
    ...(options.haushaltChart ? { table: compileTable(options.haushaltChart, HAUSHALT_EVENTS) } : {}),
  });
  refreshQuota(w);
  recordQuota(w, 0);
  /** The policies in force when the run starts (events may switch them later; the log says when). */
  const startPolicies = { land: params.policies.land, kreis: params.policies.kreis };
  const units = w.tree.infos.map((info, u) => {
    const l = w.tree.level[u];
    if (l === LEVEL_KREIS) return { ...info, quota: w.quota[w.tree.kreisOf[u] as number] as number };
    return w.gemeindeQuota[u] ? { ...info, quota: w.gemeindeQuota[u] as number } : info;
  });
  const live = (): LiveView => ({
    days: w.days,
    units,
    series: w.recorder.series,
    byType: { units: w.aggUnits, capacity: w.recorder.byTypeCapacity, occupancy: w.recorder.byTypeOccupancy },
    flows: w.flows.view(),
    quotaChanges: w.quotaChanges,
  });

  // The calendar: what happens on which day and in which phase, in the order of the legal chain.
  openInitialPlaces(w);
  scheduleSiteTimelines(w);
  w.cal.at(0, W.PH_EVENTS, () => {
    siteCapacityAt(w, 0);
    takeOverStock(w);
  });
  scheduleEvents(w, timeline);
  // The steps are the modules' functions, given the world (see StepHandler in calendar.ts).
  w.cal.daily(0, W.PH_ARRIVALS, arrivalsOfDay, w);
  w.cal.daily(0, W.PH_HOUSEHOLDS, timersDue, w);
  w.cal.daily(0, W.PH_ZUWEISUNG_LAND, zuweisungLand, w);
  w.cal.daily(0, W.PH_ZUWEISUNG_KREIS, zuweisungKreis, w);
  w.cal.daily(0, W.PH_RELOCATE, relocate, w);
  w.cal.daily(0, W.PH_INSTITUTIONS, lageUndBeschaffung, w);
  const chartStates = new ChartStateRecorder(w.table, w.D - 1);
  w.cal.run(endOfDay, { w, chartStates, onProgress, live });

  const ledger: LedgerEntry[] = w.tree.infos.map((_, u) => ({
    arrived: w.cumArrived[u] as number,
    present: w.present[u] as number,
    passedOn: w.cumPassed[u] as number,
    exited: w.cumExits[u] as number,
  }));
  const result: Omit<RunResult, 'kpis'> = {
    meta: {
      scenarioId: scenario.id,
      scenarioName: scenario.name,
      seed,
      landPolicy: startPolicies.land,
      kreisPolicy: startPolicies.kreis,
      start: scenario.period.start,
      end: scenario.period.end,
      engineVersion: ENGINE_VERSION,
      initialStock: w.initialStock,
      attribution: region.attribution,
    },
    ...live(),
    ledger,
    log: w.log,
    chartStates: chartStates.result(),
  };
  const kpis = computeKpis(result, w.extras, { fiscal: scenario.fiscal });
  W.keepShapes(w);
  return { result: { ...result, kpis }, extras: w.extras };
}
