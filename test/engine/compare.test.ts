// The comparison API: plan on common random numbers, setups checked against registry and catalogue, summary statistics.
import { describe, expect, it } from 'vitest';
import {
  compareScenarios,
  ComparisonError,
  describeSample,
  executeRun,
  planComparison,
  runInput,
  scenarioHash,
  summarise,
  sweepValues,
  t95,
  type RunOutcome,
} from '../../src/engine/compare/index.ts';
import { runScenario } from '../../src/engine/run.ts';
import { loadScenario } from '../../src/engine/scenario/load.ts';
import type { Scenario } from '../../src/engine/scenario/schema.ts';
import { smallScenario } from './helpers.ts';

const scenario = (): Scenario => {
  const r = loadScenario(smallScenario({ arrivals: { noise: 'poisson' } }));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.scenario;
};
const value = (o: RunOutcome, id: string): number => o.kpis.find((k) => k.id === id)!.value;

describe('statistics', () => {
  it('t quantiles match the tables', () => {
    for (const [df, t] of [
      [1, 6.3138],
      [3, 2.3534],
      [5, 2.015],
      [10, 1.8125],
      [30, 1.6973],
      [120, 1.6577],
    ] as const) {
      expect(t95(df)).toBeCloseTo(t, 3);
    }
  });

  it('gives mean, the 5–95 % range of the values and the interval of the mean', () => {
    const s = describeSample(Array.from({ length: 20 }, (_, i) => 20 - i));
    expect(s.mean).toBe(10.5);
    expect(s.range90!.low).toBeCloseTo(1.95, 10);
    expect(s.range90!.high).toBeCloseTo(19.05, 10);
    const half = (t95(19) * s.sd) / Math.sqrt(20);
    expect(s.ci90!.low).toBeCloseTo(10.5 - half, 10);
    expect(s.ci90!.high).toBeCloseTo(10.5 + half, 10);
    expect(describeSample([4])).toMatchObject({ n: 1, mean: 4, sd: 0, range90: { low: 4, high: 4 }, ci90: null });
  });

  it('pairs differences by replicate and skips runs that are missing', () => {
    const o = (setup: number, replicate: number, v: number): RunOutcome => ({
      index: 0,
      setup,
      replicate,
      seed: replicate,
      kpis: [{ id: 'x', value: v, unit: { de: 'P', en: 'p' } }],
    });
    // Setup 1 is always 2 more than setup 0 on the same replicate, though replicates vary a lot.
    const [x] = summarise(2, [o(0, 0, 10), o(1, 0, 12), o(0, 1, 100), o(1, 1, 102), o(0, 2, 50), o(1, 3, 999)]);
    expect(x!.setups[0]!.n).toBe(3);
    expect(x!.setups[1]!.diff).toMatchObject({ n: 2, mean: 2, sd: 0, ci90: { low: 2, high: 2 } });
    expect(x!.setups[0]!.diff).toBeNull();
  });
});

describe('planComparison', () => {
  it('runs every setup on the same seeds, replicate by replicate', () => {
    const r = planComparison(scenario(), [{ kreisPolicy: 'einwohner' }, { kreisPolicy: 'selbst' }], { runs: 3, baseSeed: 100 });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.plan.seeds).toEqual([100, 101, 102]);
    expect(r.plan.tasks.map((t) => [t.setup, t.replicate, t.seed])).toEqual([
      [0, 0, 100],
      [1, 0, 100],
      [0, 1, 101],
      [1, 1, 101],
      [0, 2, 102],
      [1, 2, 102],
    ]);
    expect(r.plan.scenarioHash).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
  });

  it('takes the scenario seed as base seed and wraps at 2³²', () => {
    const r = planComparison(scenario(), [{}], { runs: 2 });
    expect(r.ok && r.plan.seeds).toEqual([7, 8]);
    const w = planComparison(scenario(), [{}], { runs: 2, baseSeed: 4_294_967_295 });
    expect(w.ok && w.plan.seeds).toEqual([4_294_967_295, 0]);
  });

  it('refuses unknown policies, naming the setup, field and the known ids', () => {
    const r = planComparison(scenario(), [{ landPolicy: 'quote' }, { landPolicy: 'losen' }, { procurement: 'toString' }], { runs: 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toMatchObject([
      { setup: 1, field: 'landPolicy', value: 'losen', message: expect.stringMatching(/unknown policy "losen"; known: .*quote/) },
      { setup: 2, field: 'procurement', value: 'toString', message: expect.stringMatching(/unknown policy "toString"; known: .*reaktiv/) },
    ]);
  });

  it('checks parameter paths and bounds against the catalogue', () => {
    const issues = (path: string, value: unknown) => {
      const r = planComparison(scenario(), [{ params: [{ path, value }] }], { runs: 1 });
      return r.ok ? [] : r.issues.map((i) => `${i.value}: ${i.message}`);
    };
    expect(issues('erstaufnahme.dwell.mean', 45)).toEqual([]);
    expect(issues('erstaufnahme.dwel.mean', 45)).toEqual(['erstaufnahme.dwel.mean: no parameter "erstaufnahme.dwel.mean"']);
    expect(issues('region.kreise', 45)).toEqual([expect.stringMatching(/^region\.kreise: "region\.kreise" is not a parameter; parameters start with one of .*erstaufnahme/)]);
    expect(issues('erstaufnahme.dwell.mean', 0)).toEqual(['erstaufnahme.dwell.mean: 0 is out of range: must be ≥ 0.01']);
    expect(issues('arrivals.safeCountryShare', 1.5)).toEqual(['arrivals.safeCountryShare: 1.5 is out of range: must be ≤ 1']);
    // The catalogue knows `days` of a fixed distribution, but this scenario's dwell is a gamma distribution.
    expect(issues('erstaufnahme.dwell.days', 20)).toEqual([expect.stringMatching(/"erstaufnahme\.dwell" of this scenario has no field "days" \(it has: dist, mean, cv\)/)]);
    // What only the schema knows (the type) is found by loading the changed scenario.
    expect(issues('erstaufnahme.maxDays', 'lang')).toEqual([expect.stringMatching(/^erstaufnahme\.maxDays: erstaufnahme\.maxDays: /)]);
  });

  it('spaces sweep values evenly and includes the end', () => {
    expect(sweepValues(30, 90, 15)).toEqual([30, 45, 60, 75, 90]);
    expect(sweepValues(0, 0.3, 0.1)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(sweepValues(90, 30, -30)).toEqual([90, 60, 30]);
    expect(sweepValues(30, 90, -15)).toEqual([]);
    expect(sweepValues(30, 90, 0)).toEqual([]);
  });
});

describe('compareScenarios', () => {
  it('gives each setup the same arrivals on the same seed, and identical setups no difference', () => {
    const c = compareScenarios(scenario(), [{ kreisPolicy: 'einwohner' }, { kreisPolicy: 'selbst' }, { kreisPolicy: 'einwohner' }], { runs: 3, baseSeed: 11 });
    expect(c.outcomes).toHaveLength(9);
    for (let r = 0; r < 3; r++) {
      const runs = c.outcomes.filter((o) => o.replicate === r);
      expect(new Set(runs.map((o) => value(o, 'arrivals'))).size).toBe(1);
    }
    // The seeds differ between replicates, so the arrivals do.
    expect(new Set(c.outcomes.filter((o) => o.setup === 0).map((o) => value(o, 'arrivals'))).size).toBeGreaterThan(1);
    const arrivals = c.kpis.find((k) => k.id === 'arrivals')!;
    expect(arrivals.setups[1]!.diff).toMatchObject({ n: 3, mean: 0, sd: 0 });
    for (const k of c.kpis) expect(k.setups[2]!.diff, k.id).toMatchObject({ mean: 0, sd: 0, ci90: { low: 0, high: 0 } });
    expect(arrivals.unit).toEqual({ de: 'Personen', en: 'persons' });
    expect(c.kpis.find((k) => k.id === 'eaePeakDay')!.day).toBe(true);
  });

  it('reproduces each outcome with a single run on the recorded seed', () => {
    const s = scenario();
    const c = compareScenarios(s, [{ kreisPolicy: 'selbst', params: [{ path: 'erstaufnahme.dwell.mean', value: 60 }] }], { runs: 2, baseSeed: 3 });
    const last = c.outcomes[1]!;
    const single = runScenario({ ...s, erstaufnahme: { ...s.erstaufnahme, dwell: { dist: 'gamma', mean: 60, cv: 0.3 } } }, { seed: last.seed, kreisPolicy: 'selbst' });
    expect(last.kpis.map((k) => [k.id, k.value])).toEqual(single.kpis.map((k) => [k.id, k.value]));
  });

  it('applies a parameter override on the same arrivals: a longer stay in Erstaufnahme shows in the mean stay', () => {
    const c = compareScenarios(scenario(), [{ params: [{ path: 'erstaufnahme.dwell.mean', value: 20 }] }, { params: [{ path: 'erstaufnahme.dwell.mean', value: 60 }] }], {
      runs: 2,
    });
    const stay = c.kpis.find((k) => k.id === 'eaeMeanStay')!;
    expect(stay.setups[1]!.diff!.mean).toBeGreaterThan(20);
    // Who arrives does not depend on how long people stay: the arrivals of a replicate are the same in both setups.
    expect(c.kpis.find((k) => k.id === 'arrivals')!.setups[1]!.diff).toMatchObject({ mean: 0, sd: 0 });
    expect(new Set(c.outcomes.map((o) => value(o, 'nuPersonDays'))).size).toBeGreaterThan(1);
  });

  it('lets another runner execute the inputs and feed the outcomes back in any order', () => {
    const r = planComparison(scenario(), [{}, { kreisPolicy: 'selbst' }], { runs: 2, baseSeed: 5 });
    if (!r.ok) throw new Error('plan');
    // Plain data, as a worker receives it.
    const inputs = r.plan.tasks.map((t) => structuredClone(runInput(r.plan, t)));
    const outcomes = inputs.reverse().map((i) => executeRun(i));
    const direct = compareScenarios(scenario(), [{}, { kreisPolicy: 'selbst' }], { runs: 2, baseSeed: 5 });
    expect(summarise(2, outcomes)).toEqual(direct.kpis);
  });

  it('throws the setup issues before running anything', () => {
    let runs = 0;
    expect(() => compareScenarios(scenario(), [{ kreisPolicy: 'keine' }], { runs: 2, onRun: () => runs++ })).toThrow(ComparisonError);
    expect(runs).toBe(0);
  });
});

describe('scenarioHash', () => {
  it('does not depend on the order of fields, but on every value', () => {
    expect(scenarioHash({ a: 1, b: { c: [1, 2], d: 'x' } })).toBe(scenarioHash({ b: { d: 'x', c: [1, 2] }, a: 1 }));
    expect(scenarioHash({ a: 1, b: { c: [1, 2], d: 'x' } })).not.toBe(scenarioHash({ a: 1, b: { c: [2, 1], d: 'x' } }));
    const s = scenario();
    expect(scenarioHash(s)).not.toBe(scenarioHash({ ...s, seed: s.seed + 1 }));
  });
});
