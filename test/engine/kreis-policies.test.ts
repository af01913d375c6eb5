/** The Kreis → Gemeinde policies `kapazitaet` and `dezentral`: what each does that the others do not. */
import { describe, expect, it } from 'vitest';
import { dezentral } from '../../src/engine/policies/kreis/dezentral.ts';
import { kapazitaet } from '../../src/engine/policies/kreis/kapazitaet.ts';
import { KREIS_POLICIES } from '../../src/engine/policies/registry.ts';
import type { GemeindeView, KreisPolicyInput, KreisView } from '../../src/engine/policies/types.ts';
import { ACCOMMODATION_TYPES } from '../../src/engine/scenario/schema.ts';
import { sim, smallScenario } from './helpers.ts';

const gemeinde = (index: number, quota: number, ist: number, free: Partial<GemeindeView['freeByType']>): GemeindeView => {
  const freeByType = { eigene: 0, gu: 0, wohnung: 0, hotel: 0, ...free };
  const f = Object.values(freeByType).reduce((a, b) => a + b, 0);
  return { index, id: `G${index}`, name: `G${index}`, population: 1000, quota, ist, soll: 0, present: 0, capacity: f, free: f, freeByType, notunterkunft: 0, lage: 'normal' };
};
const input = (gemeinden: GemeindeView[], sizes: number[]): KreisPolicyInput => ({
  day: 0,
  date: '2024-01-01',
  kreis: {} as KreisView,
  gemeinden,
  totalAssigned: gemeinden.reduce((a, g) => a + g.ist, 0),
  offer: {
    count: sizes.length,
    size: Int32Array.from(sizes),
    mustAssign: new Uint8Array(sizes.length),
    waitingDays: new Int32Array(sizes.length),
    recognised: new Uint8Array(sizes.length),
  },
  params: {},
});
const answer = (p: { assign: (i: KreisPolicyInput) => ArrayLike<number> }, i: KreisPolicyInput) => Array.from(p.assign(i));

describe('registry', () => {
  it('lists selbst, einwohner, kapazitaet and dezentral with labels and descriptions in both languages', () => {
    expect(Object.keys(KREIS_POLICIES)).toEqual(['selbst', 'einwohner', 'kapazitaet', 'dezentral']);
    for (const p of Object.values(KREIS_POLICIES)) expect(p.label.de && p.label.en && p.description.de && p.description.en, p.id).toBeTruthy();
  });
});

describe('kapazitaet: free places first, Soll/Ist as tie-break', () => {
  it('sends each household where most places are free, counting down the places it hands out', () => {
    // G0 is far behind its share but has 2 free places; G1 has 5, G2 has 4.
    const gs = [gemeinde(0, 0.6, 0, { gu: 2 }), gemeinde(1, 0.2, 50, { gu: 5 }), gemeinde(2, 0.2, 50, { wohnung: 4 })];
    expect(answer(kapazitaet, input(gs, [2, 2, 2, 2]))).toEqual([1, 2, 1, 0]);
  });

  it('skips a Gemeinde whose free places are too few for the household, and follows Soll/Ist when none has room', () => {
    const gs = [gemeinde(0, 0.5, 0, { gu: 3 }), gemeinde(1, 0.5, 10, { gu: 2, wohnung: 2 })];
    // Four free places in G1, but no type with room for three persons: G0 takes the family.
    expect(answer(kapazitaet, input(gs, [3]))).toEqual([0]);
    // Nobody has room for six: the one furthest behind its share (G0).
    expect(answer(kapazitaet, input(gs, [6]))).toEqual([0]);
  });

  it('on equal free places, the Gemeinde furthest behind its share', () => {
    const gs = [gemeinde(0, 0.5, 20, { gu: 4 }), gemeinde(1, 0.5, 0, { gu: 4 })];
    expect(answer(kapazitaet, input(gs, [1]))).toEqual([1]);
  });
});

describe('dezentral: flats first, GU only when no flat is free', () => {
  it('prefers a Gemeinde with a free flat over one with a free GU place, however far behind that one is', () => {
    const gs = [gemeinde(0, 0.8, 0, { gu: 50 }), gemeinde(1, 0.1, 40, { wohnung: 4 }), gemeinde(2, 0.1, 40, { wohnung: 2 })];
    // Flats first (G1 takes 4 persons, G2 2); then G0's GU; a flat counts only if the whole household fits.
    expect(answer(dezentral, input(gs, [3, 2, 1, 2]))).toEqual([1, 2, 1, 0]);
    expect(dezentral.placeFirst).toEqual(['wohnung']);
  });

  it('in a run, flats of the Gemeinden fill while GU places stand free; under einwohner the GU fills first', () => {
    const scenario = smallScenario({
      arrivals: { series: { kind: 'rate', perDay: 10 }, householdSizes: [1] },
      procedure: { periods: [{ from: '2024-01-01', duration: { dist: 'fixed', days: 2000 }, protectionRate: 0 }] },
      accommodation: { kreisPerThousand: { gu: 0 }, gemeindePerThousand: { gu: 3, wohnung: 3 } },
      procurement: { strategy: 'keine' },
    });
    const W = ACCOMMODATION_TYPES.indexOf('wohnung');
    const GU = ACCOMMODATION_TYPES.indexOf('gu');
    const occupied = (policy: string) => {
      const r = sim(scenario, { kreisPolicy: policy }).r;
      const a = r.byType.units.indexOf(r.units.findIndex((u) => u.id === 'K1'));
      const A = r.byType.units.length;
      const T = ACCOMMODATION_TYPES.length;
      const at = (d: number, t: number) => r.byType.occupancy[(d * A + a) * T + t] as number;
      const cap = (d: number, t: number) => r.byType.capacity[(d * A + a) * T + t] as number;
      return { at, cap, D: r.days.length };
    };
    const dez = occupied('dezentral');
    const ein = occupied('einwohner');
    const d = 60;
    expect(dez.at(d, W)).toBeGreaterThan(0);
    expect(dez.at(d, GU)).toBe(0);
    expect(ein.at(d, W)).toBe(0);
    expect(ein.at(d, GU)).toBeGreaterThan(0);
    // Later the flats are full and the GU takes the rest.
    expect(dez.at(dez.D - 1, W)).toBe(dez.cap(dez.D - 1, W));
    expect(dez.at(dez.D - 1, GU)).toBeGreaterThan(0);
  });
});

describe('kapazitaet in a run', () => {
  it('sends the Zuweisungen where the places are, so the Kreis need not move people out of Notunterkunft', () => {
    // K1-02 (30,000 inhabitants) has all the places of K1; under einwohner K1-01 and K1-03 overflow.
    const scenario = smallScenario({
      arrivals: { series: { kind: 'rate', perDay: 10 }, householdSizes: [1] },
      procedure: { periods: [{ from: '2024-01-01', duration: { dist: 'fixed', days: 2000 }, protectionRate: 0 }] },
      accommodation: { kreisPerThousand: { gu: 0 }, gemeindePerThousand: { gu: 0, wohnung: 0 } },
      procurement: { strategy: 'keine' },
      events: [{ date: '2024-01-01', label: { de: 'Plätze', en: 'Places' }, source: 'Test', capacity: [{ unit: 'K1-02', type: 'gu', delta: 2000 }] }],
    });
    const kap = sim(scenario, { kreisPolicy: 'kapazitaet' });
    const ein = sim(scenario, { kreisPolicy: 'einwohner' });
    expect(kap.total('K1-02', 'zuweisungen')).toBe(kap.total('K1', 'passedOn'));
    expect(kap.kreisintern('K1-02', 'in')).toBe(0);
    expect(ein.total('K1-02', 'zuweisungen')).toBeLessThan(ein.total('K1', 'passedOn') / 2);
    expect(ein.kreisintern('K1-02', 'in')).toBeGreaterThan(0);
  });
});
