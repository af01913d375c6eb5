/** The institutions follow their charts: Lagen and Beschaffungen, driven by compiled steps, agree with live actors. */
import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { Calendar } from '../../src/engine/calendar.ts';
import { Beschaffungen, type Contract } from '../../src/engine/institutions/beschaffung.ts';
import { Lagen } from '../../src/engine/institutions/lage.ts';
import { beschaffungMachine, type BeschaffungInput } from '../../src/engine/machines/beschaffung.ts';
import { compileTimed } from '../../src/engine/machines/compile.ts';
import { gemeldeteAuslastung, LAGE_STUFEN, lageBoundaries, lageGrenzen, lageMachine, type LageSchwellen } from '../../src/engine/machines/lage.ts';

const SCHWELLEN: LageSchwellen = { angespannt: 0.9, ueberlastet: 1.0, notbetrieb: 1.1, hysteresis: 0.05 };
const LAGE_ACTIONS = ['beschaffungAnstossen', 'zuweisungsstoppBeantragen', 'zuweisungsstoppAufheben', 'notunterkunftEroeffnen', 'lageGewechselt'] as const;

/** The largest double below x (x > 0). */
function below(x: number): number {
  const f = new Float64Array([x]);
  new BigInt64Array(f.buffer)[0]! -= 1n;
  return f[0]!;
}

/** A live actor of the Lage chart that records the actions it runs. */
function lageActor(schwellen: LageSchwellen) {
  const ran: string[] = [];
  const actions = Object.fromEntries(LAGE_ACTIONS.map((a) => [a, () => ran.push(a)]));
  const actor = createActor(lageMachine.provide({ actions }), { input: { unit: 0, schwellen } }).start();
  return {
    report(auslastung: number): { state: string; actions: string[] } {
      ran.length = 0;
      actor.send({ type: 'auslastung.gemeldet', auslastung });
      return { state: String(actor.getSnapshot().value), actions: [...ran] };
    },
  };
}

const schwellenArb = fc
  .record({
    angespannt: fc.double({ min: 0.3, max: 1.2, noNaN: true }),
    gap1: fc.double({ min: 0.01, max: 0.5, noNaN: true }),
    gap2: fc.double({ min: 0.01, max: 0.5, noNaN: true }),
    hysteresis: fc.double({ min: 0, max: 0.25, noNaN: true }),
  })
  .map(({ angespannt, gap1, gap2, hysteresis }) => ({ angespannt, ueberlastet: angespannt + gap1, notbetrieb: angespannt + gap1 + gap2, hysteresis }));

describe('Lage: the boundaries come from the same declaration as the guards', () => {
  it('each threshold gives two boundaries, at the threshold and hysteresis below it', () => {
    expect(lageBoundaries(SCHWELLEN)).toEqual([0.9 - 0.05, 0.9, 1.0 - 0.05, 1.0, 1.1 - 0.05, 1.1]);
    for (const stufe of LAGE_STUFEN) {
      const g = lageGrenzen(SCHWELLEN, stufe);
      expect(g.ab).toBe(SCHWELLEN[stufe]);
      expect(g.unter).toBe(SCHWELLEN[stufe] - SCHWELLEN.hysteresis);
      expect(lageBoundaries(SCHWELLEN)).toContain(g.ab);
      expect(lageBoundaries(SCHWELLEN)).toContain(g.unter);
    }
  });

  it('moving a threshold moves the boundary and the chart together: the unit changes its situation exactly there', () => {
    for (const angespannt of [0.7, 0.9]) {
      const s = { ...SCHWELLEN, angespannt };
      expect(lageBoundaries(s)).toContain(angespannt);
      const lagen = new Lagen(1, s);
      lagen.report(0, below(angespannt));
      expect(lagen.of(0)).toBe('normal');
      lagen.report(0, angespannt);
      expect(lagen.of(0)).toBe('angespannt');
      lagen.report(0, angespannt - s.hysteresis);
      expect(lagen.of(0)).toBe('angespannt');
      lagen.report(0, below(angespannt - s.hysteresis));
      expect(lagen.of(0)).toBe('normal');
    }
  });

  it('for any thresholds, Lagen answers every occupancy as the chart does, on and right below each boundary too', () => {
    fc.assert(
      fc.property(
        schwellenArb,
        fc.array(fc.tuple(fc.nat(5), fc.nat(2), fc.double({ min: 0, max: 2, noNaN: true })), { minLength: 1, maxLength: 40 }),
        (schwellen, picks) => {
          const boundaries = lageBoundaries(schwellen);
          const lagen = new Lagen(1, schwellen);
          const actor = lageActor(schwellen);
          for (const [b, how, free] of picks) {
            const a = how === 0 ? boundaries[b]! : how === 1 ? below(boundaries[b]!) : free;
            const actions = lagen.report(0, a).filter((x) => (LAGE_ACTIONS as readonly string[]).includes(x));
            const expected = actor.report(a);
            expect(lagen.of(0), `at ${a}`).toBe(expected.state);
            expect(actions, `at ${a}`).toEqual(expected.actions);
          }
        },
      ),
      { numRuns: 300, seed: 20151 },
    );
  });

  it('a report by totals answers as a report of their occupancy, also when the totals repeat and after new thresholds', () => {
    // Each step: new totals or the last ones again, and whether the thresholds change before it.
    const step = fc.tuple(fc.option(fc.tuple(fc.nat(60), fc.nat(60), fc.nat(5))), fc.boolean());
    fc.assert(
      fc.property(schwellenArb, schwellenArb, fc.array(step, { minLength: 1, maxLength: 40 }), (s1, s2, steps) => {
        const byTotals = new Lagen(1, s1);
        const byOccupancy = new Lagen(1, s1);
        let s = s1;
        let last: [number, number, number] = [0, 0, 0];
        for (const [totals, change] of steps) {
          const [persons, places, nu] = (last = totals ?? last);
          if (change) {
            s = s === s1 ? s2 : s1;
            byTotals.setThresholds(s);
            byOccupancy.setThresholds(s);
          }
          const got = byTotals.reportTotals(0, persons, places, nu);
          expect(got).toEqual(byOccupancy.report(0, gemeldeteAuslastung(persons, places, nu, s)));
          expect(byTotals.of(0)).toBe(byOccupancy.of(0));
        }
      }),
      { numRuns: 300, seed: 20152 },
    );
  });
});

// ---- Beschaffungen ----------------------------------------------------------------------------------

interface Plan {
  readonly contractDays: number;
  readonly openDays: number;
  readonly termDays: number;
  /** Day on which notice is given (if the places are open then), and the notice period. */
  readonly noticeOn: number;
  readonly noticeDays: number;
}

const HORIZON = 200;

/** Open and release days of one contract run by Beschaffungen on a calendar. */
function byEngine(p: Plan) {
  const cal = new Calendar(HORIZON, 1);
  const days = { opened: [] as number[], released: [] as number[], openedDay: -1 };
  let c: Contract | undefined;
  const contracts = new Beschaffungen(1, {
    at: (day, fn) => cal.at(day, 0, fn),
    open: () => days.opened.push(cal.day),
    release: () => days.released.push(cal.day),
  });
  cal.at(2, 0, (d) => (c = contracts.order(0, 1, 50, p.contractDays, p.openDays, p.termDays, d)[0]));
  cal.at(p.noticeOn, 0, (d) => {
    if (c && contracts.open[0]!.includes(c) && !c.notice) contracts.giveNotice(c, d, p.noticeDays);
  });
  cal.run();
  days.openedDay = c!.openedDay;
  return days;
}

/** The same with a live actor on the calendar's xstate clock. */
function byActor(p: Plan) {
  const cal = new Calendar(HORIZON, 1);
  const days = { opened: [] as number[], released: [] as number[], openedDay: -1 };
  const input: BeschaffungInput = { id: 0, unit: 0, type: 1, places: 50, contractDays: p.contractDays, openDays: p.openDays, termDays: p.termDays };
  const actor = createActor(
    beschaffungMachine.provide({
      actions: {
        kapazitaetOeffnen: () => {
          days.opened.push(cal.day);
          days.openedDay = cal.day;
        },
        kapazitaetFreigeben: () => days.released.push(cal.day),
      },
    }),
    { clock: cal.xstateClock(0), input },
  );
  cal.at(2, 0, () => actor.start());
  cal.at(p.noticeOn, 0, () => {
    if (actor.getSnapshot().matches({ offen: 'laufend' })) actor.send({ type: 'vertrag.kuendigen', noticeDays: p.noticeDays });
  });
  cal.run();
  return days;
}

describe('Beschaffungen follow the procurement chart like an actor on the calendar clock', () => {
  it('steps compiled from the chart: timers started on entry and cancelled on exit', () => {
    const chart = compileTimed(beschaffungMachine, { id: 0, unit: 0, type: 0, places: 1, contractDays: 1, openDays: 1, termDays: 1 });
    expect(chart.initial.next).toBe('beantragt');
    expect(chart.initial.start.map((t) => t.delay)).toEqual(['bisVertrag']);
    const vertrag = chart.step('beantragt', { type: chart.initial.start[0]!.event });
    expect(vertrag).toMatchObject({ next: 'vertrag', actions: ['vertragGeschlossen'] });
    const offen = chart.step('vertrag', { type: vertrag.start[0]!.event });
    expect(offen).toMatchObject({ next: 'offen.laufend', actions: ['kapazitaetOeffnen'] });
    expect(offen.start.map((t) => t.delay)).toEqual(['laufzeit']);
    const gekuendigt = chart.step('offen.laufend', { type: 'vertrag.kuendigen', noticeDays: 5 });
    expect(gekuendigt.next).toBe('offen.gekuendigt');
    expect(gekuendigt.start.map((t) => t.delay)).toEqual(['kuendigungsfrist']);
    expect(gekuendigt.cancel).toEqual([]); // the term runs on
    const amEnde = chart.step('offen.gekuendigt', { type: gekuendigt.start[0]!.event });
    expect(amEnde).toMatchObject({ next: 'freigegeben', actions: ['kapazitaetFreigeben'] });
    expect(amEnde.cancel).toContain(offen.start[0]!.id);
    expect(chart.step('vertrag', { type: 'vertrag.kuendigen', noticeDays: 5 })).toMatchObject({ next: 'vertrag', actions: [], start: [] });
    expect(() => chart.step('nirgends', { type: 'vertrag.kuendigen' })).toThrow(/not been reached/);
  });

  it('places needed again when the notice period ends: the notice is withdrawn; at the end of the term: extended', () => {
    const run = (needed: boolean, extend: boolean) => {
      const cal = new Calendar(HORIZON, 1);
      const released: number[] = [];
      const contracts = new Beschaffungen(1, {
        at: (day, fn) => cal.at(day, 0, fn),
        open: () => {},
        release: () => released.push(cal.day),
        kinds: () => [{ type: 1, share: 1, openDays: 20, termDays: 100, earlyNotice: true, extend }],
        needed: () => needed,
      });
      let c: Contract | undefined;
      cal.at(2, 0, (d) => (c = contracts.order(0, 1, 50, 10, 0, 0, d)[0]));
      cal.at(60, 0, (d) => contracts.giveNotice(c!, d, 30));
      cal.run();
      return { released, state: c!.state, notice: c!.notice };
    };
    // Opened on day 32, notice on day 60 for 30 days.
    expect(run(false, true)).toEqual({ released: [90], state: 'freigegeben', notice: true });
    // Withdrawn on day 90; the term (100 days from day 32) then ends on day 132 and, still needed, is extended.
    expect(run(true, true)).toEqual({ released: [], state: 'offen.laufend', notice: false });
    // A kind that is not extended ends with its term even when needed.
    expect(run(true, false)).toEqual({ released: [132], state: 'freigegeben', notice: false });
  });

  it('a contract with notice: open on day 32, released when the notice period ends', () => {
    const plan = { contractDays: 10, openDays: 20, termDays: 150, noticeOn: 60, noticeDays: 30 };
    expect(byEngine(plan)).toEqual({ opened: [32], released: [90], openedDay: 32 });
    expect(byActor(plan)).toEqual(byEngine(plan));
  });

  it('for any lead times, term and notice, the same days as the actor', () => {
    const days = fc.double({ min: 0, max: 80, noNaN: true });
    fc.assert(
      fc.property(
        fc.record({ contractDays: days, openDays: days, termDays: fc.double({ min: 0.5, max: 150, noNaN: true }), noticeOn: fc.nat(HORIZON), noticeDays: days }),
        (plan) => {
          expect(byEngine(plan)).toEqual(byActor(plan));
        },
      ),
      { numRuns: 300, seed: 1990 },
    );
  });
});
