/** Reproducibility: a run depends only on the scenario and the seed. */
import { describe, expect, it } from 'vitest';
import { toResultJson } from '../../src/engine/metrics/export.ts';
import { unitSeries } from '../../src/engine/metrics/result.ts';
import { runScenario } from '../../src/engine/run.ts';
import { keptWorld } from '../../src/engine/world.ts';
import { getBuiltinScenario } from '../../src/engine/scenario/builtin/index.ts';
import { load, smallScenario } from './helpers.ts';

const json = (input: unknown, seed?: number): string =>
  JSON.stringify(toResultJson(runScenario(load(input), seed === undefined ? {} : { seed })));

/** A scenario with Poisson noise, decisions, exits, forwarding, procurement and an event. */
const noisy = smallScenario({
  period: { start: '2024-01-01', end: '2024-09-30' },
  arrivals: { series: { kind: 'rate', perDay: 25 }, noise: 'poisson', safeCountryShare: 0.2 },
  erstaufnahme: { forwardingShare: 0.2, holdSafeCountry: true },
  accommodation: { initialPerThousand: 2, initialErstaufnahme: 300 },
  events: [{ date: '2024-04-01', label: { de: 'Mehr Plätze', en: 'More places' }, capacity: [{ unit: 'K1', type: 'gu', delta: 200 }] }],
});

describe('determinism', () => {
  it('same scenario and seed give a byte-identical result JSON', () => {
    const a = json(noisy);
    const b = json(noisy);
    expect(a.length).toBeGreaterThan(1000);
    expect(b).toBe(a);
  });

  it('a run leaves no state behind: A, B, A again gives the same A', () => {
    const a1 = json(noisy);
    json(smallScenario({ seed: 99, policies: { kreis: 'selbst' } }));
    expect(json(noisy)).toBe(a1);
  });

  it('the world kept for the next run holds none of the arrays its result owns, and the result outlives the next run', () => {
    const first = runScenario(load(noisy));
    const before = JSON.stringify(toResultJson(first));
    const kept = keptWorld();
    expect(kept).toBeDefined();
    expect(kept!.recorder.series.present.length).toBe(0);
    expect(kept!.recorder.byTypeCapacity.length).toBe(0);
    expect(kept!.flows.count).toBe(0);
    expect(first.series.present.length).toBe(first.units.length * first.days.length);
    expect(first.flows.count).toBeGreaterThan(0);
    runScenario(load(smallScenario({ seed: 7 })));
    expect(keptWorld()).not.toBe(kept);
    expect(JSON.stringify(toResultJson(first))).toBe(before);
  });

  it('the built-in musterkreis is reproducible', () => {
    const input = getBuiltinScenario('musterkreis');
    expect(json(input)).toBe(json(input));
  });

  it('a different seed changes the result of a scenario with Poisson noise', () => {
    const a = runScenario(load(noisy));
    const b = runScenario(load(noisy), { seed: 8 });
    expect(b.meta.seed).toBe(8);
    expect(a.meta.seed).toBe(7);
    // The daily arrivals in Hessen differ (Poisson draws), not only some detail.
    const D = a.days.length;
    const arrA = Array.from(unitSeries(a, 'arrived', 0));
    const arrB = Array.from(unitSeries(b, 'arrived', 0));
    expect(arrB).not.toEqual(arrA);
    expect(JSON.stringify(toResultJson(b))).not.toBe(JSON.stringify(toResultJson(a)));
  });

  it('the seed option and the scenario seed are the same thing', () => {
    expect(json(noisy, 42)).toBe(json(smallScenario({ ...noisy, seed: 42 })));
  });

  it('without noise, arrivals do not depend on the seed (the expected count each day)', () => {
    const quiet = smallScenario({ arrivals: { series: { kind: 'rate', perDay: 12.5 }, noise: 'none' } });
    const a = runScenario(load(quiet), { seed: 1 });
    const b = runScenario(load(quiet), { seed: 2 });
    const D = a.days.length;
    expect(Array.from(unitSeries(b, 'arrived', 0))).toEqual(Array.from(unitSeries(a, 'arrived', 0)));
  });
});
