/** The household agenda: events of a day in order of scheduling, also those added while the day is processed. */
import { describe, expect, it } from 'vitest';
import { HouseholdAgenda } from '../../src/engine/model/households.ts';

/** The events of a day as [kind, household], walking the list as the run does (it may grow meanwhile). */
function walk(a: HouseholdAgenda, day: number, onEach?: (kind: number, h: number) => void): [number, number][] {
  const out: [number, number][] = [];
  for (let e = a.first(day); e >= 0; e = a.next(e)) {
    const x = a.value(e);
    const kind = Math.floor(x / 16777216);
    const h = x % 16777216;
    out.push([kind, h]);
    onEach?.(kind, h);
  }
  return out;
}

describe('HouseholdAgenda', () => {
  it('keeps the events of each day in the order they were scheduled; days past the horizon are dropped', () => {
    const a = new HouseholdAgenda(10);
    a.schedule(3, 1, 7);
    a.schedule(5, 2, 8);
    a.schedule(3.6, 4, 9); // a fractional day falls on the day it begins
    a.schedule(10, 1, 1);
    a.schedule(-2, 5, 2); // before the start: day 0
    expect(walk(a, 3)).toEqual([
      [1, 7],
      [4, 9],
    ]);
    expect(a.take(5)).toEqual([2 * 16777216 + 8]);
    expect(walk(a, 0)).toEqual([[5, 2]]);
    expect(a.take(9)).toBeUndefined();
    expect(a.first(9)).toBe(-1);
  });

  it('takes events scheduled for the day while it is processed at its end', () => {
    const a = new HouseholdAgenda(5);
    a.schedule(2, 1, 1);
    a.schedule(2, 1, 2);
    const seen = walk(a, 2, (kind, h) => {
      if (kind === 1) a.schedule(2, 3, h + 10);
    });
    expect(seen).toEqual([
      [1, 1],
      [1, 2],
      [3, 11],
      [3, 12],
    ]);
  });

  it('reuses the entries of a cleared day for later days without mixing days', () => {
    const a = new HouseholdAgenda(100);
    for (let h = 0; h < 5000; h++) a.schedule(1 + (h % 3), 1, h);
    a.clear(1);
    expect(a.take(1)).toBeUndefined();
    for (let h = 0; h < 3000; h++) a.schedule(50, 2, h);
    expect(walk(a, 50).map(([, h]) => h)).toEqual(Array.from({ length: 3000 }, (_, h) => h));
    expect(walk(a, 2).map(([, h]) => h)).toEqual(Array.from({ length: 1667 }, (_, i) => 1 + 3 * i));
    expect(walk(a, 3).every(([kind, h]) => kind === 1 && h % 3 === 2)).toBe(true);
  });
});
