/**
 * The steps of the legal chain, each on its own on a tiny world (Testland: Kreise K1, K2 with Gemeinden, the
 * kreisfreie Stadt S1, one Erstaufnahme site): arrange a world, call one step for one day, assert what changed.
 */
import { describe, expect, it } from 'vitest';
import { can, send } from '../../src/engine/haushalt.ts';
import { FLAG_PROTECT, FLAG_SAFE } from '../../src/engine/model/households.ts';
import { policyCatalogue } from '../../src/engine/policies/registry.ts';
import { resolveScenario } from '../../src/engine/scenario/resolve.ts';
import type { ScenarioInput } from '../../src/engine/scenario/schema.ts';
import type { TimelineStep } from '../../src/engine/scenario/timeline.ts';
import { arrivals } from '../../src/engine/steps/ankunft.ts';
import { recordDay } from '../../src/engine/steps/aufzeichnen.ts';
import { moveOut, scheduleMoveOut } from '../../src/engine/steps/auszug.ts';
import { openInitialPlaces, recordQuota, scheduleEvents, siteCapacityAt } from '../../src/engine/steps/ereignisse.ts';
import { forward, stayEnds } from '../../src/engine/steps/erstaufnahme.ts';
import { lageUndBeschaffung } from '../../src/engine/steps/lage.ts';
import { countForGemeinde, countForQuota, expireQuota, refreshQuota, sollGemeinde, sollKreis } from '../../src/engine/steps/sollIst.ts';
import { decide, dulden } from '../../src/engine/steps/verfahren.ts';
import { zuweisungKreis } from '../../src/engine/steps/zuweisungKreis.ts';
import { zuweisungLand } from '../../src/engine/steps/zuweisungLand.ts';
import { createWorld, NU, T, type World } from '../../src/engine/world.ts';
import { load, smallScenario, type DeepPartial } from './helpers.ts';

/** A world at the start of its first day (a Monday: 2024-01-01), places open, quota set, strict. */
function tinyWorld(over: DeepPartial<ScenarioInput> = {}): World {
  const scenario = load(smallScenario(over));
  const catalogue = policyCatalogue();
  const { region, params, timeline } = resolveScenario(scenario, catalogue, {});
  const w = createWorld({ scenario, region, params, catalogue, seed: scenario.seed, strict: true });
  timelines.set(w, timeline);
  refreshQuota(w);
  recordQuota(w, 0);
  openInitialPlaces(w);
  siteCapacityAt(w, 0);
  return w;
}

const timelines = new WeakMap<World, readonly TimelineStep[]>();
const unit = (w: World, id: string): number => w.tree.indexById.get(id)!;
const stateKey = (w: World, h: number): string => w.table.states[w.hh.state[h]!]!.key;

/** A household of `size` registered and taken into the first site. */
function inErstaufnahme(w: World, size = 2, flags = 0): number {
  const h = w.hh.add(size, w.table.initial, 0);
  w.hh.flags[h] = flags;
  send(w, h, 'erstaufnahme.aufgenommen', 0, w.tree.sites[0]!);
  return h;
}

/** A household ready for Zuweisung at the first site. */
function ready(w: World, size = 2, flags = 0): number {
  const h = inErstaufnahme(w, size, flags);
  send(w, h, 'erstaufnahme.abgeschlossen', 0);
  return h;
}

describe('Ankunft', () => {
  it("takes the day's arrivals into Erstaufnahme (registered, procedure running) and counts them at site and Land", () => {
    const w = tinyWorld({ arrivals: { series: { kind: 'rate', perDay: 10 } } });
    arrivals(w, 0);
    const site = w.tree.sites[0]!;
    expect(w.present[site]).toBe(10);
    expect(w.dayArrived[site]).toBe(10);
    expect(w.dayArrived[0]).toBe(10);
    for (let h = 0; h < w.hh.count; h++) expect(stateKey(w, h)).toBe('erstaufnahme.aufnahme|laufend|pauschale');
    // Each household has two timers: its BAMF decision (may fall after the run) and the end of its planned stay.
    const timers = Array.from({ length: w.D }, (_, d) => w.agenda.take(d)?.length ?? 0).reduce((a, b) => a + b, 0);
    expect(timers).toBeGreaterThanOrEqual(w.hh.count);
    expect(timers).toBeLessThanOrEqual(2 * w.hh.count);
  });

  it('takes direct arrivals straight to the Kreise, protected, awaiting passing-on (a Stadt houses them itself)', () => {
    const w = tinyWorld({ arrivals: { series: { kind: 'rate', perDay: 0 }, direct: { series: { kind: 'rate', perDay: 31 }, shares: {}, creditQuota: true } } });
    arrivals(w, 0);
    const keys = new Set(Array.from({ length: w.hh.count }, (_, h) => stateKey(w, h)));
    expect(keys).toEqual(new Set(['kommune.kreis.weiterleitung|anerkannt|entfallen', 'kommune.kreis.untergebracht|anerkannt|entfallen']));
    for (let h = 0; h < w.hh.count; h++) {
      const k = w.tree.kreisOf[w.hh.unit[h]!]!;
      expect(stateKey(w, h).includes('untergebracht'), `household ${h}`).toBe(w.tree.gemeindenOfKreis[k]!.length === 0);
    }
    expect(w.totalAssigned).toBe(31);
    expect(w.flows.view().count).toBeGreaterThan(0);
  });
});

describe('Erstaufnahme', () => {
  it('at the end of the planned stay a household becomes ready for Zuweisung', () => {
    const w = tinyWorld();
    const h = inErstaufnahme(w);
    stayEnds(w, h, 30);
    expect(stateKey(w, h)).toBe('erstaufnahme.zuweisungsbereit|laufend|pauschale');
    expect(w.pool).toEqual([h]);
  });

  it('a safe-country national is held while the hold applies and the procedure runs (§ 47 Abs. 1a AsylG)', () => {
    const w = tinyWorld({ erstaufnahme: { holdSafeCountry: true } });
    const h = inErstaufnahme(w, 1, FLAG_SAFE);
    stayEnds(w, h, 30);
    expect(stateKey(w, h)).toBe('erstaufnahme.gehalten|laufend|pauschale');
    expect(w.held).toEqual([h]);
    // Rejected, then tolerated: the Duldung ends the hold in the same transition.
    send(w, h, 'bamf.ablehnung', 40);
    dulden(w, h, 50);
    expect(stateKey(w, h)).toBe('erstaufnahme.zuweisungsbereit|geduldet|befristet');
    expect(w.pool).toEqual([h]);
  });

  it('after protection in Erstaufnahme the end of the stay changes nothing (already ready)', () => {
    const w = tinyWorld();
    const h = inErstaufnahme(w, 1, FLAG_PROTECT);
    decide(w, h, 10);
    expect(stateKey(w, h)).toBe('erstaufnahme.zuweisungsbereit|anerkannt|entfallen');
    stayEnds(w, h, 30);
    expect(stateKey(w, h)).toBe('erstaufnahme.zuweisungsbereit|anerkannt|entfallen');
    expect(w.pool).toEqual([h]);
  });

  it('forwarding by EASY takes the household out of Hessen from the site', () => {
    const w = tinyWorld();
    const h = inErstaufnahme(w, 3);
    forward(w, h, 3);
    expect(stateKey(w, h)).toBe('weitergeleitet|laufend|pauschale');
    expect(w.hh.unit[h]).toBe(-1);
    expect(w.dayExits[w.tree.sites[0]!]).toBe(3);
    expect(w.extras.forwarded).toBe(3);
  });
});

describe('Verfahren', () => {
  it('a rejection schedules the end of the Pauschale and departure or Duldung', () => {
    const w = tinyWorld({ money: { pauschaleMonthsAfterRejection: 1 } });
    const h = ready(w);
    decide(w, h, 5);
    expect(stateKey(w, h)).toBe('erstaufnahme.zuweisungsbereit|abgelehnt|befristet');
    expect(w.agenda.take(5 + 30)).toBeDefined();
  });
});

describe('Zuweisung Land → Kreis', () => {
  it('assigns the households ready for Zuweisung to the Kreise, counts Soll/Ist and records the exact flow', () => {
    const w = tinyWorld();
    const hs = Array.from({ length: 30 }, () => ready(w, 1));
    zuweisungLand(w, 0);
    expect(w.pool).toEqual([]);
    expect(w.totalAssigned).toBe(30);
    for (const h of hs) expect(['landkreis', 'kreisfreie-stadt']).toContain(w.tree.infos[w.hh.unit[h]!]!.kind);
    // Kreise with Gemeinden wait to pass on; the Stadt houses the household itself.
    const s1 = unit(w, 'S1');
    for (const h of hs) expect(stateKey(w, h).startsWith(w.hh.unit[h] === s1 ? 'kommune.kreis.untergebracht' : 'kommune.kreis.weiterleitung')).toBe(true);
    const f = w.flows.view();
    let flowed = 0;
    for (let i = 0; i < f.count; i++) flowed += f.persons[i]!;
    expect(flowed).toBe(30);
    const k1 = w.tree.kreisOf[unit(w, 'K1')]!;
    expect(w.istKreis[k1]).toBe(w.dayZuw[unit(w, 'K1')]);
    expect(Math.abs(w.istKreis[k1]! - sollKreis(w, k1))).toBeLessThanOrEqual(1);
  });

  it('does nothing on a day that is not a Zuweisung day', () => {
    const w = tinyWorld({ policies: { weekdays: [2] } });
    ready(w);
    zuweisungLand(w, 0);
    expect(w.pool).toHaveLength(1);
    expect(w.totalAssigned).toBe(0);
  });
});

describe('Zuweisung Kreis → Gemeinde', () => {
  it("passes the Kreis's waiting households on to its Gemeinden and keeps their accounts", () => {
    const w = tinyWorld();
    for (let i = 0; i < 20; i++) ready(w, 1);
    zuweisungLand(w, 0);
    zuweisungKreis(w, 0);
    const k1 = w.tree.kreisOf[unit(w, 'K1')]!;
    expect(w.kreisPending[k1]).toEqual([]);
    const gs = w.tree.gemeindenOfKreis[k1]!;
    const received = gs.reduce((a, g) => a + w.istGemeinde[g]!, 0);
    expect(received).toBe(w.totalToGemeinden[k1]);
    expect(received).toBe(w.dayPassed[unit(w, 'K1')]);
  });

  it('with the policy `selbst` the Kreis houses them itself', () => {
    const w = tinyWorld({ policies: { kreis: 'selbst' } });
    for (let i = 0; i < 20; i++) ready(w, 1);
    zuweisungLand(w, 0);
    zuweisungKreis(w, 0);
    for (let h = 0; h < w.hh.count; h++) expect(stateKey(w, h)).toMatch(/^kommune\.kreis\.untergebracht/);
  });
});

describe('Auszug', () => {
  it('a recognised household housed by a Kommune moves out; the chart refuses it for anyone else', () => {
    const w = tinyWorld();
    const h = ready(w, 2, FLAG_PROTECT);
    send(w, h, 'bamf.schutz', 0);
    zuweisungLand(w, 0);
    const u = w.hh.unit[h]!;
    moveOut(w, h, 40);
    expect(w.hh.unit[h]).toBe(-1);
    expect(w.dayExits[u]).toBe(2);
    const other = ready(w, 1);
    expect(can(w, other, 'wohnung.bezogen')).toBe(false);
    expect(() => moveOut(w, other, 41)).toThrow(/erstaufnahme\.zuweisungsbereit\|laufend\|pauschale does not accept the event wohnung\.bezogen/);
  });

  it('the search for a flat is scheduled once', () => {
    const w = tinyWorld();
    const h = ready(w);
    send(w, h, 'bamf.schutz', 0);
    zuweisungLand(w, 0);
    scheduleMoveOut(w, h, 1);
    const scheduled = Array.from({ length: w.D }, (_, d) => w.agenda.take(d)?.filter((x) => x % 16777216 === h).length ?? 0).reduce((a, b) => a + b, 0);
    expect(scheduled).toBe(1);
  });
});

describe('Lage und Beschaffung', () => {
  it('an overfull Gemeinde changes its Lage; the log says from and to as codes', () => {
    const w = tinyWorld();
    const g = unit(w, 'K1-02');
    w.present[g] = 3 * (w.regCap[g] ?? 0);
    lageUndBeschaffung(w, 1);
    expect(w.lagen.of(g)).toBe('notbetrieb');
    expect(w.log).toContainEqual(expect.objectContaining({ kind: 'lage', unit: 'K1-02', from: 'normal', to: 'notbetrieb' }));
    expect(w.stopp[g]).toBe(1);
  });
});

describe('Soll/Ist', () => {
  it('with a window, persons counted N days ago leave the account', () => {
    const w = tinyWorld({ policies: { quotaWindowDays: 10 } });
    expireQuota(w, 0);
    countForQuota(w, 0, 0, 7);
    expireQuota(w, 9);
    expect(w.istKreis[0]).toBe(7);
    expireQuota(w, 10);
    expect(w.istKreis[0]).toBe(0);
    expect(w.totalAssigned).toBe(0);
  });
});

describe('Ereignisse', () => {
  it('a dated event changes the parameters, notes a quota change and logs itself as data', () => {
    const w = tinyWorld({
      events: [{ date: '2024-01-01', label: { de: 'Neue Quote', en: 'New quota' }, source: 'Test', set: { 'policies.quota': { K1: 0.5, K2: 0.25, S1: 0.25 } } }],
    });
    scheduleEvents(w, timelines.get(w)!);
    w.cal.run();
    expect(w.quota[w.tree.kreisOf[unit(w, 'K1')]!]).toBe(0.5);
    expect(w.quotaChanges.at(-1)!.quota.K1).toBe(0.5);
    expect(w.log).toContainEqual(expect.objectContaining({ kind: 'ereignis', event: 0, label: { de: 'Neue Quote', en: 'New quota' } }));
  });
});

describe('Aufzeichnen', () => {
  it("writes the day's values of changed units and the Land's totals (day-major)", () => {
    const w = tinyWorld({ arrivals: { series: { kind: 'rate', perDay: 12 } } });
    arrivals(w, 0);
    recordDay(w, 0);
    const U = w.U;
    const site = w.tree.sites[0]!;
    const s = w.recorder.series;
    expect(s.present[0 * U + site]).toBe(12);
    expect(s.present[0 * U + 0]).toBe(12);
    expect(s.arrived[0 * U + 0]).toBe(12);
    expect(s.capacity[0 * U + site]).toBe(w.regCap[site]);
    expect(w.dayArrived[site]).toBe(0);
    // The next day carries the stocks over and starts the flows at zero.
    recordDay(w, 1);
    expect(s.present[1 * U + site]).toBe(12);
    expect(s.arrived[1 * U + site]).toBe(0);
    expect(w.occ[site * T + NU]).toBe(0);
  });

  it("a Gemeinde's Soll follows its Kreis's Zuweisungen also on days nothing else changes there", () => {
    const w = tinyWorld();
    recordDay(w, 0);
    const U = w.U;
    const s = w.recorder.series;
    const k1 = w.tree.kreisOf[unit(w, 'K1')]!;
    const [a, b] = [unit(w, 'K1-01'), unit(w, 'K1-02')];
    const other = unit(w, 'K2-01');
    countForGemeinde(w, k1, a, 3);
    recordDay(w, 1);
    expect(s.soll[1 * U + a]).toBeCloseTo(sollGemeinde(w, a), 4);
    expect(s.soll[1 * U + b]).toBeCloseTo(sollGemeinde(w, b), 4);
    expect(s.soll[1 * U + b]).toBeGreaterThan(0);
    expect(s.ist[1 * U + a]).toBe(3);
    expect(s.ist[1 * U + b]).toBe(0);
    expect(s.soll[1 * U + other]).toBe(0);
    // Their other values carry over.
    expect(s.capacity[1 * U + b]).toBe(s.capacity[0 * U + b]);
    expect(s.present[1 * U + b]).toBe(0);
  });
});
