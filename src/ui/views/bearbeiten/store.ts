/** The draft's history: a scenario changed by recipes whose immer patches (and their inverses) make every edit undoable. Free of React. */
import { applyPatches, enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';
import type { Scenario } from '../../../engine/scenario/schema.ts';

enablePatches();

/** One edit, as immer records it: applying `redo` repeats it, applying `undo` takes it back. */
interface Step {
  readonly redo: readonly Patch[];
  readonly undo: readonly Patch[];
}

export interface DraftSnapshot {
  /** The scenario as edited so far; null before a run with a scenario is on screen. */
  readonly value: Scenario | null;
  /** The scenario the draft started from (the run's, with defaults filled in): what "Verwerfen" goes back to. */
  readonly origin: Scenario | null;
  /** The built-in scenario the draft was made from, if any. */
  readonly base: string | undefined;
  /** Edits made since the draft started (or was reset), less those undone. */
  readonly changes: number;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

const EMPTY: DraftSnapshot = { value: null, origin: null, base: undefined, changes: 0, canUndo: false, canRedo: false };

/** Holds the draft and its history; views subscribe to it. Free of React so that it can be tested and fuzzed alone. */
export class DraftStore {
  private snapshot: DraftSnapshot = EMPTY;
  private past: Step[] = [];
  private future: Step[] = [];
  /** The merge key of the last edit, while it may still be extended. */
  private lastMerge: string | null = null;
  /** The base of the run followed last: the draft's base after "Verwerfen". */
  private originBase: string | undefined;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): DraftSnapshot => this.snapshot;

  /** Starts the draft afresh from a scenario (the run's), forgetting the history. */
  start(origin: Scenario, base: string | undefined): void {
    this.originBase = base;
    this.lastMerge = null;
    this.past = [];
    this.future = [];
    this.set(origin, origin, base);
  }

  /**
   * Follows the run on screen while nothing is edited: a new run's scenario becomes the draft. An edited draft is
   * kept (the user's work is not dropped because another run started); "Verwerfen" goes to the new run then.
   */
  follow(origin: Scenario, base: string | undefined): void {
    if (this.snapshot.origin === origin) return;
    if (this.snapshot.value === null || this.past.length === 0) this.start(origin, base);
    else {
      this.originBase = base;
      this.snapshot = { ...this.snapshot, origin };
    }
  }

  /**
   * Applies an edit; a recipe that changes nothing adds no step. Edits with the same `merge` key in a row (the moves
   * of one pointer stroke, the arrow presses on one month) are one step to undo. Returns whether the draft changed.
   */
  edit(recipe: (draft: Draft<Scenario>) => void, merge?: string): boolean {
    const value = this.snapshot.value;
    if (value === null) return false;
    const [next, redo, undo] = produceWithPatches(value, recipe);
    if (redo.length === 0) return false;
    const last = this.past[this.past.length - 1];
    if (merge !== undefined && merge === this.lastMerge && last) {
      this.past[this.past.length - 1] = { redo: [...last.redo, ...redo], undo: [...undo, ...last.undo] };
    } else this.past.push({ redo, undo });
    this.lastMerge = merge ?? null;
    this.future = [];
    this.set(next, this.snapshot.origin, this.snapshot.base);
    return true;
  }

  undo(): void {
    const step = this.past.pop();
    if (!step || this.snapshot.value === null) return;
    this.lastMerge = null;
    this.future.push(step);
    this.set(applyPatches(this.snapshot.value, step.undo as Patch[]), this.snapshot.origin, this.snapshot.base);
  }

  redo(): void {
    const step = this.future.pop();
    if (!step || this.snapshot.value === null) return;
    this.lastMerge = null;
    this.past.push(step);
    this.set(applyPatches(this.snapshot.value, step.redo as Patch[]), this.snapshot.origin, this.snapshot.base);
  }

  /** "Verwerfen": back to the scenario of the run, with an empty history. */
  reset(): void {
    if (this.snapshot.origin) this.start(this.snapshot.origin, this.originBase);
  }

  private set(value: Scenario, origin: Scenario | null, base: string | undefined): void {
    this.snapshot = { value, origin, base, changes: this.past.length, canUndo: this.past.length > 0, canRedo: this.future.length > 0 };
    for (const l of this.listeners) l();
  }
}
