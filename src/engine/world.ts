/**
 * The explicit state a run shares between its steps: households, places, accounts, institutions, the calendar and
 * the recorders. Steps (steps/*.ts) are functions of (world, day); nothing else holds run state.
 */
import { Calendar } from './calendar.ts';
import { fromEpochDay, toEpochDay } from './dates.ts';
import { haushaltTable, type TransitionTable } from './machines/table.ts';
import { FlowRecorder } from './metrics/flows.ts';
import type { KpiExtras } from './metrics/kpis.ts';
import { SeriesRecorder } from './metrics/recorder.ts';
import type { LogEntry, QuotaChange } from './metrics/result.ts';
import { HouseholdAgenda, Households } from './model/households.ts';
import { Beschaffungen, type Contract, type ContractHooks, type ContractKind } from './institutions/beschaffung.ts';
import { Lagen } from './institutions/lage.ts';
import { buildUnits, LEVEL_GEMEINDE, LEVEL_LAND, type UnitTree } from './model/units.ts';
import { PolicyViews } from './steps/ansichten.ts';
import { changeCapacity } from './unterbringung.ts';
import type { PolicyCatalogue } from './policies/registry.ts';
import { createRng, type Rng } from './rng.ts';
import { ACCOMMODATION_TYPES, type Parameters, type Scenario } from './scenario/schema.ts';
import type { RegionData } from './data/types.ts';
import type { KreisPolicy, ProcurementInput, ProcurementPolicy } from './policies/types.ts';
import { perPlaceCosts, procurementSettings } from './scenario/levers.ts';

/** Accommodation types; types 0 … NU−1 are regular places, NU is Notunterkunft. */
export const T = ACCOMMODATION_TYPES.length;
export const NU = ACCOMMODATION_TYPES.indexOf('notunterkunft');
export const DAYS_PER_MONTH = 365.25 / 12;

/** Phases within a day, in order. */
export const PH_EVENTS = 0;
export const PH_ARRIVALS = 1;
export const PH_HOUSEHOLDS = 2;
export const PH_ZUWEISUNG_LAND = 3;
export const PH_ZUWEISUNG_KREIS = 4;
export const PH_RELOCATE = 5;
export const PH_INSTITUTIONS = 6;
export const PHASES = 7;

/** Kinds of the household agenda: the few moments in a household's life when something happens to it. */
export const AG_DECISION = 1;
export const AG_ELIGIBLE = 2;
export const AG_FORWARD = 3;
export const AG_MOVE_OUT = 4;
export const AG_DEPART = 5;
export const AG_DULDUNG = 6;
export const AG_PAUSCHALE_END = 7;

/** Running totals of the Land row, kept by difference as households move. */
export interface Totals {
  present: number;
  nu: number;
  sw: number;
  regCap: number;
  gemeindePresent: number;
  exits: number;
}

export interface World {
  readonly scenario: Scenario;
  readonly region: RegionData;
  /** Live parameters: dated events change them in place. */
  readonly params: Parameters;
  readonly catalogue: PolicyCatalogue;
  readonly rng: Rng;
  /**
   * A stream of its own for how many arrive and in which households: the same seed gives the same arrivals whatever
   * the policies and the other parameters draw from `rng` (common random numbers for comparisons).
   */
  readonly arrivalRng: Rng;
  readonly seed: number;
  readonly table: TransitionTable;
  /** Per household state: 1 if it is in the chart state the steps look households up by. */
  readonly inState: {
    readonly zuweisungsbereit: Uint8Array;
    readonly gehalten: Uint8Array;
    readonly weiterleitung: Uint8Array;
  };
  /** Throw when the engine sends a household an event its chart does not accept (tests, `--debug`). */
  readonly strict: boolean;
  readonly tree: UnitTree;
  readonly U: number;
  readonly K: number;
  readonly D: number;
  readonly startEpoch: number;
  readonly days: readonly string[];
  readonly cal: Calendar;

  // ---- households
  readonly hh: Households;
  readonly agenda: HouseholdAgenda;

  // ---- places per unit and type
  /** Open places by type [u · T + t]. */
  readonly cap: Int32Array;
  /** Open regular places (all types but Notunterkunft). */
  readonly regCap: Int32Array;
  /** Persons by type [u · T + t] (Notunterkunft may exceed its places). */
  readonly occ: Int32Array;
  /** Regular places on order. */
  readonly pipeline: Int32Array;
  readonly present: Int32Array;
  readonly statusw: Int32Array;
  /** Persons for whom the Land pays the unit's Kreis the Pauschale. */
  readonly pauschaleP: Int32Array;
  /** Types in the order places are filled (the scenario's `accommodation.order`). */
  typeOrder: number[];
  /** What the steps read of the parameters, derived anew only when the parameters change. */
  derived: Derived;
  /** Households in Notunterkunft per unit, in order of entry (read from `nuHead`). */
  readonly nuQueue: number[][];
  readonly nuHead: Int32Array;
  /** Units whose Notunterkunft queue may move to regular places. */
  readonly dirty: Uint8Array;
  readonly tot: Totals;

  // ---- by type, for the Land, the sites and the Kreise (a Kreis with its Gemeinden)
  readonly aggOf: Int16Array;
  readonly aggUnits: readonly number[];
  readonly aggCap: Int32Array;
  readonly aggOcc: Int32Array;

  // ---- flows of the day and cumulated (ledger)
  readonly dayArrived: Int32Array;
  readonly dayZuw: Int32Array;
  readonly dayPassed: Int32Array;
  readonly dayExits: Int32Array;
  readonly cumArrived: Float64Array;
  readonly cumPassed: Float64Array;
  readonly cumExits: Float64Array;

  // ---- Soll/Ist accounts
  /** Aufnahmequote of each Kreis, normalised; refreshed when a dated event changes it. */
  readonly quota: Float64Array;
  readonly istKreis: Float64Array;
  totalAssigned: number;
  /** Persons counted in each Kreis's account per day [day · K + k] (a day's Kreise side by side: the window's edge is read each day), for a Soll/Ist over a rolling window. */
  readonly istLog: Float64Array;
  windowSeen: number | undefined;
  readonly istGemeinde: Float64Array;
  readonly totalToGemeinden: Float64Array;
  /** Persons admitted outside the LAG procedure per Kreis, for their own distribution. */
  readonly istDirect: Float64Array;
  totalDirect: number;

  // ---- indexes of households in a chart state (the chart state is the truth; these only find them fast)
  /** Households in `erstaufnahme.zuweisungsbereit`, in order of entry. */
  pool: number[];
  /** Households in `erstaufnahme.gehalten` (§ 47 Abs. 1a AsylG). */
  held: number[];
  /** Per Kreis: households in `kommune.kreis.weiterleitung`. */
  readonly kreisPending: number[][];

  // ---- institutions
  readonly lagen: Lagen;
  readonly beschaffungen: Beschaffungen;
  /** Zuweisungsstopp requested by the unit. */
  readonly stopp: Uint8Array;
  /** Units whose Lage the institutions step reports (sites, Kreise, Gemeinden). */
  readonly lageUnits: readonly number[];

  // ---- what the daily record must write afresh
  /** The unit's cost or Pauschale must be recomputed. */
  readonly costDirty: Uint8Array;
  readonly costCache: Float64Array;
  readonly vacancyCache: Float64Array;
  readonly pauschaleCache: Float64Array;
  /** Units whose values changed today; the others keep yesterday's values. */
  readonly touched: Uint8Array;
  touchedList: number[];
  /** Per Kreis: the Soll of its Gemeinden changed today. */
  readonly gemeindenSollDirty: Uint8Array;
  /** Per Gemeinde: its share of the Kreis's Zuweisungen (population share). */
  readonly gemeindeQuota: Float64Array;
  lastTiers: unknown;
  /** Per Kreis: the Pauschale per person and month of its tier under `lastTiers`. */
  tierOfKreis: readonly number[];

  // ---- arrivals carried over between days (deterministic rounding)
  carry: number;
  carryDirect: number;

  /** What the policies see (refreshed in place for each call). */
  readonly views: PolicyViews;

  // ---- outputs
  readonly recorder: SeriesRecorder;
  readonly flows: FlowRecorder;
  readonly log: LogEntry[];
  readonly quotaChanges: QuotaChange[];
  readonly extras: KpiExtras;
  initialStock: number;
}

export interface WorldInputs {
  readonly scenario: Scenario;
  readonly region: RegionData;
  readonly params: Parameters;
  readonly catalogue: PolicyCatalogue;
  readonly seed: number;
  readonly table?: TransitionTable;
  readonly strict?: boolean;
}

/**
 * The world of the last run, kept without the arrays its result owns. V8 forgets the hidden class of objects once
 * none is alive, and with it the optimised code that relied on it: when every object of a run died before the next
 * run was built (a garbage collection between runs does that), the next run learnt every shape again and compiled
 * the engine's hot code afresh, in the benchmark one run in two. Keeping one world across the gap keeps the shapes
 * (a few MB: the households' arrays and the Soll/Ist log).
 */
let lastWorld: World | undefined;

/** Keeps the finished world of a run until the next one replaces it (see lastWorld). */
export function keepShapes(w: World): void {
  w.recorder.handOver();
  w.flows.handOver();
  lastWorld = w;
}

/** Whether a world is kept from an earlier run (for tests). */
export const keptWorld = (): World | undefined => lastWorld;

/** Builds the world of a run at its start: every array sized once, places still empty. */
export function createWorld(i: WorldInputs): World {
  const { scenario, region, params } = i;
  const tree = buildUnits(scenario, region);
  const U = tree.infos.length;
  const K = tree.kreise.length;
  const startEpoch = toEpochDay(scenario.period.start);
  const D = toEpochDay(scenario.period.end) - startEpoch + 1;
  const aggOf = new Int16Array(U).fill(-1);
  const aggUnits: number[] = [0, ...tree.sites, ...tree.kreise];
  aggUnits.forEach((u, a) => (aggOf[u] = a));
  for (let u = 0; u < U; u++) if (tree.level[u] === LEVEL_GEMEINDE) aggOf[u] = aggOf[tree.parent[u] as number] as number;
  const A = aggUnits.length;
  const table = i.table ?? haushaltTable();
  const w: World = {
    scenario,
    region,
    params,
    catalogue: i.catalogue,
    rng: createRng(i.seed),
    arrivalRng: createRng((i.seed ^ 0x5bd1e995) >>> 0),
    seed: i.seed,
    table,
    inState: {
      zuweisungsbereit: table.flag('aufenthalt.erstaufnahme.zuweisungsbereit'),
      gehalten: table.flag('aufenthalt.erstaufnahme.gehalten'),
      weiterleitung: table.flag('aufenthalt.kommune.kreis.weiterleitung'),
    },
    strict: i.strict ?? false,
    tree,
    U,
    K,
    D,
    startEpoch,
    days: Array.from({ length: D }, (_, d) => fromEpochDay(startEpoch + d)),
    cal: new Calendar(D, PHASES),
    hh: new Households(estimateHouseholds(scenario, D)),
    agenda: new HouseholdAgenda(D),
    cap: new Int32Array(U * T),
    regCap: new Int32Array(U),
    occ: new Int32Array(U * T),
    pipeline: new Int32Array(U),
    present: new Int32Array(U),
    statusw: new Int32Array(U),
    pauschaleP: new Int32Array(U),
    typeOrder: typeOrderOf(params),
    derived: derive(params, i.catalogue, tree),
    nuQueue: Array.from({ length: U }, () => []),
    nuHead: new Int32Array(U),
    dirty: new Uint8Array(U),
    tot: { present: 0, nu: 0, sw: 0, regCap: 0, gemeindePresent: 0, exits: 0 },
    aggOf,
    aggUnits,
    aggCap: new Int32Array(A * T),
    aggOcc: new Int32Array(A * T),
    dayArrived: new Int32Array(U),
    dayZuw: new Int32Array(U),
    dayPassed: new Int32Array(U),
    dayExits: new Int32Array(U),
    cumArrived: new Float64Array(U),
    cumPassed: new Float64Array(U),
    cumExits: new Float64Array(U),
    quota: new Float64Array(K),
    istKreis: new Float64Array(K),
    totalAssigned: 0,
    istLog: new Float64Array(K * D),
    windowSeen: undefined,
    istGemeinde: new Float64Array(U),
    totalToGemeinden: new Float64Array(K),
    istDirect: new Float64Array(K),
    totalDirect: 0,
    pool: [],
    held: [],
    kreisPending: Array.from({ length: K }, () => []),
    lagen: new Lagen(U, params.situation),
    beschaffungen: undefined as unknown as Beschaffungen,
    views: undefined as unknown as PolicyViews,
    stopp: new Uint8Array(U),
    lageUnits: Array.from({ length: U }, (_, u) => u).filter((u) => tree.level[u] !== LEVEL_LAND),
    costDirty: new Uint8Array(U).fill(1),
    costCache: new Float64Array(U),
    vacancyCache: new Float64Array(U),
    pauschaleCache: new Float64Array(U),
    touched: new Uint8Array(U).fill(1),
    touchedList: Array.from({ length: U - 1 }, (_, i) => i + 1),
    gemeindenSollDirty: new Uint8Array(K),
    gemeindeQuota: gemeindeQuotaOf(tree),
    lastTiers: null,
    tierOfKreis: [],
    carry: 0,
    carryDirect: 0,
    recorder: new SeriesRecorder(U, D, A),
    flows: new FlowRecorder(),
    log: [],
    quotaChanges: [],
    extras: {
      forwarded: 0,
      dwellPersonDaysAtZuweisung: 0,
      personsAssignedFromEae: 0,
      waitingPersonDays: 0,
      overMaxPersonDays: 0,
      vacancyCost: 0,
      gemeindeReimbursement: 0,
      procurementOrders: 0,
      procuredPlaces: 0,
      emergencyPlaces: 0,
      cancelledPlaces: 0,
      reimbursedTo: new Float64Array(U),
      largeUnitPlaceDays: 0,
    },
    initialStock: 0,
  };
  (w as { views: PolicyViews }).views = new PolicyViews(w);
  (w as { beschaffungen: Beschaffungen }).beschaffungen = new Beschaffungen(U, new ContractsOfWorld(w));
  return w;
}

/**
 * What the steps read of the live parameters in the form they use it. The parameters change only at the start and
 * by dated events, while the steps read these every day or for every unit on Mondays: derived once per change.
 */
export interface Derived {
  /** Cost per place and day by type in the Kommunen, with the levers applied. */
  readonly perPlaceKommunal: readonly number[];
  /** Cost per place and day by type at the Erstaufnahme sites (the plain rates). */
  readonly perPlaceLand: readonly number[];
  readonly perPerson: readonly number[];
  readonly occupancyGuarantee: readonly number[];
  /** The procurement policy and the settings it sees, with the levers applied. */
  readonly procurementPolicy: ProcurementPolicy;
  readonly procurement: ProcurementInput['settings'];
  /** The kinds of contract an order of regular places is split into; undefined without a mix. */
  readonly contractKinds: readonly ContractKind[] | undefined;
  /** Per Kreis: its Kreis → Gemeinde policy (`policies.kreisByKreis`, else `policies.kreis`). */
  readonly kreisPolicy: readonly KreisPolicy[];
  /** Legal maximum stay in Erstaufnahme: for households of one or two persons, and for families. */
  readonly maxDays: number;
  readonly maxDaysFamilies: number;
}

function derive(params: Parameters, catalogue: PolicyCatalogue, tree: UnitTree): Derived {
  const costs = params.accommodation.costs;
  const e = params.erstaufnahme;
  const byKreis = params.policies.kreisByKreis;
  return {
    perPlaceKommunal: perPlaceCosts(params),
    perPlaceLand: ACCOMMODATION_TYPES.map((t) => costs[t].perPlaceDay),
    perPerson: ACCOMMODATION_TYPES.map((t) => costs[t].perPersonDay),
    occupancyGuarantee: ACCOMMODATION_TYPES.map((t) => costs[t].occupancyGuarantee),
    procurementPolicy: catalogue.procurement.get(params.procurement.strategy)!,
    procurement: procurementSettings(params),
    contractKinds: contractKindsOf(params),
    kreisPolicy: tree.kreisRecords.map((r) => catalogue.kreis.get(Object.hasOwn(byKreis, r.ags) ? byKreis[r.ags]! : params.policies.kreis)!),
    maxDays: e.maxDays,
    maxDaysFamilies: e.maxDaysFamilies !== undefined ? Math.min(e.maxDays, e.maxDaysFamilies) : e.maxDays,
  };
}

/** The live parameters changed (a dated event): what the steps read of them is derived anew. */
export function parametersChanged(w: World): void {
  w.typeOrder = typeOrderOf(w.params);
  w.derived = derive(w.params, w.catalogue, w.tree);
}

/** The kinds of contract of `procurement.mix`, with type indexes; undefined without a mix. */
function contractKindsOf(params: Parameters): ContractKind[] | undefined {
  return params.procurement.mix?.map((k) => ({ ...k, type: ACCOMMODATION_TYPES.indexOf(k.type) }));
}

/** Types of collective housing, whose contracts are buildings (a contract for flats is many buildings). */
const COLLECTIVE = [ACCOMMODATION_TYPES.indexOf('gu'), ACCOMMODATION_TYPES.indexOf('eigene')];

/** A contract for a collective unit of at least `accommodation.largeUnitPlaces` places (KPI `largeUnitShare`). */
/**
 * What the contracts need from the run, as methods of a class rather than closures made per run: the contracts call
 * them on every opening, release and timer, and V8 keeps optimised code for the same functions from run to run (see
 * StepHandler in calendar.ts).
 */
class ContractsOfWorld implements ContractHooks {
  constructor(private readonly w: World) {}

  at(day: number, fn: (day: number) => void): void {
    this.w.cal.at(day, PH_INSTITUTIONS, fn);
  }

  open(c: Contract): void {
    const w = this.w;
    if (c.type !== NU) w.pipeline[c.unit] -= c.places;
    changeCapacity(w, c.unit, c.type, c.places);
    // Counted to the end of the run when they open, the rest taken back when they go.
    if (isLargeUnit(w, c)) w.extras.largeUnitPlaceDays += c.places * (w.D - c.openedDay);
  }

  release(c: Contract): void {
    const w = this.w;
    changeCapacity(w, c.unit, c.type, -c.places);
    if (isLargeUnit(w, c) && c.openedDay >= 0) w.extras.largeUnitPlaceDays -= c.places * Math.max(0, w.D - w.cal.day);
  }

  kinds(type: number): readonly ContractKind[] | undefined {
    return type === NU ? undefined : this.w.derived.contractKinds;
  }

  /** Places are needed while giving them up would move their occupants out. */
  needed(c: Contract): boolean {
    const w = this.w;
    return c.type !== NU && (w.occ[c.unit * T + c.type] as number) > (w.cap[c.unit * T + c.type] as number) - c.places;
  }
}

function isLargeUnit(w: World, c: { type: number; places: number }): boolean {
  return COLLECTIVE.includes(c.type) && c.places >= w.params.accommodation.largeUnitPlaces;
}

/** Each Gemeinde's share of its Kreis's Zuweisungen: its population share (equal shares without population). */
function gemeindeQuotaOf(tree: UnitTree): Float64Array {
  const q = new Float64Array(tree.infos.length);
  for (const gs of tree.gemeindenOfKreis) {
    const pop = gs.reduce((a, g) => a + (tree.population[g] as number), 0);
    for (const g of gs) q[g] = pop > 0 ? (tree.population[g] as number) / pop : 1 / gs.length;
  }
  return q;
}

/** ISO date of a day index (the last day for days past the end). */
export function dateOf(w: World, day: number): string {
  return w.days[Math.min(day, w.D - 1)] as string;
}

/** The accommodation types in the order places are filled. */
export function typeOrderOf(params: Parameters): number[] {
  return params.accommodation.order.map((t) => ACCOMMODATION_TYPES.indexOf(t));
}

/** Legal maximum stay in Erstaufnahme for a household of this size (families: § 47 Abs. 1 AsylG). */
export function maxDaysOf(w: World, size: number): number {
  return size >= 3 ? w.derived.maxDaysFamilies : w.derived.maxDays;
}

/** A first guess of the number of households, to size the arrays once. */
function estimateHouseholds(scenario: Scenario, days: number): number {
  const s = scenario.arrivals.series;
  let persons = 0;
  if (s.kind === 'rate') persons = s.perDay * days;
  else if (s.kind === 'daily') persons = s.values.reduce((a, b) => a + b, 0);
  else persons = Object.values(s.values).reduce((a, b) => a + b, 0);
  persons += scenario.accommodation.initialErstaufnahme + 10_000;
  return Math.max(1024, Math.ceil(persons / 1.5));
}
