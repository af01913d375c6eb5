/** The Land → Kreis policies `quote-eae`, `kapazitaet` and `halten`: each one's characteristic behaviour. */
import { describe, expect, it } from 'vitest';
import { halten } from '../../src/engine/policies/land/halten.ts';
import { kapazitaet } from '../../src/engine/policies/land/kapazitaet.ts';
import { quote } from '../../src/engine/policies/land/quote.ts';
import { creditedQuotas, EAE_CREDIT, quoteEae } from '../../src/engine/policies/land/quoteEae.ts';
import { HOLD, type KreisView, type LandPolicyInput } from '../../src/engine/policies/types.ts';
import { sim, smallScenario, SITE_A } from './helpers.ts';

/** A Kreis as the Land sees it; quota and places as given, everything else neutral. */
function kreis(index: number, quota: number, over: Partial<KreisView> = {}): KreisView {
  return {
    index,
    id: `K${index}`,
    name: `Kreis ${index}`,
    kind: 'landkreis',
    population: 100_000,
    quota,
    ist: 0,
    soll: 0,
    present: 0,
    capacity: 1000,
    free: 1000,
    notunterkunft: 0,
    lage: 'normal',
    zuweisungsstopp: false,
    erstaufnahmePlaces: 0,
    ...over,
  };
}

/** `n` households of one person offered today; `must` marks those at the legal maximum. */
function input(kreise: KreisView[], n: number, over: Partial<LandPolicyInput> = {}, must: number[] = []): LandPolicyInput {
  const mustAssign = new Uint8Array(n);
  for (const i of must) mustAssign[i] = 1;
  return {
    day: 100,
    date: '2024-04-10',
    kreise,
    totalAssigned: kreise.reduce((a, k) => a + k.ist, 0),
    offer: { count: n, size: new Int32Array(n).fill(1), mustAssign, waitingDays: new Int32Array(n).fill(40), recognised: new Uint8Array(n) },
    erstaufnahme: { present: 500, capacity: 1000 },
    params: {},
    countedSince: () => ({ ist: Float64Array.from(kreise, (k) => k.ist), total: kreise.reduce((a, k) => a + k.ist, 0) }),
    ...over,
  };
}

const countsOf = (answer: ArrayLike<number>, K: number) => {
  const c = new Array<number>(K).fill(0);
  for (const a of Array.from(answer)) if (a >= 0) c[a]! += 1;
  return c;
};

describe('quote-eae: quota credit for Kreise hosting an Erstaufnahme site', () => {
  it('the Wetterau rule: a share of 5.5 % becomes 4.75 % while the site has places', () => {
    const q = creditedQuotas([0.055, 0.945], [1000, 0], EAE_CREDIT.default, 1);
    // Renormalising moves a little back to the host; the cut itself is 4.75 / 5.5.
    expect(q[0]! / q[1]!).toBeCloseTo((0.055 * (4.75 / 5.5)) / 0.945, 3);
    expect(q[0]! + q[1]!).toBeCloseTo(1, 12);
  });

  it('a host Kreis receives less than under `quote`, and the same once its site is closed', () => {
    const hosting = [kreis(0, 0.5, { erstaufnahmePlaces: 800 }), kreis(1, 0.5)];
    const withEae = countsOf(quoteEae.assign(input(hosting, 1000)), 2);
    const plain = countsOf(quote.assign(input(hosting, 1000)), 2);
    expect(plain).toEqual([500, 500]);
    expect(withEae[0]).toBeLessThan(480);
    expect(withEae[0]! + withEae[1]!).toBe(1000);
    const closed = [kreis(0, 0.5, { erstaufnahmePlaces: 0 }), kreis(1, 0.5)];
    expect(countsOf(quoteEae.assign(input(closed, 1000)), 2)).toEqual([500, 500]);
  });

  it('in a run, the Kreis hosting the site gets fewer Zuweisungen than under `quote`', () => {
    const scn = (land: string) => smallScenario({ policies: { land }, erstaufnahme: { sites: [SITE_A] } });
    const a = sim(scn('quote'));
    const b = sim(scn('quote-eae'));
    // SITE_A stands in K1-01, a Gemeinde of K1.
    expect(b.total('K1', 'zuweisungen')).toBeLessThan(a.total('K1', 'zuweisungen') * 0.92);
    expect(b.total('K2', 'zuweisungen')).toBeGreaterThan(a.total('K2', 'zuweisungen'));
  });
});

describe('kapazitaet: free places first, bounded by the quota over a rolling window', () => {
  it('a Kreis without free places gets nobody while others have room', () => {
    const ks = [kreis(0, 0.5, { free: 0 }), kreis(1, 0.25), kreis(2, 0.25)];
    const c = countsOf(kapazitaet.assign(input(ks, 40)), 3);
    expect(c[0]).toBe(0);
    expect(c[1]! + c[2]!).toBe(40);
  });

  it('free places do not buy a Kreis more than its quota plus the tolerance within the window', () => {
    // Only Kreis 0 has room; it may take at most (1 + 0.2) · 25 % of the window's Zuweisungen (+ the base allowance).
    const ks = [kreis(0, 0.25), kreis(1, 0.75, { free: 0 })];
    const c = countsOf(kapazitaet.assign(input(ks, 400, { params: { kapazitaetSlackPersons: 0 } })), 2);
    expect(c[0]).toBeGreaterThan(0);
    expect(c[0]).toBeLessThanOrEqual(Math.ceil(1.2 * 0.25 * 400));
    expect(c[1]).toBe(400 - c[0]!);
  });

  it('counts the Zuweisungen of the window the policy asks for', () => {
    let asked = 0;
    const ks = [kreis(0, 0.5), kreis(1, 0.5)];
    kapazitaet.assign(
      input(ks, 1, {
        params: { kapazitaetWindowDays: 30 },
        countedSince: (d) => {
          asked = d;
          return { ist: new Float64Array(2), total: 0 };
        },
      }),
    );
    expect(asked).toBe(30);
  });

  it('in a run with one Kreis full, the others take its share while they have room', () => {
    const scn = (land: string) =>
      smallScenario({
        policies: { land },
        accommodation: { units: { S1: { gu: 0 } } },
      });
    const a = sim(scn('quote'));
    const b = sim(scn('kapazitaet'));
    expect(b.total('S1', 'zuweisungen')).toBeLessThan(a.total('S1', 'zuweisungen'));
    expect(b.kpi('nuPersonDays')).toBeLessThan(a.kpi('nuPersonDays'));
  });
});

describe('halten: keep people in Erstaufnahme while their Kreis reports a Zuweisungsstopp', () => {
  it('holds what a stopped Kreis is owed instead of sending it elsewhere', () => {
    const ks = [kreis(0, 0.5, { zuweisungsstopp: true }), kreis(1, 0.5)];
    const a = Array.from(halten.assign(input(ks, 10)));
    expect(a.filter((x) => x === HOLD)).toHaveLength(5);
    expect(a.filter((x) => x === 1)).toHaveLength(5);
    expect(a).not.toContain(0);
  });

  it('never past the legal maximum: a household that must be assigned goes to the Kreis it is owed to', () => {
    const ks = [kreis(0, 0.5, { zuweisungsstopp: true }), kreis(1, 0.5)];
    const a = Array.from(halten.assign(input(ks, 4, {}, [0, 1, 2, 3])));
    expect(a).not.toContain(HOLD);
    expect(countsOf(a, 2)).toEqual([2, 2]);
  });

  it('holds only while the Erstaufnahme has room', () => {
    const ks = [kreis(0, 0.5, { zuweisungsstopp: true }), kreis(1, 0.5)];
    const a = Array.from(halten.assign(input(ks, 10, { erstaufnahme: { present: 990, capacity: 1000 } })));
    expect(a).not.toContain(HOLD);
  });

  it('in a run: longer waits in Erstaufnahme, never beyond the legal maximum, fewer persons in Notunterkunft', () => {
    const scn = (land: string) =>
      smallScenario({
        period: { start: '2024-01-01', end: '2024-09-30' },
        arrivals: { series: { kind: 'rate', perDay: 20 } },
        erstaufnahme: { maxDays: 120, sites: [{ ...SITE_A, capacity: [{ from: '2024-01-01', places: 3000, notunterkunft: 0 }] }] },
        policies: { land },
      });
    const a = sim(scn('quote'));
    const b = sim(scn('halten'));
    expect(b.kpi('eaeMeanStay')).toBeGreaterThan(a.kpi('eaeMeanStay'));
    expect(b.kpi('overMax')).toBe(0);
    expect(b.kpi('nuPersonDays')).toBeLessThan(a.kpi('nuPersonDays'));
  });
});
