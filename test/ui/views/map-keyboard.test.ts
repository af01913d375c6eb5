/** Arrow-key movement between the units of the map. */
import { describe, expect, it } from 'vitest';
import { isMapKey, nextStop, type MapStop } from '../../../src/ui/views/map/keyboard.ts';

// A plus of four units around a centre, and one far off to the north-east (y grows downwards).
const STOPS: MapStop[] = [
  { unit: 0, x: 50, y: 50 },
  { unit: 1, x: 50, y: 20 },
  { unit: 2, x: 80, y: 52 },
  { unit: 3, x: 50, y: 85 },
  { unit: 4, x: 15, y: 48 },
  { unit: 5, x: 95, y: 0 },
];

describe('nextStop', () => {
  it('goes to the nearest unit in the direction of the key', () => {
    expect(nextStop(STOPS, 0, 'ArrowUp')).toBe(1);
    expect(nextStop(STOPS, 0, 'ArrowRight')).toBe(2);
    expect(nextStop(STOPS, 0, 'ArrowDown')).toBe(3);
    expect(nextStop(STOPS, 0, 'ArrowLeft')).toBe(4);
  });

  it('prefers a unit straight ahead to a nearer one far to the side', () => {
    // From 1 (50, 20): unit 5 is 45 to the right but 20 up; unit 2 is 30 to the right and 32 down.
    expect(nextStop(STOPS, 1, 'ArrowRight')).toBe(5);
    const stops: MapStop[] = [
      { unit: 0, x: 0, y: 0 },
      { unit: 1, x: 10, y: 9 },
      { unit: 2, x: 20, y: 1 },
    ];
    expect(nextStop(stops, 0, 'ArrowRight')).toBe(2);
  });

  it('stays put at the edge and for other keys; Home and End go to the first and last unit', () => {
    expect(nextStop(STOPS, 5, 'ArrowUp')).toBeUndefined();
    expect(nextStop(STOPS, 5, 'ArrowRight')).toBeUndefined();
    expect(nextStop(STOPS, 0, 'Enter')).toBeUndefined();
    expect(nextStop(STOPS, 99, 'ArrowUp')).toBeUndefined();
    expect(nextStop(STOPS, 3, 'Home')).toBe(0);
    expect(nextStop(STOPS, 3, 'End')).toBe(5);
    expect(nextStop([], 0, 'Home')).toBeUndefined();
  });

  it('names the keys the map keeps for itself', () => {
    for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']) expect(isMapKey(key)).toBe(true);
    for (const key of ['Enter', ' ', 'Tab', '+', 'Escape']) expect(isMapKey(key)).toBe(false);
  });
});
