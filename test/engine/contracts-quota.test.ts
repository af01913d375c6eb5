/** Early release of contracts when occupancy falls, kinds of contract, persons admitted directly, and the Soll/Ist account over a rolling window. */
import { describe, expect, it } from 'vitest';
import { splitOrder, type ContractKind } from '../../src/engine/institutions/beschaffung.ts';
import { runScenario } from '../../src/engine/run.ts';
import { ACCOMMODATION_TYPES } from '../../src/engine/scenario/schema.ts';
import { load, smallScenario } from './helpers.ts';

const D = (r: { days: readonly string[] }) => r.days.length;

/** A wave of arrivals for two months, then nothing: procured places fall empty. */
function wave(procurement: Record<string, unknown>) {
  return smallScenario({
    period: { start: '2024-01-01', end: '2026-06-30' },
    arrivals: { series: { kind: 'monthly', values: { '2024-01': 3000, '2024-02': 3000 } }, noise: 'none' },
    procedure: { periods: [{ from: '2024-01-01', duration: { dist: 'fixed', days: 60 }, protectionRate: 1 }] },
    exits: { afterRecognition: { dist: 'exponential', mean: 60 } },
    accommodation: { kreisPerThousand: { gu: 1 }, gemeindePerThousand: { gu: 1 } },
    procurement: { strategy: 'reaktiv', contractDays: 10, openDays: 20, termDays: 3650, ...procurement },
  });
}

function landCapacity(r: ReturnType<typeof runScenario>, day: number): number {
  return r.series.capacity[day * r.units.length]!;
}

describe('contracts', () => {
  it('without a cancellation rule, procured places stay for their whole term', () => {
    const r = runScenario(load(wave({})));
    const last = D(r) - 1;
    const peak = Math.max(...Array.from({ length: D(r) }, (_, d) => landCapacity(r, d)));
    expect(r.kpis.find((k) => k.id === 'cancelledPlaces')!.value).toBe(0);
    // Erstaufnahme places are constant; everything above them was procured and is still under contract.
    expect(landCapacity(r, last)).toBe(peak);
  });

  it('with cancelBelow, units give notice after the minimum term and the places go after the notice period', () => {
    const r = runScenario(load(wave({ cancelBelow: 0.5, minTermDays: 180, noticeDays: 60 })));
    const last = D(r) - 1;
    const peak = Math.max(...Array.from({ length: D(r) }, (_, d) => landCapacity(r, d)));
    const cancelled = r.kpis.find((k) => k.id === 'cancelledPlaces')!.value;
    expect(cancelled).toBeGreaterThan(0);
    expect(landCapacity(r, last)).toBeLessThan(peak);
    expect(peak - landCapacity(r, last)).toBeLessThanOrEqual(cancelled);
    // No notice before the minimum term: the first release cannot come earlier than open + 180 + 60 days.
    const firstDrop = Array.from({ length: D(r) - 1 }, (_, d) => d + 1).find((d) => landCapacity(r, d) < landCapacity(r, d - 1))!;
    expect(firstDrop).toBeGreaterThanOrEqual(30 + 180 + 60);
    expect(r.log.some((e) => e.kind === 'beschaffung' && e.action === 'gekuendigt')).toBe(true);
  });

  it('the vacancy cost falls when contracts can be released', () => {
    const keep = runScenario(load(wave({})));
    const release = runScenario(load(wave({ cancelBelow: 0.5, minTermDays: 180, noticeDays: 60 })));
    const vac = (r: typeof keep) => r.kpis.find((k) => k.id === 'vacancyCost')!.value;
    expect(vac(release)).toBeLessThan(vac(keep));
  });
});

describe('kinds of contract', () => {
  const kind = (type: number, share: number, earlyNotice = true): ContractKind => ({ type, share, openDays: 10, termDays: 100, earlyNotice, extend: true });

  it('an order is split over the kinds by share, the parts adding up to the order', () => {
    const parts = splitOrder(101, [kind(1, 0.45), kind(1, 0.25), kind(2, 0.25), kind(3, 0.05)]);
    expect(parts.reduce((a, p) => a + p.places, 0)).toBe(101);
    expect(parts.map((p) => p.places)).toEqual([46, 25, 25, 5]);
    // Kinds without a place are left out; no share at all gives no contract.
    expect(splitOrder(3, [kind(1, 1), kind(2, 0.01)]).map((p) => p.places)).toEqual([3]);
    expect(splitOrder(10, [kind(1, 0)])).toEqual([]);
  });

  const HOTEL = ACCOMMODATION_TYPES.indexOf('hotel');
  const byType = (r: ReturnType<typeof runScenario>, day: number, t: number) => r.byType.capacity[day * r.byType.units.length * ACCOMMODATION_TYPES.length + t]!;
  const mixed = (longEarly: boolean) =>
    wave({
      cancelBelow: 0.5,
      minTermDays: 180,
      noticeDays: 60,
      mix: [
        { type: 'gu', share: 0.5, openDays: 120, termDays: 3650, earlyNotice: longEarly },
        { type: 'hotel', share: 0.5, openDays: 5, termDays: 3650 },
      ],
    });

  it('each kind opens after its own time, and long leases without early notice are kept when the others are given up', () => {
    const r = runScenario(load(mixed(false)));
    const firstOrder = r.log.find((e) => e.kind === 'beschaffung' && e.action === 'bestellt')!;
    const hotelOpen = Array.from({ length: D(r) }, (_, d) => d).find((d) => byType(r, d, HOTEL) > 0)!;
    const guStart = byType(r, 0, ACCOMMODATION_TYPES.indexOf('gu'));
    const guOpen = Array.from({ length: D(r) }, (_, d) => d).find((d) => byType(r, d, ACCOMMODATION_TYPES.indexOf('gu')) > guStart)!;
    // Request → contract 10 days, then 5 days for hotels and 120 for the long GU leases.
    expect(hotelOpen - firstOrder.day).toBe(15);
    expect(guOpen - firstOrder.day).toBe(130);
    const last = D(r) - 1;
    const guPeak = Math.max(...Array.from({ length: D(r) }, (_, d) => byType(r, d, ACCOMMODATION_TYPES.indexOf('gu'))));
    expect(byType(r, last, ACCOMMODATION_TYPES.indexOf('gu'))).toBe(guPeak);
    expect(byType(r, last, HOTEL)).toBeLessThan(Math.max(...Array.from({ length: D(r) }, (_, d) => byType(r, d, HOTEL))));
    expect(r.log.filter((e) => e.kind === 'beschaffung' && e.action === 'gekuendigt').every((e) => e.kind === 'beschaffung' && e.type === 'hotel')).toBe(true);
  });

  it('a contract still occupied at the end of its term is extended, unless its kind says otherwise', () => {
    /** Steady arrivals and no moving out: every place procured stays occupied. */
    const full = (extend: boolean) =>
      smallScenario({
        period: { start: '2024-01-01', end: '2024-12-31' },
        arrivals: { series: { kind: 'rate', perDay: 30 }, noise: 'none' },
        procedure: { periods: [{ from: '2024-01-01', duration: { dist: 'fixed', days: 2000 }, protectionRate: 1 }] },
        accommodation: { kreisPerThousand: { gu: 1 }, gemeindePerThousand: { gu: 1 } },
        procurement: { strategy: 'reaktiv', contractDays: 5, mix: [{ type: 'hotel', share: 1, openDays: 5, termDays: 60, extend }] },
      });
    const kept = runScenario(load(full(true)));
    const ended = runScenario(load(full(false)));
    // Nobody leaves (no decisions within the year): persons in hotels fall only when occupied hotel places end.
    const inHotels = (r: ReturnType<typeof runScenario>, d: number) => r.byType.occupancy[d * r.byType.units.length * ACCOMMODATION_TYPES.length + HOTEL]!;
    const last = D(kept) - 1;
    expect(Array.from({ length: last }, (_, d) => inHotels(kept, d + 1) >= inHotels(kept, d)).every(Boolean)).toBe(true);
    expect(Array.from({ length: last }, (_, d) => inHotels(ended, d + 1) < inHotels(ended, d)).some(Boolean)).toBe(true);
    const nuDays = (r: ReturnType<typeof runScenario>) => r.kpis.find((k) => k.id === 'nuPersonDays')!.value;
    expect(nuDays(ended)).toBeGreaterThan(nuDays(kept));
  });

  it('the same leases with early notice are given up as well', () => {
    const r = runScenario(load(mixed(true)));
    expect(r.log.some((e) => e.kind === 'beschaffung' && e.action === 'gekuendigt' && e.type === 'gu')).toBe(true);
  });
});

describe('persons admitted directly', () => {
  /** 3,000 admitted directly in January, nobody through the Erstaufnahme. */
  const direct = (d: Record<string, unknown>) =>
    smallScenario({
      period: { start: '2024-01-01', end: '2024-06-30' },
      arrivals: { series: { kind: 'rate', perDay: 0 }, direct: { series: { kind: 'monthly', values: { '2024-01': 3000 } }, creditQuota: true, ...d } },
      exits: { afterRecognition: { dist: 'fixed', days: 1000 } },
    });
  const housedOn = (r: ReturnType<typeof runScenario>, day: number) => r.series.present[day * r.units.length]! - r.series.present[day * r.units.length + r.units.findIndex((u) => u.level === 'erstaufnahme')]!;

  it('without a housed share everyone stays in the Kommune until the search after recognition ends', () => {
    const r = runScenario(load(direct({})));
    expect(housedOn(r, 40)).toBe(3000);
  });

  it('those not housed leave within privateDays; those housed move out after moveOut; all count against the quota', () => {
    const r = runScenario(load(direct({ housedShare: 0.25, privateDays: { dist: 'fixed', days: 3 }, moveOut: { dist: 'fixed', days: 60 } })));
    // By early February only the housed quarter is left; by April they have moved into flats.
    expect(housedOn(r, 40)).toBeGreaterThan(3000 * 0.15);
    expect(housedOn(r, 40)).toBeLessThan(3000 * 0.35);
    expect(housedOn(r, 100)).toBe(0);
    const ist = r.units.flatMap((u, i) => (u.level === 'kreis' ? [r.series.ist[(D(r) - 1) * r.units.length + i]!] : [])).reduce((a, b) => a + b, 0);
    expect(ist).toBeCloseTo(3000, 0);
  });
});

describe('Soll/Ist over a rolling window', () => {
  /** All direct arrivals go to S1 in January, credited; afterwards asylum arrivals are assigned by quota. */
  const credited = (window?: number) =>
    smallScenario({
      period: { start: '2024-01-01', end: '2024-12-31' },
      arrivals: {
        series: { kind: 'rate', perDay: 20 },
        direct: { series: { kind: 'monthly', values: { '2024-01': 9000 } }, shares: { S1: 1 }, creditQuota: true },
      },
      policies: { weekdays: [1, 2, 3, 4, 5, 6, 7], ...(window === undefined ? {} : { quotaWindowDays: window }) },
    });
  const zuweisungenTo = (r: ReturnType<typeof runScenario>, id: string, from: number, to: number) => {
    const u = r.units.findIndex((x) => x.id === id);
    let s = 0;
    for (let d = from; d < to; d++) s += r.series.zuweisungen[d * r.units.length + u]!;
    return s;
  };

  it('without a window the credit counts for the whole run', () => {
    const r = runScenario(load(credited()));
    expect(zuweisungenTo(r, 'S1', 0, D(r))).toBe(0);
  });

  it('with a window the credit expires and the Kreis receives Zuweisungen again', () => {
    const r = runScenario(load(credited(90)));
    expect(zuweisungenTo(r, 'S1', 0, 60)).toBe(0);
    expect(zuweisungenTo(r, 'S1', 150, D(r))).toBeGreaterThan(0);
  });

  it('an event that sets the window mid-run rebuilds the account from the log', () => {
    const s = credited();
    const r = runScenario(
      load({ ...s, events: [{ date: '2024-07-01', label: { de: 'Fenster', en: 'window' }, set: { 'policies.quotaWindowDays': 60 } }] }),
    );
    const july = r.days.indexOf('2024-07-01');
    expect(zuweisungenTo(r, 'S1', 0, july)).toBe(0);
    expect(zuweisungenTo(r, 'S1', july, D(r))).toBeGreaterThan(0);
  });
});
