/** Scenario-level behaviour of the engine on the small Testland (see helpers.ts). */
import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { lageMachine } from '../../src/engine/machines/lage.ts';
import { unitSeries } from '../../src/engine/metrics/result.ts';
import { runScenario } from '../../src/engine/run.ts';
import type { ScenarioInput } from '../../src/engine/scenario/schema.ts';
import { policyCatalogue } from '../../src/engine/policies/registry.ts';
import { loadScenario } from '../../src/engine/scenario/load.ts';
import { KREISANGEHOERIGE, TESTLAND, deepMerge, load, sim, smallScenario, type DeepPartial, type Sim } from './helpers.ts';

const GEMEINDEN_OF: Record<string, readonly string[]> = { K1: ['K1-01', 'K1-02', 'K1-03'], K2: ['K2-01', 'K2-02'] };
const POP: Record<string, number> = Object.fromEntries([...TESTLAND.kreise, ...(TESTLAND.gemeinden ?? [])].map((x) => [x.ags, x.population]));
const ev = (date: string, rest: Record<string, unknown>) => ({ date, label: { de: 'Ereignis', en: 'Event' }, ...rest });

/** Cumulative sums of a flow series. */
const cumsum = (xs: readonly number[]): number[] => {
  let t = 0;
  return xs.map((x) => (t += x));
};

/** A busy year: many arrivals, households up to six persons, decisions and exits. */
const busy = (over: DeepPartial<ScenarioInput> = {}) =>
  smallScenario(
    deepMerge<DeepPartial<ScenarioInput>>(
      {
        period: { start: '2024-01-01', end: '2024-12-31' },
        arrivals: { series: { kind: 'rate', perDay: 40 }, noise: 'poisson', householdSizes: [0.35, 0.2, 0.15, 0.15, 0.1, 0.05] },
        accommodation: { initialPerThousand: 2, initialErstaufnahme: 400 },
      },
      over,
    ),
  );
/** No regular places in any Kreis or Gemeinde. */
const NO_PLACES = { kreisPerThousand: { gu: 0 }, gemeindePerThousand: { gu: 0, wohnung: 0 } };

describe('Kreis → Gemeinde policies', () => {
  it("'selbst': no Gemeinde receives a Zuweisung; Gemeinde places take only the Kreis's Notunterkunft overflow", () => {
    const s = sim(busy({ policies: { kreis: 'selbst' } }));
    for (const g of s.units('gemeinde')) {
      expect(s.total(g, 'zuweisungen'), g).toBe(0);
      expect(s.total(g, 'arrived'), g).toBe(s.kreisintern(g, 'in'));
    }
    for (const k of s.units('kreis')) expect(s.total(k, 'passedOn'), k).toBe(s.kreisintern(k, 'out'));
    // The Kreis's own places fill first: its Gemeinden take only what they do not hold.
    expect(s.kreisintern('K1', 'out')).toBeGreaterThan(0);
    // …while the Kreise do house people.
    expect(s.at('K1', 'present', s.D - 1)).toBeGreaterThan(0);
  });

  it("'einwohner': each Gemeinde's cumulative Zuweisungen stay within ± the largest household of its population share", () => {
    const s = sim(busy({ policies: { kreis: 'einwohner' } }));
    const maxSize = 6;
    for (const [kreis, gemeinden] of Object.entries(GEMEINDEN_OF)) {
      const pop = gemeinden.reduce((a, g) => a + POP[g]!, 0);
      const total = cumsum(s.series(kreis, 'passedOn'));
      expect(total[s.D - 1], kreis).toBeGreaterThan(1000);
      for (const g of gemeinden) {
        const got = cumsum(s.series(g, 'zuweisungen'));
        for (let d = 0; d < s.D; d++) {
          const soll = (POP[g]! / pop) * total[d]!;
          expect(Math.abs(got[d]! - soll), `${g} day ${d}: ist ${got[d]}, soll ${soll.toFixed(1)}`).toBeLessThanOrEqual(maxSize);
        }
      }
    }
  });

  it("'einwohner' over random Gemeinde populations and household sizes (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1000, max: 100_000 }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
        fc.nat(1000),
        (pops, sizes, seed) => {
          const maxSize = sizes.length;
          const region = structuredClone(TESTLAND);
          region.gemeinden!.forEach((g, i) => {
            if (i < 3) g.population = pops[i]!;
          });
          const s = sim(
            smallScenario({
              seed,
              region,
              period: { start: '2024-01-01', end: '2024-04-30' },
              arrivals: { series: { kind: 'rate', perDay: 30 }, householdSizes: sizes },
              erstaufnahme: { dwell: { dist: 'fixed', days: 3 } },
            }),
          );
          const total = cumsum(s.series('K1', 'passedOn'));
          const pop = pops.reduce((a, b) => a + b, 0);
          GEMEINDEN_OF.K1!.forEach((g, i) => {
            const got = cumsum(s.series(g, 'zuweisungen'));
            for (let d = 0; d < s.D; d++) expect(Math.abs(got[d]! - (pops[i]! / pop) * total[d]!)).toBeLessThanOrEqual(maxSize);
          });
        },
      ),
      { numRuns: 60, seed: 99 },
    );
  }, 30_000);

  it('kreisfreie Städte never pass people on and have no Gemeinde unit of their own', () => {
    const s = sim(busy({ policies: { kreis: 'einwohner' } }));
    expect(s.total('S1', 'passedOn')).toBe(0);
    expect(s.total('S1', 'zuweisungen')).toBeGreaterThan(0);
    expect(s.units('gemeinde').sort()).toEqual([...KREISANGEHOERIGE].sort());
    expect(() => s.unit('S1-00')).toThrow();
  });
});

describe('Land → Kreis: the quote policy', () => {
  const check = (s: Sim, quota: Record<string, number>, tolerance: number) => {
    const kreise = s.units('kreis');
    const sum = Object.values(quota).reduce((a, b) => a + b, 0);
    const cum = Object.fromEntries(kreise.map((k) => [k, cumsum(s.series(k, 'zuweisungen'))]));
    for (let d = 0; d < s.D; d++) {
      const total = kreise.reduce((a, k) => a + cum[k]![d]!, 0);
      for (const k of kreise) {
        const soll = (quota[k]! / sum) * total;
        expect(Math.abs(cum[k]![d]! - soll), `${k} day ${d}: ist ${cum[k]![d]}, soll ${soll.toFixed(1)}`).toBeLessThanOrEqual(tolerance);
      }
    }
    return kreise.reduce((a, k) => a + cum[k]![s.D - 1]!, 0);
  };

  it('keeps every Kreis within a few households of its population share × total', () => {
    const s = sim(busy());
    const total = check(s, { K1: POP.K1!, K2: POP.K2!, S1: POP.S1! }, 2 * 6);
    expect(total).toBeGreaterThan(5000);
  });

  it('follows explicit Aufnahmequoten (normalised)', () => {
    const quota = { K1: 2, K2: 1, S1: 1 };
    const s = sim(busy({ policies: { quota } }));
    check(s, quota, 2 * 6);
    // K1 gets about half.
    expect(s.total('K1', 'zuweisungen') / s.sumAt(s.units('kreis'), 'arrived', 0)).toBeGreaterThan(0);
    const all = s.units('kreis').reduce((a, k) => a + s.total(k, 'zuweisungen'), 0);
    expect(Math.abs(s.total('K1', 'zuweisungen') / all - 0.5)).toBeLessThan(0.01);
  });

  it('assigns regardless of free places: a Kreis without places still receives its share (into Notunterkunft)', () => {
    const s = sim(busy({ accommodation: { units: { K2: {} } }, procurement: { strategy: 'keine' } }));
    expect(s.total('K2', 'zuweisungen')).toBeGreaterThan(1000);
    expect(Math.max(...s.series('K2', 'capacity'))).toBe(0);
  });
});

describe('accommodation and capacity', () => {
  it('with no places in the Kommunen, everyone assigned is in Notunterkunft', () => {
    const s = sim(
      busy({
        accommodation: NO_PLACES,
        procurement: { strategy: 'keine' },
      }),
    );
    const kommunal = [...s.units('kreis'), ...s.units('gemeinde')];
    for (const u of kommunal) {
      expect(s.series(u, 'notunterkunft'), u).toEqual(s.series(u, 'present'));
      expect(Math.max(...s.series(u, 'capacity')), u).toBe(0);
    }
    expect(s.sumAt(kommunal, 'present', s.D - 1)).toBeGreaterThan(1000);
    expect(s.kpi('nuPeak')).toBeGreaterThan(1000);
  });

  it('a capacity event with a negative delta never makes capacity negative and moves occupants into Notunterkunft', () => {
    const input = smallScenario({
      arrivals: { series: { kind: 'rate', perDay: 20 }, householdSizes: [1] },
      erstaufnahme: { dwell: { dist: 'fixed', days: 5 } },
      procedure: { periods: [{ from: '2024-01-01', duration: { dist: 'fixed', days: 2000 }, protectionRate: 0 }] },
      policies: { kreis: 'selbst', weekdays: [1, 2, 3, 4, 5, 6, 7] },
      // No Gemeinde places either, so that nobody can move out of the Kreis's Notunterkunft.
      accommodation: { kreisPerThousand: { gu: 2 }, gemeindePerThousand: { gu: 0, wohnung: 0 } },
      procurement: { strategy: 'keine' },
      events: [ev('2024-03-01', { capacity: [{ unit: 'K1', type: 'gu', delta: -1000 }] })],
    });
    const s = sim(input);
    const d = s.day('2024-03-01');
    expect(s.at('K1', 'capacity', d - 1)).toBe(240);
    expect(s.at('K1', 'present', d - 1)).toBeGreaterThan(240);
    expect(s.at('K1', 'notunterkunft', d - 1)).toBe(s.at('K1', 'present', d - 1) - 240);
    for (let x = d; x < s.D; x++) {
      expect(s.at('K1', 'capacity', x)).toBe(0);
      expect(s.at('K1', 'notunterkunft', x)).toBe(s.at('K1', 'present', x));
    }
    // The event itself moves people, it does not remove them.
    expect(s.at('K1', 'present', d)).toBe(s.at('K1', 'present', d - 1) + s.at('K1', 'arrived', d) - s.at('K1', 'exits', d));
    for (const u of s.r.units.map((x) => x.id)) expect(Math.min(...s.series(u, 'capacity')), u).toBeGreaterThanOrEqual(0);
  });

  it('a positive capacity event moves people out of Notunterkunft', () => {
    const s = sim(
      smallScenario({
        arrivals: { householdSizes: [1] },
        policies: { kreis: 'selbst' },
        accommodation: NO_PLACES,
        procurement: { strategy: 'keine' },
        events: [ev('2024-04-01', { capacity: [{ unit: 'K2', type: 'wohnung', delta: 100_000 }] })],
      }),
    );
    const d = s.day('2024-04-01');
    expect(s.at('K2', 'notunterkunft', d - 1)).toBeGreaterThan(0);
    expect(s.at('K2', 'notunterkunft', d)).toBe(0);
    expect(s.at('K2', 'capacity', d)).toBe(100_000);
  });

  it("procurement 'reaktiv' adds places to an overloaded Kreis, 'keine' does not", () => {
    const base = busy({ policies: { kreis: 'selbst' }, accommodation: { initialPerThousand: 0 } });
    const reaktiv = sim({ ...base, procurement: { strategy: 'reaktiv', contractDays: 10, openDays: 20 } });
    const keine = sim({ ...base, procurement: { strategy: 'keine' } });
    expect(new Set(keine.series('K1', 'capacity')).size).toBe(1);
    expect(reaktiv.at('K1', 'capacity', reaktiv.D - 1)).toBeGreaterThan(reaktiv.at('K1', 'capacity', 0));
    expect(reaktiv.kpi('nuPersonDays')).toBeLessThan(keine.kpi('nuPersonDays'));
    // Nothing opens before contract + opening lead time (30 days) have passed.
    for (let d = 0; d < 30; d++) expect(reaktiv.at('K1', 'capacity', d)).toBe(reaktiv.at('K1', 'capacity', 0));
  });
});

describe('institutions: situation and procurement follow their statecharts', () => {
  /** A wave that pushes sites, Kreise and Gemeinden through every situation, with reactive procurement. */
  const wave = smallScenario({
    period: { start: '2024-01-01', end: '2024-12-31' },
    arrivals: {
      series: { kind: 'monthly', values: { '2024-01': 300, '2024-02': 1500, '2024-03': 3000, '2024-04': 600, '2024-05': 100 } },
      householdSizes: [0.5, 0.3, 0.2],
    },
    erstaufnahme: { dwell: { dist: 'fixed', days: 10 } },
    procedure: { periods: [{ from: '2024-01-01', duration: { dist: 'exponential', mean: 60 }, protectionRate: 0.7 }] },
    exits: { afterRecognition: { dist: 'exponential', mean: 40 } },
    procurement: { strategy: 'reaktiv', contractDays: 10, openDays: 20, termDays: 200 },
  });

  it("the logged situation changes are those of lageMachine fed with each unit's daily occupancy", () => {
    const s = sim(wave);
    const schwellen = { angespannt: 0.9, ueberlastet: 1, notbetrieb: 1.1, hysteresis: 0.05 };
    const expected: string[] = [];
    for (const info of s.r.units) {
      if (info.level === 'land') continue;
      const members = info.level === 'kreis' ? [info.id, ...(GEMEINDEN_OF[info.id] ?? [])] : [info.id];
      const actor = createActor(lageMachine, { input: { unit: 0, schwellen } }).start();
      for (let d = 0; d < s.D; d++) {
        const demand = s.sumAt(members, 'present', d);
        const places = s.sumAt(members, 'capacity', d);
        const before = String(actor.getSnapshot().value);
        actor.send({ type: 'auslastung.gemeldet', auslastung: places > 0 ? demand / places : demand > 0 ? 9.99 : 0 });
        const after = String(actor.getSnapshot().value);
        if (after !== before) expected.push(`${d} ${info.id} ${before} → ${after}`);
      }
      actor.stop();
    }
    const logged = s.r.log.flatMap((l) => (l.kind === 'lage' ? [`${l.day} ${l.unit} ${l.from} → ${l.to}`] : []));
    expect(logged.length).toBeGreaterThan(20);
    expect(new Set(logged.map((l) => l.split(' ')[1])).size).toBe(s.r.units.length - 1);
    expect([...logged].sort()).toEqual([...expected].sort());
    expect(logged.some((l) => l.endsWith('→ notbetrieb'))).toBe(true);
  });

  it("a Kreis's ordered places open contractDays + openDays after the order and are released after termDays", () => {
    const s = sim(wave);
    for (const k of ['K1', 'K2', 'S1']) {
      const orders = s.r.log
        .flatMap((l) => (l.kind === 'beschaffung' && l.action === 'bestellt' && l.unit === k && l.type === 'gu' ? [{ day: l.day, places: l.places }] : []));
      const base = s.at(k, 'capacity', 0);
      for (let d = 0; d < s.D; d++) {
        const open = orders.filter((o) => o.day + 30 <= d && d < o.day + 230).reduce((a, o) => a + o.places, 0);
        expect(s.at(k, 'capacity', d), `${k} day ${d}`).toBe(base + open);
      }
      if (k === 'S1') expect(orders.length).toBeGreaterThan(3);
    }
  });
});

describe('Erstaufnahme rules and events', () => {
  const flow = (over: DeepPartial<ScenarioInput> = {}) =>
    smallScenario(
      deepMerge<DeepPartial<ScenarioInput>>(
        {
          arrivals: { series: { kind: 'rate', perDay: 10 }, householdSizes: [1], safeCountryShare: 0 },
          erstaufnahme: { dwell: { dist: 'fixed', days: 60 }, maxDays: 30 },
          procedure: { periods: [{ from: '2024-01-01', duration: { dist: 'fixed', days: 2000 }, protectionRate: 0 }] },
          policies: { weekdays: [1, 2, 3, 4, 5, 6, 7] },
        },
        over,
      ),
    );

  it('an event raising erstaufnahme.maxDays lengthens the stay from then on', () => {
    const without = sim(flow());
    const withEvent = sim(flow({ events: [ev('2024-02-15', { set: { 'erstaufnahme.maxDays': 90 } })] }));
    const eae = without.units('erstaufnahme');
    const d = without.day('2024-02-15');
    // Identical until the event …
    for (let x = 0; x < d; x++) expect(withEvent.sumAt(eae, 'present', x)).toBe(without.sumAt(eae, 'present', x));
    // … capped at 30 days without it, 60 days (the dwell) with it.
    expect(without.sumAt(eae, 'present', '2024-06-01')).toBe(300);
    expect(withEvent.sumAt(eae, 'present', '2024-06-01')).toBe(600);
    expect(withEvent.r.log.some((l) => l.kind === 'ereignis' && l.date === '2024-02-15')).toBe(true);
  });

  it('an event dated before the period is in force from the first day; one after the end never applies', () => {
    const s = sim(
      flow({
        erstaufnahme: { maxDays: 90 },
        events: [ev('2023-11-01', { set: { 'erstaufnahme.maxDays': 30 } }), ev('2024-12-01', { set: { 'erstaufnahme.maxDays': 1 } })],
      }),
    );
    const eae = s.units('erstaufnahme');
    for (let d = 31; d < s.D; d++) expect(s.sumAt(eae, 'present', d), `day ${d}`).toBe(300);
    expect(s.r.log.filter((l) => l.kind === 'ereignis')).toHaveLength(1);
  });

  // Regression test for a fixed bug (src/engine/run.ts, scenario.events.forEach since "events before the start apply from day 0"): every event
  // dated before the period is scheduled on day 0 in file order, not in date order. The loader validates events in
  // date order (load.ts crossCheck), so the run and the validation disagree: with [2023-12-15 maxDays 30,
  // 2023-12-01 maxDays 90] the run ends with maxDays 90 (600 persons in Erstaufnahme instead of 300), while the same
  // two events listed the other way round give 300.
  it('events before the period apply in date order, whatever their order in the file', () => {
    const set = (date: string, maxDays: number) => ev(date, { set: { 'erstaufnahme.maxDays': maxDays } });
    const a = sim(flow({ erstaufnahme: { maxDays: 45 }, events: [set('2023-12-01', 90), set('2023-12-15', 30)] }));
    const b = sim(flow({ erstaufnahme: { maxDays: 45 }, events: [set('2023-12-15', 30), set('2023-12-01', 90)] }));
    const eae = a.units('erstaufnahme');
    expect(a.sumAt(eae, 'present', 150)).toBe(300);
    expect(b.sumAt(eae, 'present', 150)).toBe(300);
  });

  it('events dated the same day apply in file order', () => {
    const s = sim(
      flow({
        events: [ev('2024-02-15', { set: { 'erstaufnahme.maxDays': 90 } }), ev('2024-02-15', { set: { 'erstaufnahme.maxDays': 45 } })],
      }),
    );
    expect(s.sumAt(s.units('erstaufnahme'), 'present', '2024-06-01')).toBe(450);
  });

  // Regression test for a fixed bug (src/engine/run.ts admit + model/households.ts HouseholdAgenda): the schema allows a fractional maxDays
  // (`positive`), and admit() schedules EV_ELIGIBLE at `day + min(round(dwell), maxDays)`, i.e. at a fractional day
  // (e.g. day + 45.5). HouseholdAgenda.schedule stores it under a non-integer array key that take(day) never reads,
  // so every household whose dwell exceeds maxDays is never offered for Zuweisung and stays in Erstaufnahme for good
  // (here 1,820 persons present at the end instead of ≤ 460; the § 47 maximum is not enforced at all).
  it('a fractional maxDays (45.5) still caps the stay in Erstaufnahme', () => {
    const s = sim(flow({ erstaufnahme: { maxDays: 45.5 } }));
    const eae = s.units('erstaufnahme');
    expect(s.sumAt(eae, 'present', s.D - 1)).toBeLessThanOrEqual(10 * 46);
    expect(s.total('K1', 'zuweisungen')).toBeGreaterThan(0);
  });

  it('with forwardingShare 1 nobody is assigned; everyone leaves Hessen after the forwarding delay', () => {
    const s = sim(
      smallScenario({
        erstaufnahme: { forwardingShare: 1, forwardingDelay: { dist: 'fixed', days: 4 } },
        arrivals: { householdSizes: [0.5, 0.5] },
      }),
    );
    for (const k of s.units('kreis')) expect(s.total(k, 'zuweisungen'), k).toBe(0);
    const eae = s.units('erstaufnahme');
    expect(s.kpi('zuweisungen')).toBe(0);
    expect(s.kpi('forwarded')).toBe(s.total(s.land, 'exits'));
    // Steady: four days of arrivals are on their way out.
    expect(s.sumAt(eae, 'present', s.D - 1)).toBe(40);
    expect(s.kpi('forwarded')).toBe(s.total(s.land, 'arrived') - 40);
  });

  it('holdSafeCountry keeps safe-country nationals in Erstaufnahme until the decision', () => {
    const over = (hold: boolean) =>
      flow({
        arrivals: { safeCountryShare: 1 },
        erstaufnahme: { dwell: { dist: 'fixed', days: 10 }, maxDays: 90, holdSafeCountry: hold },
        procedure: { periods: [{ from: '2024-01-01', duration: { dist: 'fixed', days: 50 }, protectionRate: 1 }] },
      });
    const held = sim(over(true));
    const free = sim(over(false));
    const eae = held.units('erstaufnahme');
    expect(free.sumAt(eae, 'present', '2024-04-01')).toBe(100);
    expect(held.sumAt(eae, 'present', '2024-04-01')).toBe(500);
    // Nobody reaches a Kreis before the first decision (day 50).
    const kreise = held.units('kreis');
    for (let d = 0; d < 50; d++) expect(held.sumAt(kreise, 'zuweisungen', d)).toBe(0);
  });

  it('Zuweisungen happen only on the listed weekdays', () => {
    const s = sim(smallScenario({ policies: { weekdays: [2, 4] } }));
    const kreise = s.units('kreis');
    s.r.days.forEach((date, d) => {
      const wd = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
      if (wd !== 2 && wd !== 4) expect(s.sumAt(kreise, 'zuweisungen', d), date).toBe(0);
    });
    expect(kreise.reduce((a, k) => a + s.total(k, 'zuweisungen'), 0)).toBeGreaterThan(0);
  });
});

describe('arrivals', () => {
  it('a monthly series brings exactly the month’s number of persons (noise none)', () => {
    const values = { '2024-01': 310, '2024-02': 290, '2024-03': 1000, '2024-04': 0, '2024-05': 77, '2024-06': 31 };
    const s = sim(smallScenario({ arrivals: { series: { kind: 'monthly', values } } }));
    for (const [m, v] of Object.entries(values)) {
      const days = s.r.days.flatMap((d, i) => (d.startsWith(m) ? [i] : []));
      expect(s.total(s.land, 'arrived', days[0], days.at(-1)), m).toBeCloseTo(v, -0.5);
    }
  });

  it('a daily series is followed day by day; zero after its end', () => {
    const values = [5, 0, 12, 3, 3];
    const s = sim(smallScenario({ arrivals: { series: { kind: 'daily', values } } }));
    expect(s.series(s.land, 'arrived').slice(0, 8)).toEqual([5, 0, 12, 3, 3, 0, 0, 0]);
  });

  it('the initial stock: initialErstaufnahme in the sites, initialPerThousand in the Kreise on day 0', () => {
    const s = sim(smallScenario({ arrivals: { series: { kind: 'rate', perDay: 0 } }, accommodation: { initialPerThousand: 3, initialErstaufnahme: 250 } }));
    expect(s.sumAt(s.units('erstaufnahme'), 'arrived', 0)).toBe(250);
    // Kreis arrivals on day 0 = initial stock + Zuweisungen of initial Erstaufnahme households already due.
    for (const k of ['K1', 'K2', 'S1']) expect(s.at(k, 'arrived', 0) - s.at(k, 'zuweisungen', 0), k).toBe(Math.round((3 * POP[k]!) / 1000));
    expect(s.at(s.land, 'arrived', 0)).toBe(250 + 360 + 270 + 300);
  });
});

describe('arrivals outside the LAG procedure (arrivals.direct)', () => {
  const direct = (creditQuota: boolean) =>
    busy({
      arrivals: { noise: 'none', direct: { series: { kind: 'rate', perDay: 10 }, shares: { K1: 1 }, creditQuota } },
      accommodation: { initialPerThousand: 0, initialErstaufnahme: 0 },
    });

  it('go straight to the named Kreis, recognised, without a Zuweisung', () => {
    const s = sim(direct(false));
    const days = s.D;
    expect(s.total('K1', 'arrived') - s.total('K1', 'zuweisungen') - s.kreisintern('K1', 'in')).toBe(10 * days);
    for (const k of ['K2', 'S1']) expect(s.total(k, 'arrived') - s.total(k, 'zuweisungen') - s.kreisintern(k, 'in'), k).toBe(0);
    expect(s.at('K1', 'statuswechsler', 0) + s.sumAt(GEMEINDEN_OF.K1!, 'statuswechsler', 0)).toBe(10);
  });

  it('creditQuota offsets them against later Zuweisungen to that Kreis', () => {
    const credited = sim(direct(true));
    const plain = sim(direct(false));
    expect(credited.total('K1', 'zuweisungen')).toBeLessThan(plain.total('K1', 'zuweisungen') - 1000);
    // Zuweisungen + direct arrivals follow the population shares.
    const kreise = credited.units('kreis');
    const got = Object.fromEntries(kreise.map((k) => [k, credited.total(k, 'arrived') - credited.kreisintern(k, 'in')]));
    const total = Object.values(got).reduce((a, b) => a + b, 0);
    for (const k of kreise) expect(Math.abs(got[k]! - (POP[k]! / 310_000) * total), k).toBeLessThanOrEqual(12);
  });
});

describe('money', () => {
  // Regression test for a fixed bug (src/engine/run.ts record(), working-tree version with incremental totals): the Land's cost and Pauschale
  // are kept as running float totals (`tot.pauschale += pay − pauschaleCache[u]`). Rounding errors accumulate, so
  // when every Kreis and Gemeinde is back at 0 the Land row keeps a residue such as −1.65e−11 (seed 4) or
  // +2.3e−11 instead of 0: the Land is not the sum of its units and can be negative.
  it('when nobody is housed any more, the Land pays exactly no Pauschale (never a negative amount)', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const s = sim(
        smallScenario({
          seed,
          arrivals: { series: { kind: 'rate', perDay: 0 } },
          procedure: { periods: [{ from: '2024-01-01', duration: { dist: 'uniform', min: 1, max: 10 }, protectionRate: 0 }] },
          exits: { departShare: 1, departDelay: { dist: 'uniform', min: 1, max: 20 } },
          accommodation: { initialPerThousand: 4 },
          money: { pauschale: [{ from: '2024-01-01', I: 1011.37, II: 933.3, III: 871.1 }] },
        }),
      );
      expect(s.at(s.land, 'present', s.D - 1)).toBe(0);
      const units = [...s.units('kreis'), ...s.units('gemeinde')];
      expect(s.sumAt(units, 'pauschale', s.D - 1)).toBe(0);
      expect(Math.min(...s.series(s.land, 'pauschale')), `seed ${seed}`).toBeGreaterThanOrEqual(0);
      expect(s.at(s.land, 'pauschale', s.D - 1), `seed ${seed}`).toBe(0);
    }
  });

  it('the Pauschale is paid for persons in the Kommunen under AsylbLG, by tier', () => {
    const s = sim(
      smallScenario({
        arrivals: { series: { kind: 'rate', perDay: 0 } },
        procedure: { periods: [{ from: '2024-01-01', duration: { dist: 'fixed', days: 5000 }, protectionRate: 0 }] },
        accommodation: { initialPerThousand: 1 },
        policies: { kreis: 'selbst' },
      }),
    );
    // K1 is tier III (800 €/month), S1 tier I (1000 €/month); 120 and 100 persons.
    expect(s.at('K1', 'pauschale', 10)).toBeCloseTo((120 * 800 * 12) / 365.25, 2);
    expect(s.at('S1', 'pauschale', 10)).toBeCloseTo((100 * 1000 * 12) / 365.25, 2);
    expect(s.at('eae-a', 'pauschale', 10)).toBe(0);
  });

  // Inconsistency (src/engine/metrics/kpis.ts): the KPI 'zuweisungen' ("Zuweisungen an Kreise und kreisfreie
  // Städte") sums the Kreise's ledger `arrived`, which includes the initial stock placed in the Kreise on day 0
  // (accommodation.initialPerThousand). Those persons were never assigned; the series 'zuweisungen' does not count
  // them. Here the KPI is larger than the Zuweisungen in the series by the initial stock (930 persons).
  it("the KPI 'zuweisungen' equals the Zuweisungen to the Kreise in the series", () => {
    const s = sim(smallScenario({ accommodation: { initialPerThousand: 3 } }));
    const fromSeries = s.units('kreis').reduce((a, k) => a + s.total(k, 'zuweisungen'), 0);
    expect(s.kpi('zuweisungen')).toBe(fromSeries);
  });
});

describe('runScenario options', () => {
  it('kreisPolicy override replaces the scenario policy and is recorded in meta', () => {
    const r = runScenario(load(busy()), { kreisPolicy: 'selbst' });
    expect(r.meta.kreisPolicy).toBe('selbst');
    const D = r.days.length;
    r.units.forEach((u, i) => {
      if (u.level === 'gemeinde') expect(Math.max(...unitSeries(r, 'zuweisungen', i))).toBe(0);
    });
  });

  it('an unknown policy override throws a ScenarioError naming it', () => {
    expect(() => runScenario(load(smallScenario()), { kreisPolicy: 'wuerfeln' })).toThrow(/unknown Kreis policy "wuerfeln"/);
  });

  it('a custom Kreis policy can be supplied and is used', () => {
    const erste = {
      id: 'erste',
      label: { de: 'Erste Gemeinde', en: 'First municipality' },
      description: { de: 'Alles an die erste Gemeinde', en: 'All to the first municipality' },
      assign: ({ offer }: { offer: { count: number } }) => new Int32Array(offer.count).fill(0),
    };
    const catalogue = policyCatalogue({ kreis: [erste] });
    const loaded = loadScenario(smallScenario({ policies: { kreis: 'erste' } }), catalogue);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const r = runScenario(loaded.scenario, { policies: { kreis: [erste] } });
    const D = r.days.length;
    const total = (id: string) => {
      const i = r.units.findIndex((u) => u.id === id);
      return unitSeries(r, 'zuweisungen', i).reduce((a, b) => a + b, 0);
    };
    expect(total('K1-01')).toBeGreaterThan(0);
    expect(total('K1-02') + total('K1-03') + total('K2-02')).toBe(0);
  });
});
