/** Run control: idle → running ⇄ paused → finished; step, speed, jump, reset — over the days the engine has computed. */
import { assign, setup } from 'xstate';

/** Playback speeds in simulated days per second of wall time. */
export const SPEEDS = [1, 2, 7, 14, 30] as const;

export interface RunControlContext {
  /** Simulated day under the cursor, fractional while playing (for smooth motion). */
  position: number;
  /** Days with data (grows while the engine streams). */
  available: number;
  /** Days of the scenario. */
  total: number;
  /** Index into SPEEDS. */
  speedIndex: number;
}

export type RunControlEvent =
  | { type: 'data.started'; total: number }
  | { type: 'data.progress'; available: number }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'toggle' }
  | { type: 'tick'; ms: number }
  | { type: 'step'; days: number }
  | { type: 'seek'; day: number }
  | { type: 'speed.set'; index: number }
  | { type: 'speed.faster' }
  | { type: 'speed.slower' }
  | { type: 'reset' };

const clampDay = (c: RunControlContext, day: number): number => Math.max(0, Math.min(day, Math.max(0, c.available - 1)));

export const runControlMachine = setup({
  types: { context: {} as RunControlContext, events: {} as RunControlEvent },
  guards: {
    atEnd: ({ context }) => context.total > 0 && context.position >= context.total - 1,
    hasData: ({ context }) => context.available > 0,
  },
  actions: {
    start: assign(({ event }) => {
      const e = event as Extract<RunControlEvent, { type: 'data.started' }>;
      return { position: 0, available: 0, total: e.total };
    }),
    progress: assign(({ event }) => ({ available: (event as Extract<RunControlEvent, { type: 'data.progress' }>).available })),
    advance: assign(({ context, event }) => {
      const ms = (event as Extract<RunControlEvent, { type: 'tick' }>).ms;
      const speed = SPEEDS[context.speedIndex] ?? 1;
      // Never run ahead of the data the engine has delivered.
      const limit = Math.max(0, context.available - 1);
      return { position: Math.min(limit, context.position + (speed * Math.min(ms, 250)) / 1000) };
    }),
    step: assign(({ context, event }) => ({
      position: clampDay(context, Math.floor(context.position) + (event as Extract<RunControlEvent, { type: 'step' }>).days),
    })),
    seek: assign(({ context, event }) => ({
      position: clampDay(context, Math.round((event as Extract<RunControlEvent, { type: 'seek' }>).day)),
    })),
    rewind: assign({ position: 0 }),
    speed: assign(({ context, event }) => {
      const e = event as RunControlEvent;
      const idx =
        e.type === 'speed.set' ? e.index : e.type === 'speed.faster' ? context.speedIndex + 1 : context.speedIndex - 1;
      return { speedIndex: Math.max(0, Math.min(SPEEDS.length - 1, idx)) };
    }),
  },
}).createMachine({
  id: 'runControl',
  context: { position: 0, available: 0, total: 0, speedIndex: 2 },
  initial: 'idle',
  on: {
    'data.started': { target: '.paused', actions: 'start' },
    'data.progress': { actions: 'progress' },
    'speed.set': { actions: 'speed' },
    'speed.faster': { actions: 'speed' },
    'speed.slower': { actions: 'speed' },
  },
  states: {
    idle: {},
    paused: {
      on: {
        play: { target: 'running', guard: 'hasData' },
        toggle: { target: 'running', guard: 'hasData' },
        step: { actions: 'step' },
        seek: { actions: 'seek' },
        reset: { actions: 'rewind' },
      },
    },
    running: {
      always: { target: 'finished', guard: 'atEnd' },
      on: {
        pause: 'paused',
        toggle: 'paused',
        tick: { actions: 'advance' },
        step: { target: 'paused', actions: 'step' },
        seek: { actions: 'seek' },
        reset: { target: 'paused', actions: 'rewind' },
      },
    },
    finished: {
      on: {
        play: { target: 'running', actions: 'rewind' },
        toggle: { target: 'running', actions: 'rewind' },
        step: { target: 'paused', actions: 'step' },
        seek: { target: 'paused', actions: 'seek' },
        reset: { target: 'paused', actions: 'rewind' },
      },
    },
  },
});
