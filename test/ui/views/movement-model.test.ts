/** The Bewegung model: dots from the series and the exact flow records, persons per dot, motion over the day, fading exits, the dot cap. */
import { describe, expect, it } from 'vitest';
import { FLOW_KINDS, type FlowKind, type SeriesKey, type UnitInfo } from '../../../src/engine/metrics/result.ts';
import { RunData, TYPES } from '../../../src/ui/data/runData.ts';
import {
  DOT_CAPACITY,
  MovementModel,
  STAGE_EXIT,
  STAGE_GEMEINDE,
  STAGE_KREIS,
  STAGE_KREISINTERN,
  STAGE_SITE,
  TARGET_DOTS,
  dayFlows,
  niceCeil,
  windowForSpeed,
} from '../../../src/ui/views/movement/model.ts';
import { SPEEDS } from '../../../src/ui/machines/runControl.ts';
import { chunkOf, type FlowRecord } from '../chunks.ts';

const UNITS: UnitInfo[] = [
  { id: 'land', name: 'Hessen', level: 'land', parent: null },
  { id: 'site-a', name: 'HEAE Gießen', level: 'erstaufnahme', parent: 'land', lon: 8.67, lat: 50.58, hostKreis: 'k1' },
  { id: 'site-b', name: 'Außenstelle Büdingen', level: 'erstaufnahme', parent: 'land', lon: 9.11, lat: 50.29, hostKreis: 'k2' },
  { id: 'k1', name: 'Landkreis Gießen', level: 'kreis', parent: 'land', lon: 8.73, lat: 50.57, kind: 'landkreis' },
  { id: 'k2', name: 'Kassel', level: 'kreis', parent: 'land', lon: 9.49, lat: 51.31, kind: 'kreisfreie-stadt' },
  { id: 'g1', name: 'Lich', level: 'gemeinde', parent: 'k1', lon: 8.82, lat: 50.52 },
  { id: 'g2', name: 'Laubach', level: 'gemeinde', parent: 'k1', lon: 8.99, lat: 50.54 },
];
const IX = Object.fromEntries(UNITS.map((u, i) => [u.id, i])) as Record<string, number>;

type Values = Partial<Record<SeriesKey, Record<string, number>>>;
/** A flow record of the day by unit ids (`from` null: from outside). */
interface DayFlow {
  readonly kind: FlowKind;
  readonly from: string | null;
  readonly to: string;
  readonly persons: number;
}
/** The series of a day and its flow records. */
type Day = Values & { readonly flows?: readonly DayFlow[] };

/** A run with `days` days whose series and flow records come from `perDay(d)`, delivered as day-major chunks. */
function makeData(days: number, perDay: (d: number) => Day, chunk = 7): RunData {
  const dates = Array.from({ length: days }, (_, d) => new Date(Date.UTC(2015, 9, 1 + d)).toISOString().slice(0, 10));
  const byTypeUnits = [0, 1, 2, 3, 4];
  const data = new RunData(1, 'test', dates, UNITS, byTypeUnits);
  const perDayValues = Array.from({ length: days }, (_, d) => perDay(d));
  const flows: FlowRecord[] = perDayValues.flatMap((v, d) =>
    (v.flows ?? []).map((f) => ({ day: d, kind: f.kind, from: f.from === null ? -1 : IX[f.from]!, to: IX[f.to]!, persons: f.persons })),
  );
  for (let from = 0; from < days; from += chunk) {
    const to = Math.min(days, from + chunk);
    data.addChunk(
      chunkOf({
        from,
        to,
        units: UNITS.length,
        value: (key, u, d) => (perDayValues[d] as Values)[key]?.[UNITS[u]!.id] ?? 0,
        flows,
        byType: { size: byTypeUnits.length * TYPES.length },
      }),
    );
  }
  return data;
}

/**
 * One busy day pattern: arrivals at both sites, Zuweisungen site → Kreis by record (site A 60, site B 20; Landkreis
 * Gießen 50, Kassel 30), on to the Gemeinden, exits.
 */
const busy =
  (f = 1) =>
  (d: number): Day =>
    d === 0
      ? { arrived: { 'site-a': 5000 }, present: { 'site-a': 5000 } }
      : {
          arrived: { 'site-a': 60 * f, 'site-b': 40 * f, k1: 50 * f, k2: 30 * f, g1: 20 * f, g2: 10 * f },
          passedOn: { 'site-a': 60 * f, 'site-b': 20 * f, k1: 30 * f },
          zuweisungen: { k1: 50 * f, k2: 30 * f, g1: 20 * f, g2: 10 * f },
          exits: { 'site-a': 4 * f, g1: 6 * f },
          present: { 'site-a': 500, 'site-b': 300, k1: 100, k2: 80, g1: 40, g2: 20 },
          flows: [
            { kind: 'zuweisung', from: 'site-a', to: 'k1', persons: 40 * f },
            { kind: 'zuweisung', from: 'site-a', to: 'k2', persons: 20 * f },
            { kind: 'zuweisung', from: 'site-b', to: 'k1', persons: 10 * f },
            { kind: 'zuweisung', from: 'site-b', to: 'k2', persons: 10 * f },
          ],
        };

const stageCount = (m: MovementModel, stage: number) => {
  let n = 0;
  for (let i = 0; i < m.count; i++) if (m.stage[i] === stage) n++;
  return n;
};
const expectFinite = (m: MovementModel) => {
  for (let i = 0; i < m.count; i++) {
    expect(Number.isFinite(m.x[i]!) && Number.isFinite(m.y[i]!) && Number.isFinite(m.alpha[i]!)).toBe(true);
  }
};

describe('movement model', () => {
  it('derives the day flows from the series and the flow records', () => {
    const data = makeData(5, busy());
    expect(dayFlows(data, 2)).toEqual({ arrivals: 100, toKreis: 80, toGemeinde: 30, betweenSites: 0, withinKreis: 0, exits: 10 });
  });

  it('counts the stock at the start as the arrivals of day 0', () => {
    const data = makeData(3, (d) =>
      d === 0 ? { arrived: { 'site-a': 500, k1: 40 }, flows: [{ kind: 'bestand', from: null, to: 'site-a', persons: 500 }, { kind: 'bestand', from: null, to: 'k1', persons: 40 }] } : {},
    );
    expect(dayFlows(data, 0).arrivals).toBe(540);
  });

  it('shows the day at rest: one dot per person at the targets, arrivals at the sites', () => {
    const data = makeData(5, busy());
    const m = new MovementModel(data);
    m.update(2, { window: 1, scale: 1, rest: true });
    expect(m.moving).toBe(0);
    expect(stageCount(m, STAGE_SITE)).toBe(100);
    expect(stageCount(m, STAGE_KREIS)).toBe(80);
    expect(stageCount(m, STAGE_GEMEINDE)).toBe(30);
    expect(stageCount(m, STAGE_EXIT)).toBe(10);
    // Every Zuweisung dot sits within its jitter radius of a Kreis or a Gemeinde.
    for (let i = 0; i < m.count; i++) {
      if (m.stage[i] !== STAGE_GEMEINDE) continue;
      const near = [IX.g1!, IX.g2!].some((g) => Math.hypot(m.x[i]! - m.ux[g]!, m.y[i]! - m.uy[g]!) <= m.radiusOf(g) + 1e-3);
      expect(near).toBe(true);
    }
    expectFinite(m);
  });

  it('lets arrivals appear at the sites while playing', () => {
    const data = makeData(5, busy());
    const m = new MovementModel(data);
    m.update(2.5, { window: 1, scale: 1 });
    const sites = [IX['site-a']!, IX['site-b']!];
    let arrivals = 0;
    for (let i = 0; i < m.count; i++) {
      if (m.stage[i] !== STAGE_SITE) continue;
      arrivals++;
      // Contracting onto the site from at most four jitter radii away.
      expect(sites.some((s) => Math.hypot(m.x[i]! - m.ux[s]!, m.y[i]! - m.uy[s]!) <= 4 * m.radiusOf(s) + 1e-3)).toBe(true);
    }
    expect(arrivals).toBeGreaterThan(50);
    expect(m.moving).toBe(m.count);
  });

  it('scales the number of dots with the persons', () => {
    const small = new MovementModel(makeData(5, busy(1)));
    const large = new MovementModel(makeData(5, busy(4)));
    small.update(2, { window: 1, scale: 1, rest: true });
    large.update(2, { window: 1, scale: 1, rest: true });
    expect(large.count).toBe(4 * small.count);
    // Persons per dot divide the count (up to rounding per movement).
    large.update(2, { window: 1, scale: 4, rest: true });
    expect(Math.abs(large.count - small.count)).toBeLessThanOrEqual(4);
  });

  it('moves dots from the site to the Kreis over the day fraction', () => {
    const data = makeData(5, (d) =>
      d === 0 ? {} : { passedOn: { 'site-a': 300 }, zuweisungen: { k2: 300 }, arrived: { k2: 300 }, flows: [{ kind: 'zuweisung', from: 'site-a', to: 'k2', persons: 300 }] },
    );
    const m = new MovementModel(data);
    const k = IX.k2!;
    const site = IX['site-a']!;
    const meanDistance = (p: number) => {
      m.update(p, { window: 1, scale: 1 });
      expectFinite(m);
      expect(stageCount(m, STAGE_KREIS)).toBe(m.count);
      let sum = 0;
      for (let i = 0; i < m.count; i++) sum += Math.hypot(m.x[i]! - m.ux[k]!, m.y[i]! - m.uy[k]!);
      return sum / m.count;
    };
    const siteToKreis = Math.hypot(m.ux[site]! - m.ux[k]!, m.uy[site]! - m.uy[k]!);
    const early = meanDistance(2.15);
    const mid = meanDistance(2.5);
    const late = meanDistance(2.85);
    expect(early).toBeGreaterThan(0.8 * siteToKreis);
    expect(early).toBeGreaterThan(mid);
    expect(mid).toBeGreaterThan(late);
    expect(late).toBeLessThan(0.4 * siteToKreis);
    // Half-way through the day all 300 are on their way; at rest they are at the Kreis.
    m.update(2.5, { window: 1, scale: 1 });
    expect(m.count).toBe(300);
    m.update(2, { window: 1, scale: 1, rest: true });
    for (let i = 0; i < m.count; i++) expect(Math.hypot(m.x[i]! - m.ux[k]!, m.y[i]! - m.uy[k]!)).toBeLessThanOrEqual(m.radiusOf(k) + 1e-3);
  });

  it('sends every Zuweisung dot from the site its record names, whatever the sites passed on', () => {
    // Site A passed on the most that day, but the 300 Zuweisungen to Kassel all came from site B.
    const data = makeData(5, (d) =>
      d === 0
        ? {}
        : {
            passedOn: { 'site-a': 900, 'site-b': 300 },
            zuweisungen: { k2: 300 },
            arrived: { k2: 300 },
            flows: [{ kind: 'zuweisung', from: 'site-b', to: 'k2', persons: 300 }],
          },
    );
    const m = new MovementModel(data);
    // Early in the day the dots that have left are still near their site.
    m.update(2.1, { window: 1, scale: 1 });
    const sa = IX['site-a']!;
    const sb = IX['site-b']!;
    let fromB = 0;
    for (let i = 0; i < m.count; i++) {
      expect(m.stage[i]).toBe(STAGE_KREIS);
      if (Math.hypot(m.x[i]! - m.ux[sb]!, m.y[i]! - m.uy[sb]!) < Math.hypot(m.x[i]! - m.ux[sa]!, m.y[i]! - m.uy[sa]!)) fromB++;
    }
    expect(m.count).toBeGreaterThan(20);
    expect(fromB).toBe(m.count);
  });

  it('moves residents between sites and lets direct admissions appear at the Kreis', () => {
    const data = makeData(5, (d) =>
      d === 0
        ? {}
        : {
            // Site B's `arrived` holds the 50 moved in from site A; nobody new arrived there.
            arrived: { 'site-b': 50, k2: 25 },
            passedOn: { 'site-a': 50 },
            flows: [
              { kind: 'direkt', from: null, to: 'k2', persons: 25 },
              { kind: 'verlegung', from: 'site-a', to: 'site-b', persons: 50 },
            ],
          },
    );
    expect(dayFlows(data, 2)).toEqual({ arrivals: 25, toKreis: 0, toGemeinde: 0, betweenSites: 50, withinKreis: 0, exits: 0 });
    const m = new MovementModel(data);
    m.update(2, { window: 1, scale: 1, rest: true });
    const sb = IX['site-b']!;
    const k2 = IX.k2!;
    let atB = 0;
    let atK2 = 0;
    for (let i = 0; i < m.count; i++) {
      if (m.stage[i] === STAGE_SITE && Math.hypot(m.x[i]! - m.ux[sb]!, m.y[i]! - m.uy[sb]!) <= m.radiusOf(sb) + 1e-3) atB++;
      if (m.stage[i] === STAGE_KREIS && Math.hypot(m.x[i]! - m.ux[k2]!, m.y[i]! - m.uy[k2]!) <= m.radiusOf(k2) + 1e-3) atK2++;
    }
    expect([m.count, atB, atK2]).toEqual([75, 50, 25]);
    const { lines, spots } = m.flowsOf(2);
    expect(lines).toEqual([{ from: IX['site-a'], to: sb, persons: 50, stage: STAGE_SITE }]);
    expect(spots).toEqual([{ unit: k2, persons: 25, stage: STAGE_KREIS }]);
  });

  it('moves households within their Kreis from the unit they left to the unit they entered, in their own stage', () => {
    // Every day ≥ 1: Landkreis Gießen moves 30 out of its Notunterkunft into Lich, Lich 12 into the Kreis's own places,
    // Laubach 8 into Lich. None of them is a Zuweisung or an arrival from outside.
    const moves: DayFlow[] = [
      { kind: 'kreisintern', from: 'k1', to: 'g1', persons: 30 },
      { kind: 'kreisintern', from: 'g1', to: 'k1', persons: 12 },
      { kind: 'kreisintern', from: 'g2', to: 'g1', persons: 8 },
    ];
    const data = makeData(5, (d) => (d === 0 ? {} : { arrived: { g1: 38, k1: 12 }, passedOn: { k1: 30, g1: 12, g2: 8 }, flows: moves }));
    expect(dayFlows(data, 2)).toEqual({ arrivals: 0, toKreis: 0, toGemeinde: 0, betweenSites: 0, withinKreis: 50, exits: 0 });
    const m = new MovementModel(data);
    // At rest every dot is at the unit it entered.
    m.update(2, { window: 1, scale: 1, rest: true });
    expect(m.count).toBe(50);
    expect(stageCount(m, STAGE_KREISINTERN)).toBe(50);
    const near = (i: number, u: string) => Math.hypot(m.x[i]! - m.ux[IX[u]!]!, m.y[i]! - m.uy[IX[u]!]!) <= m.radiusOf(IX[u]!) + 1e-3;
    let atG1 = 0;
    let atK1 = 0;
    for (let i = 0; i < m.count; i++) {
      if (near(i, 'g1')) atG1++;
      else if (near(i, 'k1')) atK1++;
    }
    expect([atG1, atK1]).toEqual([38, 12]);
    // Early in the day the dots that have left are still nearer the unit they left (Laubach) than the one they enter (Lich).
    const one = new MovementModel(makeData(5, (d) => (d === 0 ? {} : { flows: [{ kind: 'kreisintern', from: 'g2', to: 'g1', persons: 100 }] })));
    one.update(2.2, { window: 1, scale: 1 });
    let fromLaubach = 0;
    for (let i = 0; i < one.count; i++) {
      expect(one.stage[i]).toBe(STAGE_KREISINTERN);
      const toLaubach = Math.hypot(one.x[i]! - one.ux[IX.g2!]!, one.y[i]! - one.uy[IX.g2!]!);
      if (toLaubach < Math.hypot(one.x[i]! - one.ux[IX.g1!]!, one.y[i]! - one.uy[IX.g1!]!)) fromLaubach++;
    }
    expect(one.count).toBeGreaterThan(10);
    expect(fromLaubach).toBe(one.count);
    // They count towards the persons in flight (the dot scale) and the static drawing shows each move.
    expect(m.dayTotals()[2]).toBe(50);
    expect(m.flowsOf(2).lines).toEqual([
      { from: IX.k1, to: IX.g1, persons: 30, stage: STAGE_KREISINTERN },
      { from: IX.g1, to: IX.k1, persons: 12, stage: STAGE_KREISINTERN },
      { from: IX.g2, to: IX.g1, persons: 8, stage: STAGE_KREISINTERN },
    ]);
  });

  it('fades exits out', () => {
    const data = makeData(5, busy(10));
    const m = new MovementModel(data);
    const meanAlpha = (p: number) => {
      m.update(p, { window: 1, scale: 1 });
      let s = 0;
      let n = 0;
      for (let i = 0; i < m.count; i++) {
        if (m.stage[i] !== STAGE_EXIT) continue;
        s += m.alpha[i]!;
        n++;
      }
      return s / n;
    };
    const a1 = meanAlpha(2.3);
    const a2 = meanAlpha(2.6);
    const a3 = meanAlpha(2.9);
    expect(a1).toBeGreaterThan(a2);
    expect(a2).toBeGreaterThan(a3);
    expect(a3).toBeLessThan(0.3);
  });

  it('is deterministic and never NaN, also before the data, between days and beyond the end', () => {
    const data = makeData(10, busy());
    const m = new MovementModel(data);
    const m2 = new MovementModel(data);
    for (const p of [0, 0.5, 1, 1.999, 3.25, 9, 9.99, 12, -1, Number.NaN]) {
      for (const rest of [false, true]) {
        m.update(p, { window: 2.5, scale: 2, rest });
        m2.update(p, { window: 2.5, scale: 2, rest });
        expectFinite(m);
        expect(m.count).toBe(m2.count);
        expect(Array.from(m.x.subarray(0, m.count))).toEqual(Array.from(m2.x.subarray(0, m2.count)));
      }
    }
    // Day 0 (the stock at the start) is not animated.
    m.update(0.5, { window: 1, scale: 1 });
    expect(m.count).toBe(0);
  });

  it('places units without coordinates and copes with a degenerate layout', () => {
    const data = makeData(3, busy());
    const m = new MovementModel(data);
    m.layout(0, 0);
    m.update(1.5, { window: 1, scale: 1 });
    expectFinite(m);
    m.layout(640, 480);
    // The Land has no coordinates: it sits in the middle.
    expect(m.ux[0]).toBe(320);
    expect(m.uy[0]).toBe(240);
    for (let u = 1; u < UNITS.length; u++) {
      expect(m.ux[u]).toBeGreaterThanOrEqual(0);
      expect(m.ux[u]).toBeLessThanOrEqual(640);
    }
  });

  it('keeps the map clear of a legend box, right of it or below it', () => {
    const m = new MovementModel(makeData(3, busy()));
    const legend = { x0: 0, y0: 0, x1: 300, y1: 200 };
    for (const [w, h] of [
      [1200, 500],
      [500, 1000],
    ] as const) {
      m.layout(w, h, 20, legend);
      for (let u = 1; u < UNITS.length; u++) {
        const clear = m.ux[u]! >= legend.x1 || m.uy[u]! >= legend.y1;
        expect(clear).toBe(true);
        expect(m.ux[u]! <= w && m.uy[u]! <= h).toBe(true);
      }
    }
  });

  it('uses the whole box where the legend leaves room: a tall Land sits in the middle of a wide canvas', () => {
    const m = new MovementModel(makeData(3, busy()));
    const legend = { x0: 0, y0: 0, x1: 350, y1: 150 };
    m.layout(1366, 544, 28, legend);
    const xs = Array.from(m.ux.subarray(1));
    const ys = Array.from(m.uy.subarray(1));
    expect((Math.min(...xs) + Math.max(...xs)) / 2).toBeCloseTo(683, -1);
    // As tall as the box allows.
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(544 - 2 * 28 - 1);
    for (let u = 1; u < UNITS.length; u++) expect(m.ux[u]! >= legend.x1 || m.uy[u]! >= legend.y1).toBe(true);
  });

  it('chooses persons per dot so that the dots in flight stay under the cap at every speed', () => {
    // Ten times the 2015 peak volumes (≈ 20,000 persons moving a day, a busier middle week), so that the cap binds.
    const peak = (d: number) => (d >= 40 && d < 47 ? 3 : 1);
    const data = makeData(90, (d) => busy(d === 0 ? 1 : 80 * peak(d))(d), 30);
    const m = new MovementModel(data);
    let maxSeen = 0;
    for (const speed of SPEEDS) {
      const window = windowForSpeed(speed);
      const scale = m.scaleFor(window);
      expect(scale).toBeGreaterThanOrEqual(1);
      expect(niceCeil(scale)).toBe(scale);
      let max = 0;
      for (let p = 1; p < 95; p += 0.7) {
        m.update(p, { window, scale });
        expect(m.clipped).toBe(0);
        max = Math.max(max, m.count);
      }
      expect(max).toBeLessThanOrEqual(DOT_CAPACITY);
      expect(max).toBeLessThanOrEqual(TARGET_DOTS * 1.15);
      maxSeen = Math.max(maxSeen, max);
    }
    // At top speed the scale grows with the window, so the picture stays dense but under the cap.
    expect(m.scaleFor(windowForSpeed(SPEEDS[SPEEDS.length - 1]!))).toBeGreaterThan(m.scaleFor(windowForSpeed(SPEEDS[0]!)));
    expect(maxSeen).toBeGreaterThan(TARGET_DOTS / 3);
  });

  it('clips at the buffer size instead of overflowing', () => {
    const data = makeData(5, busy(10));
    const m = new MovementModel(data, 100);
    m.update(2, { window: 1, scale: 1, rest: true });
    expect(m.count).toBe(100);
    expect(m.clipped).toBeGreaterThan(0);
  });

  it('rounds persons per dot up to nice numbers', () => {
    expect([0, 1, 1.2, 2.5, 7, 9, 11, 26, 4100].map(niceCeil)).toEqual([1, 1, 2, 3, 8, 10, 20, 30, 5000]);
  });

  it('aggregates the day into static flows for reduced motion', () => {
    const data = makeData(5, busy());
    const m = new MovementModel(data);
    const { lines, spots } = m.flowsOf(2);
    const toKreis = lines.filter((l) => l.stage === STAGE_KREIS).reduce((a, l) => a + l.persons, 0);
    const toGemeinde = lines.filter((l) => l.stage === STAGE_GEMEINDE).reduce((a, l) => a + l.persons, 0);
    expect(toKreis).toBe(80);
    expect(toGemeinde).toBe(30);
    // Exactly the records: site A sent 20 to Kassel.
    expect(lines.filter((l) => l.from === IX['site-a'] && l.to === IX.k2).map((l) => l.persons)).toEqual([20]);
    expect(spots.filter((s) => s.stage === STAGE_EXIT).reduce((a, s) => a + s.persons, 0)).toBe(10);
    expect(m.flowsOf(0)).toEqual({ lines: [], spots: [] });
  });

  it.each(FLOW_KINDS)('shows a record of every kind of flow (%s) in the day’s figures and, after day 0, as dots', (kind) => {
    // One record of each kind, 7 persons; a new kind without a sample here fails to compile.
    const SAMPLE: Record<FlowKind, DayFlow & { readonly day: number }> = {
      zuweisung: { day: 1, kind: 'zuweisung', from: 'site-a', to: 'k1', persons: 7 },
      direkt: { day: 1, kind: 'direkt', from: null, to: 'k2', persons: 7 },
      bestand: { day: 0, kind: 'bestand', from: null, to: 'k2', persons: 7 },
      verlegung: { day: 1, kind: 'verlegung', from: 'site-a', to: 'site-b', persons: 7 },
      kreisintern: { day: 1, kind: 'kreisintern', from: 'g1', to: 'g2', persons: 7 },
    };
    const { day, ...record } = SAMPLE[kind];
    const data = makeData(3, (d) => (d === day ? { flows: [record] } : {}));
    expect(Object.values(dayFlows(data, day))).toContain(7);
    if (day === 0) return;
    const m = new MovementModel(data);
    m.update(day, { window: 1, scale: 1, rest: true });
    expect(m.count).toBe(7);
  });
});
