/** The sensitivity analysis of the validation: varying a parameter in a scenario and its events, and ranking the parameters. */
import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../../src/engine/scenario/builtin/index.ts';
import { loadScenario } from '../../src/engine/scenario/load.ts';
import type { ScenarioInput } from '../../src/engine/scenario/schema.ts';
import { isSourceId, parseCitations } from '../../src/engine/sources.ts';
import { analyseSensitivity, appliesTo, FREE_PARAMETERS, vary, type FreeParameter } from '../../src/validation/sensitivity.ts';

const HESSEN = ['herbst-2015', 'zyklus-2014-2019', '2022-2024'].map((id) => BUILTIN_SCENARIOS[id] as ScenarioInput);
const param = (path: string): FreeParameter => FREE_PARAMETERS.find((p) => p.path === path)!;

describe('free parameters', () => {
  it('each has a range inside which every Hessen scenario it applies to still loads, and cites its reason', () => {
    for (const p of FREE_PARAMETERS) {
      expect(p.low).toBeLessThan(p.high);
      const citations = parseCitations(p.source);
      expect(citations, p.path).toBeDefined();
      for (const c of citations!) expect(isSourceId(c.id), `${p.path}: ${c.id}`).toBe(true);
      const applies = HESSEN.filter((s) => appliesTo(s, p));
      expect(applies.length, p.path).toBeGreaterThan(0);
      for (const s of applies) for (const v of [p.low, p.high]) expect(loadScenario(vary(s, p, v)).ok, `${s.id} ${p.path} = ${v}`).toBe(true);
    }
  }, 120_000);

  it('a value is set at the path; a factor scales the start value and the values dated events set there', () => {
    const zyklus = HESSEN[1]!;
    expect(vary(zyklus, param('exits.afterRecognition.mean'), 450).exits.afterRecognition).toEqual({ dist: 'exponential', mean: 450 });
    const dwell = vary(zyklus, param('erstaufnahme.dwell.mean'), 1.2);
    expect((dwell.erstaufnahme.dwell as { mean: number }).mean).toBeCloseTo(42);
    const later = dwell.events!.flatMap((e) => (e.set?.['erstaufnahme.dwell'] ? [(e.set['erstaufnahme.dwell'] as { mean: number }).mean] : []));
    expect(later.map((m) => Math.round(m * 10) / 10)).toEqual([67.2, 126]);
    // The original is not changed.
    expect((zyklus.erstaufnahme.dwell as { mean: number }).mean).toBe(35);
  });

  it('a `*` path varies only the list entries that match, at the start and in events', () => {
    const y2022 = HESSEN[2]!;
    const v = vary(y2022, param('procurement.mix.*.openDays'), 730);
    const long = (mix: readonly { termDays: number; openDays: number }[]) => mix.filter((k) => k.termDays === 3650).map((k) => k.openDays);
    expect(long(v.procurement!.mix!)).toEqual([730]);
    const mixes = v.events!.flatMap((e) => (e.set?.['procurement.mix'] ? [e.set['procurement.mix'] as { termDays: number; openDays: number }[]] : []));
    expect(mixes.length).toBe(2);
    // The temporary contracts of 2022 have no ten-year lease and keep their times; the 2023 mix has its lease varied.
    expect(mixes.map((m) => long(m))).toEqual([[], [730]]);
    expect(mixes[0]!.map((k) => k.openDays)).toEqual([7, 14, 30]);
  });

  it('a parameter a scenario does not have does not apply to it', () => {
    expect(appliesTo(HESSEN[0]!, param('arrivals.direct.housedShare'))).toBe(false);
    expect(appliesTo(HESSEN[2]!, param('arrivals.direct.housedShare'))).toBe(true);
    expect(() => vary(HESSEN[0]!, param('arrivals.direct.housedShare'), 0.3)).toThrow(/no value/);
  });
});

describe('analyseSensitivity', () => {
  it('runs each scenario once and each parameter twice where it applies, and ranks by the largest change', () => {
    const params: FreeParameter[] = [param('exits.departShare'), param('arrivals.direct.housedShare')];
    // A stand-in measure: the share of rejected persons who leave, or the housed share of the Ukrainians.
    const measure = (s: ScenarioInput) => (s.arrivals.direct?.housedShare ?? 0) * 2 + s.exits.departShare / 10;
    const r = analyseSensitivity(HESSEN, params, measure);
    expect(r.runs).toBe(3 + 3 * 2 + 1 * 2);
    expect(r.rows.map((x) => x.parameter.path)).toEqual(['arrivals.direct.housedShare', 'exits.departShare']);
    expect(r.rows[0]!.effect).toBeCloseTo(0.2);
    expect(Object.keys(r.rows[0]!.byScenario)).toEqual(['2022-2024']);
    expect(r.rows[1]!.effect).toBeCloseTo(0.015);
  });
});
