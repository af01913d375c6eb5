/**
 * Conservation of persons over random valid scenarios (fast-check): every person who arrives in a unit is
 * still there, was passed on, or has left; the Land sums its units; no series is negative, NaN or fractional.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/engine/metrics/result.ts';
import { runScenario } from '../../src/engine/run.ts';
import type { ScenarioInput } from '../../src/engine/scenario/schema.ts';
import { arbScenario, load } from './helpers.ts';
import { byTypeViolation, conservationViolation, flowRecordViolation, flowViolation, sollIstViolation, valueViolation } from './invariants.ts';

/** Runs a generated scenario strictly (an event the household chart refuses throws); the loader must accept it. */
function run(input: ScenarioInput): RunResult {
  return runScenario(load(input), { strict: true });
}

describe('conservation of persons (property)', () => {
  it('for every unit and day: cumulative arrived = present + cumulative passedOn + cumulative exits; ledger = series; Land = Σ units', () => {
    fc.assert(
      fc.property(arbScenario(), (input) => {
        const violation = conservationViolation(run(input));
        expect(violation).toBeNull();
      }),
      { numRuns: 1500, seed: 20240101 },
    );
  }, 60_000);

  it('no series value is negative, NaN or fractional (persons); KPIs are finite', () => {
    fc.assert(
      fc.property(arbScenario(), (input) => {
        expect(valueViolation(run(input))).toBeNull();
      }),
      { numRuns: 1000, seed: 20240102 },
    );
  }, 60_000);

  it('flows between levels agree (sites → Kreise → Gemeinden); kreisfreie Städte and Gemeinden never pass on; byType agrees', () => {
    fc.assert(
      fc.property(arbScenario(), (input) => {
        const r = run(input);
        expect(flowViolation(r)).toBeNull();
        expect(byTypeViolation(r)).toBeNull();
        expect(flowRecordViolation(r)).toBeNull();
        expect(sollIstViolation(r)).toBeNull();
      }),
      { numRuns: 800, seed: 20240103 },
    );
  }, 60_000);

  it('the checks can fail: a tampered result is caught', () => {
    const r = run(fc.sample(arbScenario({ minDays: 60 }), { numRuns: 1, seed: 3 })[0]!);
    const tampered = { ...r, series: { ...r.series, present: Int32Array.from(r.series.present) } } as RunResult;
    (tampered.series.present as Int32Array)[5 * r.units.length + 1] += 1;
    expect(conservationViolation(r)).toBeNull();
    expect(conservationViolation(tampered)).not.toBeNull();
    const neg = { ...r, series: { ...r.series, cost: Float32Array.from(r.series.cost) } } as RunResult;
    (neg.series.cost as Float32Array)[3] = Number.NaN;
    expect(valueViolation(neg)).toMatch(/cost/);
    const zuw = { ...r, series: { ...r.series, zuweisungen: Int32Array.from(r.series.zuweisungen) } } as RunResult;
    const k = r.units.findIndex((u) => u.level === 'kreis');
    (zuw.series.zuweisungen as Int32Array)[7 * r.units.length + k] += 1;
    expect(flowViolation(r)).toBeNull();
    expect(flowViolation(zuw)).not.toBeNull();
    expect(flowRecordViolation(r)).toBeNull();
    expect(flowRecordViolation(zuw)).not.toBeNull();
    expect(byTypeViolation(r)).toBeNull();
    const soll = { ...r, series: { ...r.series, soll: Float32Array.from(r.series.soll) } } as RunResult;
    (soll.series.soll as Float32Array)[9 * r.units.length + k] += 5;
    expect(sollIstViolation(r)).toBeNull();
    expect(sollIstViolation(soll)).not.toBeNull();
  });
});
