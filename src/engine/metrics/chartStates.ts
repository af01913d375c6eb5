/**
 * Persons per state of the household chart, sampled every four weeks: what the trainee's chart view shows during a run.
 * Sampled rather than kept per day, and only over households still in the system: one that has left is counted
 * once, in the state in which it left, and never visited again.
 */
import type { TransitionTable } from '../machines/table.ts';

/** Days between two samples. */
export const CHART_SAMPLE_DAYS = 28;

export interface ChartStateCounts {
  /** The compiled chart states (`CompiledState.key`, the active path of each region joined by "|"). */
  readonly states: readonly string[];
  /** The sampled days (every CHART_SAMPLE_DAYS-th day from 0, and the last day), ascending. */
  readonly days: Int32Array;
  /** Persons in state s at the end of sample i: persons[i · states.length + s]. */
  readonly persons: Int32Array;
}

export class ChartStateRecorder {
  private readonly S: number;
  private readonly days: number[] = [];
  private readonly rows: Int32Array[] = [];
  /** Persons who have left, by the state in which they left. */
  private readonly settled: Int32Array;
  /** Households not yet seen to have left, and how many households the last sample knew. */
  private live = new Int32Array(1024);
  private liveCount = 0;
  private known = 0;

  constructor(
    private readonly table: TransitionTable,
    private readonly lastDay: number,
  ) {
    this.S = table.states.length;
    this.settled = new Int32Array(this.S);
  }

  /** Counts the households' persons by state, on sample days only. */
  sample(day: number, count: number, state: Uint8Array, size: Uint8Array): void {
    if (day % CHART_SAMPLE_DAYS !== 0 && day !== this.lastDay) return;
    if (this.liveCount + count - this.known > this.live.length) {
      const grown = new Int32Array(Math.max(2 * this.live.length, this.liveCount + count - this.known));
      grown.set(this.live.subarray(0, this.liveCount));
      this.live = grown;
    }
    for (let h = this.known; h < count; h++) this.live[this.liveCount++] = h;
    this.known = count;
    const gone = this.table.isGone;
    const live = this.live;
    const settled = this.settled;
    const row = new Int32Array(this.S);
    let kept = 0;
    for (let i = 0, n = this.liveCount; i < n; i++) {
      const h = live[i]!;
      const st = state[h]!;
      if (gone[st] === 1) settled[st] += size[h]!;
      else {
        row[st] += size[h]!;
        live[kept++] = h;
      }
    }
    this.liveCount = kept;
    for (let s = 0; s < this.S; s++) row[s] += this.settled[s]!;
    this.days.push(day);
    this.rows.push(row);
  }

  result(): ChartStateCounts {
    const persons = new Int32Array(this.rows.length * this.S);
    this.rows.forEach((r, i) => persons.set(r, i * this.S));
    return { states: this.table.states.map((s) => s.key), days: Int32Array.from(this.days), persons };
  }
}
