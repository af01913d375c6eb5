/** Records the exact flows between units that the per-unit series cannot tell apart, one record per (day, kind, from, to). */
import { FLOW_KINDS, type FlowKind, type Flows } from './result.ts';

export class FlowRecorder {
  private day = -1;
  /** The first record of the current day: records merge only within a day, and a day has few. */
  private first = 0;
  count = 0;
  private days = new Int32Array(256);
  private kinds = new Uint8Array(256);
  private froms = new Int32Array(256);
  private tos = new Int32Array(256);
  private persons = new Int32Array(256);

  /** Adds persons moving on a day from unit `from` (−1: from outside) to unit `to`. Days must not decrease. */
  add(day: number, kind: FlowKind, from: number, to: number, n: number): void {
    if (day !== this.day) {
      this.day = day;
      this.first = this.count;
    }
    const k = FLOW_KINDS.indexOf(kind);
    // A scan of the day's records; a Map keyed by (kind, from, to) needed keys beyond 2³¹, one heap number per add.
    for (let j = this.first; j < this.count; j++) {
      if (this.tos[j] === to && this.froms[j] === from && this.kinds[j] === k) {
        this.persons[j] += n;
        return;
      }
    }
    if (this.count === this.days.length) this.grow();
    const i = this.count++;
    this.days[i] = day;
    this.kinds[i] = k;
    this.froms[i] = from;
    this.tos[i] = to;
    this.persons[i] = n;
  }

  /** The records so far (views on the recorder's arrays; valid until the next `add`). */
  view(): Flows {
    const n = this.count;
    return {
      count: n,
      day: this.days.subarray(0, n),
      kind: this.kinds.subarray(0, n),
      from: this.froms.subarray(0, n),
      to: this.tos.subarray(0, n),
      persons: this.persons.subarray(0, n),
    };
  }

  /**
   * Lets go of the records, which the run's result now owns (its views share their memory), and starts afresh with
   * small arrays of the same kinds: the recorder may then outlive its run (see keepShapes in world.ts).
   */
  handOver(): void {
    this.day = -1;
    this.first = 0;
    this.count = 0;
    this.days = new Int32Array(0);
    this.kinds = new Uint8Array(0);
    this.froms = new Int32Array(0);
    this.tos = new Int32Array(0);
    this.persons = new Int32Array(0);
  }

  private grow(): void {
    const m = Math.max(256, this.days.length * 2);
    const g = <A extends Int32Array | Uint8Array>(a: A, make: (n: number) => A): A => {
      const b = make(m);
      b.set(a);
      return b;
    };
    this.days = g(this.days, (n) => new Int32Array(n));
    this.kinds = g(this.kinds, (n) => new Uint8Array(n));
    this.froms = g(this.froms, (n) => new Int32Array(n));
    this.tos = g(this.tos, (n) => new Int32Array(n));
    this.persons = g(this.persons, (n) => new Int32Array(n));
  }
}
