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
 * Household events by day, packed as kind·2^24 + household: one linked list per day in typed arrays (no array or
 * closure per day or event). Used for the few moments in a household's life when something happens to it; the
 * entries of a day are reused once the day is cleared.
 */
export class HouseholdAgenda {
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  /**
   * Entry e's packed event at [2e], the next entry of its day at [2e + 1]: side by side, since reused entries lie
   * scattered and a day's list is read one entry after another.
   */
  private entries = new Int32Array(2 * 4096);
  /** Entries in use or on the free list so far. */
  private used = 0;
  /** First entry of the free list, −1 if empty. */
  private free = -1;

  constructor(readonly horizon: number) {
    this.head = new Int32Array(horizon).fill(-1);
    this.tail = new Int32Array(horizon).fill(-1);
  }

  schedule(day: number, kind: number, h: number): void {
    // Days are whole: a fractional day (e.g. from a fractional maxDays) falls on the day it begins.
    const d = Math.max(0, Math.floor(day));
    if (d >= this.horizon) return;
    let e = this.free;
    if (e >= 0) this.free = this.entries[2 * e + 1] as number;
    else {
      if (2 * this.used === this.entries.length) this.grow();
      e = this.used++;
    }
    this.entries[2 * e] = kind * 16777216 + h;
    this.entries[2 * e + 1] = -1;
    const t = this.tail[d] as number;
    if (t >= 0) this.entries[2 * t + 1] = e;
    else this.head[d] = e;
    this.tail[d] = e;
  }

  /** The first entry of a day, −1 if none. Entries scheduled for the day while it is processed come at its end. */
  first(day: number): number {
    return this.head[day] as number;
  }

  /** The entry after e on its day, −1 at the end. */
  next(e: number): number {
    return this.entries[2 * e + 1] as number;
  }

  /** The packed event (kind·2^24 + household) of entry e. */
  value(e: number): number {
    return this.entries[2 * e] as number;
  }

  /** The packed events of a day in order, undefined if none. */
  take(day: number): number[] | undefined {
    if ((this.head[day] as number) < 0) return undefined;
    const out: number[] = [];
    for (let e = this.head[day] as number; e >= 0; e = this.next(e)) out.push(this.value(e));
    return out;
  }

  /** Forgets a day's events; their entries serve later days. */
  clear(day: number): void {
    const h = this.head[day] as number;
    if (h < 0) return;
    this.entries[2 * (this.tail[day] as number) + 1] = this.free;
    this.free = h;
    this.head[day] = -1;
    this.tail[day] = -1;
  }

  private grow(): void {
    const e = new Int32Array(this.entries.length * 2);
    e.set(this.entries);
    this.entries = e;
  }
}
