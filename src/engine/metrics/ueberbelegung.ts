/**
 * Overflow a Kreis's occupancy can hide: summed over the Kreis with its Gemeinden, free places in one unit offset
 * crowding in another. These figures name the persons in Notunterkunft and the units over 100 % (one rule, read by
 * every view that shows a Kreis with its Gemeinden).
 */
import type { SeriesKey } from './result.ts';

/** Over 100 %: more persons (Notunterkunft included) than regular places — also persons without any place. */
export function isOverCapacity(present: number, capacity: number): boolean {
  return present > capacity;
}

export interface Ueberbelegung {
  /** Persons in Notunterkunft, summed over the units. */
  readonly notunterkunft: number;
  /** Units over 100 % (`isOverCapacity`). */
  readonly unitsOver: number;
  /** Units looked at. */
  readonly units: number;
}

/** A unit's value of a series on the day looked at (a run's series, or a view's store of them). */
export type UnitValue = (key: Extract<SeriesKey, 'present' | 'capacity' | 'notunterkunft'>, unit: number) => number;

/** Persons in Notunterkunft and units over 100 % among `units` (a Kreis and its Gemeinden) on one day. */
export function ueberbelegung(units: readonly number[], value: UnitValue): Ueberbelegung {
  let notunterkunft = 0;
  let unitsOver = 0;
  for (const u of units) {
    notunterkunft += value('notunterkunft', u);
    if (isOverCapacity(value('present', u), value('capacity', u))) unitsOver++;
  }
  return { notunterkunft, unitsOver, units: units.length };
}
