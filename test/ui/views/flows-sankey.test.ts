// @vitest-environment node
/** sankeyData: node and link sums match the series, Kreis nodes are balanced, periods are clamped. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SERIES_KEYS, type SeriesKey, type UnitInfo } from '../../../src/engine/metrics/result.ts';
import { RunData } from '../../../src/ui/data/runData.ts';
import { sankeyData, visibleNodes, type FlowData } from '../../../src/ui/views/flows/sankeyData.ts';
import type { Chunk } from '../../../src/worker/protocol.ts';
import { DAYS, makeRunData, UNITS, type Values } from './flowsFixture.ts';


const VALUES: Values = {
  passedOn: { 1: [3, 0, 2, 5, 0, 1], 2: [1, 4, 0, 5, 0, 0], 4: [0, 3, 1, 3, 5, 0] },
  zuweisungen: { 3: [1, 2, 0, 6, 0, 1], 4: [3, 2, 2, 4, 0, 0], 5: [0, 2, 1, 1, 3, 0], 6: [0, 1, 0, 2, 2, 0] },
  arrived: { 1: [9, 3, 1, 6, 0, 0], 2: [4, 1, 0, 4, 1, 0], 3: [6, 2, 3, 6, 0, 1], 4: [11, 2, 2, 4, 0, 0], 5: [0, 2, 1, 1, 3, 0], 6: [0, 1, 0, 2, 2, 0] },
  exits: { 1: [0, 1, 0, 0, 2, 0], 3: [0, 0, 1, 0, 2, 0], 5: [0, 0, 0, 1, 0, 1], 6: [0, 0, 0, 0, 1, 0] },
  present: { 3: [6, 8, 7, 13, 11, 12], 4: [8, 7, 8, 9, 4, 4] },
};

/** Builds a RunData the way the UI does: from day-major chunks (src/worker/protocol.ts). */

const sum = (values: Values, key: SeriesKey, u: number, from: number, to: number) =>
  (values[key]?.[u] ?? []).slice(from, to + 1).reduce((a, b) => a + b, 0);
const linkSum = (f: FlowData, pred: (l: FlowData['links'][number]) => boolean) => f.links.filter(pred).reduce((a, l) => a + l.value, 0);
const node = (f: FlowData, id: string) => f.nodes.find((n) => n.id === id)!;

describe('sankeyData', () => {
  const data = makeRunData(VALUES);

  it.each([
    [0, 5],
    [1, 3],
    [3, 3],
    [4, 5],
  ])('node and link sums match the series over days %i–%i', (from, to) => {
    const f = sankeyData(data, from, to);
    expect([f.from, f.to]).toEqual([from, to]);
    for (const [u, id] of [
      [1, 'eae-a'],
      [2, 'eae-b'],
    ] as const) {
      expect(node(f, id).outflow).toBeCloseTo(sum(VALUES, 'passedOn', u, from, to), 9);
      expect(linkSum(f, (l) => l.source === id)).toBeCloseTo(sum(VALUES, 'passedOn', u, from, to), 9);
    }
    for (const [u, id] of [
      [3, '06411'],
      [4, '06531'],
    ] as const) {
      expect(linkSum(f, (l) => l.target === id && l.kind === 'zuweisung')).toBeCloseTo(sum(VALUES, 'zuweisungen', u, from, to), 9);
      // arrived − zuweisungen: on day 0 the initial stock, afterwards direct admissions.
      const extra = (a: number, b: number) => (a > b ? 0 : sum(VALUES, 'arrived', u, a, b) - sum(VALUES, 'zuweisungen', u, a, b));
      expect(linkSum(f, (l) => l.target === id && l.kind === 'initial')).toBe(from === 0 ? extra(0, 0) : 0);
      expect(linkSum(f, (l) => l.target === id && l.kind === 'direct')).toBe(extra(Math.max(1, from), to));
    }
    const gemZuw = sum(VALUES, 'zuweisungen', 5, from, to) + sum(VALUES, 'zuweisungen', 6, from, to);
    expect(node(f, 'gemeinden').inflow).toBe(gemZuw);
    expect(linkSum(f, (l) => l.source === '06531' && l.target === 'gemeinden')).toBe(gemZuw);
    expect(linkSum(f, (l) => l.source === '06411' && l.target === 'gemeinden')).toBe(0);
    const gemExits = sum(VALUES, 'exits', 5, from, to) + sum(VALUES, 'exits', 6, from, to);
    const kreisExits = sum(VALUES, 'exits', 3, from, to) + sum(VALUES, 'exits', 4, from, to);
    expect(node(f, 'abgaenge').inflow).toBe(gemExits + kreisExits);
    expect(linkSum(f, (l) => l.source === 'gemeinden' && l.target === 'abgaenge')).toBe(gemExits);
    expect(f.totals.siteExits).toBe(sum(VALUES, 'exits', 1, from, to) + sum(VALUES, 'exits', 2, from, to));
    expect(f.totals.zuweisungen).toBe(sum(VALUES, 'zuweisungen', 3, from, to) + sum(VALUES, 'zuweisungen', 4, from, to));
  });

  it('keeps every Kreis balanced: inflow = outflow', () => {
    for (let from = 0; from < DAYS.length; from++) {
      for (let to = from; to < DAYS.length; to++) {
        const f = sankeyData(data, from, to);
        for (const id of ['06411', '06531']) {
          const inflow = linkSum(f, (l) => l.target === id);
          const outflow = linkSum(f, (l) => l.source === id);
          expect(inflow).toBeCloseTo(outflow, 9);
          expect(node(f, id).inflow).toBeCloseTo(inflow, 9);
          expect(node(f, id).outflow).toBeCloseTo(outflow, 9);
        }
      }
    }
  });

  it('tells the initial stock (day 0) from direct admissions', () => {
    const f = sankeyData(data, 0, 5);
    expect(node(f, 'initial').outflow).toBe(5 + 8);
    expect(node(f, 'direct').outflow).toBe(3);
    expect(f.links.find((l) => l.source === 'direct')?.target).toBe('06411');
    expect(node(sankeyData(data, 1, 5), 'initial').outflow).toBe(0);
  });

  it('draws from the earlier stock when a Kreis passes on more than it received', () => {
    // Days 4–5: Landkreis Gießen received nothing but passed 5 on to its Gemeinden.
    const f = sankeyData(data, 4, 5);
    expect(linkSum(f, (l) => l.source === 'stock' && l.target === '06531')).toBe(5);
    expect(linkSum(f, (l) => l.source === '06531' && l.target === 'kreisUnterkunft')).toBe(0);
    // Darmstadt (no Gemeinden) keeps everything it received.
    expect(linkSum(f, (l) => l.source === '06411' && l.target === 'kreisUnterkunft')).toBe(1);
  });

  it('splits site → Kreis by the sites’ shares of each day', () => {
    // Day 3: both sites passed on 5; Darmstadt got 6, Gießen 4.
    const f = sankeyData(data, 3, 3);
    const link = (s: string, t: string) => f.links.find((l) => l.source === s && l.target === t)?.value ?? 0;
    expect(link('eae-a', '06411')).toBeCloseTo(3, 9);
    expect(link('eae-b', '06411')).toBeCloseTo(3, 9);
    expect(link('eae-a', '06531')).toBeCloseTo(2, 9);
    // Day 1: only EAE B passed on.
    const g = sankeyData(data, 1, 1);
    expect(g.links.some((l) => l.source === 'eae-a')).toBe(false);
    expect(visibleNodes(g).map((n) => n.id)).not.toContain('eae-a');
  });

  it('clamps the period to the days that hold data', () => {
    const partial = makeRunData(VALUES, DAYS, UNITS, [[0, 3]]);
    const f = sankeyData(partial, 1, 99);
    expect([f.from, f.to]).toEqual([1, 2]);
    expect(node(f, 'eae-a').outflow).toBe(2);
    expect(sankeyData(partial, -5, 0).from).toBe(0);
  });

  it('follows the data as further day slices stream in', () => {
    const partial = makeRunData(VALUES, DAYS, UNITS, [[0, 2]]);
    expect(node(sankeyData(partial, 0, 5), 'eae-a').outflow).toBe(3);
    const full = makeRunData(VALUES);
    const rest = (full as unknown as { series: Record<SeriesKey, Int32Array | Float32Array> }).series;
    const U = UNITS.length;
    const series = Object.fromEntries(
      SERIES_KEYS.map((k) => {
        const out = k === 'cost' || k === 'pauschale' ? new Float32Array(4 * U) : new Int32Array(4 * U);
        for (let d = 2; d < 6; d++) for (let u = 0; u < U; u++) out[(d - 2) * U + u] = rest[k][u * DAYS.length + d] as number;
        return [k, out];
      }),
    ) as unknown as Chunk['series'];
    partial.addChunk({ from: 2, to: 6, series, byTypeCapacity: new Int32Array(0), byTypeOccupancy: new Int32Array(0) });
    expect(node(sankeyData(partial, 0, 5), 'eae-a').outflow).toBe(11);
  });

  it('is balanced at every Kreis for arbitrary series', () => {
    const day = fc.array(fc.nat(20), { minLength: DAYS.length, maxLength: DAYS.length });
    fc.assert(
      fc.property(fc.array(day, { minLength: 10, maxLength: 10 }), fc.nat(5), fc.nat(5), (rows, a, b) => {
        const [pa, pb, z3, z4, z5, z6, a3, a4, e3, e5] = rows as number[][];
        const values: Values = {
          passedOn: { 1: pa!, 2: pb! },
          zuweisungen: { 3: z3!, 4: z4!, 5: z5!, 6: z6! },
          arrived: { 3: a3!, 4: a4! },
          exits: { 3: e3!, 5: e5! },
        };
        const f = sankeyData(makeRunData(values), Math.min(a, b), Math.max(a, b));
        for (const id of ['06411', '06531']) {
          expect(linkSum(f, (l) => l.target === id)).toBeCloseTo(linkSum(f, (l) => l.source === id), 6);
        }
        for (const l of f.links) expect(l.value).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
