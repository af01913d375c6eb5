/** Households as struct-of-arrays in growable typed arrays: no object per person, no event per person per day. */

// Attributes drawn on arrival, facts about the household rather than legal states (those are states of the
// household chart, machines/haushalt.ts), and one note for the agenda.
export const FLAG_PROTECT = 1; // the BAMF decision will grant protection
export const FLAG_SAFE = 2; // national of a sicherer Herkunftsstaat
export const FLAG_FORWARD = 4; // will be forwarded to another Land
export const FLAG_MOVEOUT = 8; // the search for a flat is on the agenda

export class Households {
  count = 0;
  size: Uint8Array;
  state: Uint8Array;
  unit: Int16Array;
  type: Int8Array;
  flags: Uint8Array;
  arrival: Int32Array;

  constructor(initial = 1024) {
    this.size = new Uint8Array(initial);
    this.state = new Uint8Array(initial);
    this.unit = new Int16Array(initial);
    this.type = new Int8Array(initial);
    this.flags = new Uint8Array(initial);
    this.arrival = new Int32Array(initial);
  }

  /** Adds a household and returns its index. */
  add(size: number, state: number, arrival: number): number {
    if (this.count === this.size.length) this.grow();
    const h = this.count++;
    this.size[h] = size;
    this.state[h] = state;
    this.unit[h] = -1;
    this.type[h] = -1;
    this.flags[h] = 0;
    this.arrival[h] = arrival;
    return h;
  }

  private grow(): void {
    const n = this.size.length * 2;
    const g = <T extends Uint8Array | Int8Array | Int16Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.size = g(this.size, (k) => new Uint8Array(k));
    this.state = g(this.state, (k) => new Uint8Array(k));
    this.unit = g(this.unit, (k) => new Int16Array(k));
    this.type = g(this.type, (k) => new Int8Array(k));
    this.flags = g(this.flags, (k) => new Uint8Array(k));
    this.arrival = g(this.arrival, (k) => new Int32Array(k));
  }
}

/**
 * Household events by day, packed as kind·2^24 + household in plain arrays (small integers, no closures).
 * Used for the few moments in a household's life when something happens to it.
 */
export class HouseholdAgenda {
  private readonly days: (number[] | undefined)[];
  constructor(readonly horizon: number) {
    this.days = new Array<number[] | undefined>(horizon);
  }
  schedule(day: number, kind: number, h: number): void {
    // Days are whole: a fractional day (e.g. from a fractional maxDays) falls on the day it begins.
    const d = Math.max(0, Math.floor(day));
    if (d >= this.horizon) return;
    let list = this.days[d];
    if (!list) {
      list = [];
      this.days[d] = list;
    }
    list.push(kind * 16777216 + h);
  }
  /** Takes the list of a day (it may still grow while being processed). */
  take(day: number): number[] | undefined {
    return this.days[day];
  }
  clear(day: number): void {
    this.days[day] = undefined;
  }
}
