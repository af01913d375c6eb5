/** The map geometry of a small synthetic region: cells, Kreis borders, outline, labels. */
import { polygonContains } from 'd3';
import { describe, expect, it } from 'vitest';
import { hessen2019 } from '../../../src/engine/data/hessen-2019.ts';
import { buildMapGeometry, type MapPointInput, type Vec } from '../../../src/ui/views/map/geometry.ts';

// Kreis 10: a 3×3 grid in the west; Kreis 20: a 3×3 grid in the east; Kreis 30: one point (a kreisfreie Stadt) in between to the north.
const points: MapPointInput[] = [
  ...[0, 1, 2].flatMap((i) => [0, 1, 2].map((j) => ({ unit: 100 + i * 3 + j, kreis: 10, lon: 8.0 + i * 0.08, lat: 50.0 + j * 0.06 }))),
  ...[0, 1, 2].flatMap((i) => [0, 1, 2].map((j) => ({ unit: 200 + i * 3 + j, kreis: 20, lon: 8.26 + i * 0.08, lat: 50.01 + j * 0.06 }))),
  { unit: 30, kreis: 30, lon: 8.22, lat: 50.2 },
];
const geo = buildMapGeometry(points);
const ring = (r: readonly Vec[]) => r.map((v) => [v[0], v[1]] as [number, number]);
const numbersOf = (d: string) => (d.match(/-?\d+(\.\d+)?(e-?\d+)?|NaN|Infinity/g) ?? []).map(Number);

describe('buildMapGeometry', () => {
  it('gives one cell per point, in input order', () => {
    expect(geo.cells).toHaveLength(points.length);
    geo.cells.forEach((c, i) => {
      expect(c.unit).toBe(points[i]!.unit);
      expect(c.kreis).toBe(points[i]!.kreis);
    });
  });

  it('produces non-empty path strings with finite numbers only', () => {
    const all = [...geo.cells.map((c) => c.path), ...geo.kreise.flatMap((k) => [k.path, k.border]), geo.kreisBorders, geo.innerBorders, geo.outline];
    for (const d of all) {
      expect(d.length).toBeGreaterThan(0);
      expect(d).toMatch(/^M/);
      const nums = numbersOf(d);
      expect(nums.length).toBeGreaterThan(0);
      expect(nums.every(Number.isFinite)).toBe(true);
    }
    for (const c of geo.cells) expect(c.path).toMatch(/Z$/);
    expect(Number.isFinite(geo.width) && geo.width > 0 && Number.isFinite(geo.height) && geo.height > 0).toBe(true);
  });

  it('keeps every cell within its disc, inside the view box, and containing its own point only', () => {
    const r = geo.radius;
    for (const c of geo.cells) {
      expect(c.area).toBeGreaterThan(0);
      expect(c.area).toBeLessThanOrEqual(Math.PI * r * r * 1.0001);
      for (const v of c.ring) {
        expect(Math.hypot(v[0] - c.x, v[1] - c.y)).toBeLessThanOrEqual(r * (1 + 1e-6));
        expect(v[0]).toBeGreaterThanOrEqual(0);
        expect(v[1]).toBeGreaterThanOrEqual(0);
        expect(v[0]).toBeLessThanOrEqual(geo.width);
        expect(v[1]).toBeLessThanOrEqual(geo.height);
      }
      geo.cells.forEach((o) => expect(polygonContains(ring(o.ring), [c.x, c.y])).toBe(o === c));
    }
  });

  it('draws Kreis borders only between cells of different Kreise, and inner edges only within a Kreis', () => {
    expect(geo.borderEdges.length).toBeGreaterThan(0);
    for (const e of geo.borderEdges) expect(geo.cells[e.a]!.kreis).not.toBe(geo.cells[e.b]!.kreis);
    for (const e of geo.innerEdges) expect(geo.cells[e.a]!.kreis).toBe(geo.cells[e.b]!.kreis);
    // Both grids touch each other, and the Stadt touches both.
    const pairs = new Set(geo.borderEdges.map((e) => [geo.cells[e.a]!.kreis, geo.cells[e.b]!.kreis].sort().join('-')));
    expect(pairs).toEqual(new Set(['10-20', '10-30', '20-30']));
    // A shared edge lies on the bisector and within both discs.
    for (const e of [...geo.borderEdges, ...geo.innerEdges]) {
      const a = geo.cells[e.a]!;
      const b = geo.cells[e.b]!;
      for (const p of [e.from, e.to]) {
        expect(Math.hypot(p[0] - a.x, p[1] - a.y)).toBeCloseTo(Math.hypot(p[0] - b.x, p[1] - b.y), 6);
        expect(Math.hypot(p[0] - a.x, p[1] - a.y)).toBeLessThanOrEqual(geo.radius * (1 + 1e-6));
      }
    }
  });

  it('dissolves cells per Kreis with a label inside the Kreis', () => {
    expect(geo.kreise.map((k) => k.kreis).sort()).toEqual([10, 20, 30]);
    for (const k of geo.kreise) {
      expect(k.cells.every((i) => geo.cells[i]!.kreis === k.kreis)).toBe(true);
      expect(k.path).toBe(k.cells.map((i) => geo.cells[i]!.path).join(''));
      expect(k.cells.some((i) => polygonContains(ring(geo.cells[i]!.ring), [k.label[0], k.label[1]]))).toBe(true);
    }
    expect(geo.kreise.find((k) => k.kreis === 10)!.cells).toHaveLength(9);
    expect(geo.kreise.find((k) => k.kreis === 30)!.cells).toHaveLength(1);
  });

  it('draws the outline from disc arcs', () => {
    expect(geo.outline).toMatch(/A/);
    expect(geo.outline).not.toMatch(/L/);
  });

  it('projects lon/lat into the view box, north up', () => {
    const [x, y] = geo.project(8.22, 50.2);
    const stadt = geo.cells.find((c) => c.unit === 30)!;
    expect(x).toBeCloseTo(stadt.x, 6);
    expect(y).toBeCloseTo(stadt.y, 6);
    const south = geo.cells[0]!;
    const north = geo.cells[2]!;
    expect(north.y).toBeLessThan(south.y);
  });

  it('honours a given radius and keeps cells for duplicate and lone points', () => {
    const g = buildMapGeometry(
      [
        { unit: 1, kreis: 1, lon: 9, lat: 50 },
        { unit: 2, kreis: 1, lon: 9, lat: 50 },
        { unit: 3, kreis: 2, lon: 9.5, lat: 50.5 },
      ],
      { radiusKm: 5 },
    );
    expect(g.radius).toBe(5);
    expect(g.cells.every((c) => c.path.length > 0 && c.area > 0)).toBe(true);
    // The lone point is a full disc.
    expect(g.cells[2]!.area).toBeCloseTo(Math.PI * 25, 0);
  });
});

describe('buildMapGeometry for Hessen', () => {
  const kreise = hessen2019.kreise;
  const pts = hessen2019.gemeinden.map((g, i) => ({ unit: i, kreis: kreise.findIndex((k) => k.ags === g.kreisAgs), lon: g.lon, lat: g.lat }));
  const hessen = buildMapGeometry(pts);
  const name = (k: number) => kreise[k]!.name;

  it('gives 422 cells in 26 Kreise with a radius of about 9 km', () => {
    expect(hessen.cells).toHaveLength(422);
    expect(hessen.kreise).toHaveLength(26);
    expect(hessen.radius).toBeGreaterThan(7.5);
    expect(hessen.radius).toBeLessThan(10.5);
    expect(hessen.cells.every((c) => c.area > 0)).toBe(true);
  });

  it('has a plausible size and neighbourhood', () => {
    const area = hessen.cells.reduce((a, c) => a + c.area, 0);
    const real = kreise.reduce((a, k) => a + (k.areaKm2 ?? 0), 0);
    expect(area / real).toBeGreaterThan(0.9);
    expect(area / real).toBeLessThan(1.35);
    // About 180 km east–west, 260 km north–south (plus the margin).
    expect(hessen.width).toBeGreaterThan(170);
    expect(hessen.width).toBeLessThan(210);
    expect(hessen.height).toBeGreaterThan(250);
    expect(hessen.height).toBeLessThan(290);
    const pairs = new Set(hessen.borderEdges.map((e) => [name(hessen.cells[e.a]!.kreis), name(hessen.cells[e.b]!.kreis)].sort().join(' | ')));
    expect(pairs).toContain('Frankfurt am Main | Offenbach am Main');
    expect(pairs).toContain('Kassel | Landkreis Kassel');
    expect(pairs).toContain('Landkreis Fulda | Vogelsbergkreis');
    expect(pairs).not.toContain('Kreis Bergstraße | Landkreis Kassel');
  });
});
