// @vitest-environment node
/** sankeyData: links into the Kreise are the engine's flow records exactly, Kreis nodes are balanced, periods are clamped. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLOW_KINDS, type FlowKind, type SeriesKey } from '../../../src/engine/metrics/result.ts';
import { sankeyData, visibleNodes, type FlowData } from '../../../src/ui/views/flows/sankeyData.ts';
import { chunkOf, type FlowRecord } from '../chunks.ts';
import { DAYS, makeRunData, seriesFromRecords, UNITS, ZUWEISUNGEN, type Values } from './flowsFixture.ts';

const [A, B, DA, GI, G1, G2] = [1, 2, 3, 4, 5, 6];
const RECORDS: FlowRecord[] = ([
  { day: 0, kind: 'bestand', from: -1, to: A, persons: 9 },
  { day: 0, kind: 'bestand', from: -1, to: DA, persons: 5 },
  { day: 0, kind: 'bestand', from: -1, to: GI, persons: 8 },
  { day: 2, kind: 'direkt', from: -1, to: DA, persons: 3 },
  { day: 3, kind: 'verlegung', from: A, to: B, persons: 4 },
  ...ZUWEISUNGEN,
] satisfies FlowRecord[]).sort((x, y) => x.day - y.day);
const VALUES: Values = seriesFromRecords(RECORDS, {
  zuweisungen: { [G1]: [0, 2, 1, 1, 3, 0], [G2]: [0, 1, 0, 2, 2, 0] },
  arrived: { [G1]: [0, 2, 1, 1, 3, 0], [G2]: [0, 1, 0, 2, 2, 0] },
  exits: { [A]: [0, 1, 0, 0, 2, 0], [DA]: [0, 0, 1, 0, 2, 0], [G1]: [0, 0, 0, 1, 0, 1], [G2]: [0, 0, 0, 0, 1, 0] },
  present: { [DA]: [6, 8, 7, 13, 11, 12], [GI]: [8, 7, 8, 9, 4, 4] },
});

const sum = (values: Values, key: SeriesKey, u: number, from: number, to: number) =>
  (values[key]?.[u] ?? []).slice(from, to + 1).reduce((a, b) => a + b, 0);
const records = (pred: (r: FlowRecord) => boolean, from: number, to: number) =>
  RECORDS.filter((r) => r.day >= from && r.day <= to && pred(r)).reduce((a, r) => a + r.persons, 0);
const linkSum = (f: FlowData, pred: (l: FlowData['links'][number]) => boolean) => f.links.filter(pred).reduce((a, l) => a + l.value, 0);
const link = (f: FlowData, s: string, t: string) => f.links.find((l) => l.source === s && l.target === t)?.value;
const node = (f: FlowData, id: string) => f.nodes.find((n) => n.id === id)!;
const id = (u: number) => UNITS[u]!.id;
const PERIODS: [number, number][] = [
  [0, 5],
  [0, 0],
  [1, 3],
  [3, 3],
  [4, 5],
];

describe('sankeyData', () => {
  const data = makeRunData(VALUES, RECORDS);

  it.each(PERIODS)('takes every site → Kreis link over days %i–%i from the flow records, exactly', (from, to) => {
    const f = sankeyData(data, from, to);
    expect([f.from, f.to]).toEqual([from, to]);
    for (const s of [A, B]) {
      for (const k of [DA, GI]) {
        const exact = records((r) => r.kind === 'zuweisung' && r.from === s && r.to === k, from, to);
        expect(link(f, id(s), id(k)) ?? 0).toBe(exact);
      }
      expect(node(f, id(s)).outflow).toBe(records((r) => r.kind === 'zuweisung' && r.from === s, from, to));
    }
    for (const k of [DA, GI]) {
      // The records into a Kreis add up to its Zuweisungen.
      expect(linkSum(f, (l) => l.target === id(k) && l.kind === 'zuweisung')).toBe(sum(VALUES, 'zuweisungen', k, from, to));
      expect(link(f, 'initial', id(k)) ?? 0).toBe(records((r) => r.kind === 'bestand' && r.to === k, from, to));
      expect(link(f, 'direct', id(k)) ?? 0).toBe(records((r) => r.kind === 'direkt' && r.to === k, from, to));
    }
    const gemZuw = sum(VALUES, 'zuweisungen', G1, from, to) + sum(VALUES, 'zuweisungen', G2, from, to);
    expect(node(f, 'gemeinden').inflow).toBe(gemZuw);
    expect(link(f, id(GI), 'gemeinden') ?? 0).toBe(gemZuw);
    expect(link(f, id(DA), 'gemeinden')).toBeUndefined();
    const gemExits = sum(VALUES, 'exits', G1, from, to) + sum(VALUES, 'exits', G2, from, to);
    const kreisExits = sum(VALUES, 'exits', DA, from, to) + sum(VALUES, 'exits', GI, from, to);
    expect(node(f, 'abgaenge').inflow).toBe(gemExits + kreisExits);
    expect(f.totals.siteExits).toBe(sum(VALUES, 'exits', A, from, to));
    expect(f.totals.zuweisungen).toBe(records((r) => r.kind === 'zuweisung', from, to));
  });

  it('draws only the pairs that moved anyone: no split of a Kreis over the sites', () => {
    // Day 0: EAE B sent its one person to Landkreis Gießen, none to Darmstadt (a split by shares would give it some).
    const f = sankeyData(data, 0, 0);
    expect(link(f, 'eae-b', '06411')).toBeUndefined();
    expect(link(f, 'eae-b', '06531')).toBe(1);
    expect(link(f, 'eae-a', '06411')).toBe(1);
    // Day 1: only EAE B sent anyone.
    const g = sankeyData(data, 1, 1);
    expect(visibleNodes(g).map((n) => n.id)).not.toContain('eae-a');
  });

  it('keeps every Kreis balanced: inflow = outflow', () => {
    for (let from = 0; from < DAYS.length; from++) {
      for (let to = from; to < DAYS.length; to++) {
        const f = sankeyData(data, from, to);
        for (const k of ['06411', '06531']) {
          const inflow = linkSum(f, (l) => l.target === k);
          expect(linkSum(f, (l) => l.source === k)).toBe(inflow);
          expect(node(f, k).inflow).toBe(inflow);
        }
      }
    }
  });

  it('takes the initial stock of the Kreise (not of the sites) and direct admissions from their records', () => {
    const f = sankeyData(data, 0, 5);
    expect(node(f, 'initial').outflow).toBe(5 + 8);
    expect(node(f, 'direct').outflow).toBe(3);
    expect(f.links.find((l) => l.source === 'direct')?.target).toBe('06411');
    expect(node(sankeyData(data, 1, 5), 'initial').outflow).toBe(0);
  });

  it('passes records into a Gemeinde on through its Kreis', () => {
    const recs: FlowRecord[] = [
      { day: 0, kind: 'bestand', from: -1, to: G1, persons: 4 },
      { day: 2, kind: 'direkt', from: -1, to: G2, persons: 2 },
    ];
    const f = sankeyData(makeRunData({}, recs), 0, 5);
    expect(link(f, 'initial', '06531')).toBe(4);
    expect(link(f, 'direct', '06531')).toBe(2);
    expect(link(f, '06531', 'gemeinden')).toBe(6);
    expect(link(f, '06531', 'kreisUnterkunft')).toBeUndefined();
  });

  it('lists transfers between sites apart, without drawing them', () => {
    const f = sankeyData(data, 2, 4);
    expect(f.verlegungen).toEqual([{ from: A, to: B, persons: 4 }]);
    expect(f.totals.verlegungen).toBe(4);
    expect(f.links.some((l) => l.source === 'eae-a' && l.target === 'eae-b')).toBe(false);
    expect(sankeyData(data, 4, 5).verlegungen).toEqual([]);
  });

  it('draws from the earlier stock when a Kreis passes on more than it received', () => {
    // Days 4–5: Landkreis Gießen received nothing but passed 5 on to its Gemeinden.
    const f = sankeyData(data, 4, 5);
    expect(link(f, 'stock', '06531')).toBe(5);
    expect(link(f, '06531', 'kreisUnterkunft')).toBeUndefined();
    // Darmstadt (no Gemeinden) keeps everything it received.
    expect(link(f, '06411', 'kreisUnterkunft')).toBe(1);
  });

  it('draws the moves within a Kreis as their own links, into the Kreis and on to where they went, keeping it balanced', () => {
    const moves: FlowRecord[] = [
      { day: 2, kind: 'kreisintern', from: GI, to: G1, persons: 3 },
      { day: 4, kind: 'kreisintern', from: G1, to: GI, persons: 2 },
      { day: 4, kind: 'kreisintern', from: G2, to: G1, persons: 1 },
    ];
    const recs = [...RECORDS, ...moves].sort((x, y) => x.day - y.day);
    const withMoves = makeRunData(VALUES, recs);
    const f = sankeyData(withMoves, 0, 5);
    const without = sankeyData(data, 0, 5);
    const kreisintern = (s: string, t: string) => f.links.find((l) => l.source === s && l.target === t && l.kind === 'kreisintern')?.value;
    expect(kreisintern('notunterkunft', '06531')).toBe(6);
    expect(kreisintern('06531', 'gemeinden')).toBe(4);
    expect(kreisintern('06531', 'kreisUnterkunft')).toBe(2);
    // Beside the Zuweisungen, which stay as they were.
    expect(f.links.filter((l) => l.kind !== 'kreisintern')).toEqual(without.links);
    expect(node(f, '06531').inflow).toBe(node(without, '06531').inflow + 6);
    expect(node(f, '06531').outflow).toBe(node(f, '06531').inflow);
    expect(node(f, 'notunterkunft')).toMatchObject({ column: 0, outflow: 6 });
    expect(visibleNodes(f).map((n) => n.id)).toContain('notunterkunft');
    expect(f.kreise.find((k) => k.unit === GI)).toMatchObject({ withinToGemeinden: 4, withinToKreis: 2 });
    expect(f.kreise.find((k) => k.unit === DA)).toMatchObject({ withinToGemeinden: 0, withinToKreis: 0 });
    expect(f.totals.withinKreis).toBe(6);
    // A period holds only its own days' moves.
    expect(sankeyData(withMoves, 3, 5).totals.withinKreis).toBe(3);
    expect(sankeyData(withMoves, 0, 1).links.some((l) => l.kind === 'kreisintern')).toBe(false);
  });

  it.each(FLOW_KINDS)('shows a record of every kind of flow (%s), drawn or listed', (kind) => {
    // One record of each kind, 7 persons; a new kind without a sample here fails to compile.
    const SAMPLE: Record<FlowKind, FlowRecord> = {
      zuweisung: { day: 1, kind: 'zuweisung', from: A, to: GI, persons: 7 },
      direkt: { day: 1, kind: 'direkt', from: -1, to: GI, persons: 7 },
      bestand: { day: 0, kind: 'bestand', from: -1, to: GI, persons: 7 },
      verlegung: { day: 1, kind: 'verlegung', from: A, to: B, persons: 7 },
      kreisintern: { day: 1, kind: 'kreisintern', from: GI, to: G2, persons: 7 },
    };
    const f = sankeyData(makeRunData({}, [SAMPLE[kind]]), 0, 5);
    expect(f.links.some((l) => l.value === 7) || f.verlegungen.some((v) => v.persons === 7)).toBe(true);
  });

  it('clamps the period to the days that hold data', () => {
    const partial = makeRunData(VALUES, RECORDS, [[0, 3]]);
    const f = sankeyData(partial, 1, 99);
    expect([f.from, f.to]).toEqual([1, 2]);
    expect(node(f, 'eae-a').outflow).toBe(2);
    expect(sankeyData(partial, -5, 0).from).toBe(0);
  });

  it('follows the records as further day slices stream in', () => {
    const partial = makeRunData(VALUES, RECORDS, [[0, 2]]);
    expect(node(sankeyData(partial, 0, 5), 'eae-a').outflow).toBe(3);
    partial.addChunk(chunkOf({ from: 2, to: 6, units: UNITS.length, value: (k, u, d) => VALUES[k]?.[u]?.[d] ?? 0, flows: RECORDS }));
    expect(node(sankeyData(partial, 0, 5), 'eae-a').outflow).toBe(1 + 2 + 2 + 3 + 2 + 1);
    expect(sankeyData(partial, 0, 5).verlegungen).toHaveLength(1);
  });

  it('is exact and balanced at every Kreis for arbitrary records', () => {
    const record = fc.record({
      day: fc.nat(5),
      kind: fc.constantFrom(...FLOW_KINDS),
      site: fc.constantFrom(A, B),
      kreis: fc.constantFrom(DA, GI, G1),
      persons: fc.integer({ min: 1, max: 20 }),
    });
    const day = fc.array(fc.nat(20), { minLength: DAYS.length, maxLength: DAYS.length });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), fc.array(day, { minLength: 3, maxLength: 3 }), fc.nat(5), fc.nat(5), (raw, rows, a, b) => {
        const recs: FlowRecord[] = raw
          .map((r): FlowRecord => {
            if (r.kind === 'zuweisung') return { day: r.day, kind: r.kind, from: r.site, to: r.kreis === G1 ? GI : r.kreis, persons: r.persons };
            if (r.kind === 'verlegung') return { day: r.day, kind: r.kind, from: r.site, to: r.site === A ? B : A, persons: r.persons };
            if (r.kind === 'kreisintern') {
              // Within Landkreis Gießen: Kreis → Gemeinde, Gemeinde → Kreis, Gemeinde → Gemeinde.
              const [from, to] = r.kreis === DA ? [GI, G1] : r.kreis === GI ? [G1, GI] : [G2, G1];
              return { day: r.day, kind: r.kind, from, to, persons: r.persons };
            }
            return { day: r.kind === 'bestand' ? 0 : r.day, kind: r.kind, from: -1, to: r.kreis, persons: r.persons };
          })
          .sort((x, y) => x.day - y.day);
        const [g1, g2, e4] = rows as number[][];
        const values = seriesFromRecords(recs, { zuweisungen: { [G1]: g1!, [G2]: g2! }, exits: { [GI]: e4! } });
        const from = Math.min(a, b);
        const to = Math.max(a, b);
        const f = sankeyData(makeRunData(values, recs, [[0, 2], [2, 6]]), from, to);
        const inPeriod = recs.filter((r) => r.day >= from && r.day <= to);
        for (const k of [DA, GI]) {
          expect(linkSum(f, (l) => l.target === id(k))).toBe(linkSum(f, (l) => l.source === id(k)));
          for (const s of [A, B]) {
            const exact = inPeriod.filter((r) => r.kind === 'zuweisung' && r.from === s && r.to === k).reduce((x, r) => x + r.persons, 0);
            expect(link(f, id(s), id(k)) ?? 0).toBe(exact);
          }
        }
        expect(f.totals.verlegungen).toBe(inPeriod.filter((r) => r.kind === 'verlegung').reduce((x, r) => x + r.persons, 0));
        const within = inPeriod.filter((r) => r.kind === 'kreisintern').reduce((x, r) => x + r.persons, 0);
        expect(f.totals.withinKreis).toBe(within);
        expect(link(f, 'notunterkunft', id(GI)) ?? 0).toBe(within);
        expect(linkSum(f, (l) => l.source === id(GI) && l.kind === 'kreisintern')).toBe(within);
        for (const l of f.links) expect(l.value).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
