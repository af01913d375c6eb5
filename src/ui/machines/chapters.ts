/**
 * The chapter player of the lecturer mode: which script and chapter is on, and where the chapter stands —
 * preparing (its run and view are being set up), running (the lecturer plays it), question (it reached its end
 * date: playback pauses and the prompt shows) — and the end of the script. What "set up" and "pause" mean is
 * supplied by the app through `provide` (view, unit, speed, cursor of the run control).
 */
import { assertEvent, assign, setup } from 'xstate';
import type { ChapterScript } from '../views/vortrag/script.ts';

export interface ChapterContext {
  script: ChapterScript | null;
  /** Index of the current chapter (0-based). */
  index: number;
}

export type ChapterEvent =
  /** Opens a script at its first chapter, or at `index` (a chapter it has, e.g. from the URL). */
  | { type: 'script.load'; script: ChapterScript; index?: number }
  | { type: 'script.close' }
  | { type: 'chapter.goto'; index: number }
  | { type: 'chapter.next' }
  | { type: 'chapter.previous' }
  /** The run holds the chapter's scenario and has computed its first day. */
  | { type: 'run.ready' }
  /** The cursor has reached the chapter's last day. */
  | { type: 'run.reachedEnd' };

const count = (c: ChapterContext): number => c.script?.chapters.length ?? 0;

export const chapterMachine = setup({
  types: { context: {} as ChapterContext, events: {} as ChapterEvent },
  actions: {
    /** Shows the chapter: its view and unit, its speed; the run control is paused. Supplied by the app. */
    applyChapter: () => {},
    /** Puts the cursor on the chapter's first day. Supplied by the app. */
    seekStart: () => {},
    /** Pauses playback on the chapter's last day. Supplied by the app. */
    pause: () => {},
  },
  guards: {
    validIndex: ({ context, event }) => {
      assertEvent(event, 'chapter.goto');
      return Number.isInteger(event.index) && event.index >= 0 && event.index < count(context);
    },
    hasNext: ({ context }) => context.index + 1 < count(context),
    hasPrevious: ({ context }) => context.index > 0,
  },
}).createMachine({
  id: 'chapters',
  context: { script: null, index: 0 },
  initial: 'off',
  on: {
    'script.load': {
      target: '.chapter',
      reenter: true,
      actions: assign(({ event }) => {
        const i = event.index ?? 0;
        return { script: event.script, index: Number.isInteger(i) && i >= 0 && i < event.script.chapters.length ? i : 0 };
      }),
    },
    'script.close': { target: '.off', actions: assign({ script: null, index: 0 }) },
  },
  states: {
    off: {},
    chapter: {
      initial: 'preparing',
      entry: 'applyChapter',
      on: {
        'chapter.goto': { target: 'chapter', reenter: true, guard: 'validIndex', actions: assign(({ event }) => ({ index: event.index })) },
        'chapter.next': [
          { target: 'chapter', reenter: true, guard: 'hasNext', actions: assign(({ context }) => ({ index: context.index + 1 })) },
          { target: 'finished' },
        ],
        'chapter.previous': { target: 'chapter', reenter: true, guard: 'hasPrevious', actions: assign(({ context }) => ({ index: context.index - 1 })) },
      },
      states: {
        preparing: {
          on: { 'run.ready': { target: 'running', actions: 'seekStart' } },
        },
        running: {
          on: { 'run.reachedEnd': { target: 'question', actions: 'pause' } },
        },
        question: {},
      },
    },
    finished: {
      on: {
        'chapter.goto': { target: 'chapter', guard: 'validIndex', actions: assign(({ event }) => ({ index: event.index })) },
        'chapter.previous': { target: 'chapter', actions: assign(({ context }) => ({ index: Math.max(0, count(context) - 1) })) },
      },
    },
  },
});
