/** Colours of the Flüsse view: sites in warm tones, Kreise by Regierungsbezirk (blue Darmstadt, green Gießen, purple Kassel). */
import { interpolateBlues, interpolateGreens, interpolatePurples, schemeTableau10 } from 'd3';
import type { RunData } from '../../data/runData.ts';
import { KREISINTERN_COLOUR } from '../flowColours.ts';
import type { FlowLinkKind, FlowNodeKind } from './sankeyData.ts';

const SITE_COLOURS = ['#b5470b', '#d98a0b', '#8c3b12', '#c9642b', '#a86d00', '#e0a458', '#7a4b1e', '#cc5a3d'];

const AGGREGATE_COLOURS: Partial<Record<FlowNodeKind, string>> = {
  initial: '#a39e93',
  direct: '#8a7d6b',
  stock: '#c4bfb5',
  notunterkunft: KREISINTERN_COLOUR,
  gemeinden: '#2a7f62',
  kreisUnterkunft: '#4f6d8a',
  abgaenge: '#8b8b86',
};

/** Regierungsbezirk of a Hessian Kreis AGS (064 Darmstadt, 065 Gießen, 066 Kassel), else null. */
function bezirk(id: string): 0 | 1 | 2 | null {
  const m = /^06([456])\d{2}$/.exec(id);
  return m ? ((Number(m[1]) - 4) as 0 | 1 | 2) : null;
}

const RAMPS = [interpolateBlues, interpolateGreens, interpolatePurples] as const;

/** Colour for every site and Kreis unit index of a run (stable for the run). */
export function unitColours(data: RunData): Map<number, string> {
  const out = new Map<number, string>();
  data.sites.forEach((s, i) => out.set(s, SITE_COLOURS[i % SITE_COLOURS.length]!));
  const groups: number[][] = [[], [], []];
  const other: number[] = [];
  for (const k of data.kreise) {
    const b = bezirk(data.units[k]!.id);
    if (b === null) other.push(k);
    else groups[b]!.push(k);
  }
  groups.forEach((g, b) => {
    const sorted = [...g].sort((x, y) => data.units[x]!.id.localeCompare(data.units[y]!.id));
    sorted.forEach((k, i) => out.set(k, RAMPS[b]!(0.5 + (0.4 * i) / Math.max(1, sorted.length - 1))));
  });
  other.forEach((k, i) => out.set(k, schemeTableau10[i % schemeTableau10.length]!));
  return out;
}

export function aggregateColour(kind: FlowNodeKind): string {
  return AGGREGATE_COLOURS[kind] ?? '#999';
}

/** Stroke of a link: a move within a Kreis in the colour of its kind wherever it runs, any other in its source's colour. */
export function linkColour(kind: FlowLinkKind, sourceColour: string): string {
  return kind === 'kreisintern' ? KREISINTERN_COLOUR : sourceColour;
}
