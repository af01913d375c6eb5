/** Finding the figure of the view on screen and its legend: the map, the Bewegung canvas, or the view's charts. */
import type { Lang } from '../i18n/index.ts';
import { diffColour, formatDiff, type DiffMeasure } from '../views/map/difference.ts';
import { MAP_MESSAGES } from '../views/map/messages.ts';
import { NO_PLACES_COLOUR, occupancyColour } from '../views/map/scale.ts';
import { formatPercent } from '../format.ts';
import type { FigureSource, LegendEntry } from './figure.ts';

export interface ViewFigure {
  readonly source: FigureSource;
  readonly legendTitle?: string;
  readonly legend: readonly LegendEntry[];
  /** The view's own heading, a title when no chapter names the figure. */
  readonly heading: string;
  /** For the file name. */
  readonly slug: string;
}

/** The map's occupancy scale as discrete swatches. */
function mapLegend(lang: Lang): LegendEntry[] {
  const m = MAP_MESSAGES[lang];
  return [
    ...[0, 0.25, 0.5, 0.75, 1].map((v) => ({ colour: occupancyColour(v), label: formatPercent(lang, v) })),
    { colour: occupancyColour(1.25), label: m.over, hatched: true },
    { colour: NO_PLACES_COLOUR, label: m.noPlaces },
  ];
}

/** The map's difference scale ("Was wäre wenn") as swatches from −extent to +extent, as the legend on screen spans it. */
function diffLegend(lang: Lang, measure: DiffMeasure, extent: number): LegendEntry[] {
  const m = MAP_MESSAGES[lang];
  return [
    ...[-1, -0.5, 0, 0.5, 1].map((t) => ({ colour: diffColour(t * extent, extent), label: formatDiff(lang, measure, t * extent, m.diffUnit[measure]) })),
    { colour: NO_PLACES_COLOUR, label: m.noDiff },
  ];
}

/** Legend entries written in the page as a swatch and a text (charts, Bewegung). */
function htmlLegend(root: Element): LegendEntry[] {
  const seen = new Set<string>();
  const out: LegendEntry[] = [];
  for (const swatch of root.querySelectorAll<HTMLElement>('.chart-legend .swatch, .movement-legend .swatch')) {
    const label = (swatch.parentElement?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const colour = getComputedStyle(swatch).backgroundColor;
    if (!label || seen.has(label)) continue;
    seen.add(label);
    out.push({ colour, label });
  }
  return out;
}

const text = (e: Element | null | undefined): string => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The figure in a view element, or null when the view shows none (e.g. the scenario form). */
export function figureOfView(view: Element, lang: Lang): ViewFigure | null {
  const map = view.querySelector<SVGSVGElement>('svg.map-svg');
  const diff = view.querySelector<HTMLElement>('.map-legend-diff');
  if (map && diff) {
    const measure: DiffMeasure = diff.dataset.measure === 'personen' ? 'personen' : 'belegung';
    return {
      source: { kind: 'svg', parts: [{ svg: map }] },
      legendTitle: MAP_MESSAGES[lang].diffLegendTitle(MAP_MESSAGES[lang].diffUnit[measure]),
      legend: diffLegend(lang, measure, Number(diff.dataset.extent) || 1),
      heading: text(view.querySelector('.map-heading')).split(' · ')[0] ?? '',
      slug: 'karte-differenz',
    };
  }
  if (map) {
    return {
      source: { kind: 'svg', parts: [{ svg: map }] },
      legendTitle: MAP_MESSAGES[lang].legendTitle,
      legend: mapLegend(lang),
      heading: text(view.querySelector('.map-heading')).split(' · ')[0] ?? '',
      slug: 'karte',
    };
  }
  const canvas = view.querySelector<HTMLCanvasElement>('canvas.movement-canvas');
  if (canvas) {
    return { source: { kind: 'canvas', canvas }, legend: htmlLegend(view), heading: lang === 'de' ? 'Bewegung' : 'Movement', slug: 'bewegung' };
  }
  // Charts: each figure's main drawing with its caption.
  const parts = [...view.querySelectorAll<HTMLElement>('figure.chart')].flatMap((f) => {
    const svg = f.querySelector<SVGSVGElement>(':scope > svg');
    if (!svg) return [];
    const caption = f.querySelector('figcaption');
    const hint = caption?.querySelector('.tl-hint');
    const full = text(caption);
    return [{ svg, caption: hint ? full.replace(text(hint), '').trim() : full }];
  });
  if (parts.length > 0) return { source: { kind: 'svg', parts }, legend: htmlLegend(view), heading: parts[0]!.caption ?? '', slug: 'diagramm' };
  // Anything else drawn in SVG (the Sankey diagram of Flüsse): the largest drawing.
  const svgs = [...view.querySelectorAll<SVGSVGElement>('svg')].filter((s) => s.getBoundingClientRect().width > 200);
  const largest = svgs.sort((a, b) => b.getBoundingClientRect().width * b.getBoundingClientRect().height - a.getBoundingClientRect().width * a.getBoundingClientRect().height)[0];
  if (largest) return { source: { kind: 'svg', parts: [{ svg: largest }] }, legend: htmlLegend(view), heading: text(view.querySelector('h2')), slug: 'fluesse' };
  return null;
}
