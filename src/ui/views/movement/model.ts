/**
 * Bewegung, the model behind the dots (no DOM): per simulated day the movements read from the run, the persons a
 * dot stands for, the unit positions on screen, and the dot positions/alpha for a fractional position, written into
 * preallocated typed arrays so that a frame allocates nothing.
 *
 * Movements of day d (persons). Between units they are exact, from the engine's flow records (RunData.flows):
 *  - site → Kreis: records `zuweisung` (which site sent how many to which Kreis);
 *  - site → site: records `verlegung` (residents moved when a site closes);
 *  - Kreis → Gemeinde: a Gemeinde's `zuweisungen` (all of them come from its Kreis);
 *  - within a Kreis: records `kreisintern` (out of Notunterkunft into a free regular place of another unit of the
 *    same Kreis: Kreis → Gemeinde, Gemeinde → Kreis, Gemeinde → Gemeinde), from the unit left to the unit entered;
 *  - arrivals from outside, appearing at the unit: records `direkt` (and on day 0 `bestand`) at Kreise and Gemeinden; at
 *    an Erstaufnahme site its `arrived` less the persons moved in from other sites;
 *  - exits: a unit's `exits`, fading out at the unit.
 * Day 0 holds the stock at the start (records `bestand`, counted as that day's arrivals); it is not animated.
 *
 * Timing: the movements of day d play while the position p runs through [d, d + W] (W = the window in days, ≥ 1):
 * with local = (p − d) / W, a dot departs at local = s·STAGGER (s from its hash) and travels for 1 − STAGGER.
 * Paused (`rest`), the movements of the current day are shown at their targets.
 *
 * A day's dots keep their paths while the day plays (about TRAVEL_SECONDS of frames), so they are recorded once per
 * day (DayDots) and a frame only moves them along: with one dot per person that is some 20,000 dots a frame.
 */
import { geoMercator } from 'd3';
import { kreisinternMoves } from '../../../engine/metrics/flows.ts';
import { FLOW_KINDS } from '../../../engine/metrics/result.ts';
import type { RunData } from '../../data/runData.ts';

export const STAGE_SITE = 0;
export const STAGE_KREIS = 1;
export const STAGE_GEMEINDE = 2;
export const STAGE_EXIT = 3;
/** Moved within a Kreis out of Notunterkunft (records `kreisintern`). */
export const STAGE_KREISINTERN = 4;
export const STAGE_COUNT = 5;

/** Hard limit of dots in one frame (the buffers' size, about 1 MB). */
export const DOT_CAPACITY = 60000;
/**
 * Persons per dot are chosen so that the expected number of dots in flight stays at or below this: high enough that
 * the autumn-2015 peak is drawn one dot per person (≈ 22,000 in flight at top speed).
 */
export const TARGET_DOTS = 40000;
/** Share of the window over which the departures of one day are spread; each dot travels for the rest. */
export const STAGGER = 0.5;
/** Wall-clock seconds a movement takes on screen (long enough to follow one dot); the window in simulated days grows with the speed. */
export const TRAVEL_SECONDS = 1.2;

/** Window in simulated days for a playback speed in days per second (at least one day). */
export function windowForSpeed(daysPerSecond: number): number {
  return Math.max(1, daysPerSecond * TRAVEL_SECONDS);
}

/** Persons moving on one day, by movement. */
export interface DayFlows {
  readonly arrivals: number;
  readonly toKreis: number;
  readonly toGemeinde: number;
  /** Moved from one Erstaufnahme site to another. */
  readonly betweenSites: number;
  /** Moved within their Kreis out of Notunterkunft. */
  readonly withinKreis: number;
  readonly exits: number;
}

const K_ZUWEISUNG = FLOW_KINDS.indexOf('zuweisung');
const K_DIREKT = FLOW_KINDS.indexOf('direkt');
const K_BESTAND = FLOW_KINDS.indexOf('bestand');
const K_VERLEGUNG = FLOW_KINDS.indexOf('verlegung');
const K_KREISINTERN = FLOW_KINDS.indexOf('kreisintern');
/** Records drawn as movements between two units, and the stage (colour) of each kind. */
const travels = (kind: number): boolean => kind === K_ZUWEISUNG || kind === K_VERLEGUNG || kind === K_KREISINTERN;
const stageOf = (kind: number): number => (kind === K_ZUWEISUNG ? STAGE_KREIS : kind === K_KREISINTERN ? STAGE_KREISINTERN : STAGE_SITE);

/** Persons entering each unit from outside the units on day d (see the module comment), written into `out` (length U). */
function arrivalsOn(data: RunData, d: number, out: Float64Array): Float64Array {
  const { D, U } = data;
  const arrived = data.series.arrived;
  out.fill(0);
  for (const s of data.sites) out[s] = arrived[s * D + d] as number;
  const f = data.flows;
  const end = data.flowIndex(d + 1);
  for (let i = data.flowIndex(d); i < end; i++) {
    const kind = f.kind[i] as number;
    const to = f.to[i] as number;
    if (to < 0 || to >= U) continue;
    if (kind === K_VERLEGUNG) out[to] -= f.persons[i] as number;
    // A site's own `arrived` already holds its stock and new arrivals; the Kommunen's come from the records.
    else if ((kind === K_DIREKT || kind === K_BESTAND) && data.units[to]?.level !== 'erstaufnahme') out[to] += f.persons[i] as number;
  }
  for (const s of data.sites) if ((out[s] as number) < 0) out[s] = 0;
  return out;
}

const L_LAND = 0;
const L_SITE = 1;
const L_KREIS = 2;
const L_GEMEINDE = 3;
const LEVEL_CODE: Record<string, number> = { land: L_LAND, erstaufnahme: L_SITE, kreis: L_KREIS, gemeinde: L_GEMEINDE };
/** Jitter radius in CSS pixels by level (scaled with the canvas size). */
const JITTER = [10, 9, 6, 2.4];
/** Nice persons-per-dot steps within a decade. */
const NICE = [1, 2, 3, 4, 5, 6, 8, 10];

/** Smallest nice number (1, 2, 3, 4, 5, 6, 8 × 10^k) ≥ v, at least 1. */
export function niceCeil(v: number): number {
  if (!(v > 1)) return 1;
  const e = Math.pow(10, Math.floor(Math.log10(v)));
  for (const n of NICE) if (n * e >= v - 1e-9) return n * e;
  return 10 * e;
}

// ---- deterministic hash (no Math.random: the same day looks the same on every replay) ----------------------------
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}
function hash(a: number, b: number, c: number, d: number): number {
  return mix(mix(mix(mix(a + 0x9e3779b9) ^ b) + c) ^ d);
}
const lo16 = (h: number): number => (h & 0xffff) / 65536;
const hi16 = (h: number): number => (h >>> 16) / 65536;
const TAU = Math.PI * 2;

const easeInOut = (t: number): number => (t < 0.5 ? 4 * t * t * t : 1 - ((-2 * t + 2) * (-2 * t + 2) * (-2 * t + 2)) / 2);

/** Whether projected points keep `margin` pixels away from a box. */
function clearOf(points: readonly ([number, number] | null)[], box: LayoutBox, margin: number): boolean {
  return points.every((p) => !p || p[0] >= box.x1 + margin || p[1] >= box.y1 + margin || p[0] <= box.x0 - margin || p[1] <= box.y0 - margin);
}

/** Options of one model update. */
export interface UpdateOptions {
  /** Days over which a day's movements play (≥ 1); see windowForSpeed. */
  readonly window: number;
  /** Persons per dot (≥ 1); see MovementModel.scaleFor. */
  readonly scale: number;
  /** Paused: show the movements of the current day at rest at their targets. */
  readonly rest?: boolean;
}

/** A rectangle in CSS pixels. */
export interface LayoutBox {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** An aggregated flow of one day for the static (reduced-motion) drawing. */
export interface FlowLine {
  readonly from: number;
  readonly to: number;
  readonly persons: number;
  readonly stage: number;
}
/** Persons appearing (arrivals) or leaving (exits) at a unit on one day. */
export interface FlowSpot {
  readonly unit: number;
  readonly persons: number;
  readonly stage: number;
}

/** Receives the dots of a day: an arrival or exit at a unit, or a movement between units; false stops the day. */
interface DotVisitor {
  spot(h: number, u: number, exit: boolean): boolean;
  travel(h: number, from: number, to: number, stage: number): boolean;
}

const DOT_ARRIVAL = 0;
const DOT_EXIT = 1;
const DOT_TRAVEL = 2;

/**
 * The moving dots of one day, recorded once: kind, stage, departure stagger and path — for a movement its start
 * (a, b), its offset to the target (c, e) and its bend (f); for an arrival or exit its place (a, b) and its reach (c, e).
 */
class DayDots {
  n = 0;
  kind = new Uint8Array(64);
  stage = new Uint8Array(64);
  stagger = new Float64Array(64);
  a = new Float64Array(64);
  b = new Float64Array(64);
  c = new Float64Array(64);
  e = new Float64Array(64);
  f = new Float64Array(64);

  push(kind: number, stage: number, stagger: number, a: number, b: number, c: number, e: number, f: number): void {
    if (this.n === this.kind.length) this.grow();
    const i = this.n++;
    this.kind[i] = kind;
    this.stage[i] = stage;
    this.stagger[i] = stagger;
    this.a[i] = a;
    this.b[i] = b;
    this.c[i] = c;
    this.e[i] = e;
    this.f[i] = f;
  }

  private grow(): void {
    const size = this.kind.length * 2;
    const more = <T extends Uint8Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.kind = more(this.kind, (n) => new Uint8Array(n));
    this.stage = more(this.stage, (n) => new Uint8Array(n));
    for (const k of ['stagger', 'a', 'b', 'c', 'e', 'f'] as const) this[k] = more(this[k], (n) => new Float64Array(n));
  }
}

export class MovementModel {
  readonly capacity: number;
  /** Dot positions in CSS pixels, alpha in [0, 1] and stage (STAGE_*), valid for [0, count). */
  readonly x: Float32Array;
  readonly y: Float32Array;
  readonly alpha: Float32Array;
  readonly stage: Uint8Array;
  count = 0;
  /** Dots in flight (0 at rest). */
  moving = 0;
  /** Dots dropped in the last update because the buffers were full. */
  clipped = 0;
  /** Unit positions in CSS pixels (set by layout). */
  readonly ux: Float32Array;
  readonly uy: Float32Array;
  width = 0;
  height = 0;
  /** The box the map keeps clear of (set by layout). */
  avoid: LayoutBox | null = null;
  /** Unit level codes (0 Land, 1 site, 2 Kreis, 3 Gemeinde). */
  readonly level: Uint8Array;
  /** Parent unit index, −1 for none. */
  readonly parent: Int32Array;
  private readonly radius: Float32Array;
  private jitterScale = 1;
  /** Arrivals per unit of the day being drawn (scratch, see arrivalsOn). */
  private readonly arrivals: Float64Array;
  private totalsAvailable = -1;
  private totals = new Float64Array(0);
  private readonly scales = new Map<number, number>();
  /** Recorded days of the moving dots, valid for one layout and one scale (cacheKey). */
  private readonly days = new Map<number, DayDots>();
  private cacheKey = '';
  private layoutVersion = 0;
  private statsAvailable = -1;
  private stats = { maxPresent: 1, maxFlow: 1, maxSpot: 1 };

  constructor(
    readonly data: RunData,
    capacity = DOT_CAPACITY,
  ) {
    this.capacity = capacity;
    this.x = new Float32Array(capacity);
    this.y = new Float32Array(capacity);
    this.alpha = new Float32Array(capacity);
    this.stage = new Uint8Array(capacity);
    const U = data.U;
    this.ux = new Float32Array(U);
    this.uy = new Float32Array(U);
    this.level = new Uint8Array(U);
    this.parent = new Int32Array(U);
    this.radius = new Float32Array(U);
    data.units.forEach((u, i) => {
      this.level[i] = LEVEL_CODE[u.level] ?? L_LAND;
      this.parent[i] = u.parent === null ? -1 : (data.indexById.get(u.parent) ?? -1);
    });
    this.arrivals = new Float64Array(U);
    this.layout(800, 600);
  }

  /**
   * Projects the units into a width × height box (CSS pixels) with d3-geo's Mercator fitted to their points, using the
   * whole box where that keeps the points clear of `avoid` (e.g. a legend in a corner); else the map goes to the
   * right of it or below it, whichever leaves it larger.
   */
  layout(width: number, height: number, pad = 28, avoid: LayoutBox | null = null): void {
    const { data, ux, uy, level, radius } = this;
    this.width = width;
    this.height = height;
    this.avoid = avoid;
    this.layoutVersion++;
    this.jitterScale = Math.max(0.75, Math.min(1.5, Math.min(width, height) / 640));
    const coords: [number, number][] = [];
    for (const u of data.units) if (Number.isFinite(u.lon) && Number.isFinite(u.lat)) coords.push([u.lon!, u.lat!]);
    const cx = width / 2;
    const cy = height / 2;
    let project: ((p: [number, number]) => [number, number] | null) | null = null;
    const distinct = new Set(coords.map((c) => `${c[0]},${c[1]}`)).size;
    const full: [[number, number], [number, number]] = [
      [pad, pad],
      [width - pad, height - pad],
    ];
    let best = 0;
    const fit = (e: [[number, number], [number, number]]) => {
      if (distinct < 2 || e[1][0] - e[0][0] < 16 || e[1][1] - e[0][1] < 16) return null;
      const proj = geoMercator().fitExtent(e, { type: 'MultiPoint', coordinates: coords });
      return Number.isFinite(proj.scale()) ? proj : null;
    };
    // The whole box first: the map centred at its largest, as long as it stays clear of the legend (a tall Land
    // leaves room beside it in a wide box); else right of the legend or below it, whichever leaves it larger.
    const whole = fit(full);
    if (whole && (!avoid || clearOf(coords.map((c) => whole(c)), avoid, 16))) {
      project = (p) => whole(p);
    } else if (avoid) {
      for (const e of [
        [
          [avoid.x1 + 8, pad],
          [width - pad, height - pad],
        ],
        [
          [pad, avoid.y1 + 8],
          [width - pad, height - pad],
        ],
      ] as [[number, number], [number, number]][]) {
        const proj = fit(e);
        if (proj && proj.scale() > best) {
          best = proj.scale();
          project = (p) => proj(p);
        }
      }
    }
    const placed = new Uint8Array(data.U);
    data.units.forEach((u, i) => {
      const p = project && Number.isFinite(u.lon) && Number.isFinite(u.lat) ? project([u.lon!, u.lat!]) : null;
      if (p && Number.isFinite(p[0]) && Number.isFinite(p[1])) {
        ux[i] = p[0];
        uy[i] = p[1];
        placed[i] = 1;
      }
    });
    // Units without coordinates sit at their parent's place (the Land in the middle).
    const resolve = (i: number, depth: number): void => {
      if (placed[i]) return;
      const p = this.parent[i] as number;
      if (p >= 0 && depth < 8) {
        resolve(p, depth + 1);
        ux[i] = ux[p] as number;
        uy[i] = uy[p] as number;
      } else {
        ux[i] = cx;
        uy[i] = cy;
      }
      placed[i] = 1;
    };
    for (let i = 0; i < data.U; i++) resolve(i, 0);
    for (let i = 0; i < data.U; i++) radius[i] = (JITTER[level[i] as number] ?? 4) * this.jitterScale;
  }

  /** Persons moving per day (every movement; day 0 counts as 0), for days [0, available). */
  dayTotals(): Float64Array {
    const { data } = this;
    if (this.totalsAvailable === data.available) return this.totals;
    const { D, U } = data;
    const n = Math.min(D, data.available);
    const t = new Float64Array(n);
    const { zuweisungen: zuw, exits } = data.series;
    const f = data.flows;
    for (let d = 1; d < n; d++) {
      const a = arrivalsOn(data, d, this.arrivals);
      let v = 0;
      for (let u = 0; u < U; u++) {
        if (this.level[u] === L_LAND) continue;
        v += (a[u] as number) + (exits[u * D + d] as number) + (this.level[u] === L_GEMEINDE ? (zuw[u * D + d] as number) : 0);
      }
      const end = data.flowIndex(d + 1);
      for (let i = data.flowIndex(d); i < end; i++) {
        if (travels(f.kind[i] as number)) v += f.persons[i] as number;
      }
      t[d] = v;
    }
    this.totals = t;
    this.totalsAvailable = data.available;
    this.scales.clear();
    return t;
  }

  /** Most persons expected in flight at once over the run for a window (the departure stagger weighs the days). */
  peakInFlight(window: number): number {
    const t = this.dayTotals();
    const W = Math.max(1, window);
    let peak = 0;
    // Sample the position on a grid fine enough for the triangular weight of each day.
    const step = Math.min(0.25, W / 8);
    for (let p = 1; p < t.length + W; p += step) {
      let s = 0;
      const first = Math.max(1, Math.ceil(p - W));
      const last = Math.min(t.length - 1, Math.floor(p));
      for (let d = first; d <= last; d++) {
        const a = (p - d) / W;
        s += (t[d] as number) * Math.max(0, Math.min(1, a / STAGGER) - Math.max(0, (a - 1 + STAGGER) / STAGGER));
      }
      if (s > peak) peak = s;
    }
    return peak;
  }

  /** Persons per dot for a window: a nice number so that at most TARGET_DOTS dots are expected in flight. */
  scaleFor(window: number): number {
    this.dayTotals();
    const key = Math.round(window * 1000);
    let n = this.scales.get(key);
    if (n === undefined) {
      n = niceCeil(this.peakInFlight(window) / TARGET_DOTS);
      this.scales.set(key, n);
    }
    return n;
  }

  /** Run-wide maxima for the drawing: persons present at a site or Kreis (with Gemeinden), a day's flow, a spot. */
  runStats(): { maxPresent: number; maxFlow: number; maxSpot: number } {
    const { data } = this;
    if (this.statsAvailable === data.available) return this.stats;
    const { D } = data;
    const n = Math.min(D, data.available);
    const { present, zuweisungen: zuw, exits } = data.series;
    let maxPresent = 1;
    let maxFlow = 1;
    let maxSpot = 1;
    const kreisTotal = new Float64Array(n);
    for (const k of data.kreise) {
      kreisTotal.fill(0);
      for (const u of [k, ...(data.children[k] ?? [])]) for (let d = 0; d < n; d++) kreisTotal[d] += present[u * D + d] as number;
      for (let d = 0; d < n; d++) maxPresent = Math.max(maxPresent, kreisTotal[d] as number);
    }
    for (const s of data.sites) for (let d = 0; d < n; d++) maxPresent = Math.max(maxPresent, present[s * D + d] as number);
    // The widest line and the largest spot of any day the drawing shows (day 0, the stock, is not drawn).
    const f = data.flows;
    for (let d = 1; d < n; d++) {
      const end = data.flowIndex(d + 1);
      for (let i = data.flowIndex(d); i < end; i++) {
        if (travels(f.kind[i] as number)) maxFlow = Math.max(maxFlow, f.persons[i] as number);
      }
      for (const g of data.gemeinden) maxFlow = Math.max(maxFlow, zuw[g * D + d] as number);
      const arrivals = arrivalsOn(data, d, this.arrivals);
      for (let u = 0; u < data.U; u++) {
        if (this.level[u] !== L_LAND) maxSpot = Math.max(maxSpot, arrivals[u] as number, exits[u * D + d] as number);
      }
    }
    this.stats = { maxPresent, maxFlow, maxSpot };
    this.statsAvailable = data.available;
    return this.stats;
  }

  /** Persons present at a site, or at a Kreis with its Gemeinden, on a day. */
  presentAt(u: number, d: number): number {
    return this.level[u] === L_KREIS ? this.data.total('present', u, d) : this.data.value('present', u, d);
  }

  /** Jitter radius of a unit in CSS pixels. */
  radiusOf(u: number): number {
    return this.radius[u] as number;
  }

  /** Fills the buffers for a fractional position; returns the number of dots. */
  update(position: number, opts: UpdateOptions): number {
    this.count = 0;
    this.moving = 0;
    this.clipped = 0;
    const { data } = this;
    const N = Math.max(1, opts.scale);
    const W = Math.max(1, opts.window);
    const lastDay = Math.min(data.available, data.D) - 1;
    if (!Number.isFinite(position) || lastDay < 1) return 0;
    if (opts.rest) {
      const d = Math.min(Math.floor(position), lastDay);
      if (d >= 1) this.emitDay(d, N, this.atRest);
      return this.count;
    }
    const first = Math.max(1, Math.ceil(position - W));
    const last = Math.min(lastDay, Math.floor(position));
    // A day's dots keep their paths while it plays (about TRAVEL_SECONDS of frames): built once, then only moved.
    const key = `${this.layoutVersion}:${N}`;
    if (key !== this.cacheKey) {
      this.days.clear();
      this.cacheKey = key;
    }
    for (const d of this.days.keys()) if (d < first || d > last) this.days.delete(d);
    // Newest first: if the buffers fill up, the oldest (almost finished) movements are the ones left out.
    for (let d = last; d >= first; d--) {
      const local = (position - d) / W;
      if (local <= 0 || local >= 1) continue;
      let dots = this.days.get(d);
      if (!dots) {
        dots = this.recordDay(d, N);
        this.days.set(d, dots);
      }
      this.placeDay(dots, local);
    }
    this.moving = this.count;
    return this.count;
  }

  /** The paths of a day's moving dots, in the order they are emitted. */
  private recordDay(d: number, N: number): DayDots {
    const dots = new DayDots();
    const { ux, uy, radius, level, jitterScale } = this;
    const cap = this.capacity;
    this.emitDay(d, N, {
      spot: (h, u, exit) => {
        if (dots.n >= cap) return false;
        const h2 = mix(h ^ 0x68e31da4);
        const a = lo16(h2) * TAU;
        const r = Math.sqrt(hi16(h2)) * (radius[u] as number);
        const ca = Math.cos(a);
        const sa = Math.sin(a);
        // Arrivals contract onto their place from 3 radii out; exits drift away from it.
        const reach = exit ? 14 * jitterScale : 3 * (radius[u] as number);
        const lv = level[u];
        const stage = exit ? STAGE_EXIT : lv === L_SITE ? STAGE_SITE : lv === L_GEMEINDE ? STAGE_GEMEINDE : STAGE_KREIS;
        dots.push(exit ? DOT_EXIT : DOT_ARRIVAL, stage, hi16(h), (ux[u] as number) + ca * r, (uy[u] as number) + sa * r, ca * reach, sa * reach, 0);
        return true;
      },
      travel: (h, from, to, stage) => {
        if (dots.n >= cap) return false;
        const h2 = mix(h ^ 0x2c1b3c6d);
        const h3 = mix(h ^ 0x297a2d39);
        const b = lo16(h3) * TAU;
        const rb = Math.sqrt(hi16(h3)) * (radius[to] as number);
        const x1 = (ux[to] as number) + Math.cos(b) * rb;
        const y1 = (uy[to] as number) + Math.sin(b) * rb;
        const a = lo16(h2) * TAU;
        const ra = Math.sqrt(hi16(h2)) * (radius[from] as number);
        const x0 = (ux[from] as number) + Math.cos(a) * ra;
        const y0 = (uy[from] as number) + Math.sin(a) * ra;
        dots.push(DOT_TRAVEL, stage, hi16(h), x0, y0, x1 - x0, y1 - y0, 0.06 + 0.1 * lo16(h));
        return true;
      },
    });
    return dots;
  }

  /** Writes the dots of a recorded day that are on screen at `local` (its share of the window) into the buffers. */
  private placeDay(dots: DayDots, local: number): void {
    const { kind, stage, stagger, a, b, c, e, f } = dots;
    for (let k = 0; k < dots.n; k++) {
      const t = (local - (stagger[k] as number) * STAGGER) / (1 - STAGGER);
      if (!(t > 0 && t < 1)) continue;
      const i = this.count;
      if (i >= this.capacity) {
        this.clipped++;
        return;
      }
      const x0 = a[k] as number;
      const y0 = b[k] as number;
      const dx = c[k] as number;
      const dy = e[k] as number;
      const what = kind[k];
      if (what === DOT_TRAVEL) {
        const q = easeInOut(t);
        const bend = (f[k] as number) * Math.sin(Math.PI * q);
        this.x[i] = x0 + dx * q - dy * bend;
        this.y[i] = y0 + dy * q + dx * bend;
        this.alpha[i] = 0.9 * Math.min(1, t * 10, (1 - t) * 10);
      } else if (what === DOT_EXIT) {
        this.x[i] = x0 + dx * t;
        this.y[i] = y0 + dy * t;
        this.alpha[i] = 0.9 * (1 - t);
      } else {
        const spread = (1 - t) * (1 - t);
        this.x[i] = x0 + dx * spread;
        this.y[i] = y0 + dy * spread;
        this.alpha[i] = 0.9 * Math.min(1, t * 3, (1 - t) * 6);
      }
      this.stage[i] = stage[k] as number;
      this.count = i + 1;
    }
  }

  /** Emission at rest: each dot of the day at its target. */
  private readonly atRest: DotVisitor = {
    spot: (h, u, exit) => this.spot(h, u, exit),
    travel: (h, _from, to, stage) => this.travel(h, to, stage),
  };

  /** Visits the dots of day d (N persons each) in a fixed order until the visitor declines one. */
  private emitDay(d: number, N: number, visit: DotVisitor): void {
    const { data, level } = this;
    const { D, U } = data;
    const { zuweisungen: zuw, exits } = data.series;
    // Arrivals (appear at the unit).
    const arrivals = arrivalsOn(data, d, this.arrivals);
    let c = Math.floor(lo16(hash(d, 1, 0, 0)) * N);
    for (let u = 0; u < U; u++) {
      if (level[u] === L_LAND) continue;
      const v = arrivals[u] as number;
      if (v <= 0) continue;
      const n = Math.floor((c + v) / N) - Math.floor(c / N);
      c += v;
      for (let j = 0; j < n; j++) if (!visit.spot(hash(d, 1, u, j), u, false)) return;
    }
    // Site → Kreis, site → site and within a Kreis, record by record.
    const f = data.flows;
    const first = data.flowIndex(d);
    const end = data.flowIndex(d + 1);
    c = Math.floor(lo16(hash(d, 2, 0, 0)) * N);
    for (let i = first; i < end; i++) {
      const kind = f.kind[i] as number;
      if (!travels(kind)) continue;
      const from = f.from[i] as number;
      const to = f.to[i] as number;
      const v = f.persons[i] as number;
      if (v <= 0 || to < 0 || to >= U) continue;
      const n = Math.floor((c + v) / N) - Math.floor(c / N);
      c += v;
      const stage = stageOf(kind);
      const source = from >= 0 && from < U ? from : to;
      for (let j = 0; j < n; j++) if (!visit.travel(hash(d, 2, i - first, j), source, to, stage)) return;
    }
    // Kreis → Gemeinde.
    c = Math.floor(lo16(hash(d, 3, 0, 0)) * N);
    for (const g of data.gemeinden) {
      const v = zuw[g * D + d] as number;
      if (v <= 0) continue;
      const n = Math.floor((c + v) / N) - Math.floor(c / N);
      c += v;
      const from = this.parent[g] as number;
      for (let j = 0; j < n; j++) if (!visit.travel(hash(d, 3, g, j), from < 0 ? g : from, g, STAGE_GEMEINDE)) return;
    }
    // Exits (fade out at the unit).
    c = Math.floor(lo16(hash(d, 4, 0, 0)) * N);
    for (let u = 0; u < U; u++) {
      if (level[u] === L_LAND) continue;
      const v = exits[u * D + d] as number;
      if (v <= 0) continue;
      const n = Math.floor((c + v) / N) - Math.floor(c / N);
      c += v;
      for (let j = 0; j < n; j++) if (!visit.spot(hash(d, 4, u, j), u, true)) return;
    }
  }

  /** An arrival or an exit at rest, on its place around the unit (exits faint). */
  private spot(h: number, u: number, exit: boolean): boolean {
    const i = this.count;
    if (i >= this.capacity) {
      this.clipped++;
      return false;
    }
    const h2 = mix(h ^ 0x68e31da4);
    const a = lo16(h2) * TAU;
    const r = Math.sqrt(hi16(h2)) * (this.radius[u] as number);
    this.x[i] = (this.ux[u] as number) + Math.cos(a) * r;
    this.y[i] = (this.uy[u] as number) + Math.sin(a) * r;
    const lv = this.level[u];
    this.alpha[i] = exit ? 0.45 : 0.9;
    this.stage[i] = exit ? STAGE_EXIT : lv === L_SITE ? STAGE_SITE : lv === L_GEMEINDE ? STAGE_GEMEINDE : STAGE_KREIS;
    this.count = i + 1;
    return true;
  }

  /** A movement at rest: the dot at its target (the same place a moving dot arrives at). */
  private travel(h: number, to: number, stage: number): boolean {
    const i = this.count;
    if (i >= this.capacity) {
      this.clipped++;
      return false;
    }
    const h3 = mix(h ^ 0x297a2d39);
    const b = lo16(h3) * TAU;
    const rb = Math.sqrt(hi16(h3)) * (this.radius[to] as number);
    this.x[i] = (this.ux[to] as number) + Math.cos(b) * rb;
    this.y[i] = (this.uy[to] as number) + Math.sin(b) * rb;
    this.alpha[i] = 0.9;
    this.stage[i] = stage;
    this.count = i + 1;
    return true;
  }

  /** Flows of a day for the static drawing: site → Kreis, site → site and within-Kreis records, Kreis → Gemeinde, arrival and exit spots. */
  flowsOf(d: number): { lines: FlowLine[]; spots: FlowSpot[] } {
    const { data } = this;
    const lines: FlowLine[] = [];
    const spots: FlowSpot[] = [];
    if (d < 1 || d >= Math.min(data.available, data.D)) return { lines, spots };
    const { D, U } = data;
    const { zuweisungen: zuw, exits } = data.series;
    const f = data.flows;
    const end = data.flowIndex(d + 1);
    for (let i = data.flowIndex(d); i < end; i++) {
      const kind = f.kind[i] as number;
      const from = f.from[i] as number;
      const to = f.to[i] as number;
      const persons = f.persons[i] as number;
      if (!travels(kind) || persons <= 0 || from < 0 || to < 0 || to >= U) continue;
      lines.push({ from, to, persons, stage: stageOf(kind) });
    }
    for (const g of data.gemeinden) {
      const v = zuw[g * D + d] as number;
      if (v > 0) lines.push({ from: Math.max(0, this.parent[g] as number), to: g, persons: v, stage: STAGE_GEMEINDE });
    }
    const arrivals = arrivalsOn(data, d, this.arrivals);
    for (let u = 0; u < U; u++) {
      const lv = this.level[u];
      if (lv === L_LAND) continue;
      const a = arrivals[u] as number;
      if (a > 0) spots.push({ unit: u, persons: a, stage: lv === L_SITE ? STAGE_SITE : lv === L_GEMEINDE ? STAGE_GEMEINDE : STAGE_KREIS });
      const e = exits[u * D + d] as number;
      if (e > 0) spots.push({ unit: u, persons: e, stage: STAGE_EXIT });
    }
    return { lines, spots };
  }
}

/** Persons moving on a day (day 0: the stock at the start counts as its arrivals). */
export function dayFlows(data: RunData, d: number): DayFlows {
  const day = Math.max(0, Math.min(d, Math.min(data.available, data.D) - 1));
  if (data.available === 0) return { arrivals: 0, toKreis: 0, toGemeinde: 0, betweenSites: 0, withinKreis: 0, exits: 0 };
  const { D } = data;
  const { zuweisungen: zuw, exits } = data.series;
  let arrivals = 0;
  let ex = 0;
  for (const v of arrivalsOn(data, day, new Float64Array(data.U))) arrivals += v;
  data.units.forEach((unit, u) => {
    if (unit.level !== 'land') ex += exits[u * D + day] as number;
  });
  let toKreis = 0;
  let betweenSites = 0;
  const f = data.flows;
  const end = data.flowIndex(day + 1);
  for (let i = data.flowIndex(day); i < end; i++) {
    const kind = f.kind[i] as number;
    if (kind === K_ZUWEISUNG) toKreis += f.persons[i] as number;
    else if (kind === K_VERLEGUNG) betweenSites += f.persons[i] as number;
  }
  let toGemeinde = 0;
  for (const g of data.gemeinden) toGemeinde += zuw[g * D + day] as number;
  let withinKreis = 0;
  for (const m of kreisinternMoves(f, data.units, day, day).values()) withinKreis += m.toKreis + m.toGemeinden;
  return { arrivals, toKreis, toGemeinde, betweenSites, withinKreis, exits: ex };
}
