/**
 * Test helpers for the engine: a builder for small valid scenarios, a fast-check arbitrary producing random
 * valid small scenarios, and a thin wrapper around a run (`sim`) to read series by unit id and date.
 */
import fc from 'fast-check';
import { addDays, daysBetween } from '../../src/engine/dates.ts';
import { FLOW_KINDS, unitSeries, type SeriesKey, type RunResult, type UnitInfo } from '../../src/engine/metrics/result.ts';
import { runScenario, type RunOptions } from '../../src/engine/run.ts';
import type { ScenarioIssue } from '../../src/engine/scenario/issues.ts';
import { loadScenario } from '../../src/engine/scenario/load.ts';
import { ACCOMMODATION_TYPES, REGULAR_TYPES, type Scenario, type ScenarioInput } from '../../src/engine/scenario/schema.ts';

// ---- deep overrides ---------------------------------------------------------------------------

export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Merges `over` into a copy of `base`: plain objects merge key by key; arrays, primitives and tagged unions
 * (objects with `dist` or `kind`, i.e. distributions and arrival series) replace; `undefined` deletes the key.
 */
export function deepMerge<T>(base: T, over: unknown): T {
  if (over === undefined) return structuredClone(base);
  if (!isPlainObject(over) || !isPlainObject(base) || 'dist' in over || 'kind' in over) return structuredClone(over) as T;
  const out: Record<string, unknown> = structuredClone(base);
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) delete out[k];
    else out[k] = k in out ? deepMerge(out[k], v) : structuredClone(v);
  }
  return out as T;
}

/** Costs per place-day and person-day, EUR (the values of the built-in scenarios, kept here so tests do not depend on them). */
export const COSTS: ScenarioInput['accommodation']['costs'] = {
  eigene: { perPlaceDay: 6, perPersonDay: 8 },
  gu: { perPlaceDay: 14.7, perPersonDay: 6 },
  wohnung: { perPlaceDay: 0, perPersonDay: 12 },
  hotel: { perPlaceDay: 0, perPersonDay: 35 },
  notunterkunft: { perPlaceDay: 20, perPersonDay: 55 },
};

// ---- the small region -----------------------------------------------------------------------------

type InlineRegionInput = Exclude<ScenarioInput['region'], string>;

/**
 * Testland: Landkreis K1 (3 Gemeinden), Landkreis K2 (2 Gemeinden), kreisfreie Stadt S1 (its single Gemeinde S1-00).
 * Kreis populations equal the sums of their Gemeinden.
 */
export const TESTLAND: InlineRegionInput = {
  id: 'testland',
  name: 'Testland',
  kreise: [
    { ags: 'K1', name: 'Landkreis Eins', kind: 'landkreis', population: 120_000, pauschaleStufe: 'III' },
    { ags: 'K2', name: 'Landkreis Zwei', kind: 'landkreis', population: 90_000, pauschaleStufe: 'II' },
    { ags: 'S1', name: 'Stadt Eins', kind: 'kreisfreie-stadt', population: 100_000, pauschaleStufe: 'I' },
  ],
  gemeinden: [
    { ags: 'K1-01', name: 'Ahausen', kreisAgs: 'K1', population: 50_000, lon: 9.0, lat: 50.0 },
    { ags: 'K1-02', name: 'Bedorf', kreisAgs: 'K1', population: 30_000, lon: 9.1, lat: 50.1 },
    { ags: 'K1-03', name: 'Cestadt', kreisAgs: 'K1', population: 40_000, lon: 9.2, lat: 50.0 },
    { ags: 'K2-01', name: 'Dehain', kreisAgs: 'K2', population: 60_000, lon: 8.9, lat: 50.4 },
    { ags: 'K2-02', name: 'Eberg', kreisAgs: 'K2', population: 30_000, lon: 8.8, lat: 50.5 },
    { ags: 'S1-00', name: 'Stadt Eins', kreisAgs: 'S1', population: 100_000, lon: 9.5, lat: 50.3 },
  ],
};
export const KREISANGEHOERIGE = ['K1-01', 'K1-02', 'K1-03', 'K2-01', 'K2-02'] as const;
export const KREISE = ['K1', 'K2', 'S1'] as const;

/** A second Erstaufnahme site, for `erstaufnahme.sites` overrides. */
export const SITE_A = { id: 'eae-a', name: 'Erstaufnahme A', host: 'K1-01', capacity: [{ from: '2024-01-01', places: 1000, notunterkunft: 0 }] };
export const SITE_B = { id: 'eae-b', name: 'Erstaufnahme B', host: 'S1', capacity: [{ from: '2024-01-01', places: 500, notunterkunft: 100 }] };

const BASE: ScenarioInput = {
  id: 'test-klein',
  name: { de: 'Kleines Testland', en: 'Small test Land' },
  period: { start: '2024-01-01', end: '2024-06-30' },
  seed: 7,
  region: TESTLAND,
  arrivals: {
    series: { kind: 'rate', perDay: 10 },
    noise: 'none',
    householdSizes: [0.5, 0.3, 0.2],
    safeCountryShare: 0.1,
  },
  erstaufnahme: {
    sites: [SITE_A],
    dwell: { dist: 'gamma', mean: 30, cv: 0.3 },
    maxDays: 90,
    holdSafeCountry: false,
    forwardingShare: 0,
  },
  procedure: { periods: [{ from: '2024-01-01', duration: { dist: 'lognormal', mean: 200, cv: 0.5 }, protectionRate: 0.5 }] },
  exits: {
    afterRecognition: { dist: 'exponential', mean: 120 },
    departShare: 0.4,
    departDelay: { dist: 'exponential', mean: 90 },
    geduldetStay: { dist: 'exponential', mean: 365 },
  },
  accommodation: {
    kreisPerThousand: { gu: 3 },
    gemeindePerThousand: { gu: 3, wohnung: 1 },
    costs: COSTS,
    initialPerThousand: 0,
    initialErstaufnahme: 0,
  },
  money: { pauschale: [{ from: '2024-01-01', I: 1000, II: 900, III: 800 }] },
  policies: { land: 'quote', kreis: 'einwohner', weekdays: [1, 2, 3, 4, 5] },
};

/** A small valid scenario on Testland (one site, 3 Kreise incl. a kreisfreie Stadt, 6 Gemeinden), with deep overrides. */
export function smallScenario(overrides: DeepPartial<ScenarioInput> = {}): ScenarioInput {
  return deepMerge(BASE, overrides);
}

/**
 * Steady flow for queueing checks: `lambda` persons/day, households of one, no forwarding, no BAMF decision
 * within the period (so nobody leaves Erstaufnahme early), Zuweisung every day, ample Kreis and Gemeinde places.
 */
export function steadyScenario(
  lambda: number,
  dwell: ScenarioInput['erstaufnahme']['dwell'],
  overrides: DeepPartial<ScenarioInput> = {},
): ScenarioInput {
  const steady: DeepPartial<ScenarioInput> = {
    period: { start: '2024-01-01', end: '2024-12-31' },
    arrivals: { series: { kind: 'rate', perDay: lambda }, noise: 'none', householdSizes: [1], safeCountryShare: 0 },
    erstaufnahme: { dwell, maxDays: 10_000, forwardingShare: 0, holdSafeCountry: false },
    procedure: { periods: [{ from: '2024-01-01', duration: { dist: 'fixed', days: 5000 }, protectionRate: 0 }] },
    accommodation: { kreisPerThousand: { gu: 1000 }, gemeindePerThousand: { gu: 1000 } },
    policies: { weekdays: [1, 2, 3, 4, 5, 6, 7] },
  };
  return deepMerge(deepMerge(BASE, steady), overrides);
}

/** Loads a scenario and fails loudly (with the issues) if it is invalid. */
export function load(input: unknown): Scenario {
  const r = loadScenario(input);
  if (!r.ok) throw new Error(`scenario invalid:\n${r.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
  return r.scenario;
}

// ---- reading a run --------------------------------------------------------------------------------

/** A run with lookups by unit id and date. */
export class Sim {
  readonly D: number;
  private readonly index = new Map<string, number>();
  constructor(readonly r: RunResult) {
    this.D = r.days.length;
    r.units.forEach((u, i) => this.index.set(u.id, i));
  }
  unit(id: string): number {
    const i = this.index.get(id);
    if (i === undefined) throw new Error(`no unit ${id}`);
    return i;
  }
  units(level: UnitInfo['level']): string[] {
    return this.r.units.filter((u) => u.level === level).map((u) => u.id);
  }
  get land(): string {
    return this.r.units[0]!.id;
  }
  /** Day index of an ISO date (clamped to the period). */
  day(date: string): number {
    return Math.max(0, Math.min(this.D - 1, daysBetween(this.r.days[0]!, date)));
  }
  /** Value of a series for a unit on a day (index or date). */
  at(id: string, key: SeriesKey, day: number | string): number {
    const d = typeof day === 'string' ? this.day(day) : day;
    return this.r.series[key][d * this.r.units.length + this.unit(id)] as number;
  }
  /** Daily values of a series for a unit. */
  series(id: string, key: SeriesKey): number[] {
    const u = this.unit(id);
    return Array.from(unitSeries(this.r, key, u));
  }
  /** Sum of a flow series over days [from, to] (inclusive; default whole period). */
  total(id: string, key: SeriesKey, from: number | string = 0, to: number | string = this.D - 1): number {
    const a = typeof from === 'string' ? this.day(from) : from;
    const b = typeof to === 'string' ? this.day(to) : to;
    const s = this.series(id, key);
    let t = 0;
    for (let d = a; d <= b; d++) t += s[d]!;
    return t;
  }
  /** Sum over several units of a series on one day. */
  sumAt(ids: readonly string[], key: SeriesKey, day: number | string): number {
    return ids.reduce((a, id) => a + this.at(id, key, day), 0);
  }
  /** Mean over days [from, to] of the sum over units of a stock series. */
  meanOf(ids: readonly string[], key: SeriesKey, from: number, to: number = this.D - 1): number {
    let t = 0;
    for (let d = from; d <= to; d++) t += this.sumAt(ids, key, d);
    return t / (to - from + 1);
  }
  /** Persons moved within their Kreis out of Notunterkunft into (`in`) or out of (`out`) a unit, over the whole period. */
  kreisintern(id: string, dir: 'in' | 'out'): number {
    const u = this.unit(id);
    const f = this.r.flows;
    const KI = FLOW_KINDS.indexOf('kreisintern');
    let t = 0;
    for (let i = 0; i < f.count; i++) if (f.kind[i] === KI && (dir === 'in' ? f.to[i] : f.from[i]) === u) t += f.persons[i] as number;
    return t;
  }
  kpi(id: string): number {
    const k = this.r.kpis.find((x) => x.id === id);
    if (!k) throw new Error(`no KPI ${id}`);
    return k.value;
  }
}

/** Loads and runs a scenario; `sim(scn).at('K1', 'present', '2024-03-01')`. */
export function sim(input: ScenarioInput, options: RunOptions = {}): Sim {
  return new Sim(runScenario(load(input), options));
}

// ---- the arbitrary ------------------------------------------------------------------------------------

const EPOCH_START = '2015-01-01';
const text = (s: string) => ({ de: s, en: s });

export const arbDistribution = (maxMean = 120): fc.Arbitrary<ScenarioInput['erstaufnahme']['dwell']> =>
  fc.oneof(
    fc.record({ dist: fc.constant('fixed' as const), days: fc.integer({ min: 0, max: maxMean }) }),
    fc
      .tuple(fc.integer({ min: 0, max: maxMean }), fc.integer({ min: 0, max: maxMean }))
      .map(([a, b]) => ({ dist: 'uniform' as const, min: Math.min(a, b), max: Math.max(a, b) })),
    fc.record({ dist: fc.constant('exponential' as const), mean: fc.double({ min: 0.5, max: maxMean, noNaN: true }) }),
    fc.record({
      dist: fc.constant('gamma' as const),
      mean: fc.double({ min: 0.5, max: maxMean, noNaN: true }),
      cv: fc.double({ min: 0.1, max: 2, noNaN: true }),
    }),
    fc.record({
      dist: fc.constant('lognormal' as const),
      mean: fc.double({ min: 0.5, max: maxMean, noNaN: true }),
      cv: fc.double({ min: 0.1, max: 2, noNaN: true }),
    }),
  );

const share = fc.double({ min: 0, max: 1, noNaN: true });
const arbWeekdays = fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 });

/** A random region: 1–3 Landkreise with 1–3 Gemeinden each plus one kreisfreie Stadt; 3–8 Gemeinden in all. */
const arbRegion: fc.Arbitrary<InlineRegionInput> = fc
  .array(fc.array(fc.integer({ min: 500, max: 200_000 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
  .filter((ls) => ls.reduce((a, g) => a + g.length, 0) + 1 >= 3 && ls.reduce((a, g) => a + g.length, 0) + 1 <= 8)
  .chain((landkreise) =>
    fc.record({ stadt: fc.integer({ min: 20_000, max: 700_000 }), stadtFirst: fc.boolean() }).map(({ stadt, stadtFirst }) => {
      const kreise: InlineRegionInput['kreise'] = [];
      const gemeinden: NonNullable<InlineRegionInput['gemeinden']> = [];
      landkreise.forEach((pops, i) => {
        const ags = `L${i + 1}`;
        kreise.push({ ags, name: `Landkreis ${i + 1}`, kind: 'landkreis', population: pops.reduce((a, b) => a + b, 0), pauschaleStufe: (['I', 'II', 'III'] as const)[i % 3] });
        pops.forEach((p, j) => gemeinden.push({ ags: `${ags}-${j + 1}`, name: `Gemeinde ${i + 1}.${j + 1}`, kreisAgs: ags, population: p, lon: 9 + i / 10, lat: 50 + j / 10 }));
      });
      const stadtRec = { ags: 'SX', name: 'Stadt X', kind: 'kreisfreie-stadt' as const, population: stadt, pauschaleStufe: 'I' as const };
      if (stadtFirst) kreise.unshift(stadtRec);
      else kreise.push(stadtRec);
      gemeinden.push({ ags: 'SX-0', name: 'Stadt X', kreisAgs: 'SX', population: stadt, lon: 8.5, lat: 50.2 });
      return { id: 'zufallsland', name: 'Zufallsland', kreise, gemeinden };
    }),
  );

export interface ArbScenarioOptions {
  /** Upper bound of the arrival rate, persons/day (default 80). */
  readonly maxPerDay?: number;
  readonly minDays?: number;
  readonly maxDays?: number;
  readonly maxEvents?: number;
}

/**
 * Random but valid small scenarios: an inline region of 2–4 Kreise (one kreisfreie Stadt) and 3–8 Gemeinden,
 * one or two Erstaufnahme sites with capacity timelines (places may be 0), a period of 30–240 days from 2015 on,
 * arrivals as a rate (0–80/day, integer or not), monthly or daily series with noise none|poisson (sometimes also
 * arrivals outside the LAG procedure), random household sizes, safe-country and forwarding shares, every kind of
 * duration distribution, random places per 1,000 and per unit (incl. 0), initial stock, weekdays, quotas,
 * situation thresholds, procurement 'reaktiv' | 'keine', Kreis policy 'selbst' | 'einwohner', and up to four
 * dated events (also before or after the period) that `set` parameters and change capacities by ± deltas.
 */
export function arbScenario(o: ArbScenarioOptions = {}): fc.Arbitrary<ScenarioInput> {
  const maxPerDay = o.maxPerDay ?? 80;
  const frame = fc.record({
    region: arbRegion,
    startOffset: fc.integer({ min: 0, max: 3 * 365 }),
    length: fc.integer({ min: o.minDays ?? 30, max: o.maxDays ?? 240 }),
    sites: fc.integer({ min: 1, max: 2 }),
  });
  return frame.chain(({ region, startOffset, length, sites }) => {
    const start = addDays(EPOCH_START, startOffset);
    const end = addDays(start, length - 1);
    const kreisIds = region.kreise.map((k) => k.ags);
    const landkreisIds = region.kreise.filter((k) => k.kind === 'landkreis').map((k) => k.ags);
    const angehoerige = (region.gemeinden ?? []).filter((g) => landkreisIds.includes(g.kreisAgs)).map((g) => g.ags);
    const allGemeinden = (region.gemeinden ?? []).map((g) => g.ags);
    const siteIds = Array.from({ length: sites }, (_, i) => `eae-${i + 1}`);
    const dateIn = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((d) => addDays(start, d));

    const months: string[] = [];
    for (let m = start.slice(0, 7); m <= end.slice(0, 7); ) {
      months.push(m);
      const [y, mo] = m.split('-').map(Number) as [number, number];
      m = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
    }
    const arbSeries: fc.Arbitrary<ScenarioInput['arrivals']['series']> = fc.oneof(
      fc.record({
        kind: fc.constant('rate' as const),
        perDay: fc.oneof(fc.integer({ min: 0, max: maxPerDay }), fc.double({ min: 0, max: maxPerDay, noNaN: true })),
      }),
      fc
        .array(fc.integer({ min: 0, max: maxPerDay * 30 }), { minLength: months.length, maxLength: months.length })
        .map((vs) => ({ kind: 'monthly' as const, values: Object.fromEntries(months.map((m, i) => [m, vs[i]!])) })),
      fc.record({
        kind: fc.constant('daily' as const),
        values: fc.array(fc.double({ min: 0, max: maxPerDay, noNaN: true }), { minLength: 1, maxLength: length + 10 }),
      }),
    );
    const arbPeriods = <T>(value: fc.Arbitrary<T>) =>
      fc
        .uniqueArray(fc.integer({ min: -20, max: length }), { minLength: 1, maxLength: 3 })
        .chain((offs) => {
          const sorted = [...offs].sort((a, b) => a - b);
          return fc.tuple(...sorted.map(() => value)).map((vs) => sorted.map((off, i) => ({ from: addDays(start, off), ...(vs[i] as T) })));
        });
    const arbSite = (id: string) =>
      fc.record({
        id: fc.constant(id),
        name: fc.constant(`Standort ${id}`),
        host: fc.constantFrom(...kreisIds, ...allGemeinden),
        capacity: arbPeriods(fc.record({ places: fc.integer({ min: 0, max: 3000 }), notunterkunft: fc.integer({ min: 0, max: 500 }) })),
      });
    const perThousand = fc.record(
      {
        eigene: fc.double({ min: 0, max: 3, noNaN: true }),
        gu: fc.double({ min: 0, max: 8, noNaN: true }),
        wohnung: fc.double({ min: 0, max: 3, noNaN: true }),
        hotel: fc.double({ min: 0, max: 1, noNaN: true }),
        notunterkunft: fc.double({ min: 0, max: 2, noNaN: true }),
      },
      { requiredKeys: [] },
    );
    const capacityByType = fc.record(
      {
        eigene: fc.integer({ min: 0, max: 300 }),
        gu: fc.integer({ min: 0, max: 1500 }),
        wohnung: fc.integer({ min: 0, max: 300 }),
        hotel: fc.integer({ min: 0, max: 100 }),
        notunterkunft: fc.integer({ min: 0, max: 200 }),
      },
      { requiredKeys: [] },
    );
    const arbSet = fc.record(
      {
        'erstaufnahme.maxDays': fc.integer({ min: 1, max: 200 }),
        'erstaufnahme.holdSafeCountry': fc.boolean(),
        'erstaufnahme.forwardingShare': share,
        'erstaufnahme.dwell': arbDistribution(90),
        'policies.kreis': fc.constantFrom('selbst', 'einwohner'),
        'policies.weekdays': arbWeekdays,
        'procurement.strategy': fc.constantFrom('reaktiv', 'keine'),
        'arrivals.safeCountryShare': share,
        'arrivals.noise': fc.constantFrom('none', 'poisson'),
        'exits.departShare': share,
      },
      { requiredKeys: [] },
    );
    const arbEvent = fc.record(
      {
        date: dateIn(-10, length + 10),
        label: fc.constant(text('Ereignis')),
        set: arbSet,
        capacity: fc.array(
          fc.record({
            unit: fc.constantFrom(...kreisIds, ...angehoerige, ...siteIds),
            type: fc.constantFrom(...ACCOMMODATION_TYPES),
            delta: fc.integer({ min: -400, max: 400 }),
          }),
          { maxLength: 3 },
        ),
      },
      { requiredKeys: ['date', 'label'] },
    );

    return fc.record({
      id: fc.constant('zufall'),
      name: fc.constant(text('Zufallsszenario')),
      period: fc.constant({ start, end }),
      seed: fc.nat({ max: 2 ** 31 - 1 }),
      region: fc.constant(region),
      arrivals: fc.record({
        series: arbSeries,
        // Arrivals outside the LAG procedure (straight to the Kreise) in about one scenario of four.
        direct: fc.oneof(
          { arbitrary: fc.constant(undefined), weight: 3 },
          {
            arbitrary: fc.record({
              series: arbSeries.map((x) => (x.kind === 'rate' ? { ...x, perDay: x.perDay / 4 } : x)),
              shares: fc.dictionary(fc.constantFrom(...kreisIds), fc.double({ min: 0, max: 1, noNaN: true }), { maxKeys: kreisIds.length }),
              creditQuota: fc.boolean(),
            }),
            weight: 1,
          },
        ),
        noise: fc.constantFrom('none' as const, 'poisson' as const),
        householdSizes: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
        safeCountryShare: share,
      }),
      erstaufnahme: fc.record({
        sites: fc.tuple(...siteIds.map(arbSite)),
        dwell: arbDistribution(),
        maxDays: fc.oneof(fc.integer({ min: 1, max: 200 }), fc.constant(10_000)),
        holdSafeCountry: fc.boolean(),
        forwardingShare: share,
        forwardingDelay: arbDistribution(15),
      }),
      procedure: fc.record({
        periods: arbPeriods(fc.record({ duration: arbDistribution(400), protectionRate: share })),
      }),
      exits: fc.record({
        afterRecognition: arbDistribution(300),
        departShare: share,
        departDelay: arbDistribution(200),
        geduldetStay: arbDistribution(400),
        kreisFactor: fc.dictionary(fc.constantFrom(...kreisIds), fc.double({ min: 0.2, max: 3, noNaN: true }), { maxKeys: 2 }),
      }),
      accommodation: fc.record({
        order: fc.shuffledSubarray([...REGULAR_TYPES], { minLength: 1 }),
        kreisPerThousand: perThousand,
        gemeindePerThousand: perThousand,
        units: fc.dictionary(fc.constantFrom(...kreisIds, ...angehoerige), capacityByType, { maxKeys: 3 }),
        costs: fc.constant(COSTS),
        initialPerThousand: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 5, noNaN: true })),
        initialErstaufnahme: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 800 })),
      }),
      situation: fc
        .record({
          angespannt: fc.double({ min: 0.5, max: 1, noNaN: true }),
          d1: fc.double({ min: 0.05, max: 0.5, noNaN: true }),
          d2: fc.double({ min: 0.05, max: 0.5, noNaN: true }),
          hysteresis: fc.double({ min: 0, max: 0.1, noNaN: true }),
        })
        .map(({ angespannt, d1, d2, hysteresis }) => ({ angespannt, ueberlastet: angespannt + d1, notbetrieb: angespannt + d1 + d2, hysteresis })),
      procurement: fc.record({
        strategy: fc.constantFrom('reaktiv', 'keine'),
        threshold: fc.double({ min: 0.5, max: 1.2, noNaN: true }),
        type: fc.constantFrom(...REGULAR_TYPES),
        stepShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
        minPlaces: fc.integer({ min: 0, max: 50 }),
        contractDays: fc.integer({ min: 0, max: 60 }),
        openDays: fc.integer({ min: 0, max: 90 }),
        termDays: fc.integer({ min: 1, max: 400 }),
        emergencyOpenDays: fc.integer({ min: 0, max: 10 }),
        emergencyTermDays: fc.integer({ min: 1, max: 200 }),
      }),
      money: fc.record({
        pauschale: fc.constant([{ from: start, I: 1000, II: 900, III: 800 }]),
        pauschaleMonthsAfterRejection: fc.integer({ min: 0, max: 36 }),
        gemeindeReimbursementPerPersonDay: fc.double({ min: 0, max: 10, noNaN: true }),
      }),
      policies: fc.record({
        land: fc.constant('quote'),
        kreis: fc.constantFrom('selbst', 'einwohner'),
        quota: fc.dictionary(fc.constantFrom(...kreisIds), fc.double({ min: 0, max: 1, noNaN: true }), { maxKeys: kreisIds.length }),
        weekdays: arbWeekdays,
      }),
      events: fc.array(arbEvent, { maxLength: o.maxEvents ?? 4 }),
    });
  });
}

/** The issues of an input the loader must reject (throws if it accepts it). */
export function issuesOf(input: unknown): readonly ScenarioIssue[] {
  const r = loadScenario(input);
  if (r.ok) throw new Error('expected the scenario to be rejected');
  return r.issues;
}
/** The issues of the small scenario with overrides that the loader must reject. */
export const rejected = (over: DeepPartial<ScenarioInput>): readonly ScenarioIssue[] => issuesOf(smallScenario(over));
/** The field paths of issues. */
export const pathsOf = (issues: readonly ScenarioIssue[]): string[] => issues.map((i) => i.path);

