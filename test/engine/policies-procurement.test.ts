/** Procurement `vorausschauend`: the forecast, the order of types, and places that open before they are needed. */
import { describe, expect, it } from 'vitest';
import { forecastSum, rateAndTrend, splitByType, vorausschauend } from '../../src/engine/policies/procurement/vorausschauend.ts';
import type { ProcurementInput } from '../../src/engine/policies/types.ts';
import { sim, smallScenario, type Sim } from './helpers.ts';

const NONE = { eigene: 0, gu: 0, wohnung: 0, hotel: 0, notunterkunft: 0 };

function input(recent: number[], over: Partial<ProcurementInput['unit']> = {}, settings: Partial<ProcurementInput['settings']> = {}): ProcurementInput {
  return {
    day: 60,
    date: '2024-03-01',
    unit: {
      id: 'K1',
      level: 'kreis',
      population: 100_000,
      present: 80,
      capacity: 100,
      pipeline: 0,
      notunterkunft: 0,
      lage: 'normal',
      recentZuweisungen: recent,
      recentAbgaenge: new Array<number>(recent.length).fill(0),
      placesByType: { ...NONE, gu: 100 },
      ...over,
    },
    settings: { threshold: 0.9, type: 'gu', stepShare: 0.25, minPlaces: 20, contractDays: 30, openDays: 60, termDays: 3650, typeMaxShare: {}, ...settings },
    params: {},
  };
}

describe('the forecast', () => {
  it('a steady series has its rate and no trend; a ramp has its slope', () => {
    expect(rateAndTrend([3, 3, 3, 3], 4)).toEqual({ rate: 3, slope: 0 });
    const r = rateAndTrend([1, 2, 3, 4, 5], 5);
    expect(r.rate).toBe(3);
    expect(r.slope).toBeCloseTo(1, 12);
    // Carried on: days 6, 7, 8 of the ramp.
    expect(forecastSum(r.rate, r.slope, 3, 2)).toBeCloseTo(6 + 7 + 8, 12);
    expect(forecastSum(5, -1, 10, 0)).toBe(4 + 3 + 2 + 1);
  });
});

describe('vorausschauend', () => {
  it('orders before occupancy reaches the threshold when Zuweisungen are expected, not when none are', () => {
    expect(vorausschauend.decide(input(new Array<number>(56).fill(0)))).toEqual([]);
    const orders = vorausschauend.decide(input(new Array<number>(56).fill(1)));
    // 80 housed + ≈ 118 expected in 90 + 28 days, threshold 0.9 → ≈ 220 places needed, 100 there.
    expect(orders.reduce((a, o) => a + o.places, 0)).toBeGreaterThan(100);
  });

  it('departures at the recent rate offset the expected Zuweisungen', () => {
    const base = input(new Array<number>(56).fill(1), { recentAbgaenge: new Array<number>(56).fill(1) });
    expect(vorausschauend.decide(base)).toEqual([]);
  });

  it('chooses types in the configured order, each up to its largest share', () => {
    const split = splitByType(100, ['eigene', 'wohnung', 'gu'], { ...NONE, gu: 100 }, { eigene: 0.1, wohnung: 0.2 }, 200);
    expect(split).toEqual([
      { type: 'eigene', places: 20 },
      { type: 'wohnung', places: 40 },
      { type: 'gu', places: 40 },
    ]);
    const orders = vorausschauend.decide(input(new Array<number>(56).fill(2), {}, { typeOrder: ['wohnung', 'hotel'], typeMaxShare: { wohnung: 0.3 } }));
    expect(orders.map((o) => o.type)).toEqual(['wohnung', 'hotel']);
  });

  it('in a rising year, new places open earlier than under `reaktiv` and fewer persons wait in Notunterkunft', () => {
    const rising = Array.from({ length: 366 }, (_, d) => 5 + (d * 50) / 365);
    const scn = (strategy: string) =>
      smallScenario({
        period: { start: '2024-01-01', end: '2024-12-31' },
        arrivals: { series: { kind: 'daily', values: rising } },
        accommodation: { kreisPerThousand: { gu: 1 }, gemeindePerThousand: { gu: 1, wohnung: 0.5 } },
        procurement: { strategy, contractDays: 30, openDays: 90 },
      });
    const firstOpening = (s: Sim, ids: string[]) => {
      const start = s.sumAt(ids, 'capacity', 0);
      for (let d = 0; d < s.D; d++) if (s.sumAt(ids, 'capacity', d) > start) return d;
      return s.D;
    };
    const a = sim(scn('reaktiv'));
    const b = sim(scn('vorausschauend'));
    const units = [...a.units('kreis'), ...a.units('gemeinde')];
    expect(firstOpening(b, units)).toBeLessThan(firstOpening(a, units));
    expect(b.kpi('nuPersonDays')).toBeLessThan(a.kpi('nuPersonDays'));
  });
});
