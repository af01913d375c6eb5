/** Keyboard movement on the map: which unit an arrow key leads to from the focused one. */

/** A unit that takes keyboard focus, at its anchor in map coordinates (y grows downwards). */
export interface MapStop {
  readonly unit: number;
  readonly x: number;
  readonly y: number;
}

const DIRECTIONS: Record<string, readonly [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/** Sideways distance counts this many times the distance ahead, so that a key keeps to its direction. */
const SIDEWAYS_WEIGHT = 2;

/**
 * The unit an arrow key moves to: the nearest one lying ahead in the key's direction (sideways distance weighted),
 * the first or last for Home and End. `undefined` when the key is no map key or nothing lies ahead.
 */
export function nextStop(stops: readonly MapStop[], from: number, key: string): number | undefined {
  if (key === 'Home') return stops[0]?.unit;
  if (key === 'End') return stops[stops.length - 1]?.unit;
  const dir = DIRECTIONS[key];
  const here = stops.find((s) => s.unit === from);
  if (!dir || !here) return undefined;
  let best: MapStop | undefined;
  let bestScore = Infinity;
  for (const s of stops) {
    if (s.unit === from) continue;
    const dx = s.x - here.x;
    const dy = s.y - here.y;
    const ahead = dx * dir[0] + dy * dir[1];
    if (ahead <= 0) continue;
    const score = ahead + SIDEWAYS_WEIGHT * Math.abs(dx * dir[1] - dy * dir[0]);
    if (score < bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best?.unit;
}

/** Keys the map handles itself while one of its units has focus. */
export function isMapKey(key: string): boolean {
  return key in DIRECTIONS || key === 'Home' || key === 'End';
}
