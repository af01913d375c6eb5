/** Discrete-event calendar with a simulated clock: time is whole days since the scenario start. */

/**
 * Events run in order of day, then phase, then insertion. Phases order what happens within one day
 * (arrivals before Zuweisung before recording), so a run never depends on wall time or on object order.
 */
export type Handler = (day: number) => void;

/**
 * A recurring handler: a function of a module, given the state of the run it serves. Not a closure made per run: V8
 * keeps the optimised code of a function from one run to the next, while code that calls a fresh closure each run is
 * thrown away and compiled again (for the six-year benchmark this halved the time of a run).
 */
export type StepHandler<C> = (ctx: C, day: number) => void;

interface Bucket {
  /** handlers per phase, in insertion order */
  byPhase: Handler[][];
}

export class Calendar {
  private readonly buckets: (Bucket | undefined)[];
  private current = 0;
  private running = false;
  /** Delayed callbacks scheduled in milliseconds of simulated time (for XState's clock). */
  private readonly timers = new Map<number, { day: number; fn: () => void }>();
  private nextTimerId = 1;

  constructor(
    /** Number of simulated days; events at or after it are dropped. */
    readonly horizon: number,
    readonly phases: number,
  ) {
    this.buckets = new Array<Bucket | undefined>(horizon);
  }

  /** The current simulated day. */
  get day(): number {
    return this.current;
  }

  /** Schedules `fn` at `day` in `phase`; days past the horizon are ignored (the run ends before). */
  at(day: number, phase: number, fn: Handler): void {
    const d = Math.max(day, this.current) | 0;
    if (d >= this.horizon) return;
    let b = this.buckets[d];
    if (!b) {
      b = { byPhase: Array.from({ length: this.phases }, () => []) };
      this.buckets[d] = b;
    }
    (b.byPhase[phase] ?? []).push(fn);
  }

  /** Schedules `fn(ctx, day)` every day from `from` (inclusive) in `phase`. */
  daily<C>(from: number, phase: number, fn: StepHandler<C>, ctx: C): void {
    const step = (day: number): void => {
      fn(ctx, day);
      this.at(day + 1, phase, step);
    };
    this.at(from, phase, step);
  }

  /**
   * A clock for XState actors (`createActor(machine, { clock })`): delays are simulated milliseconds,
   * one day = 86,400,000 ms, rounded up to whole days, executed in the given phase.
   */
  xstateClock(phase: number): { setTimeout(fn: () => void, ms: number): number; clearTimeout(id: number): void } {
    return {
      setTimeout: (fn, ms) => {
        const id = this.nextTimerId++;
        const day = this.current + Math.max(1, Math.ceil(ms / DAY_MS));
        this.timers.set(id, { day, fn });
        this.at(day, phase, () => {
          const t = this.timers.get(id);
          if (t) {
            this.timers.delete(id);
            t.fn();
          }
        });
        return id;
      },
      clearTimeout: (id) => {
        this.timers.delete(id);
      },
    };
  }

  /** Runs all days up to the horizon; `onDayEnd(ctx, day)`, if given, is called after the last phase of each day. */
  run(): void;
  run<C>(onDayEnd: StepHandler<C>, ctx: C): void;
  run<C>(onDayEnd?: StepHandler<C>, ctx?: C): void {
    if (this.running) throw new Error('Calendar already running');
    this.running = true;
    for (let d = 0; d < this.horizon; d++) {
      this.current = d;
      const b = this.buckets[d];
      if (b) {
        for (let p = 0; p < this.phases; p++) {
          const list = b.byPhase[p];
          if (!list) continue;
          // Handlers may append to the same phase of the same day; the loop picks them up.
          for (let i = 0; i < list.length; i++) (list[i] as Handler)(d);
        }
        this.buckets[d] = undefined;
      }
      onDayEnd?.(ctx as C, d);
    }
    this.running = false;
  }
}

export const DAY_MS = 86_400_000;
