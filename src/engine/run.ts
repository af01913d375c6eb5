/**
 * runScenario(scenario, options) → RunResult: the discrete-event simulation of the Hessian chain.
 * Households, unit situations and procurement contracts move by rows compiled from their statecharts;
 * time is the discrete-event calendar's simulated clock; daily aggregates live in typed arrays.
 */
import { Calendar } from './calendar.ts';
import { fromEpochDay, isoWeekday, toEpochDay } from './dates.ts';
import { Beschaffungen } from './institutions/beschaffung.ts';
import { Lagen } from './institutions/lage.ts';
import { LAGE_STATES, type LageState } from './machines/lage.ts';
import { haushaltTable } from './machines/table.ts';
import { computeKpis, type KpiExtras } from './metrics/kpis.ts';
import { SeriesRecorder } from './metrics/recorder.ts';
import type { LedgerEntry, LogEntry, RunResult } from './metrics/result.ts';
import { cumulative, drawIndex, expectedPersons, meanDays, periodAt, sampleDays } from './model/distributions.ts';
import {
  FLAG_FORWARD,
  FLAG_HELD,
  FLAG_IN_POOL,
  FLAG_KREIS_PENDING,
  FLAG_MOVEOUT,
  FLAG_PAUSCHALE_ENDED,
  FLAG_PROTECT,
  FLAG_SAFE,
  HouseholdAgenda,
  Households,
} from './model/households.ts';
import { buildUnits, LEVEL_EAE, LEVEL_GEMEINDE, LEVEL_KREIS } from './model/units.ts';
import { policyCatalogue, type PolicySet } from './policies/registry.ts';
import { DEFER, KREIS_HOUSES, type GemeindeView, type KreisView, type Offer } from './policies/types.ts';
import { createRng } from './rng.ts';
import { applyEvent, eventsByDate, resolveScenario } from './scenario/resolve.ts';
import { ACCOMMODATION_TYPES, type ArrivalSeries, type Parameters, type Scenario } from './scenario/schema.ts';
import { assignByDeficit } from './policies/sollist.ts';

export const ENGINE_VERSION = '0.1.0';

/** The arrays of a run in progress: the same layout as RunResult, valid for days before `done`. */
export type LiveView = Pick<RunResult, 'days' | 'units' | 'series' | 'byType'>;

export interface RunOptions {
  /** Overrides the scenario's seed. */
  readonly seed?: number;
  /** Override the scenario's Land → Kreis and Kreis → Gemeinde policies (ids). */
  readonly landPolicy?: string;
  readonly kreisPolicy?: string;
  /** Additional policies, usable by id in the scenario or the overrides. */
  readonly policies?: PolicySet;
  /**
   * Called every 30 simulated days and at the end with days done, total days and a live view of the result
   * so far (series filled for days < done), so a worker can stream snapshots while the run goes on.
   */
  readonly onProgress?: (done: number, total: number, live: LiveView) => void;
}

const T = ACCOMMODATION_TYPES.length;
const NU = ACCOMMODATION_TYPES.indexOf('notunterkunft');
const REGULAR = NU; // types 0 … NU−1 are regular places
const DAYS_PER_MONTH = 365.25 / 12;

// Phases within a day, in order.
const PH_EVENTS = 0;
const PH_ARRIVALS = 1;
const PH_HOUSEHOLDS = 2;
const PH_ZUWEISUNG_LAND = 3;
const PH_ZUWEISUNG_KREIS = 4;
const PH_RELOCATE = 5;
const PH_INSTITUTIONS = 6;
const PHASES = 7;

// Household agenda kinds.
const EV_DECISION = 1;
const EV_ELIGIBLE = 2;
const EV_FORWARD = 3;
const EV_MOVE_OUT = 4;
const EV_DEPART = 5;
const EV_DULDUNG = 6;
const EV_PAUSCHALE_END = 7;

export function runScenario(scenario: Scenario, options: RunOptions = {}): RunResult {
  const catalogue = policyCatalogue(options.policies);
  const { region, params: initialParams } = resolveScenario(scenario, catalogue, {
    landPolicy: options.landPolicy,
    kreisPolicy: options.kreisPolicy,
  });
  /** Live parameters: dated events change them in place. */
  const params: Parameters = initialParams;
  const seed = options.seed ?? scenario.seed;
  const rng = createRng(seed);
  const table = haushaltTable();
  const tree = buildUnits(scenario, region);
  const U = tree.infos.length;
  const startEpoch = toEpochDay(scenario.period.start);
  const D = toEpochDay(scenario.period.end) - startEpoch + 1;
  const days = Array.from({ length: D }, (_, d) => fromEpochDay(startEpoch + d));
  const dateOf = (d: number): string => days[Math.min(d, D - 1)] as string;
  const K = tree.kreise.length;

  const ev = table.eventIndex;
  const next = table.next;
  const E = table.eventCount;
  const S_EAE = table.stateOf('erstaufnahme', 'laufend');

  // ---- unit state --------------------------------------------------------------------------
  const cap = new Int32Array(U * T); // open places by type
  const regCap = new Int32Array(U); // open regular places (all types but Notunterkunft)
  const costDirty = new Uint8Array(U).fill(1); // cost or Pauschale of the unit must be recomputed
  const costCache = new Float64Array(U);
  const vacancyCache = new Float64Array(U);
  const pauschaleCache = new Float64Array(U);
  /** Units whose values changed today; the others keep yesterday's values, filled in later in one go. */
  const touched = new Uint8Array(U).fill(1);
  let touchedList: number[] = Array.from({ length: U - 1 }, (_, i) => i + 1);
  const tot = { present: 0, nu: 0, sw: 0, regCap: 0, cost: 0, pauschale: 0, vacancy: 0, gemeindePresent: 0, exits: 0 };
  /**
   * Places and persons by accommodation type for the Land, the Erstaufnahme sites and the Kreise (a Kreis
   * including its Gemeinden): agg index a = 0 Land, 1 … sites, then Kreise.
   */
  const aggOf = new Int16Array(U).fill(-1);
  const aggUnits: number[] = [0, ...tree.sites, ...tree.kreise];
  aggUnits.forEach((u, a) => (aggOf[u] = a));
  for (let u = 0; u < U; u++) if (tree.level[u] === LEVEL_GEMEINDE) aggOf[u] = aggOf[tree.parent[u] as number] as number;
  const A = aggUnits.length;
  const aggCap = new Int32Array(A * T);
  const aggOcc = new Int32Array(A * T);
  const byTypeCapacity = new Int32Array(A * T * D);
  const byTypeOccupancy = new Int32Array(A * T * D);
  const addAgg = (arr: Int32Array, u: number, t: number, delta: number): void => {
    arr[t] += delta; // the Land
    const a = aggOf[u] as number;
    if (a > 0) arr[a * T + t] += delta;
  };
  const touch = (u: number): void => {
    if (touched[u]) return;
    touched[u] = 1;
    touchedList.push(u);
  };
  const occ = new Int32Array(U * T); // persons by type (Notunterkunft may exceed its places)
  const pipeline = new Int32Array(U); // regular places on order
  const present = new Int32Array(U);
  const statusw = new Int32Array(U);
  const pauschaleP = new Int32Array(U);
  const dayArrived = new Int32Array(U);
  const dayZuw = new Int32Array(U);
  const dayPassed = new Int32Array(U);
  const dayExits = new Int32Array(U);
  const cumArrived = new Float64Array(U);
  const cumPassed = new Float64Array(U);
  const cumExits = new Float64Array(U);
  const situations = new Lagen(U, params.situation);
  const stopp = new Uint8Array(U);
  const dirty = new Uint8Array(U);
  const nuQueue: number[][] = Array.from({ length: U }, () => []);
  const nuHead = new Int32Array(U);

  // Soll/Ist accounts.
  const istKreis = new Float64Array(K);
  let totalAssigned = 0;
  /** Persons counted in each Kreis's account per day, for a Soll/Ist over a rolling window. */
  const istLog = new Float64Array(K * D);
  const countForQuota = (k: number, day: number, persons: number): void => {
    istKreis[k] += persons;
    totalAssigned += persons;
    istLog[k * D + day] += persons;
  };
  /** Drops what left the window today; after a change of the window, rebuilds the account. */
  let windowSeen: number | undefined;
  const expireQuota = (day: number): void => {
    const w = params.policies.quotaWindowDays;
    if (w !== windowSeen) {
      windowSeen = w;
      totalAssigned = 0;
      for (let k = 0; k < K; k++) {
        let v = 0;
        for (let d = w === undefined ? 0 : Math.max(0, day - w + 1); d < day; d++) v += istLog[k * D + d] as number;
        istKreis[k] = v;
        totalAssigned += v;
      }
      return;
    }
    if (w === undefined || day - w < 0) return;
    for (let k = 0; k < K; k++) {
      const v = istLog[k * D + day - w] as number;
      if (v === 0) continue;
      istKreis[k] -= v;
      totalAssigned -= v;
    }
  };
  const istGemeinde = new Float64Array(U);
  const totalToGemeinden = new Float64Array(K);
  const kreisPending: number[][] = Array.from({ length: K }, () => []);
  let pool: number[] = [];
  /** Safe-country nationals held in Erstaufnahme until their decision (§ 47 Abs. 1a AsylG). */
  let held: number[] = [];

  const hh = new Households(estimateHouseholds(scenario, D));
  const agenda = new HouseholdAgenda(D);
  const cal = new Calendar(D, PHASES);
  const log: LogEntry[] = [];
  const extras: KpiExtras = {
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
  };

  // ---- series ------------------------------------------------------------------------------
  const recorder = new SeriesRecorder(U, D);
  const series = recorder.series;

  // ---- helpers -----------------------------------------------------------------------------
  const regularCap = (u: number): number => regCap[u] as number;
  const addLog = (day: number, unit: number | null, kind: string, de: string, en: string): void => {
    log.push({ day, date: dateOf(day), unit: unit === null ? null : (tree.infos[unit]?.id ?? null), kind, text: { de, en } });
  };
  const unitName = (u: number): string => tree.infos[u]?.name ?? String(u);
  const orderIndex = (): number[] => params.accommodation.order.map((t) => ACCOMMODATION_TYPES.indexOf(t));
  let typeOrder = orderIndex();

  /** Adds (sign = +1) or removes (−1) a household's contribution to its unit's counters. */
  const account = (h: number, sign: number): void => {
    const u = hh.unit[h] as number;
    if (u < 0) return;
    const s = (hh.size[h] as number) * sign;
    const st = hh.state[h] as number;
    costDirty[u] = 1;
    touch(u);
    const t = hh.type[h] as number;
    occ[u * T + t] += s;
    addAgg(aggOcc, u, t, s);
    present[u] += s;
    tot.present += s;
    if (t === NU) tot.nu += s;
    if (tree.level[u] === LEVEL_GEMEINDE) tot.gemeindePresent += s;
    if (table.isKommunal[st]) {
      if (table.isRecognised[st]) {
        statusw[u] += s;
        tot.sw += s;
      }
      if (table.isAsylblg[st] && !((hh.flags[h] as number) & FLAG_PAUSCHALE_ENDED)) pauschaleP[u] += s;
    }
  };

  /** Chooses a type with room for the household in unit u (other than `except`), else Notunterkunft. */
  const chooseType = (u: number, size: number, except = -1): number => {
    for (const t of typeOrder) {
      if (t !== except && (cap[u * T + t] as number) - (occ[u * T + t] as number) >= size) return t;
    }
    return NU;
  };

  const enter = (h: number, u: number): void => {
    hh.unit[h] = u;
    const t = chooseType(u, hh.size[h] as number);
    hh.type[h] = t;
    if (t === NU) nuQueue[u]!.push(h);
    account(h, +1);
  };

  const applyEventTo = (h: number, e: number): void => {
    account(h, -1);
    hh.state[h] = next[(hh.state[h] as number) * E + e] as number;
    account(h, +1);
  };

  /** Moves a household from its unit to unit v (passing on); counts the flows. */
  const move = (h: number, v: number, e: number, day: number): void => {
    const u = hh.unit[h] as number;
    const s = hh.size[h] as number;
    account(h, -1);
    hh.state[h] = next[(hh.state[h] as number) * E + e] as number;
    dayPassed[u] += s;
    cumPassed[u] += s;
    dirty[u] = 1;
    dayArrived[v] += s;
    cumArrived[v] += s;
    dayZuw[v] += s;
    enter(h, v);
    if (table.isRecognised[hh.state[h] as number]) scheduleMoveOut(h, day);
  };

  /** The household leaves the system from its unit through event e. */
  const leave = (h: number, e: number): void => {
    const u = hh.unit[h] as number;
    if (u < 0) return;
    const s = hh.size[h] as number;
    account(h, -1);
    hh.state[h] = next[(hh.state[h] as number) * E + e] as number;
    hh.unit[h] = -1;
    dayExits[u] += s;
    cumExits[u] += s;
    tot.exits += s;
    dirty[u] = 1;
  };

  const scheduleMoveOut = (h: number, day: number): void => {
    if ((hh.flags[h] as number) & FLAG_MOVEOUT) return;
    hh.flags[h] = (hh.flags[h] as number) | FLAG_MOVEOUT;
    const u = hh.unit[h] as number;
    const k = tree.kreisOf[u] as number;
    const factor = k >= 0 ? (params.exits.kreisFactor[tree.kreisRecords[k]!.ags] ?? 1) : 1;
    agenda.schedule(day + Math.round(sampleDays(params.exits.afterRecognition, rng) * factor), EV_MOVE_OUT, h);
  };

  const toPool = (h: number): void => {
    const f = hh.flags[h] as number;
    if (f & FLAG_IN_POOL) return;
    hh.flags[h] = (f | FLAG_IN_POOL) & ~FLAG_HELD;
    pool.push(h);
  };

  /** Legal maximum stay in Erstaufnahme for a household of this size (families: § 47 Abs. 1 AsylG). */
  const maxDaysOf = (size: number): number => {
    const e = params.erstaufnahme;
    return size >= 3 && e.maxDaysFamilies !== undefined ? Math.min(e.maxDays, e.maxDaysFamilies) : e.maxDays;
  };

  // ---- arrivals ----------------------------------------------------------------------------
  let carry = 0;
  /** Expected persons on a day from a series (monthly totals spread evenly over the month). */
  /** Expected persons on a day from an arrival series. */
  const expectedOf = (series: ArrivalSeries, day: number): number => expectedPersons(series, day, dateOf(day));
  const expectedArrivals = (day: number): number => expectedOf(params.arrivals.series, day);

  const chooseSite = (size: number): number => {
    let best = -1;
    let bestFree = -Infinity;
    let biggest = tree.sites[0] as number;
    let biggestCap = -1;
    for (const u of tree.sites) {
      const c = regularCap(u);
      const free = c - (present[u] as number) + (occ[u * T + NU] as number);
      if (free >= size && free > bestFree) {
        bestFree = free;
        best = u;
      }
      if (c > biggestCap) {
        biggestCap = c;
        biggest = u;
      }
    }
    return best >= 0 ? best : biggest;
  };

  const admit = (day: number, size: number, arrivalDay: number, residual: number): number => {
    const h = hh.add(size, table.initial, arrivalDay);
    const ap = params.arrivals;
    const eae = params.erstaufnahme;
    let flags = 0;
    if (rng.next() < eae.forwardingShare && residual === 1) flags |= FLAG_FORWARD;
    if (rng.next() < ap.safeCountryShare) flags |= FLAG_SAFE;
    hh.flags[h] = flags;
    hh.state[h] = next[table.initial * E + ev['erstaufnahme.aufgenommen']] as number;
    const site = chooseSite(size);
    dayArrived[site] += size;
    cumArrived[site] += size;
    enter(h, site);
    if (flags & FLAG_FORWARD) {
      agenda.schedule(day + sampleDays(eae.forwardingDelay, rng), EV_FORWARD, h);
      return h;
    }
    const period = periodAt(params.procedure.periods, dateOf(arrivalDay < 0 ? 0 : arrivalDay));
    if (rng.next() < period.protectionRate) hh.flags[h] = (hh.flags[h] as number) | FLAG_PROTECT;
    const factor = flags & FLAG_SAFE ? params.procedure.safeCountryFactor : 1;
    const decisionIn = Math.round(sampleDays(period.duration, rng) * residual * factor);
    agenda.schedule(day + Math.max(1, decisionIn), EV_DECISION, h);
    const dwell = Math.min(Math.round(sampleDays(eae.dwell, rng) * residual), maxDaysOf(size));
    agenda.schedule(day + dwell, EV_ELIGIBLE, h);
    return h;
  };

  const admitPersons = (day: number, persons: number): void => {
    const cum = cumulative(params.arrivals.householdSizes);
    let left = persons;
    while (left > 0) {
      const size = Math.min(left, drawIndex(cum, rng) + 1);
      admit(day, size, day, 1);
      left -= size;
    }
    dayArrived[0] += persons;
    cumArrived[0] += persons;
  };

  // Arrivals outside the LAG procedure go straight to a Kreis, with protection (§ 24 AufenthG).
  const istDirect = new Float64Array(K);
  let totalDirect = 0;
  let carryDirect = 0;
  const admitDirect = (day: number): void => {
    const direct = params.arrivals.direct;
    if (!direct) return;
    const expected = expectedOf(direct.series, day);
    let persons: number;
    if (params.arrivals.noise === 'poisson') persons = rng.poisson(expected);
    else {
      persons = Math.floor(expected + carryDirect + 1e-9);
      carryDirect = expected + carryDirect - persons;
    }
    if (persons <= 0) return;
    const named = Object.keys(direct.shares).length > 0;
    const weights = tree.kreisRecords.map((k) => (named ? (direct.shares[k.ags] ?? 0) : k.population));
    const sum = weights.reduce((a, b) => a + b, 0);
    if (!(sum > 0)) return;
    const quota = weights.map((w) => w / sum);
    const cum = cumulative(params.arrivals.householdSizes);
    const sizes: number[] = [];
    for (let left = persons; left > 0; ) {
      const size = Math.min(left, drawIndex(cum, rng) + 1);
      sizes.push(size);
      left -= size;
    }
    const target = assignByDeficit(sizes, sizes.length, quota, istDirect, totalDirect);
    sizes.forEach((size, i) => {
      const k = target[i] as number;
      if (k < 0) return;
      const ku = tree.kreise[k] as number;
      const h = hh.add(size, table.initial, day);
      hh.state[h] = next[(next[table.initial * E + ev['aufnahme.direkt']] as number) * E + ev['schutz24.erteilt']] as number;
      istDirect[k] += size;
      totalDirect += size;
      if (direct.creditQuota) countForQuota(k, day, size);
      dayArrived[ku] += size;
      cumArrived[ku] += size;
      dayArrived[0] += size;
      cumArrived[0] += size;
      enter(h, ku);
      scheduleMoveOut(h, day);
      if ((tree.gemeindenOfKreis[k] as number[]).length > 0) {
        hh.flags[h] = (hh.flags[h] as number) | FLAG_KREIS_PENDING;
        kreisPending[k]!.push(h);
      }
    });
  };

  // ---- household agenda ----------------------------------------------------------------------
  const onHousehold = (day: number, kind: number, h: number): void => {
    const u = hh.unit[h] as number;
    if (u < 0) return;
    const f = hh.flags[h] as number;
    const st = hh.state[h] as number;
    const atEae = tree.level[u] === LEVEL_EAE;
    switch (kind) {
      case EV_FORWARD:
        extras.forwarded += hh.size[h] as number;
        leave(h, ev['easy.weitergeleitet']);
        return;
      case EV_ELIGIBLE:
        if (!atEae) return;
        if (f & FLAG_SAFE && params.erstaufnahme.holdSafeCountry && table.states[st]?.verfahren === 'laufend') {
          hh.flags[h] = f | FLAG_HELD;
          held.push(h);
          return;
        }
        toPool(h);
        return;
      case EV_DECISION: {
        const protect = (f & FLAG_PROTECT) !== 0;
        applyEventTo(h, protect ? ev['bamf.schutz'] : ev['bamf.ablehnung']);
        if (protect) {
          if (atEae) toPool(h); // § 50 Abs. 1 AsylG: release without delay
          else scheduleMoveOut(h, day);
          return;
        }
        agenda.schedule(day + Math.round(params.money.pauschaleMonthsAfterRejection * DAYS_PER_MONTH), EV_PAUSCHALE_END, h);
        const delay = sampleDays(params.exits.departDelay, rng);
        agenda.schedule(day + Math.max(1, delay), rng.next() < params.exits.departShare ? EV_DEPART : EV_DULDUNG, h);
        return;
      }
      case EV_DEPART:
        leave(h, ev['ausreise.erfolgt']);
        return;
      case EV_DULDUNG:
        applyEventTo(h, ev['duldung.erteilt']);
        if (atEae && f & FLAG_HELD) toPool(h);
        agenda.schedule(day + Math.max(1, sampleDays(params.exits.geduldetStay, rng)), EV_DEPART, h);
        return;
      case EV_MOVE_OUT:
        if (table.isRecognised[st] && !atEae) leave(h, ev['wohnung.bezogen']);
        return;
      case EV_PAUSCHALE_END:
        account(h, -1);
        hh.flags[h] = f | FLAG_PAUSCHALE_ENDED;
        account(h, +1);
        return;
    }
  };

  // ---- views for policies ------------------------------------------------------------------
  const kreisTotals = (k: number): { present: number; capacity: number; nu: number } => {
    const ku = tree.kreise[k] as number;
    let p = present[ku] as number;
    let c = regularCap(ku);
    let n = occ[ku * T + NU] as number;
    for (const g of tree.gemeindenOfKreis[k] as number[]) {
      p += present[g] as number;
      c += regularCap(g);
      n += occ[g * T + NU] as number;
    }
    return { present: p, capacity: c, nu: n };
  };
  const kreisQuota = (): Float64Array => {
    const q = new Float64Array(K);
    let sum = 0;
    tree.kreisRecords.forEach((k, i) => {
      q[i] = params.policies.quota[k.ags] ?? k.population / (tree.population[0] as number);
      sum += q[i] as number;
    });
    for (let i = 0; i < K; i++) q[i] = sum > 0 ? (q[i] as number) / sum : 1 / K;
    return q;
  };
  const eaePlacesIn = (ags: string): number =>
    tree.sites.reduce((a, s) => a + (tree.infos[s]?.hostKreis === ags ? regularCap(s) : 0), 0);
  // The views handed to policies are built once and refreshed in place on each call: policies read them during
  // the call only, and a run would otherwise allocate a million short-lived objects.
  type Mutable<V> = { -readonly [P in keyof V]: V[P] };
  const kreisViewCache: Mutable<KreisView>[] = tree.kreisRecords.map((rec, k) => ({
    index: k,
    id: rec.ags,
    name: rec.name,
    kind: rec.kind,
    population: rec.population,
    quota: 0,
    ist: 0,
    soll: 0,
    present: 0,
    capacity: 0,
    free: 0,
    notunterkunft: 0,
    lage: 'normal',
    zuweisungsstopp: false,
    erstaufnahmePlaces: 0,
  }));
  const kreisViews = (): KreisView[] => {
    const q = kreisQuota();
    kreisViewCache.forEach((v, k) => {
      const t = kreisTotals(k);
      const ku = tree.kreise[k] as number;
      v.quota = q[k] as number;
      v.ist = istKreis[k] as number;
      v.soll = (q[k] as number) * totalAssigned;
      v.present = t.present - t.nu;
      v.capacity = t.capacity;
      v.free = Math.max(0, t.capacity - (t.present - t.nu));
      v.notunterkunft = t.nu;
      v.lage = situations.of(ku);
      v.zuweisungsstopp = stopp[ku] === 1;
      v.erstaufnahmePlaces = eaePlacesIn(v.id);
    });
    return kreisViewCache;
  };
  const gemeindeViewCache: Mutable<GemeindeView>[][] = tree.gemeindenOfKreis.map((gs) => {
    const pop = gs.reduce((a, g) => a + (tree.population[g] as number), 0);
    return gs.map((g, i) => ({
      index: i,
      id: tree.infos[g]!.id,
      name: tree.infos[g]!.name,
      population: tree.population[g] as number,
      quota: pop > 0 ? (tree.population[g] as number) / pop : 1 / gs.length,
      ist: 0,
      soll: 0,
      present: 0,
      capacity: 0,
      free: 0,
      notunterkunft: 0,
      lage: 'normal',
    }));
  });
  const gemeindeViews = (k: number): GemeindeView[] => {
    const gs = tree.gemeindenOfKreis[k] as number[];
    const views = gemeindeViewCache[k] as Mutable<GemeindeView>[];
    gs.forEach((g, i) => {
      const v = views[i] as Mutable<GemeindeView>;
      const c = regularCap(g);
      const nu = occ[g * T + NU] as number;
      v.ist = istGemeinde[g] as number;
      v.soll = v.quota * (totalToGemeinden[k] as number);
      v.present = (present[g] as number) - nu;
      v.capacity = c;
      v.free = Math.max(0, c - ((present[g] as number) - nu));
      v.notunterkunft = nu;
      v.lage = situations.of(g);
    });
    return views;
  };
  // Offer arrays come from buffers that grow as needed (views valid during the policy call, like the views above).
  let offerBuf = { size: new Int32Array(256), mustAssign: new Uint8Array(256), waitingDays: new Int32Array(256), recognised: new Uint8Array(256) };
  const makeOffer = (list: readonly number[], day: number): Offer => {
    const n = list.length;
    if (n > offerBuf.size.length) {
      const m = Math.max(n, offerBuf.size.length * 2);
      offerBuf = { size: new Int32Array(m), mustAssign: new Uint8Array(m), waitingDays: new Int32Array(m), recognised: new Uint8Array(m) };
    }
    const size = offerBuf.size.subarray(0, n);
    const mustAssign = offerBuf.mustAssign.subarray(0, n);
    const waitingDays = offerBuf.waitingDays.subarray(0, n);
    const recognised = offerBuf.recognised.subarray(0, n);
    list.forEach((h, i) => {
      size[i] = hh.size[h] as number;
      waitingDays[i] = day - (hh.arrival[h] as number);
      mustAssign[i] = waitingDays[i]! >= maxDaysOf(size[i]!) ? 1 : 0;
      recognised[i] = table.isRecognised[hh.state[h] as number] as number;
    });
    return { count: n, size, mustAssign, waitingDays, recognised };
  };
  const checkAnswer = (answer: ArrayLike<number>, count: number, max: number, who: string): void => {
    if (answer.length < count) throw new Error(`policy ${who} answered ${answer.length} of ${count} households`);
    for (let i = 0; i < count; i++) {
      const a = answer[i] as number;
      if (!Number.isInteger(a) || a < -2 || a >= max) throw new Error(`policy ${who} gave an invalid answer ${a} for household ${i}`);
    }
  };

  // ---- Zuweisung ---------------------------------------------------------------------------
  const zuweisungLand = (day: number): void => {
    if (!params.policies.weekdays.includes(isoWeekday(startEpoch + day))) return;
    pool = pool.filter((h) => hh.unit[h]! >= 0 && tree.level[hh.unit[h] as number] === LEVEL_EAE);
    if (!params.erstaufnahme.holdSafeCountry) releaseHeld();
    if (pool.length === 0) return;
    pool.sort((a, b) => (hh.arrival[a] as number) - (hh.arrival[b] as number) || a - b);
    const policy = catalogue.land[params.policies.land]!;
    const offer = makeOffer(pool, day);
    let eaePresent = 0;
    let eaeCap = 0;
    for (const s of tree.sites) {
      eaePresent += present[s] as number;
      eaeCap += regularCap(s);
    }
    const answer = policy.assign({
      day,
      date: dateOf(day),
      kreise: kreisViews(),
      totalAssigned,
      offer,
      erstaufnahme: { present: eaePresent, capacity: eaeCap },
      params: params.policies.params,
    });
    checkAnswer(answer, offer.count, K, policy.id);
    const keep: number[] = [];
    pool.forEach((h, i) => {
      const k = answer[i] as number;
      if (k < 0) {
        keep.push(h);
        return;
      }
      const s = hh.size[h] as number;
      hh.flags[h] = (hh.flags[h] as number) & ~FLAG_IN_POOL;
      extras.dwellPersonDaysAtZuweisung += s * (day - (hh.arrival[h] as number));
      extras.personsAssignedFromEae += s;
      countForQuota(k, day, s);
      move(h, tree.kreise[k] as number, ev['zuweisung.kreis'], day);
      if ((tree.gemeindenOfKreis[k] as number[]).length > 0 && hh.unit[h]! >= 0) {
        hh.flags[h] = (hh.flags[h] as number) | FLAG_KREIS_PENDING;
        kreisPending[k]!.push(h);
      }
    });
    pool = keep;
  };

  /** When the hold for safe-country nationals ends, everyone still held becomes available for Zuweisung. */
  const releaseHeld = (): void => {
    if (held.length === 0) return;
    for (const h of held) {
      const u = hh.unit[h] as number;
      if (u >= 0 && tree.level[u] === LEVEL_EAE && (hh.flags[h] as number) & FLAG_HELD) toPool(h);
    }
    held = [];
  };

  const zuweisungKreis = (day: number, force: boolean): void => {
    if (!force && !params.policies.weekdays.includes(isoWeekday(startEpoch + day))) return;
    let views: KreisView[] | undefined;
    for (let k = 0; k < K; k++) {
      const policy = catalogue.kreis[params.policies.kreisByKreis[tree.kreisRecords[k]!.ags] ?? params.policies.kreis]!;
      const ku = tree.kreise[k] as number;
      const pending = (kreisPending[k] as number[]).filter((h) => hh.unit[h] === ku);
      if (pending.length === 0) {
        kreisPending[k] = pending;
        continue;
      }
      views ??= kreisViews();
      const gemeinden = gemeindeViews(k);
      const offer = makeOffer(pending, day);
      const answer = policy.assign({
        day,
        date: dateOf(day),
        kreis: views[k] as KreisView,
        gemeinden,
        totalAssigned: totalToGemeinden[k] as number,
        offer,
        params: params.policies.params,
      });
      checkAnswer(answer, offer.count, gemeinden.length, policy.id);
      const keep: number[] = [];
      const gs = tree.gemeindenOfKreis[k] as number[];
      pending.forEach((h, i) => {
        const a = answer[i] as number;
        if (a === DEFER) {
          keep.push(h);
          return;
        }
        hh.flags[h] = (hh.flags[h] as number) & ~FLAG_KREIS_PENDING;
        if (a === KREIS_HOUSES) return;
        const g = gs[a] as number;
        const s = hh.size[h] as number;
        istGemeinde[g] += s;
        totalToGemeinden[k] += s;
        move(h, g, ev['zuweisung.gemeinde'], day);
      });
      kreisPending[k] = keep;
    }
  };

  // ---- relocation out of Notunterkunft and capacity changes ----------------------------------
  const relocate = (): void => {
    for (let u = 0; u < U; u++) {
      if (!dirty[u]) continue;
      dirty[u] = 0;
      const q = nuQueue[u] as number[];
      let head = nuHead[u] as number;
      while (head < q.length) {
        const h = q[head] as number;
        if (hh.unit[h] !== u || hh.type[h] !== NU) {
          head++;
          continue;
        }
        const t = chooseType(u, hh.size[h] as number);
        if (t === NU) break;
        account(h, -1);
        hh.type[h] = t;
        account(h, +1);
        head++;
      }
      if (head > 1024 && head * 2 > q.length) {
        nuQueue[u] = q.slice(head);
        head = 0;
      }
      nuHead[u] = head;
    }
  };

  /** Changes the places of a type; when places close, their occupants move to other places or Notunterkunft. */
  const changeCapacity = (u: number, t: number, delta: number): void => {
    const before = cap[u * T + t] as number;
    cap[u * T + t] = Math.max(0, before + delta);
    if (t !== NU) {
      regCap[u] += (cap[u * T + t] as number) - before;
      addAgg(aggCap, u, t, (cap[u * T + t] as number) - before);
      tot.regCap += (cap[u * T + t] as number) - before;
    }
    dirty[u] = 1;
    costDirty[u] = 1;
    touch(u);
    if (t === NU) addAgg(aggCap, u, t, (cap[u * T + t] as number) - before);
    if (t === NU || (occ[u * T + t] as number) <= (cap[u * T + t] as number)) return;
    // Places closed under people is rare (a site closing, a contract ending): one scan of all households,
    // the most recent arrivals first, instead of keeping a member list per unit.
    const unitOf = hh.unit;
    const typeOf = hh.type;
    for (let h = hh.count - 1; h >= 0 && (occ[u * T + t] as number) > (cap[u * T + t] as number); h--) {
      if (unitOf[h] !== u || typeOf[h] !== t) continue;
      const nt = chooseType(u, hh.size[h] as number, t);
      // A closing Erstaufnahme site sends its residents to another site with room before using Notunterkunft.
      if (nt === NU && tree.level[u] === LEVEL_EAE && moveToOtherSite(h, u)) continue;
      account(h, -1);
      hh.type[h] = nt;
      if (nt === NU) nuQueue[u]!.push(h);
      account(h, +1);
    }
  };
  /** Moves a household from site u to the site with most free regular places, if one has room. */
  const moveToOtherSite = (h: number, u: number): boolean => {
    const size = hh.size[h] as number;
    let best = -1;
    let bestFree = 0;
    for (const v of tree.sites) {
      if (v === u) continue;
      const free = (regCap[v] as number) - ((present[v] as number) - (occ[v * T + NU] as number));
      if (free >= size && free > bestFree) [best, bestFree] = [v, free];
    }
    if (best < 0) return false;
    account(h, -1);
    dayPassed[u] += size;
    cumPassed[u] += size;
    dirty[u] = 1;
    dayArrived[best] += size;
    cumArrived[best] += size;
    enter(h, best);
    return true;
  };
  // ---- institutions: situation of each unit and procurement contracts ---------------------------
  // Both follow their statecharts through rows asked of xstate's transition() once per (state, event)
  // and cached (machines/compile.ts): hundreds of units and thousands of contracts need no actor each.
  type Command = 'procure' | 'stop' | 'resume' | 'emergency' | 'changed';
  const LAGE_COMMANDS: Record<string, Command> = {
    beschaffungAnstossen: 'procure',
    zuweisungsstoppBeantragen: 'stop',
    zuweisungsstoppAufheben: 'resume',
    notunterkunftEroeffnen: 'emergency',
    lageGewechselt: 'changed',
  };
  const commands: { kind: Command; unit: number }[] = [];
  const situationUnits: number[] = [];
  for (let u = 0; u < U; u++) {
    const l = tree.level[u] as number;
    if (l === LEVEL_EAE || l === LEVEL_KREIS || l === LEVEL_GEMEINDE) situationUnits.push(u);
  }
  const contracts = new Beschaffungen(U, {
    at: (day, fn) => cal.at(day, PH_INSTITUTIONS, fn),
    open: (c) => {
      if (c.type !== NU) pipeline[c.unit] -= c.places;
      changeCapacity(c.unit, c.type, c.places);
    },
    release: (c) => changeCapacity(c.unit, c.type, -c.places),
  });
  const order = (u: number, type: number, places: number, contractDays: number, openDays: number, termDays: number, day: number): void => {
    if (places <= 0) return;
    if (type !== NU) pipeline[u] += places;
    if (type === NU) extras.emergencyPlaces += places;
    else {
      extras.procurementOrders += 1;
      extras.procuredPlaces += places;
    }
    contracts.order(u, type, places, contractDays, openDays, termDays, day);
  };

  const procure = (u: number, day: number): void => {
    const l = tree.level[u] as number;
    if (l !== LEVEL_KREIS && l !== LEVEL_GEMEINDE) return;
    const pr = params.procurement;
    const policy = catalogue.procurement[pr.strategy]!;
    const k = tree.kreisOf[u] as number;
    const orders = policy.decide({
      day,
      date: dateOf(day),
      unit: {
        id: tree.infos[u]!.id,
        level: l === LEVEL_KREIS ? 'kreis' : 'gemeinde',
        population: tree.population[u] as number,
        present: (present[u] as number) - (occ[u * T + NU] as number),
        capacity: regularCap(u),
        pipeline: pipeline[u] as number,
        notunterkunft: occ[u * T + NU] as number,
        lage: situations.of(u),
      },
      settings: pr,
      params: params.policies.params,
    });
    for (const o of orders) {
      const t = ACCOMMODATION_TYPES.indexOf(o.type);
      if (t < 0 || !(o.places > 0)) continue;
      order(u, t, Math.ceil(o.places), o.contractDays, o.openDays, o.termDays, day);
      if (k >= 0 && l === LEVEL_KREIS) {
        addLog(day, u, 'beschaffung', `${unitName(u)}: ${Math.ceil(o.places)} Plätze (${o.type}) bestellt`, `${unitName(u)}: ${Math.ceil(o.places)} places (${o.type}) ordered`);
      }
    }
  };

  const institutions = (day: number): void => {
    for (const u of situationUnits) {
      const l = tree.level[u] as number;
      let demand: number;
      let places: number;
      if (l === LEVEL_KREIS) {
        const t = kreisTotals(tree.kreisOf[u] as number);
        demand = t.present;
        places = t.capacity;
      } else {
        demand = present[u] as number;
        places = regularCap(u);
      }
      const a = places > 0 ? demand / places : demand > 0 ? 9.99 : 0;
      const before = situations.state[u] as number;
      const actions = situations.report(u, a);
      if (actions.length === 0) continue;
      for (const action of actions) {
        const kind = LAGE_COMMANDS[action];
        if (kind) commands.push({ kind, unit: u });
      }
      runCommands(day, before);
    }
    if (isoWeekday(startEpoch + day) === 1) {
      for (const u of situationUnits) procure(u, day);
      if (params.procurement.cancelBelow > 0) for (const u of situationUnits) giveNotice(u, day);
    }
  };

  /** Gives notice on the unit's oldest contract past its minimum term, if occupancy is low and the places can go. */
  const giveNotice = (u: number, day: number): void => {
    const list = contracts.open[u]!;
    if (list.length === 0) return;
    const pr = params.procurement;
    const housed = (present[u] as number) - (occ[u * T + NU] as number);
    const places = regCap[u] as number;
    if (places === 0 || housed >= pr.cancelBelow * places) return;
    for (const c of list) {
      if (c.notice || c.type === NU || day - c.openedDay < pr.minTermDays) continue;
      if (housed > pr.threshold * (places - c.places)) continue;
      extras.cancelledPlaces += c.places;
      addLog(day, u, 'beschaffung', `${unitName(u)}: Vertrag über ${c.places} Plätze gekündigt`, `${unitName(u)}: notice given on ${c.places} places`);
      contracts.giveNotice(c, day, pr.noticeDays);
      return;
    }
  };

  const runCommands = (day: number, before: number): void => {
    while (commands.length > 0) {
      const c = commands.shift()!;
      const u = c.unit;
      switch (c.kind) {
        case 'procure':
          procure(u, day);
          break;
        case 'stop':
          stopp[u] = 1;
          break;
        case 'resume':
          stopp[u] = 0;
          break;
        case 'emergency': {
          const pr = params.procurement;
          const overflow = (occ[u * T + NU] as number) - (cap[u * T + NU] as number);
          order(u, NU, Math.max(pr.minPlaces, overflow), 0, pr.emergencyOpenDays, pr.emergencyTermDays, day);
          break;
        }
        case 'changed': {
          const l = tree.level[u] as number;
          const to = situations.of(u);
          const from = LAGE_STATES[before] ?? 'normal';
          addLog(day, u, 'lage', `${unitName(u)}: ${LAGE_DE[from]} → ${LAGE_DE[to]}`, `${unitName(u)}: ${from} → ${to}`);
          break;
        }
      }
    }
  };

  const startQuota = kreisQuota();
  /** The policies in force when the run starts (events may switch them later; the log says when). */
  const startPolicies = { land: params.policies.land, kreis: params.policies.kreis };
  const unitsOut = tree.infos.map((info, u) =>
    tree.level[u] === LEVEL_KREIS ? { ...info, quota: startQuota[tree.kreisOf[u] as number] as number } : info,
  );
  const live: LiveView = {
    days,
    units: unitsOut,
    series,
    byType: { units: aggUnits, capacity: byTypeCapacity, occupancy: byTypeOccupancy },
  };

  // ---- initial state -----------------------------------------------------------------------
  let initialStock = 0;
  const acc = params.accommodation;
  for (let u = 0; u < U; u++) {
    const l = tree.level[u] as number;
    if (l !== LEVEL_KREIS && l !== LEVEL_GEMEINDE) continue;
    const explicit = acc.units[tree.infos[u]!.id];
    const perK = l === LEVEL_KREIS ? acc.kreisPerThousand : acc.gemeindePerThousand;
    ACCOMMODATION_TYPES.forEach((type, t) => {
      const v = explicit ? (explicit[type] ?? 0) : Math.round(((perK[type] ?? 0) * (tree.population[u] as number)) / 1000);
      cap[u * T + t] = v;
      addAgg(aggCap, u, t, v);
      if (t !== NU) {
        regCap[u] += v;
        tot.regCap += v;
      }
    });
  }
  /** Sets every Erstaufnahme site to the capacity its timeline gives for the day. */
  const siteCapacityAt = (day: number): void => {
    scenario.erstaufnahme.sites.forEach((site, i) => {
      const u = tree.sites[i] as number;
      const p = periodAt(site.capacity, dateOf(day));
      const t = typeOrder[0] ?? 0;
      if (regularCap(u) !== p.places) changeCapacity(u, t, p.places - regularCap(u));
      if ((cap[u * T + NU] as number) !== p.notunterkunft) changeCapacity(u, NU, p.notunterkunft - (cap[u * T + NU] as number));
    });
  };
  // Site timelines change capacity on their dates.
  const siteDates = new Set<number>();
  for (const site of scenario.erstaufnahme.sites) {
    for (const c of site.capacity) {
      const d = toEpochDay(c.from) - startEpoch;
      if (d > 0 && d < D) siteDates.add(d);
    }
  }
  for (const d of [...siteDates].sort((a, b) => a - b)) cal.at(d, PH_EVENTS, () => siteCapacityAt(d));

  cal.at(0, PH_EVENTS, () => {
    siteCapacityAt(0);
    // Persons already housed at the start: in Erstaufnahme and in the Kommunen (counted as arrivals of day 0).
    const cum = cumulative(params.arrivals.householdSizes);
    let left = acc.initialErstaufnahme;
    while (left > 0) {
      const size = Math.min(left, drawIndex(cum, rng) + 1);
      admit(0, size, -Math.round(rng.next() * meanDays(params.erstaufnahme.dwell)), rng.next());
      left -= size;
    }
    dayArrived[0] += acc.initialErstaufnahme;
    cumArrived[0] += acc.initialErstaufnahme;
    initialStock += acc.initialErstaufnahme;
    if (acc.initialPerThousand > 0) {
      for (let k = 0; k < K; k++) {
        const ku = tree.kreise[k] as number;
        let persons = Math.round((acc.initialPerThousand * (tree.population[0] as number) * (startQuota[k] as number)) / 1000);
        initialStock += persons;
        dayArrived[0] += persons;
        cumArrived[0] += persons;
        while (persons > 0) {
          const size = Math.min(persons, drawIndex(cum, rng) + 1);
          persons -= size;
          const h = hh.add(size, S_EAE, -Math.round(rng.next() * 180));
          const period = periodAt(params.procedure.periods, dateOf(0));
          if (rng.next() < period.protectionRate) hh.flags[h] = FLAG_PROTECT;
          hh.state[h] = next[S_EAE * E + ev['zuweisung.kreis']] as number;
          dayArrived[ku] += size;
          cumArrived[ku] += size;
          enter(h, ku);
          agenda.schedule(Math.max(1, Math.round(sampleDays(period.duration, rng) * rng.next())), EV_DECISION, h);
          if ((tree.gemeindenOfKreis[k] as number[]).length > 0) {
            hh.flags[h] = (hh.flags[h] as number) | FLAG_KREIS_PENDING;
            kreisPending[k]!.push(h);
          }
        }
      }
      zuweisungKreis(0, true);
    }
  });

  // Scenario events on their dates.
  // Events dated before the start are in force from day 0; those after the end never happen.
  eventsByDate(scenario.events).forEach(({ e: event, i }) => {
    const d = Math.max(0, toEpochDay(event.date) - startEpoch);
    if (d >= D) return;
    cal.at(d, PH_EVENTS, (day) => {
      applyEvent(params, event, i);
      typeOrder = orderIndex();
      markAllChanged();
      situations.setThresholds(params.situation);
      for (const c of event.capacity ?? []) {
        const u = tree.indexById.get(c.unit);
        if (u !== undefined) changeCapacity(u, ACCOMMODATION_TYPES.indexOf(c.type), c.delta);
      }
      addLog(day, null, 'ereignis', event.label.de, event.label.en);
    });
  });

  // ---- the daily cycle ---------------------------------------------------------------------
  cal.daily(0, PH_ARRIVALS, (day) => {
    expireQuota(day);
    const expected = expectedArrivals(day) + carry;
    let persons: number;
    if (params.arrivals.noise === 'poisson') {
      persons = rng.poisson(expectedArrivals(day));
    } else {
      persons = Math.floor(expected + 1e-9);
      carry = expected - persons;
    }
    if (persons > 0) admitPersons(day, persons);
    admitDirect(day);
  });
  cal.daily(0, PH_HOUSEHOLDS, (day) => {
    const list = agenda.take(day);
    if (!list) return;
    for (let i = 0; i < list.length; i++) {
      const x = list[i] as number;
      onHousehold(day, Math.floor(x / 16777216), x % 16777216);
    }
    agenda.clear(day);
  });
  cal.daily(0, PH_ZUWEISUNG_LAND, zuweisungLand);
  cal.daily(0, PH_ZUWEISUNG_KREIS, (day) => zuweisungKreis(day, false));
  cal.daily(0, PH_RELOCATE, relocate);
  cal.daily(0, PH_INSTITUTIONS, institutions);

  const markAllChanged = (): void => {
    costDirty.fill(1);
    for (let u = 1; u < U; u++) touch(u);
  };
  let lastTiers: unknown = null;
  const record = (day: number): void => {
    const tiers = periodAt(params.money.pauschale, dateOf(day));
    if (tiers !== lastTiers) {
      markAllChanged();
      lastTiers = tiers;
    }
    const perPlace = ACCOMMODATION_TYPES.map((t) => params.accommodation.costs[t].perPlaceDay);
    const perPerson = ACCOMMODATION_TYPES.map((t) => params.accommodation.costs[t].perPersonDay);
    for (const u of touchedList) {
      touched[u] = 0;
      if (costDirty[u]) {
        costDirty[u] = 0;
        let cost = 0;
        let vacancy = 0;
        for (let t = 0; t < T; t++) {
          const placesT = cap[u * T + t] as number;
          const occT = occ[u * T + t] as number;
          cost += placesT * (perPlace[t] as number) + occT * (perPerson[t] as number);
          if (placesT > occT) vacancy += (placesT - occT) * (perPlace[t] as number);
        }
        const k = tree.kreisOf[u] as number;
        const pay = k >= 0 ? ((pauschaleP[u] as number) * tiers[tree.kreisRecords[k]!.pauschaleStufe]) / DAYS_PER_MONTH : 0;
        costCache[u] = cost;
        vacancyCache[u] = vacancy;
        pauschaleCache[u] = pay;
      }
      recorder.write(
        u,
        day,
        present[u] as number,
        regCap[u] as number,
        occ[u * T + NU] as number,
        statusw[u] as number,
        costCache[u] as number,
        pauschaleCache[u] as number,
        dayArrived[u] as number,
        dayZuw[u] as number,
        dayPassed[u] as number,
        dayExits[u] as number,
      );
      dayArrived[u] = 0;
      dayZuw[u] = 0;
      dayPassed[u] = 0;
      dayExits[u] = 0;
    }
    touchedList = [];
    // Summed afresh each day (not by differences), so the Land's money never drifts from its units'.
    tot.cost = 0;
    tot.vacancy = 0;
    tot.pauschale = 0;
    for (let u = 1; u < U; u++) {
      tot.cost += costCache[u] as number;
      tot.vacancy += vacancyCache[u] as number;
      tot.pauschale += pauschaleCache[u] as number;
    }
    extras.vacancyCost += tot.vacancy;
    extras.gemeindeReimbursement += tot.gemeindePresent * params.money.gemeindeReimbursementPerPersonDay;
    let waiting = 0;
    let overMax = 0;
    for (const h of pool) {
      const u = hh.unit[h] as number;
      if (u < 0 || tree.level[u] !== LEVEL_EAE) continue;
      waiting += hh.size[h] as number;
      if (day - (hh.arrival[h] as number) >= maxDaysOf(hh.size[h] as number)) overMax += hh.size[h] as number;
    }
    extras.waitingPersonDays += waiting;
    extras.overMaxPersonDays += overMax;
    // The Land row: everyone in Hessen's reception system.
    cumExits[0] += tot.exits;
    recorder.write(0, day, tot.present, tot.regCap, tot.nu, tot.sw, tot.cost, tot.pauschale, dayArrived[0] as number, 0, 0, tot.exits);
    for (let i = 0; i < A * T; i++) {
      byTypeCapacity[i * D + day] = aggCap[i] as number;
      byTypeOccupancy[i * D + day] = aggOcc[i] as number;
    }
    present[0] = tot.present;
    dayArrived[0] = 0;
    tot.exits = 0;
    if (options.onProgress && (day % 30 === 29 || day === D - 1)) {
      recorder.fillAll(day + 1);
      options.onProgress(day + 1, D, live);
    }
  };

  cal.run(record);
  recorder.fillAll(D);

  const ledger: LedgerEntry[] = tree.infos.map((_, u) => ({
    arrived: cumArrived[u] as number,
    present: present[u] as number,
    passedOn: cumPassed[u] as number,
    exited: cumExits[u] as number,
  }));
  const result: RunResult = {
    meta: {
      scenarioId: scenario.id,
      scenarioName: scenario.name,
      seed,
      landPolicy: startPolicies.land,
      kreisPolicy: startPolicies.kreis,
      start: scenario.period.start,
      end: scenario.period.end,
      engineVersion: ENGINE_VERSION,
      initialStock,
      attribution: region.attribution,
    },
    days,
    units: unitsOut,
    series,
    ledger,
    kpis: [],
    log,
    byType: live.byType,
  };
  return { ...result, kpis: computeKpis(result, extras) };
}

const LAGE_DE: Record<LageState, string> = {
  normal: 'normal',
  angespannt: 'angespannt',
  ueberlastet: 'überlastet',
  notbetrieb: 'Notbetrieb',
};

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
