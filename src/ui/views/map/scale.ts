/** Colours of the map: occupancy 0–100 % on a colour-blind-safe sequential scale, over 100 % on a distinct one. */
import { interpolateOrRd, interpolateYlGnBu } from 'd3';

/** Upper end of the over-capacity scale (150 %); higher values get its darkest colour. */
export const OVER_MAX = 1.5;
/** Units without regular places and without persons. */
export const NO_PLACES_COLOUR = '#d9d9d9';

/** Fill for an occupancy share (1 = 100 %): YlGnBu (without its darkest tenth, so 80 % and 95 % stay apart) up to 100 %, OrRd above, grey for NaN. */
export function occupancyColour(share: number): string {
  if (Number.isNaN(share)) return NO_PLACES_COLOUR;
  if (share <= 1) return interpolateYlGnBu(0.06 + 0.84 * Math.max(0, share));
  const t = Math.min(1, (share - 1) / (OVER_MAX - 1));
  return interpolateOrRd(0.4 + 0.6 * t);
}

/** Over capacity: more persons than regular places (also persons without any regular place). */
export function isOver(share: number): boolean {
  return share > 1;
}
