/**
 * Figures for handouts and slides: the map, the Bewegung canvas or the charts of the view on screen, composed into
 * one standalone SVG with title, date, legend and source line (styles inlined, so it renders anywhere), and that
 * SVG rasterised to PNG.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
/** Width of the exported figure in SVG units (px). */
const WIDTH = 1200;
/** Tallest drawing: a portrait map (Hessen) is narrowed to this height so that title, legend and source stay on a page. */
const MAX_DRAWING_HEIGHT = 900;
const PAD = 24;

/** One entry of the legend: a swatch and its text. */
export interface LegendEntry {
  readonly colour: string;
  readonly label: string;
  /** Drawn with the over-capacity hatching. */
  readonly hatched?: boolean;
}

export interface FigureText {
  readonly title: string;
  readonly date: string;
  readonly legendTitle?: string;
  readonly legend: readonly LegendEntry[];
  readonly source: string;
}

/** What is drawn: SVG elements (with their captions) or a canvas. */
export type FigureSource =
  | { readonly kind: 'svg'; readonly parts: readonly { readonly svg: SVGSVGElement; readonly caption?: string }[] }
  | { readonly kind: 'canvas'; readonly canvas: HTMLCanvasElement };

/** Presentation properties copied from the page's stylesheet onto each exported element. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'paint-order',
  'font-size',
  'font-weight',
  'font-family',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'shape-rendering',
] as const;

/** Attributes of the interactive map that mean nothing in a file. */
const DROP_ATTRIBUTES = ['tabindex', 'role', 'class', 'style', 'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-current', 'aria-hidden', 'data-unit', 'data-over'];

/** A copy of an SVG with the computed styles written into attributes (the copy carries no classes). */
function inlined(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((el, i) => {
    const target = to[i];
    if (!target) return;
    const cs = getComputedStyle(el);
    const hidden = cs.display === 'none';
    for (const name of DROP_ATTRIBUTES) target.removeAttribute(name);
    if (hidden) {
      target.setAttribute('display', 'none');
      return;
    }
    if (el instanceof SVGElement && !(el instanceof SVGSVGElement && el === svg)) {
      for (const p of STYLE_PROPERTIES) {
        // References to patterns and gradients keep only their fragment (computed values may hold the page URL).
        const value = cs.getPropertyValue(p).replace(/url\("?[^#")]*(#[^")]+)"?\)/g, 'url($1)');
        if (value) target.setAttribute(p, value);
      }
    }
  });
  for (const t of copy.querySelectorAll('title, desc')) t.remove();
  return copy;
}

function el<K extends keyof SVGElementTagNameMap>(doc: Document, name: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const e = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Size of an element's drawing: its viewBox, else its box on screen. */
function extent(svg: SVGSVGElement): { width: number; height: number; viewBox: string } {
  const vb = svg.viewBox?.baseVal;
  const r = svg.getBoundingClientRect();
  if (vb && vb.width > 0 && vb.height > 0) return { width: vb.width, height: vb.height, viewBox: `${vb.x} ${vb.y} ${vb.width} ${vb.height}` };
  const width = Math.max(1, r.width || Number(svg.getAttribute('width')) || 1);
  const height = Math.max(1, r.height || Number(svg.getAttribute('height')) || 1);
  return { width, height, viewBox: `0 0 ${width} ${height}` };
}

/** The standalone SVG document of a figure, as text. */
export function figureSvg(source: FigureSource, text: FigureText, doc: Document = document): string {
  const root = el(doc, 'svg', { xmlns: SVG_NS, 'font-family': FONT });
  root.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  const inner = WIDTH - 2 * PAD;
  let y = PAD;
  const background = el(doc, 'rect', { x: 0, y: 0, width: WIDTH, fill: '#ffffff' });
  root.append(background);
  root.append(el(doc, 'text', { x: PAD, y: y + 26, 'font-size': 28, 'font-weight': 700, fill: '#000000', class: 'figure-title' }, text.title));
  y += 40;
  root.append(el(doc, 'text', { x: PAD, y: y + 20, 'font-size': 20, fill: '#1d1d1b', class: 'figure-date' }, text.date));
  y += 36;

  if (source.kind === 'canvas') {
    const c = source.canvas;
    const w = c.clientWidth || c.width;
    const h = c.clientHeight || c.height;
    const height = Math.round((inner * h) / Math.max(1, w));
    const image = el(doc, 'image', { x: PAD, y, width: inner, height, preserveAspectRatio: 'xMidYMid meet', class: 'figure-body' });
    image.setAttribute('href', c.toDataURL('image/png'));
    root.append(image);
    y += height + 12;
  } else {
    for (const part of source.parts) {
      if (part.caption) {
        root.append(el(doc, 'text', { x: PAD, y: y + 18, 'font-size': 18, 'font-weight': 600, fill: '#000000' }, part.caption));
        y += 28;
      }
      const e = extent(part.svg);
      const screen = part.svg.getBoundingClientRect();
      // As wide as the page allows, no taller than the screen drawing's proportions give.
      const aspect = screen.width > 0 && screen.height > 0 ? screen.height / screen.width : e.height / e.width;
      const width = Math.min(inner, MAX_DRAWING_HEIGHT / aspect);
      const height = Math.round(width * aspect);
      const copy = inlined(part.svg);
      copy.setAttribute('x', String(PAD + (inner - width) / 2));
      copy.setAttribute('y', String(y));
      copy.setAttribute('width', String(width));
      copy.setAttribute('height', String(height));
      copy.setAttribute('viewBox', e.viewBox);
      copy.setAttribute('overflow', 'visible');
      copy.removeAttribute('style');
      root.append(copy);
      y += height + 16;
    }
  }

  if (text.legend.length > 0) {
    const legend = el(doc, 'g', { class: 'figure-legend' });
    if (text.legendTitle) {
      legend.append(el(doc, 'text', { x: PAD, y: y + 18, 'font-size': 18, 'font-weight': 700, fill: '#000000' }, text.legendTitle));
      y += 28;
    }
    const defs = el(doc, 'defs', {});
    const hatch = el(doc, 'pattern', { id: 'figure-hatch', patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)' });
    hatch.append(el(doc, 'rect', { width: 2.4, height: 6, fill: 'rgba(255,255,255,0.6)' }));
    defs.append(hatch);
    legend.append(defs);
    let x = PAD;
    const rowHeight = 28;
    for (const entry of text.legend) {
      // A rough width of the label so that entries flow into rows (no layout engine in a file).
      const w = 30 + entry.label.length * 9 + 24;
      if (x + w > WIDTH - PAD && x > PAD) {
        x = PAD;
        y += rowHeight;
      }
      legend.append(el(doc, 'rect', { x, y: y + 3, width: 22, height: 16, fill: entry.colour, stroke: '#333333', 'stroke-width': 0.8 }));
      if (entry.hatched) legend.append(el(doc, 'rect', { x, y: y + 3, width: 22, height: 16, fill: 'url(#figure-hatch)' }));
      legend.append(el(doc, 'text', { x: x + 30, y: y + 17, 'font-size': 16, fill: '#1d1d1b' }, entry.label));
      x += w;
    }
    y += rowHeight + 8;
    root.append(legend);
  }

  root.append(el(doc, 'text', { x: PAD, y: y + 14, 'font-size': 14, fill: '#333333', class: 'figure-source' }, text.source));
  y += 14 + PAD;
  root.setAttribute('width', String(WIDTH));
  root.setAttribute('height', String(Math.ceil(y)));
  root.setAttribute('viewBox', `0 0 ${WIDTH} ${Math.ceil(y)}`);
  background.setAttribute('height', String(Math.ceil(y)));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
}

/** Rasterises an SVG document (as text) to PNG at `scale` × its size. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(img.naturalWidth * scale);
    canvas.height = Math.round(img.naturalHeight * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers a file to the user as a download. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
