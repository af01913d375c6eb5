/** Pure chart functions (src/ui/charts): scales, path strings for known series, ticks, downsampling, running values. */
import { describe, expect, it } from 'vitest';
import { downsample } from '../../src/ui/charts/downsample.ts';
import { cumulative, lineChart, movingAverage, visibleDays } from '../../src/ui/charts/lineChart.ts';
import { dayAt, dayScale, dayTicks, maxOf, valueScale, valueTicks } from '../../src/ui/charts/scales.ts';
import { formatDayTick, formatPercentTick, formatValueTick } from '../../src/ui/charts/tickFormat.ts';

describe('scales', () => {
  it('maps days linearly onto the width', () => {
    const x = dayScale([0, 10], 200);
    expect(x(0)).toBe(0);
    expect(x(5)).toBe(100);
    expect(x(10)).toBe(200);
    const zoomed = dayScale([100, 200], 400);
    expect(zoomed(150)).toBe(200);
  });

  it('puts 0 at the bottom and a nice top at least the maximum', () => {
    const y = valueScale(87, 100);
    expect(y.domain()).toEqual([0, 100]);
    expect(y(0)).toBe(100);
    expect(y(100)).toBe(0);
    expect(valueScale(0.9, 50, { floor: 1.2 }).domain()[1]).toBeGreaterThanOrEqual(1.2);
    expect(valueScale(0, 50).domain()).toEqual([0, 1]);
    expect(valueScale(Number.NaN, 50).domain()).toEqual([0, 1]);
  });

  it('finds the largest finite value over a day range', () => {
    const a = [1, 9, Number.NaN, Infinity, 4];
    const b = new Float32Array([2, 3, 12, 1, 0]);
    expect(maxOf([a, b], 0, 5)).toBe(12);
    expect(maxOf([a, b], 0, 2)).toBe(9);
    expect(maxOf([a], 3, 5)).toBe(4);
    expect(maxOf([], 0, 5)).toBe(0);
  });

  it('gives value ticks with rounded pixel positions', () => {
    expect(valueTicks(valueScale(10, 30), 2)).toEqual([
      { value: 0, px: 30 },
      { value: 5, px: 15 },
      { value: 10, px: 0 },
    ]);
  });

  it('gives calendar ticks on day indices', () => {
    // 2015-06-01 … 2015-12-31 is days 0 … 213.
    const ticks = dayTicks('2015-06-01', dayScale([0, 213], 426), 6);
    expect(ticks.map((t) => t.date)).toEqual(['2015-06-01', '2015-07-01', '2015-08-01', '2015-09-01', '2015-10-01', '2015-11-01', '2015-12-01']);
    expect(ticks[1]).toEqual({ day: 30, px: 60, date: '2015-07-01', kind: 'month' });
    const years = dayTicks('2015-06-01', dayScale([0, 580], 300), 3);
    expect(years.find((t) => t.date === '2016-01-01')?.kind).toBe('year');
    const days = dayTicks('2015-10-01', dayScale([0, 6], 300), 7);
    expect(days.length).toBeGreaterThan(3);
    expect(days.every((t) => Number.isInteger(t.day))).toBe(true);
  });

  it('maps a pixel back to a whole, clamped day', () => {
    const x = dayScale([0, 100], 200);
    expect(dayAt(x, 101, 100)).toBe(51);
    expect(dayAt(x, -40, 100)).toBe(0);
    expect(dayAt(x, 500, 80)).toBe(80);
  });
});

describe('lineChart', () => {
  const x = dayScale([0, 4], 100);
  const y = valueScale(10, 50);

  it('draws a known series as a line path', () => {
    const out = lineChart({ x, y, data: [{ id: 'a', values: [0, 5, 10, 5, 0] }] });
    expect(out.paths).toEqual([{ id: 'a', kind: 'line', d: 'M0,50L25,25L50,0L75,25L100,50' }]);
    expect(out.ticks.x).toEqual([]);
    expect(out.ticks.y.map((t) => t.value)).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('draws areas (constant or per-day base) and steps', () => {
    const out = lineChart({
      x,
      y,
      data: [
        { id: 'area', values: [10, 10, 10, 10, 10], kind: 'area' },
        { id: 'band', values: [10, 10], base: [5, 0], kind: 'area' },
        { id: 'step', values: [0, 10, 10], kind: 'step' },
      ],
    });
    expect(out.paths[0]!.d).toBe('M0,0L25,0L50,0L75,0L100,0L100,50L75,50L50,50L25,50L0,50Z');
    expect(out.paths[1]!.d).toBe('M0,0L25,0L25,50L0,25Z');
    expect(out.paths[2]!.d).toBe('M0,50L25,50L25,0L50,0L50,0');
  });

  it('stops at the days available and breaks at non-finite values', () => {
    expect(lineChart({ x, y, data: [{ id: 'a', values: [0, 5, 10, 5, 0] }], available: 3 }).paths[0]!.d).toBe('M0,50L25,25L50,0');
    expect(lineChart({ x, y, data: [{ id: 'a', values: [0, 5, Number.NaN, 5, 0] }] }).paths[0]!.d).toBe('M0,50L25,25M75,25L100,50');
    expect(lineChart({ x, y, data: [{ id: 'a', values: [1, 2] }], available: 0 }).paths[0]!.d).toBe('');
  });

  it('rounds coordinates to 0.1 px', () => {
    const d = lineChart({ x: dayScale([0, 2], 10), y: valueScale(3, 10), data: [{ id: 'a', values: [1, 2, 3] }] }).paths[0]!.d;
    expect(d).toBe('M0,6.7L5,3.3L10,0');
  });

  it('draws only the zoomed range (plus one day each side for the clip)', () => {
    const zoom = dayScale([10, 20], 100);
    expect(visibleDays(zoom, 100)).toEqual([9, 22]);
    expect(visibleDays(zoom, 15)).toEqual([9, 15]);
    const values = Array.from({ length: 100 }, (_, d) => d);
    const out = lineChart({ x: zoom, y: valueScale(100, 100), data: [{ id: 'a', values }], start: '2015-06-01' });
    expect(out.paths[0]!.d.startsWith('M-10,91')).toBe(true);
    expect(out.paths[0]!.d.split('L')).toHaveLength(13);
    expect(out.ticks.x.length).toBeGreaterThan(0);
  });
});

describe('downsample', () => {
  it('keeps every day when days are wider than a pixel', () => {
    const pts = downsample([3, 1, 4, 1, 5], 0, 5, dayScale([0, 4], 100));
    expect(pts).toEqual([
      [0, 3],
      [1, 1],
      [2, 4],
      [3, 1],
      [4, 5],
    ]);
  });

  it('keeps at most first, min, max and last per pixel column — and so the extremes', () => {
    const n = 20_000;
    const values = new Float64Array(n);
    let seed = 7;
    for (let d = 0; d < n; d++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      values[d] = (seed / 2_147_483_648) * 100;
    }
    values[12_345] = 1_000; // a spike
    values[777] = -500; // a trough
    const x = dayScale([0, n - 1], 200);
    const pts = downsample(values, 0, n, x);
    expect(pts.length).toBeLessThanOrEqual(4 * 201);
    expect(pts.some(([d, v]) => d === 12_345 && v === 1_000)).toBe(true);
    expect(pts.some(([d, v]) => d === 777 && v === -500)).toBe(true);
    expect(pts[0]![0]).toBe(0);
    expect(pts.at(-1)![0]).toBe(n - 1);
    // Day order is preserved.
    expect(pts.every((p, i) => i === 0 || p[0] > pts[i - 1]![0])).toBe(true);
    // Each column's max and min equal those of the raw data in that column.
    const col = (d: number) => Math.floor(x(d));
    const rawMax = new Map<number, number>();
    values.forEach((v, d) => rawMax.set(col(d), Math.max(rawMax.get(col(d)) ?? -Infinity, v)));
    const keptMax = new Map<number, number>();
    for (const [d, v] of pts) keptMax.set(col(d), Math.max(keptMax.get(col(d)) ?? -Infinity, v));
    expect(keptMax).toEqual(rawMax);
  });

  it('keeps gaps', () => {
    const pts = downsample([1, 2, Number.NaN, 3], 0, 4, dayScale([0, 3], 1));
    expect(pts.some(([d, v]) => d === 2 && Number.isNaN(v))).toBe(true);
    expect(pts.filter(([, v]) => Number.isFinite(v)).map(([d]) => d)).toEqual([0, 1, 3]);
  });
});

describe('running values', () => {
  const values = [7, 0, 7, 14, 0, 0, 14, 7, 7, 0];

  it('computes a trailing 7-day mean (shorter window at the start)', () => {
    const m = movingAverage(values, 7);
    expect(m[0]).toBe(7);
    expect(m[1]).toBe(3.5);
    expect(m[6]).toBe(6);
    expect(m[7]).toBe(6);
    expect(m[9]).toBe(6);
  });

  it('averages only finite values (a left-out day shortens the window)', () => {
    const m = movingAverage([Number.NaN, 10, 20, 30], 2);
    expect(m[0]).toBeNaN();
    expect([...m.slice(1)]).toEqual([10, 15, 25]);
  });

  it('computes incrementally to the same result', () => {
    const once = movingAverage(values, 7);
    const inc = new Float64Array(values.length);
    movingAverage(values, 7, 3, inc, 0);
    movingAverage(values, 7, 8, inc, 3);
    movingAverage(values, 7, 10, inc, 8);
    expect([...inc]).toEqual([...once]);

    const sum = cumulative(values);
    expect(sum[9]).toBe(56);
    const sumInc = new Float64Array(values.length);
    cumulative(values, 4, sumInc, 0);
    cumulative(values, 10, sumInc, 4);
    expect([...sumInc]).toEqual([...sum]);
  });
});

describe('tick labels', () => {
  it('formats calendar ticks in both languages', () => {
    expect(formatDayTick('de', { date: '2016-01-01', kind: 'year' })).toBe('2016');
    expect(formatDayTick('de', { date: '2015-10-01', kind: 'month' })).toBe('Okt');
    expect(formatDayTick('en', { date: '2015-10-01', kind: 'month' })).toBe('Oct');
    expect(formatDayTick('de', { date: '2015-10-12', kind: 'day' })).toBe('12.10.');
    expect(formatDayTick('en', { date: '2015-10-12', kind: 'day' })).toBe('12 Oct');
  });

  it('formats axis numbers compactly', () => {
    expect(formatValueTick('de', 12_000, 15_000)).toBe('12.000');
    expect(formatValueTick('en', 12_000, 15_000)).toBe('12,000');
    expect(formatValueTick('de', 2_500_000, 3_000_000)).toBe('2,5\u00a0Mio.');
    expect(formatValueTick('en', 20_000_000, 40_000_000)).toBe('20\u00a0m');
    expect(formatValueTick('de', 1_500_000_000, 2_000_000_000)).toBe('1,5\u00a0Mrd.');
    expect(formatValueTick('de', 0.5, 1)).toBe('0,5');
    expect(formatValueTick('de', 0, 3_000_000)).toBe('0');
    expect(formatPercentTick('de', 1.5)).toBe('150\u00a0%');
  });
});
