/** Run control: idle → paused ⇄ running → finished; step, speed, seek, rewind — over the days the engine has computed. */
import { assertEvent, assign, setup } from 'xstate';
import { animationFrames, createTicker, type TickEvent } from './ticker.ts';

/** Playback speeds in simulated days per second of wall time. */
export const SPEEDS = [1, 2, 7, 14, 30] as const;

/** The longest frame counted: after a stall (tab in the background) playback resumes instead of jumping ahead. */
const MAX_FRAME_MS = 250;

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
  | { type: 'playback.play' }
  | { type: 'playback.pause' }
  | { type: 'playback.toggle' }
  | TickEvent
  | { type: 'cursor.step'; days: number }
  | { type: 'cursor.rewind' }
  // Sent by the views (timeline, scenario) under this name.
  | { type: 'cursor.seek'; day: number }
  | { type: 'speed.set'; index: number }
  | { type: 'speed.faster' }
  | { type: 'speed.slower' };

/** The last day with data: playback and the cursor never go beyond it. */
const lastDay = (c: RunControlContext): number => Math.max(0, c.available - 1);
const clampDay = (c: RunControlContext, day: number): number => Math.max(0, Math.min(day, lastDay(c)));
const clampSpeed = (index: number): number => Math.max(0, Math.min(SPEEDS.length - 1, index));

/** The cursor after `ms` of playback at the current speed, held at the last day delivered so far. */
function advance(c: RunControlContext, ms: number): number {
  const speed = SPEEDS[c.speedIndex] ?? 1;
  return Math.min(lastDay(c), c.position + (speed * Math.min(ms, MAX_FRAME_MS)) / 1000);
}

export const runControlMachine = setup({
  types: { context: {} as RunControlContext, events: {} as RunControlEvent },
  actors: { ticker: createTicker(animationFrames) },
  guards: {
    atEnd: ({ context }) => context.total > 0 && context.position >= context.total - 1,
    hasData: ({ context }) => context.available > 0,
  },
  actions: {
    start: assign(({ event }) => {
      assertEvent(event, 'data.started');
      return { position: 0, available: 0, total: event.total };
    }),
    progress: assign(({ event }) => {
      assertEvent(event, 'data.progress');
      return { available: event.available };
    }),
    advance: assign(({ context, event }) => {
      assertEvent(event, 'playback.tick');
      return { position: advance(context, event.ms) };
    }),
    step: assign(({ context, event }) => {
      assertEvent(event, 'cursor.step');
      return { position: clampDay(context, Math.floor(context.position) + event.days) };
    }),
    seek: assign(({ context, event }) => {
      assertEvent(event, 'cursor.seek');
      return { position: clampDay(context, Math.round(event.day)) };
    }),
    rewind: assign({ position: 0 }),
    setSpeed: assign(({ event }) => {
      assertEvent(event, 'speed.set');
      return { speedIndex: clampSpeed(event.index) };
    }),
    faster: assign(({ context }) => ({ speedIndex: clampSpeed(context.speedIndex + 1) })),
    slower: assign(({ context }) => ({ speedIndex: clampSpeed(context.speedIndex - 1) })),
  },
}).createMachine({
  id: 'runControl',
  context: { position: 0, available: 0, total: 0, speedIndex: 2 },
  initial: 'idle',
  on: {
    'data.started': { target: '.paused', actions: 'start' },
    'data.progress': { actions: 'progress' },
    'speed.set': { actions: 'setSpeed' },
    'speed.faster': { actions: 'faster' },
    'speed.slower': { actions: 'slower' },
  },
  states: {
    idle: {},
    paused: {
      on: {
        'playback.play': { target: 'running', guard: 'hasData' },
        'playback.toggle': { target: 'running', guard: 'hasData' },
        'cursor.step': { guard: 'hasData', actions: 'step' },
        'cursor.rewind': { guard: 'hasData', actions: 'rewind' },
        'cursor.seek': { guard: 'hasData', actions: 'seek' },
      },
    },
    running: {
      // The ticker lives exactly as long as this state: leaving it runs the ticker's cleanup.
      invoke: { id: 'ticker', src: 'ticker' },
      always: { target: 'finished', guard: 'atEnd' },
      on: {
        'playback.pause': 'paused',
        'playback.toggle': 'paused',
        'playback.tick': { actions: 'advance' },
        'cursor.step': { target: 'paused', actions: 'step' },
        'cursor.rewind': { target: 'paused', actions: 'rewind' },
        'cursor.seek': { actions: 'seek' },
      },
    },
    finished: {
      on: {
        'playback.play': { target: 'running', actions: 'rewind' },
        'playback.toggle': { target: 'running', actions: 'rewind' },
        'cursor.step': { target: 'paused', actions: 'step' },
        'cursor.rewind': { target: 'paused', actions: 'rewind' },
        'cursor.seek': { target: 'paused', actions: 'seek' },
      },
    },
  },
});
