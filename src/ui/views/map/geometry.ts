/**
 * Map geometry drawn from centre points alone: every point (a Gemeinde, or a kreisfreie Stadt) gets its Voronoi cell,
 * clipped to a disc of radius r around the point, so the Land's outline follows the outermost points. Cells are
 * dissolved per Kreis: a Kreis is the union of its cells, its border runs along the Voronoi edges to cells of other
 * Kreise and along the disc arcs of the outline.
 *
 * Two neighbouring discs of equal radius meet their common Voronoi edge (the bisector) in the same chord, so a
 * clipped edge is exactly the same for both cells: no gaps, no overlaps. Arcs are drawn as true SVG arcs.
 *
 * Coordinates are kilometres of a conformal conic projection (y pointing down), shifted so the map starts at (0, 0).
 * Pure: no DOM, no React.
 */
import { Delaunay, geoConicConformal, polygonArea, polygonCentroid, polygonContains } from 'd3';

export type Vec = readonly [number, number];

export interface MapPointInput {
  /** Unit index (Gemeinde, or Kreis for a kreisfreie Stadt). */
  readonly unit: number;
  /** Unit index of the Kreis the point belongs to. */
  readonly kreis: number;
  readonly lon: number;
  readonly lat: number;
}

export interface GeometryOptions {
  /** Clip radius around each point in km; default from the spacing of the points (about 9 km for Hessen). */
  readonly radiusKm?: number;
  /** Free space around the outline in km; default r / 4. */
  readonly marginKm?: number;
}

export interface MapCell {
  readonly unit: number;
  readonly kreis: number;
  /** The projected point. */
  readonly x: number;
  readonly y: number;
  /** Closed SVG path of the clipped cell (lines and arcs). */
  readonly path: string;
  /** The clipped cell as a polygon (arcs sampled every ≤ 10°), for tests and centroids. */
  readonly ring: readonly Vec[];
  readonly centroid: Vec;
  readonly area: number;
}

/** A Voronoi edge (clipped) between two cells, by position in `cells`. */
export interface MapEdge {
  readonly a: number;
  readonly b: number;
  readonly from: Vec;
  readonly to: Vec;
}

export interface MapKreis {
  /** Unit index of the Kreis. */
  readonly kreis: number;
  /** Positions in `cells`. */
  readonly cells: readonly number[];
  /** All its cells in one path (one fill, no seams). */
  readonly path: string;
  /** Its outline: edges to other Kreise and arcs of the Land's outline. */
  readonly border: string;
  /** Where a label fits: the area centroid if inside the Kreis, else the centroid of its cell nearest to it. */
  readonly label: Vec;
  readonly area: number;
}

export interface MapGeometry {
  /** viewBox is `0 0 width height`, in km. */
  readonly width: number;
  readonly height: number;
  /** Clip radius in map units (km). */
  readonly radius: number;
  readonly cells: readonly MapCell[];
  readonly kreise: readonly MapKreis[];
  /** Edges between cells of different Kreise (each once). */
  readonly borderEdges: readonly MapEdge[];
  /** Edges between cells of the same Kreis (each once). */
  readonly innerEdges: readonly MapEdge[];
  /** All Kreis borders as one path. */
  readonly kreisBorders: string;
  /** All edges between Gemeinden of the same Kreis as one path. */
  readonly innerBorders: string;
  /** The outer outline (all arcs) as one path. */
  readonly outline: string;
  /** lon/lat → map coordinates. */
  readonly project: (lon: number, lat: number) => Vec;
}

interface EdgePiece {
  readonly kind: 'edge';
  readonly from: Vec;
  readonly to: Vec;
  /** Position of the neighbouring cell, −1 where there is none. */
  readonly neighbour: number;
}
interface ArcPiece {
  readonly kind: 'arc';
  readonly from: Vec;
  readonly to: Vec;
  readonly large: boolean;
  readonly a0: number;
  /** Signed sweep angle (radians). */
  readonly delta: number;
}
type Piece = EdgePiece | ArcPiece;

const EPS = 1e-7;
const TAU = 2 * Math.PI;

const num = (v: number): string => {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
};
const pt = (p: Vec): string => `${num(p[0])},${num(p[1])}`;
const dist = (a: Vec, b: Vec): number => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** Median distance from each point to its nearest neighbour. */
function medianNearest(xy: readonly Vec[], delaunay: Delaunay<Vec>): number {
  const d: number[] = [];
  xy.forEach((p, i) => {
    let best = Infinity;
    for (const j of delaunay.neighbors(i)) best = Math.min(best, dist(p, xy[j]!));
    if (Number.isFinite(best) && best > 0) d.push(best);
  });
  if (d.length === 0) return 5;
  d.sort((a, b) => a - b);
  return d[d.length >> 1]!;
}

/** The part [t0, t1] of segment p→q inside the disc (c, r), or null. */
function segmentInDisc(p: Vec, q: Vec, c: Vec, r: number): [number, number] | null {
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const fx = p[0] - c[0];
  const fy = p[1] - c[1];
  const a = dx * dx + dy * dy;
  if (a < EPS * EPS) return null;
  const b = dx * fx + dy * fy;
  const cc = fx * fx + fy * fy - r * r;
  const disc = b * b - a * cc;
  if (disc <= 0) return null;
  const s = Math.sqrt(disc);
  const t0 = Math.max(0, (-b - s) / a);
  const t1 = Math.min(1, (-b + s) / a);
  return t1 - t0 > EPS ? [t0, t1] : null;
}

const lerp = (p: Vec, q: Vec, t: number): Vec => [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t];

/** Clips a convex Voronoi polygon to the disc around its site; returns the boundary as pieces in polygon order. */
function clipCell(poly: readonly Vec[], neighbourOf: (k: number) => number, c: Vec, r: number): Piece[] {
  const n = poly.length;
  let signed = 0;
  for (let k = 0; k < n; k++) {
    const p = poly[k]!;
    const q = poly[(k + 1) % n]!;
    signed += p[0] * q[1] - q[0] * p[1];
  }
  const dir = signed >= 0 ? 1 : -1;
  const edges: EdgePiece[] = [];
  for (let k = 0; k < n; k++) {
    const p = poly[k]!;
    const q = poly[(k + 1) % n]!;
    const t = segmentInDisc(p, q, c, r);
    if (!t) continue;
    const from = lerp(p, q, t[0]);
    const to = lerp(p, q, t[1]);
    if (dist(from, to) > 1e-6) edges.push({ kind: 'edge', from, to, neighbour: neighbourOf(k) });
  }
  const arc = (from: Vec, to: Vec, full = false): ArcPiece => {
    const a0 = Math.atan2(from[1] - c[1], from[0] - c[0]);
    const a1 = Math.atan2(to[1] - c[1], to[0] - c[0]);
    let delta = (((a1 - a0) * dir) % TAU + TAU) % TAU;
    if (full || delta < 1e-9) delta = TAU;
    return { kind: 'arc', from, to, large: delta > Math.PI, a0, delta: delta * dir };
  };
  if (edges.length === 0) {
    // The disc lies wholly inside the cell: two half circles.
    const east: Vec = [c[0] + r, c[1]];
    const west: Vec = [c[0] - r, c[1]];
    return [arc(east, west), arc(west, east)];
  }
  const out: Piece[] = [];
  edges.forEach((e, k) => {
    out.push(e);
    const next = edges[(k + 1) % edges.length]!;
    if (dist(e.to, next.from) > 1e-6) out.push(arc(e.to, next.from));
  });
  return out;
}

function pathOf(pieces: readonly Piece[], r: number): string {
  let d = `M${pt(pieces[0]!.from)}`;
  for (const p of pieces) d += p.kind === 'edge' ? `L${pt(p.to)}` : `A${num(r)},${num(r)} 0 ${p.large ? 1 : 0} ${p.delta > 0 ? 1 : 0} ${pt(p.to)}`;
  return `${d}Z`;
}

function ringOf(pieces: readonly Piece[], c: Vec, r: number): Vec[] {
  const ring: Vec[] = [];
  for (const p of pieces) {
    ring.push(p.from);
    if (p.kind === 'arc') {
      const steps = Math.max(1, Math.ceil(Math.abs(p.delta) / (Math.PI / 18)));
      for (let s = 1; s < steps; s++) {
        const a = p.a0 + (p.delta * s) / steps;
        ring.push([c[0] + r * Math.cos(a), c[1] + r * Math.sin(a)]);
      }
    }
  }
  return ring;
}

/** Open path of a run of pieces (borders); consecutive pieces that meet are joined. */
function strokeOf(pieces: readonly Piece[], r: number): string {
  let d = '';
  let last: Vec | null = null;
  for (const p of pieces) {
    if (!last || dist(last, p.from) > 1e-6) d += `M${pt(p.from)}`;
    d += p.kind === 'edge' ? `L${pt(p.to)}` : `A${num(r)},${num(r)} 0 ${p.large ? 1 : 0} ${p.delta > 0 ? 1 : 0} ${pt(p.to)}`;
    last = p.to;
  }
  return d;
}

/** Builds the map geometry of a set of points. Points without finite coordinates must be left out by the caller. */
export function buildMapGeometry(points: readonly MapPointInput[], options: GeometryOptions = {}): MapGeometry {
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const lon0 = points.length ? (Math.min(...lons) + Math.max(...lons)) / 2 : 0;
  const latMin = points.length ? Math.min(...lats) : 50;
  const latMax = points.length ? Math.max(...lats) : 50;
  const span = Math.max(latMax - latMin, 0.1);
  // Earth radius in km as scale: map units are kilometres.
  const projection = geoConicConformal()
    .parallels([latMin + span / 6, latMax - span / 6])
    .rotate([-lon0, 0])
    .scale(6371.0088)
    .translate([0, 0]);
  const raw = (lon: number, lat: number): Vec => {
    const p = projection([lon, lat]);
    return p ? [p[0], p[1]] : [0, 0];
  };

  // Projected points; exact duplicates are nudged apart so every point keeps a cell.
  const seen = new Set<string>();
  const xy: Vec[] = points.map((p) => {
    let q = raw(p.lon, p.lat);
    for (let k = 1; seen.has(`${q[0]},${q[1]}`); k++) q = [q[0] + 0.01 * k, q[1] + 0.01 * k];
    seen.add(`${q[0]},${q[1]}`);
    return q;
  });

  const delaunay0 = Delaunay.from(xy, (p) => p[0], (p) => p[1]);
  const r = options.radiusKm ?? Math.min(12, Math.max(3, 2 * medianNearest(xy, delaunay0)));
  const margin = options.marginKm ?? r / 4;
  const x0 = xy.length ? Math.min(...xy.map((p) => p[0])) - r - margin : 0;
  const y0 = xy.length ? Math.min(...xy.map((p) => p[1])) - r - margin : 0;
  const x1 = xy.length ? Math.max(...xy.map((p) => p[0])) + r + margin : 1;
  const y1 = xy.length ? Math.max(...xy.map((p) => p[1])) + r + margin : 1;
  const sites: Vec[] = xy.map((p) => [p[0] - x0, p[1] - y0]);
  const width = x1 - x0;
  const height = y1 - y0;
  const project = (lon: number, lat: number): Vec => {
    const p = raw(lon, lat);
    return [p[0] - x0, p[1] - y0];
  };

  const delaunay = Delaunay.from(sites, (p) => p[0], (p) => p[1]);
  // Bounds well beyond every disc, so no clipped piece lies on them.
  const voronoi = delaunay.voronoi([-width, -height, 2 * width, 2 * height]);

  const pieces: Piece[][] = sites.map((c, i) => {
    const polygon = voronoi.cellPolygon(i) as Vec[] | null;
    if (!polygon || polygon.length < 4) return clipCell([], () => -1, c, r);
    const poly = polygon.slice(0, -1);
    const neighbours = [...delaunay.neighbors(i)];
    const neighbourOf = (k: number): number => {
      const p = poly[k]!;
      const q = poly[(k + 1) % poly.length]!;
      const m: Vec = [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
      const len = dist(p, q);
      let best = -1;
      let bestErr = Infinity;
      for (const j of neighbours) {
        const s = sites[j]!;
        const sep = dist(c, s);
        if (sep === 0) continue;
        // On the bisector of c and s, and perpendicular to c→s.
        const onBisector = Math.abs(dist(m, c) - dist(m, s)) / sep;
        const perpendicular = len > 0 ? Math.abs(((q[0] - p[0]) * (s[0] - c[0]) + (q[1] - p[1]) * (s[1] - c[1])) / (len * sep)) : 0;
        const err = onBisector + perpendicular;
        if (err < bestErr) {
          bestErr = err;
          best = j;
        }
      }
      return bestErr < 1e-6 ? best : -1;
    };
    return clipCell(poly, neighbourOf, c, r);
  });

  const cells: MapCell[] = points.map((p, i) => {
    const c = sites[i]!;
    const ring = ringOf(pieces[i]!, c, r);
    const poly = ring.map((v) => [v[0], v[1]] as [number, number]);
    const centroid = polygonCentroid(poly);
    return {
      unit: p.unit,
      kreis: p.kreis,
      x: c[0],
      y: c[1],
      path: pathOf(pieces[i]!, r),
      ring,
      centroid: [centroid[0], centroid[1]],
      area: Math.abs(polygonArea(poly)),
    };
  });

  const borderEdges: MapEdge[] = [];
  const innerEdges: MapEdge[] = [];
  const outlinePieces: Piece[] = [];
  const borderPieces = new Map<number, Piece[]>();
  pieces.forEach((ps, i) => {
    const kreis = points[i]!.kreis;
    const own = borderPieces.get(kreis) ?? [];
    borderPieces.set(kreis, own);
    for (const p of ps) {
      if (p.kind === 'arc' || p.neighbour < 0) {
        outlinePieces.push(p);
        own.push(p);
      } else if (points[p.neighbour]!.kreis !== kreis) {
        own.push(p);
        if (i < p.neighbour) borderEdges.push({ a: i, b: p.neighbour, from: p.from, to: p.to });
      } else if (i < p.neighbour) {
        innerEdges.push({ a: i, b: p.neighbour, from: p.from, to: p.to });
      }
    }
  });
  const edgesPath = (es: readonly MapEdge[]): string => es.map((e) => `M${pt(e.from)}L${pt(e.to)}`).join('');

  const cellsOfKreis = new Map<number, number[]>();
  points.forEach((p, i) => {
    const list = cellsOfKreis.get(p.kreis) ?? [];
    list.push(i);
    cellsOfKreis.set(p.kreis, list);
  });
  const kreise: MapKreis[] = [...cellsOfKreis].map(([kreis, idx]) => {
    const area = idx.reduce((a, i) => a + cells[i]!.area, 0);
    const centre: Vec =
      area > 0
        ? [idx.reduce((a, i) => a + cells[i]!.centroid[0] * cells[i]!.area, 0) / area, idx.reduce((a, i) => a + cells[i]!.centroid[1] * cells[i]!.area, 0) / area]
        : [cells[idx[0]!]!.x, cells[idx[0]!]!.y];
    const inside = idx.some((i) => polygonContains(cells[i]!.ring.map((v) => [v[0], v[1]] as [number, number]), [centre[0], centre[1]]));
    let label = centre;
    if (!inside) {
      let best = Infinity;
      for (const i of idx) {
        const d = dist(cells[i]!.centroid, centre);
        if (d < best) {
          best = d;
          label = cells[i]!.centroid;
        }
      }
    }
    return {
      kreis,
      cells: idx,
      path: idx.map((i) => cells[i]!.path).join(''),
      border: strokeOf(borderPieces.get(kreis) ?? [], r),
      label,
      area,
    };
  });

  return {
    width,
    height,
    radius: r,
    cells,
    kreise,
    borderEdges,
    innerEdges,
    kreisBorders: edgesPath(borderEdges),
    innerBorders: edgesPath(innerEdges),
    outline: strokeOf(outlinePieces, r),
    project,
  };
}
