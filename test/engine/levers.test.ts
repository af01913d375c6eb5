/** The cost-limiting levers: each changes one defined input, and its side effects show in the KPIs. */
import { describe, expect, it } from 'vitest';
import { perPlaceCosts, procurementSettings } from '../../src/engine/scenario/levers.ts';
import type { ScenarioInput } from '../../src/engine/scenario/schema.ts';
import { COSTS, load, sim, smallScenario, SITE_A, type DeepPartial } from './helpers.ts';

const params = (levers: DeepPartial<ScenarioInput['accommodation']['levers']>, procurement: DeepPartial<ScenarioInput['procurement']> = {}) =>
  load(smallScenario({ accommodation: { levers }, procurement }));

/** A busy year in which the Kommunen must procure. */
const busy = (levers: DeepPartial<ScenarioInput['accommodation']['levers']>, over: DeepPartial<ScenarioInput> = {}) =>
  smallScenario({
    period: { start: '2024-01-01', end: '2024-12-31' },
    arrivals: { series: { kind: 'rate', perDay: 25 } },
    accommodation: { levers },
    procurement: { contractDays: 20, openDays: 40 },
    ...over,
  });

describe('the inputs each lever changes', () => {
  it('all off: the parameters as they are', () => {
    const p = params({});
    expect(perPlaceCosts(p)).toEqual([COSTS.eigene.perPlaceDay, COSTS.gu.perPlaceDay, 0, 0, COSTS.notunterkunft.perPlaceDay]);
    expect(procurementSettings(p)).toBe(p.procurement);
  });

  it('own properties first: orders are for `eigene`, opening no sooner than the time to build', () => {
    const s = procurementSettings(params({ ownFirst: true, ownOpenDays: 365 }, { typeOrder: ['gu', 'wohnung'] }));
    expect(s.type).toBe('eigene');
    expect(s.typeOrder).toEqual(['eigene', 'gu', 'wohnung']);
    expect(s.openDays).toBe(365);
  });

  it('large units: a minimum order size and a factor on the cost per place of GU and own properties', () => {
    const p = params({ largeUnitMinPlaces: 250, largeUnitCostFactor: 0.8 });
    expect(procurementSettings(p).minPlaces).toBe(250);
    const c = perPlaceCosts(p);
    expect(c[0]).toBeCloseTo(COSTS.eigene.perPlaceDay * 0.8, 12);
    expect(c[1]).toBeCloseTo(COSTS.gu.perPlaceDay * 0.8, 12);
    expect(c[4]).toBe(COSTS.notunterkunft.perPlaceDay);
  });

  it('lower space standard: the same rent buys more places, so each costs m² ÷ standard m²', () => {
    const c = perPlaceCosts(params({ areaPerPersonM2: 5.6, areaStandardM2: 7 }));
    expect(c[1]).toBeCloseTo(COSTS.gu.perPlaceDay * 0.8, 12);
  });
});

describe('side effects in a run', () => {
  it('large units raise the share of places in large units and leave more places empty', () => {
    const a = sim(busy({}));
    const b = sim(busy({ largeUnitMinPlaces: 150, largeUnitCostFactor: 0.85 }));
    expect(b.kpi('largeUnitShare')).toBeGreaterThan(a.kpi('largeUnitShare'));
    expect(b.kpi('freePlacesGu')).toBeGreaterThan(a.kpi('freePlacesGu'));
  });

  it('a large unit counts from its opening until its contract ends', () => {
    const long = sim(busy({ largeUnitMinPlaces: 150 }));
    const short = sim(busy({ largeUnitMinPlaces: 150 }, { procurement: { contractDays: 20, openDays: 40, termDays: 30 } }));
    expect(long.kpi('largeUnitShare')).toBeGreaterThan(0);
    expect(short.kpi('largeUnitShare')).toBeLessThan(long.kpi('largeUnitShare'));
    // Flats are no units: ordering flats in large batches leaves the share at zero.
    const flats = sim(busy({ largeUnitMinPlaces: 150 }, { procurement: { contractDays: 20, openDays: 40, type: 'wohnung' } }));
    expect(flats.kpi('largeUnitShare')).toBe(0);
  });

  it('own properties first: cheaper places that come later, so more persons wait in Notunterkunft', () => {
    const a = sim(busy({}));
    const b = sim(busy({ ownFirst: true, ownOpenDays: 180 }));
    expect(b.kpi('occupancyEigene')).toBeGreaterThan(0);
    expect(a.kpi('occupancyEigene')).toBe(0);
    expect(b.kpi('nuPersonDays')).toBeGreaterThan(a.kpi('nuPersonDays'));
  });

  it('a lower space standard lowers the cost of the Kommunen, nothing else', () => {
    const a = sim(busy({}));
    const b = sim(busy({ areaPerPersonM2: 5 }));
    expect(b.kpi('costKommunen')).toBeLessThan(a.kpi('costKommunen'));
    expect(b.kpi('nuPersonDays')).toBe(a.kpi('nuPersonDays'));
    // The Land's Erstaufnahme keeps its rates.
    expect(b.kpi('costLand')).toBe(a.kpi('costLand'));
  });

  it('free Erstaufnahme places: fewer persons in Notunterkunft, longer waits, never past the legal maximum', () => {
    const over: DeepPartial<ScenarioInput> = {
      procurement: { strategy: 'keine' },
      erstaufnahme: { maxDays: 150, sites: [{ ...SITE_A, capacity: [{ from: '2024-01-01', places: 4000, notunterkunft: 0 }] }] },
    };
    const a = sim(busy({}, over));
    const b = sim(busy({ eaeReserveShare: 0.9 }, over));
    expect(b.kpi('nuPersonDays')).toBeLessThan(a.kpi('nuPersonDays'));
    expect(b.kpi('waiting')).toBeGreaterThan(a.kpi('waiting'));
    expect(b.kpi('overMax')).toBe(0);
  });
});
