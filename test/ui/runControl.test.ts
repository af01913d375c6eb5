/** The run-control statechart on a simulated clock: play/pause/step/seek/speed/rewind over the days the engine has delivered. */
import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { runControlMachine, SPEEDS } from '../../src/ui/machines/runControl.ts';
import { createTicker, type FrameSource } from '../../src/ui/machines/ticker.ts';

const FRAME_MS = 10;

/** Frames every FRAME_MS of a simulated clock; counts the frame subscriptions still open. */
function simulatedFrames(clock: SimulatedClock) {
  const open = { count: 0 };
  const frames: FrameSource = (onFrame) => {
    open.count++;
    let last = clock.now();
    let id = clock.setTimeout(function frame() {
      const now = clock.now();
      onFrame(now - last);
      last = now;
      id = clock.setTimeout(frame, FRAME_MS);
    }, FRAME_MS);
    return () => {
      open.count--;
      clock.clearTimeout(id);
    };
  };
  return { frames, open };
}

/** A run control on a simulated clock, with `total` days of which `available` are computed. */
function started(total = 100, available = 100) {
  const clock = new SimulatedClock();
  const { frames, open } = simulatedFrames(clock);
  const machine = runControlMachine.provide({ actors: { ticker: createTicker(frames) } });
  const actor = createActor(machine, { clock }).start();
  actor.send({ type: 'data.started', total });
  actor.send({ type: 'data.progress', available });
  /** Lets `ms` of wall time pass, frame by frame. */
  const wait = (ms: number) => {
    for (let t = 0; t < ms; t += FRAME_MS) clock.increment(FRAME_MS);
  };
  return { actor, clock, open, wait, position: () => actor.getSnapshot().context.position, state: () => actor.getSnapshot().value };
}

describe('run control', () => {
  it('starts idle and cannot play without data', () => {
    const actor = createActor(runControlMachine).start();
    expect(actor.getSnapshot().can({ type: 'playback.play' })).toBe(false);
    actor.send({ type: 'playback.play' });
    expect(actor.getSnapshot().value).toBe('idle');
  });

  it('accepts nothing but speed while a new run has delivered no day yet', () => {
    const { actor } = started(100, 0);
    const s = actor.getSnapshot();
    expect(s.value).toBe('paused');
    expect(s.can({ type: 'playback.toggle' })).toBe(false);
    expect(s.can({ type: 'cursor.step', days: 1 })).toBe(false);
    expect(s.can({ type: 'cursor.rewind' })).toBe(false);
    expect(s.can({ type: 'cursor.seek', day: 3 })).toBe(false);
    expect(s.can({ type: 'speed.faster' })).toBe(true);
  });

  it.each(SPEEDS.map((speed, index) => [speed, index]))('playing advances %i days per second of wall time', (speed, index) => {
    const { actor, wait, position, state } = started();
    actor.send({ type: 'speed.set', index });
    actor.send({ type: 'playback.play' });
    expect(state()).toBe('running');
    wait(1000);
    expect(position()).toBeCloseTo(speed, 5);
    wait(500);
    expect(position()).toBeCloseTo(1.5 * speed, 5);
  });

  it('counts at most a quarter second of a long frame (tab in the background)', () => {
    const { actor, clock, position } = started();
    actor.send({ type: 'speed.set', index: SPEEDS.indexOf(7) });
    actor.send({ type: 'playback.play' });
    clock.increment(5000);
    expect(position()).toBeCloseTo(7 * 0.25, 5);
  });

  it('never runs ahead of the streamed data, and goes on when more arrives', () => {
    const { actor, wait, position, state } = started(100, 10);
    actor.send({ type: 'speed.set', index: SPEEDS.length - 1 });
    actor.send({ type: 'playback.play' });
    wait(2000);
    expect(position()).toBe(9);
    expect(state()).toBe('running');
    actor.send({ type: 'data.progress', available: 50 });
    wait(1000);
    expect(position()).toBeCloseTo(39, 5);
  });

  it('pausing stops the ticker: its cleanup ran and time no longer moves the cursor', () => {
    const { actor, open, wait, position, state } = started();
    expect(open.count).toBe(0);
    actor.send({ type: 'playback.play' });
    expect(open.count).toBe(1);
    expect(actor.getSnapshot().children.ticker).toBeDefined();
    wait(300);
    actor.send({ type: 'playback.pause' });
    expect(state()).toBe('paused');
    expect(open.count).toBe(0);
    expect(actor.getSnapshot().children.ticker).toBeUndefined();
    const at = position();
    wait(1000);
    expect(position()).toBe(at);
  });

  it('toggles between playing and paused, one ticker at a time', () => {
    const { actor, open, state } = started();
    actor.send({ type: 'playback.toggle' });
    expect(state()).toBe('running');
    actor.send({ type: 'playback.toggle' });
    expect(state()).toBe('paused');
    actor.send({ type: 'playback.toggle' });
    expect(open.count).toBe(1);
    actor.stop();
    expect(open.count).toBe(0);
  });

  it('finishes at the last day, stops the ticker, and restarts from the beginning on play', () => {
    const { actor, open, wait, position, state } = started(20, 20);
    actor.send({ type: 'speed.set', index: SPEEDS.length - 1 });
    actor.send({ type: 'playback.play' });
    wait(1000);
    expect(state()).toBe('finished');
    expect(position()).toBe(19);
    expect(open.count).toBe(0);
    actor.send({ type: 'playback.play' });
    expect(state()).toBe('running');
    expect(position()).toBe(0);
  });

  it('steps by a day or a week, pauses when stepping while running, and clamps', () => {
    const { actor, position, state } = started(30, 30);
    actor.send({ type: 'cursor.step', days: 1 });
    actor.send({ type: 'cursor.step', days: 7 });
    expect(position()).toBe(8);
    actor.send({ type: 'playback.play' });
    actor.send({ type: 'cursor.step', days: 1 });
    expect(state()).toBe('paused');
    actor.send({ type: 'cursor.step', days: 100 });
    expect(position()).toBe(29);
    actor.send({ type: 'cursor.step', days: -100 });
    expect(position()).toBe(0);
  });

  it('seeks while playing without pausing; rewinding pauses at the first day', () => {
    const { actor, wait, position, state } = started(50, 50);
    actor.send({ type: 'playback.play' });
    actor.send({ type: 'cursor.seek', day: 42.4 });
    expect(position()).toBe(42);
    expect(state()).toBe('running');
    wait(100);
    actor.send({ type: 'cursor.rewind' });
    expect(state()).toBe('paused');
    expect(position()).toBe(0);
  });

  it('keeps the speed within the list', () => {
    const { actor } = started(50, 50);
    for (let i = 0; i < 10; i++) actor.send({ type: 'speed.faster' });
    expect(actor.getSnapshot().context.speedIndex).toBe(SPEEDS.length - 1);
    for (let i = 0; i < 10; i++) actor.send({ type: 'speed.slower' });
    expect(actor.getSnapshot().context.speedIndex).toBe(0);
    actor.send({ type: 'speed.set', index: 99 });
    expect(actor.getSnapshot().context.speedIndex).toBe(SPEEDS.length - 1);
  });

  it('a new run resets the cursor to its first day, paused, and stops playback', () => {
    const { actor, open, state } = started(50, 50);
    actor.send({ type: 'cursor.seek', day: 30 });
    actor.send({ type: 'playback.play' });
    actor.send({ type: 'data.started', total: 80 });
    expect(state()).toBe('paused');
    expect(open.count).toBe(0);
    expect(actor.getSnapshot().context).toMatchObject({ position: 0, total: 80, available: 0 });
  });
});
