/** Canvas drawing of the Bewegung view: background layer, occupancy areas, dots as pixels (or batched paths), static flows. */
import { KREISINTERN_COLOUR } from '../flowColours.ts';
import { MovementModel, STAGE_COUNT, STAGE_EXIT } from './model.ts';

/**
 * Colours by stage: in Erstaufnahme, to a Kreis, to a Gemeinde, leaving (Okabe–Ito), and moved within a Kreis (the
 * colour of that kind of flow in every view).
 */
export const STAGE_COLOURS = ['#E69F00', '#0072B2', '#009E73', '#CC79A7', KREISINTERN_COLOUR] as const;
const INK = '#1d1d1b';
const MUTED = '#5b5b57';
const ACCENT = '#0b5cad';
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
/** Size of the place names in CSS pixels unless the page asks for another (the lecturer mode asks for larger). */
export const LABEL_PX = 10;
/** Dots are small squares: a path of rects rasterises several times faster than one of arcs in software canvas. */
const DOT_SIZE = 3;
/** Alpha levels the dots are drawn with (one path per colour and level). */
const ALPHA_LEVELS = 4;

/** Short label: "Landkreis Gießen" → "Gießen", "Außenstelle Neustadt (Hessen)" → "Neustadt". */
export function shortName(name: string, site: boolean): string {
  let n = name.replace(/^(Landkreis|Kreis)\s+/, '');
  if (site) {
    n = n
      .replace(/^(HEAE|EAE|Außenstellen?|Standorte?)\s+/, '')
      .replace(/\s*\(.*$/, '')
      .replace(/\s*(,| u\. ?a\.).*$/, '')
      .replace(/\s+\d{4}(\/\d{2,4})?$/, '');
  }
  return n;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The static layer: Gemeinde points, Kreis centres with labels, Erstaufnahme sites (in CSS pixels, ctx scaled). */
export function drawBackground(ctx: CanvasRenderingContext2D, model: MovementModel, labelPx = LABEL_PX): void {
  const { data, ux, uy, width, height } = model;
  ctx.clearRect(0, 0, width, height);
  // Gemeinden: one faint path.
  ctx.fillStyle = 'rgba(91, 91, 87, 0.28)';
  ctx.beginPath();
  for (const g of data.gemeinden) ctx.rect((ux[g] as number) - 0.9, (uy[g] as number) - 0.9, 1.8, 1.8);
  ctx.fill();
  // Kreis centres.
  ctx.fillStyle = INK;
  ctx.beginPath();
  for (const k of data.kreise) {
    ctx.moveTo((ux[k] as number) + 2.5, uy[k] as number);
    ctx.arc(ux[k] as number, uy[k] as number, 2.5, 0, Math.PI * 2);
  }
  ctx.fill();
  // Sites: diamonds.
  ctx.fillStyle = STAGE_COLOURS[0];
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const s of data.sites) {
    const x = ux[s] as number;
    const y = uy[s] as number;
    ctx.moveTo(x, y - 5);
    ctx.lineTo(x + 5, y);
    ctx.lineTo(x, y + 5);
    ctx.lineTo(x - 5, y);
    ctx.closePath();
  }
  ctx.fill();
  ctx.stroke();
  // Labels, placed greedily without overlap: sites first, then Kreise by population.
  ctx.font = `${labelPx}px ${FONT_FAMILY}`;
  ctx.textBaseline = 'middle';
  // Offsets of a label from its place grow with the type.
  const k = labelPx / LABEL_PX;
  const placed: Box[] = model.avoid ? [{ ...model.avoid }] : [];
  const order = [
    ...data.sites.map((u) => ({ u, site: true, w: Infinity })),
    ...data.kreise.map((u) => ({ u, site: false, w: data.units[u]?.population ?? 0 })),
  ].sort((a, b) => (a.site === b.site ? b.w - a.w : a.site ? -1 : 1));
  for (const { u, site } of order) {
    const text = shortName(data.units[u]?.name ?? '', site);
    if (!text) continue;
    const tw = ctx.measureText(text).width;
    const x = ux[u] as number;
    const y = uy[u] as number;
    const candidates: [number, number][] = [
      [x + 6 * k, y],
      [x - 6 * k - tw, y],
      [x - tw / 2, y - 10 * k],
      [x - tw / 2, y + 10 * k],
    ];
    for (const [lx, ly] of candidates) {
      const box = { x0: lx - 1, y0: ly - 6 * k, x1: lx + tw + 1, y1: ly + 6 * k };
      if (box.x0 < 0 || box.x1 > width || box.y0 < 0 || box.y1 > height) continue;
      if (placed.some((b) => overlaps(b, box))) continue;
      placed.push(box);
      ctx.lineWidth = 3 * k;
      ctx.strokeStyle = 'rgba(251, 251, 248, 0.85)';
      ctx.strokeText(text, lx, ly);
      ctx.fillStyle = site ? '#8a5a00' : MUTED;
      ctx.fillText(text, lx, ly);
      break;
    }
  }
}

/** Persons present as faint areas: sites (orange) and Kreise with their Gemeinden (grey), area ∝ persons. */
export function drawDensity(ctx: CanvasRenderingContext2D, model: MovementModel, day: number): void {
  const { data, ux, uy, width, height } = model;
  const { maxPresent } = model.runStats();
  const rMax = Math.min(width, height) * 0.07;
  const disc = (u: number) => {
    const p = model.presentAt(u, day);
    if (!(p > 0)) return;
    const r = rMax * Math.sqrt(p / maxPresent);
    ctx.moveTo((ux[u] as number) + r, uy[u] as number);
    ctx.arc(ux[u] as number, uy[u] as number, r, 0, Math.PI * 2);
  };
  ctx.beginPath();
  for (const k of data.kreise) disc(k);
  ctx.fillStyle = 'rgba(91, 91, 87, 0.10)';
  ctx.fill();
  ctx.beginPath();
  for (const s of data.sites) disc(s);
  ctx.fillStyle = 'rgba(230, 159, 0, 0.16)';
  ctx.fill();
}

/** Reusable scratch for the dot drawing: the dot layer's pixels and the canvas they go through. */
export class DotScratch {
  readonly order: Uint32Array;
  readonly start = new Uint32Array(STAGE_COUNT * ALPHA_LEVELS + 1);
  private image: ImageData | null = null;
  private pixels: Uint32Array | null = null;
  private layer: HTMLCanvasElement | null = null;
  constructor(capacity: number) {
    this.order = new Uint32Array(capacity);
  }

  /** The pixel buffer and layer canvas for a device-pixel size, cleared. */
  surface(width: number, height: number): { image: ImageData; pixels: Uint32Array; layer: HTMLCanvasElement } | null {
    if (!this.image || this.image.width !== width || this.image.height !== height || !this.layer) {
      if (typeof ImageData === 'undefined' || typeof document === 'undefined' || width <= 0 || height <= 0) return null;
      this.image = new ImageData(width, height);
      this.pixels = new Uint32Array(this.image.data.buffer);
      this.layer = document.createElement('canvas');
      this.layer.width = width;
      this.layer.height = height;
    } else this.pixels!.fill(0);
    return { image: this.image, pixels: this.pixels!, layer: this.layer };
  }
}

/**
 * One pixel word per stage and alpha level (as the path drawing's levels): RGBA bytes, straight alpha as ImageData
 * holds them, read as one little-endian 32-bit word.
 */
const DOT_WORDS = (() => {
  const words = new Uint32Array(STAGE_COUNT * ALPHA_LEVELS);
  STAGE_COLOURS.forEach((c, st) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as [number, number, number];
    for (let l = 0; l < ALPHA_LEVELS; l++) words[st * ALPHA_LEVELS + l] = ((Math.round((255 * (l + 1)) / ALPHA_LEVELS) << 24) | (b << 16) | (g << 8) | r) >>> 0;
  });
  return words;
})();

/**
 * Draws the model's dots as squares straight into a pixel buffer (no path per dot: with one dot per person that is
 * some 20,000 squares a frame), then puts the buffer on a layer canvas drawn over the frame. `dpr` maps CSS to device
 * pixels. Where dots overlap, the later one covers the earlier.
 */
export function drawDotsPixels(ctx: CanvasRenderingContext2D, model: MovementModel, scratch: DotScratch, dpr: number): boolean {
  const W = ctx.canvas.width;
  const H = ctx.canvas.height;
  const surface = scratch.surface(W, H);
  if (!surface) return false;
  const { image, pixels, layer } = surface;
  const { x, y, alpha, stage, count } = model;
  const size = Math.max(1, Math.round(DOT_SIZE * dpr));
  const half = size / 2;
  const words = DOT_WORDS;
  for (let i = 0; i < count; i++) {
    const a = alpha[i] as number;
    if (a < 0.05) continue;
    const word = words[(stage[i] as number) * ALPHA_LEVELS + Math.min(ALPHA_LEVELS - 1, Math.floor(a * ALPHA_LEVELS))] as number;
    const x0 = Math.round((x[i] as number) * dpr - half);
    const y0 = Math.round((y[i] as number) * dpr - half);
    if (x0 < 0 || y0 < 0 || x0 + size > W || y0 + size > H) continue;
    for (let r = 0; r < size; r++) pixels.fill(word, (y0 + r) * W + x0, (y0 + r) * W + x0 + size);
  }
  const lctx = layer.getContext('2d');
  if (!lctx) return false;
  lctx.putImageData(image, 0, 0);
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.drawImage(layer, 0, 0);
  ctx.restore();
  return true;
}

/** Draws the model's dots: counting sort into (stage × alpha level) buckets, then one filled path per bucket. */
export function drawDots(ctx: CanvasRenderingContext2D, model: MovementModel, scratch: DotScratch): void {
  const { x, y, alpha, stage, count } = model;
  const { order, start } = scratch;
  const B = STAGE_COUNT * ALPHA_LEVELS;
  start.fill(0);
  const bucketOf = (i: number): number => {
    const level = Math.min(ALPHA_LEVELS - 1, Math.floor((alpha[i] as number) * ALPHA_LEVELS));
    return (stage[i] as number) * ALPHA_LEVELS + level;
  };
  for (let i = 0; i < count; i++) if ((alpha[i] as number) >= 0.05) start[bucketOf(i) + 1]++;
  for (let b = 0; b < B; b++) start[b + 1] += start[b] as number;
  // start[b] is now the first slot of bucket b; fill with a moving cursor, then restore.
  for (let i = 0; i < count; i++) {
    if ((alpha[i] as number) < 0.05) continue;
    const b = bucketOf(i);
    order[start[b] as number] = i;
    start[b]++;
  }
  for (let b = B; b > 0; b--) start[b] = start[b - 1] as number;
  start[0] = 0;
  const r = DOT_SIZE / 2;
  for (let b = 0; b < B; b++) {
    const from = start[b] as number;
    const to = start[b + 1] as number;
    if (from === to) continue;
    ctx.globalAlpha = ((b % ALPHA_LEVELS) + 1) / ALPHA_LEVELS;
    ctx.fillStyle = STAGE_COLOURS[Math.floor(b / ALPHA_LEVELS)] ?? INK;
    ctx.beginPath();
    for (let k = from; k < to; k++) {
      const i = order[k] as number;
      const px = x[i] as number;
      const py = y[i] as number;
      ctx.rect(px - r, py - r, DOT_SIZE, DOT_SIZE);
    }
    ctx.fill();
  }
  ctx.globalAlpha = 1;
}

/** Reduced motion: the day's flows as static curved arrows (width ∝ persons), arrivals and exits as rings. */
export function drawFlows(ctx: CanvasRenderingContext2D, model: MovementModel, day: number): void {
  const { ux, uy } = model;
  const { lines, spots } = model.flowsOf(day);
  const { maxFlow, maxSpot } = model.runStats();
  let dayMax = 1;
  for (const l of lines) dayMax = Math.max(dayMax, l.persons);
  // Wider lines first so thin ones stay visible on top.
  lines.sort((a, b) => b.persons - a.persons);
  ctx.lineCap = 'round';
  for (const l of lines) {
    if (l.persons < 0.5) continue;
    const x0 = ux[l.from] as number;
    const y0 = uy[l.from] as number;
    const x1 = ux[l.to] as number;
    const y1 = uy[l.to] as number;
    const dx = x1 - x0;
    const dy = y1 - y0;
    if (dx * dx + dy * dy < 1) continue;
    // The bend of the moving dots (a quadratic's control point lies at twice the mid-curve offset).
    const cx = x0 + dx / 2 - dy * 0.22;
    const cy = y0 + dy / 2 + dx * 0.22;
    const colour = STAGE_COLOURS[l.stage] ?? INK;
    const w = 0.5 + 7 * Math.min(1, l.persons / maxFlow);
    const alpha = 0.25 + 0.6 * Math.sqrt(l.persons / dayMax);
    ctx.globalAlpha = alpha;
    ctx.strokeStyle = colour;
    ctx.lineWidth = w;
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.quadraticCurveTo(cx, cy, x1, y1);
    ctx.stroke();
    // Arrowhead at the target, along the curve's end tangent.
    const tx = x1 - cx;
    const ty = y1 - cy;
    const len = Math.hypot(tx, ty) || 1;
    const ax = tx / len;
    const ay = ty / len;
    const size = 1.5 + 0.8 * w;
    ctx.globalAlpha = Math.min(1, alpha + 0.15);
    ctx.fillStyle = colour;
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x1 - ax * size * 2 - ay * size, y1 - ay * size * 2 + ax * size);
    ctx.lineTo(x1 - ax * size * 2 + ay * size, y1 - ay * size * 2 - ax * size);
    ctx.closePath();
    ctx.fill();
  }
  ctx.globalAlpha = 0.9;
  for (const s of spots) {
    const r = 2.5 + 12 * Math.sqrt(s.persons / maxSpot);
    ctx.strokeStyle = STAGE_COLOURS[s.stage] ?? INK;
    ctx.lineWidth = s.stage === STAGE_EXIT ? 1.5 : 2;
    ctx.setLineDash(s.stage === STAGE_EXIT ? [2, 2] : []);
    ctx.beginPath();
    ctx.arc(ux[s.unit] as number, uy[s.unit] as number, r, 0, Math.PI * 2);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
}

/** A ring around the selected unit. */
export function drawSelection(ctx: CanvasRenderingContext2D, model: MovementModel, u: number): void {
  if (u < 0) return;
  ctx.strokeStyle = ACCENT;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.arc(model.ux[u] as number, model.uy[u] as number, 9, 0, Math.PI * 2);
  ctx.stroke();
}
