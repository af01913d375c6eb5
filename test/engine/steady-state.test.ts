/**
 * Queueing checks on the Erstaufnahme: with a steady flow, occupancy = arrival rate × stay (Little's law).
 * Households of one person, no forwarding, no BAMF decision within the period, Zuweisung every day.
 */
import { describe, expect, it } from 'vitest';
import { steadyScenario, sim, type Sim } from './helpers.ts';

const eaeOccupancy = (s: Sim, from: number): number => s.meanOf(s.units('erstaufnahme'), 'present', from);

describe('steady state of the Erstaufnahme', () => {
  it.each([
    [10, 20],
    [25, 7],
    [3, 45],
  ])('λ = %d persons/day, fixed stay W = %d days: occupancy is exactly λ·W every day after W days', (lambda, w) => {
    const s = sim(steadyScenario(lambda, { dist: 'fixed', days: w }));
    const eae = s.units('erstaufnahme');
    for (let d = w + 1; d < s.D; d++) expect(s.sumAt(eae, 'present', d), `day ${d}`).toBe(lambda * w);
    expect(eaeOccupancy(s, w + 5)).toBe(lambda * w);
    // Flow balance: after the warm-up the Kreise receive λ persons a day.
    for (let d = w + 1; d < s.D; d++) expect(s.sumAt(s.units('kreis'), 'zuweisungen', d), `day ${d}`).toBe(lambda);
    // Nobody waits beyond the target stay, and the mean stay until Zuweisung is W.
    expect(s.kpi('eaeMeanStay')).toBe(w);
    expect(s.kpi('waiting')).toBe(0);
  });

  it('a fractional rate (λ = 2.5, W = 10) averages to λ·W within 1 %', () => {
    const s = sim(steadyScenario(2.5, { dist: 'fixed', days: 10 }));
    expect(Math.abs(eaeOccupancy(s, 15) - 25) / 25).toBeLessThan(0.01);
  });

  it('two sites: their occupancies add up to λ·W', () => {
    const s = sim(
      steadyScenario(
        30,
        { dist: 'fixed', days: 12 },
        {
          erstaufnahme: {
            sites: [
              { id: 'eae-a', name: 'A', host: 'K1-01', capacity: [{ from: '2024-01-01', places: 200 }] },
              { id: 'eae-b', name: 'B', host: 'S1', capacity: [{ from: '2024-01-01', places: 300 }] },
            ],
          },
        },
      ),
    );
    const [a, b] = s.units('erstaufnahme') as [string, string];
    expect(s.total(a, 'arrived')).toBeGreaterThan(0);
    expect(s.total(b, 'arrived')).toBeGreaterThan(0);
    for (let d = 13; d < s.D; d++) expect(s.at(a, 'present', d) + s.at(b, 'present', d)).toBe(360);
  });

  it("Little's law with a gamma stay (mean 30 days, cv 0.5): mean occupancy ≈ λ·E[W] within 3 %", () => {
    const lambda = 100;
    const s = sim(steadyScenario(lambda, { dist: 'gamma', mean: 30, cv: 0.5 }, { seed: 3 }));
    const occupancy = eaeOccupancy(s, 150);
    expect(Math.abs(occupancy - lambda * 30) / (lambda * 30)).toBeLessThan(0.03);
    // The mean stay until Zuweisung agrees with the distribution's mean as well (slightly below it: long stays
    // of late arrivals end after the period and are not counted).
    expect(s.kpi('eaeMeanStay')).toBeLessThan(30);
    expect(s.kpi('eaeMeanStay')).toBeGreaterThan(28.5);
  });

  it("Little's law with an exponential stay and households of several persons", () => {
    const lambda = 60;
    const s = sim(
      steadyScenario(lambda, { dist: 'exponential', mean: 20 }, { seed: 5, arrivals: { householdSizes: [0.4, 0.3, 0.2, 0.1] } }),
    );
    expect(Math.abs(eaeOccupancy(s, 150) - lambda * 20) / (lambda * 20)).toBeLessThan(0.05);
  });

  it('maxDays caps the stay: dwell 40 days but maxDays 25 gives occupancy λ·25', () => {
    const s = sim(steadyScenario(8, { dist: 'fixed', days: 40 }, { erstaufnahme: { maxDays: 25 } }));
    expect(eaeOccupancy(s, 30)).toBe(8 * 25);
  });
});
