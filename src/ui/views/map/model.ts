/** What the map needs from a run, computed once per RunData: the geometry of its region and the site positions. */
import { ueberbelegung } from '../../../engine/metrics/ueberbelegung.ts';
import type { RunData } from '../../data/runData.ts';
import { polygonContains } from 'd3';
import { buildMapGeometry, type MapGeometry, type MapKreis, type MapPointInput, type Vec } from './geometry.ts';

export interface MapSite {
  readonly unit: number;
  readonly x: number;
  readonly y: number;
}

export interface MapLabel {
  readonly kreis: number;
  readonly x: number;
  readonly y: number;
  readonly lines: readonly string[];
}

export interface MapModel {
  /** Null when no unit has coordinates. */
  readonly geometry: MapGeometry | null;
  /** Kreis unit → its dissolved shape. */
  readonly kreisShape: ReadonlyMap<number, MapKreis>;
  /** Unit (Gemeinde, or Kreis of a kreisfreie Stadt) → position of its cell in geometry.cells. */
  readonly cellOfUnit: ReadonlyMap<number, number>;
  /** Erstaufnahme sites with coordinates, projected. */
  readonly sites: readonly MapSite[];
  /** Whether the Gemeinden of Landkreise are drawn as cells of their own. */
  readonly hasGemeinden: boolean;
  /** Kreis labels that fit without overlapping (font size `labelSize` in map units). */
  readonly labels: readonly MapLabel[];
  readonly labelSize: number;
}

const finite = (v: number | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** The points of the map: the Gemeinden of each Kreis, or the Kreis's own point if it has no Gemeinden (kreisfreie Stadt). */
export function mapPoints(data: RunData): MapPointInput[] {
  const points: MapPointInput[] = [];
  for (const k of data.kreise) {
    const gemeinden = (data.children[k] ?? []).filter((c) => {
      const u = data.units[c]!;
      return u.level === 'gemeinde' && finite(u.lon) && finite(u.lat);
    });
    if (gemeinden.length > 0) {
      for (const g of gemeinden) points.push({ unit: g, kreis: k, lon: data.units[g]!.lon!, lat: data.units[g]!.lat! });
    } else {
      const u = data.units[k]!;
      if (finite(u.lon) && finite(u.lat)) points.push({ unit: k, kreis: k, lon: u.lon, lat: u.lat });
    }
  }
  return points;
}

function buildModel(data: RunData): MapModel {
  const points = mapPoints(data);
  if (points.length === 0) {
    return { geometry: null, kreisShape: new Map(), cellOfUnit: new Map(), sites: [], hasGemeinden: false, labels: [], labelSize: 0 };
  }
  const geometry = buildMapGeometry(points);
  const kreisShape = new Map(geometry.kreise.map((k) => [k.kreis, k]));
  const cellOfUnit = new Map(geometry.cells.map((c, i) => [c.unit, i]));
  // Sites at the same place are set side by side.
  const taken = new Map<string, number>();
  const sites: MapSite[] = [];
  for (const s of data.sites) {
    const u = data.units[s]!;
    if (!finite(u.lon) || !finite(u.lat)) continue;
    const p: Vec = geometry.project(u.lon, u.lat);
    const key = `${p[0].toFixed(2)},${p[1].toFixed(2)}`;
    const n = taken.get(key) ?? 0;
    taken.set(key, n + 1);
    const shift = n * geometry.radius * 0.8;
    sites.push({ unit: s, x: p[0] + shift, y: p[1] });
  }
  const labelSize = geometry.height * 0.019;
  const labels = placeLabels(data, geometry, sites, labelSize);
  return { geometry, kreisShape, cellOfUnit, sites, hasGemeinden: points.some((p) => p.unit !== p.kreis), labels, labelSize };
}

/** A long name in two lines, broken after the hyphen or at the space nearest to its middle. */
export function labelLines(name: string): string[] {
  if (name.length <= 11) return [name];
  let best = -1;
  for (let i = 1; i < name.length - 1; i++) {
    const c = name[i];
    if ((c === '-' || c === ' ') && (best < 0 || Math.abs(i - name.length / 2) < Math.abs(best - name.length / 2))) best = i;
  }
  if (best < 0) return [name];
  return name[best] === '-' ? [name.slice(0, best + 1), name.slice(best + 1)] : [name.slice(0, best), name.slice(best + 1)];
}

/**
 * Greedy label placement: Kreise by population (largest first), each at its label point or shifted up or down
 * within the Kreis; a label that would overlap an earlier one or a site is left out (the tooltip and table have it).
 */
function placeLabels(data: RunData, g: MapGeometry, sites: readonly MapSite[], fs: number): MapLabel[] {
  const names = new Set(g.kreise.map((k) => data.units[k.kreis]!.name));
  type Box = [number, number, number, number];
  // The largest site triangle (see siteSide in MapView) as an obstacle.
  const t = Math.min(g.width, g.height) * 0.035;
  const siteBoxes: Box[] = sites.map((s) => [s.x - t, s.y - t, s.x + t, s.y + t * 0.6]);
  const boxes: Box[] = [];
  const hits = (box: Box, list: readonly Box[]) => list.some((b) => b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3]);
  const order = [...g.kreise].sort((a, b) => (data.units[b.kreis]!.population ?? b.area) - (data.units[a.kreis]!.population ?? a.area));
  const out: MapLabel[] = [];
  for (const k of order) {
    const lines = labelLines(shortName(data.units[k.kreis]!.name, names));
    const w = Math.max(...lines.map((l) => l.length)) * fs * 0.6;
    const h = lines.length * fs * 1.1;
    const rings = k.cells.map((i) => g.cells[i]!.ring.map((v) => [v[0], v[1]] as [number, number]));
    const candidates = [0, -1.2, 1.2, -2.4, 2.4].flatMap((dy) => {
      const x = k.label[0];
      const y = k.label[1] + dy * fs;
      if (dy !== 0 && !rings.some((r) => polygonContains(r, [x, y]))) return [];
      return [{ x, y, box: [x - w / 2, y - h / 2, x + w / 2, y + h / 2] as Box }];
    });
    // Rather clear of sites too; if that is impossible, clear of other labels is enough.
    const c = candidates.find((c) => !hits(c.box, boxes) && !hits(c.box, siteBoxes)) ?? candidates.find((c) => !hits(c.box, boxes));
    if (!c) continue;
    boxes.push(c.box);
    out.push({ kreis: k.kreis, x: c.x, y: c.y, lines });
  }
  return out;
}

const cache = new WeakMap<RunData, MapModel>();

/** The map model of a run, memoised on the RunData object (its units never change). */
export function mapModelOf(data: RunData): MapModel {
  let m = cache.get(data);
  if (!m) {
    m = buildModel(data);
    cache.set(data, m);
  }
  return m;
}

/** Numbers of a unit on a day; Kreise counted with their Gemeinden. */
export interface UnitStats {
  readonly share: number;
  readonly present: number;
  readonly capacity: number;
  readonly notunterkunft: number;
  /** Units (the Kreis and its Gemeinden, or the unit alone) over 100 %, and how many were looked at. */
  readonly unitsOver: number;
  readonly units: number;
}

export function unitStats(data: RunData, u: number, day: number): UnitStats {
  const members = [u, ...(data.children[u] ?? []).filter((c) => data.units[c]?.level === 'gemeinde')];
  const over = ueberbelegung(members, (key, x) => data.value(key, x, day));
  return {
    share: data.occupancy(u, day),
    present: data.total('present', u, day),
    capacity: data.total('capacity', u, day),
    notunterkunft: over.notunterkunft,
    unitsOver: over.unitsOver,
    units: over.units,
  };
}

/** Largest number of persons in any site on any available day (for comparable triangle sizes). */
export function maxSitePresent(data: RunData): number {
  let max = 0;
  const n = Math.min(data.available, data.D);
  for (const s of data.sites) {
    const series = data.unitSeries('present', s);
    for (let d = 0; d < n; d++) if ((series[d] as number) > max) max = series[d] as number;
  }
  return max;
}

/** Label text of a Kreis on the map: without the word "Landkreis" (unless another Kreis has that name), "am Main" shortened. */
export function shortName(name: string, others: ReadonlySet<string> = new Set()): string {
  const short = name.replace(/^Landkreis\s+/, '');
  return (others.has(short) && short !== name ? name : short).replace(/\s+am Main$/, ' a.\u00a0M.');
}
