/** The Lage of a unit cannot be "normal" while its people sit in Notunterkunft, however many places stand free. */
import { describe, expect, it } from 'vitest';
import { gemeldeteAuslastung, LAGE_STATES } from '../../src/engine/machines/lage.ts';
import { sim, smallScenario } from './helpers.ts';

const S = { angespannt: 0.9, ueberlastet: 1, notbetrieb: 1.1, hysteresis: 0.05 };
const ev = (date: string, rest: Record<string, unknown>) => ({ date, label: { de: 'Plätze', en: 'Places' }, source: 'Test', ...rest });

describe('the occupancy a unit reports to its Lage chart', () => {
  it('is persons ÷ places, and at least the threshold of angespannt while anyone is in Notunterkunft', () => {
    expect(gemeldeteAuslastung(50, 100, 0, S)).toBe(0.5);
    expect(gemeldeteAuslastung(50, 100, 6, S)).toBe(0.9);
    expect(gemeldeteAuslastung(95, 100, 6, S)).toBe(0.95);
    expect(gemeldeteAuslastung(6, 0, 6, S)).toBe(9.99);
    expect(gemeldeteAuslastung(0, 0, 0, S)).toBe(0);
  });

  it('a Kreis with a family in Notunterkunft beside places too few for it is not "normal"', () => {
    // Families of six only; each Gemeinde of K1 has 11 places (room for one family, five left over), the Kreis none.
    const s = sim(
      smallScenario({
        arrivals: { series: { kind: 'daily', values: [60] }, householdSizes: [0, 0, 0, 0, 0, 1], safeCountryShare: 0 },
        erstaufnahme: { dwell: { dist: 'fixed', days: 3 } },
        procedure: { periods: [{ from: '2024-01-01', duration: { dist: 'fixed', days: 2000 }, protectionRate: 0 }] },
        accommodation: { kreisPerThousand: { gu: 0 }, gemeindePerThousand: { gu: 0, wohnung: 0 } },
        procurement: { strategy: 'keine' },
        policies: { weekdays: [1, 2, 3, 4, 5, 6, 7] },
        events: [ev('2024-01-01', { capacity: ['K1-01', 'K1-02', 'K1-03'].map((unit) => ({ unit, type: 'gu', delta: 11 })) })],
      }),
    );
    const d = s.D - 1;
    const nu = s.at('K1', 'notunterkunft', d) + s.sumAt(['K1-01', 'K1-02', 'K1-03'], 'notunterkunft', d);
    const persons = s.at('K1', 'present', d) + s.sumAt(['K1-01', 'K1-02', 'K1-03'], 'present', d);
    const places = s.sumAt(['K1-01', 'K1-02', 'K1-03'], 'capacity', d);
    expect(nu).toBeGreaterThan(0);
    expect(persons / places).toBeLessThan(0.9);
    expect(LAGE_STATES[s.at('K1', 'lage', d)]).not.toBe('normal');
  });
});
