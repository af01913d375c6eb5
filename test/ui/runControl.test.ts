/** The run-control statechart: play/pause/step/seek/speed/reset over the days the engine has delivered. */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { runControlMachine, SPEEDS } from '../../src/ui/machines/runControl.ts';

function started(total = 100, available = 100) {
  const actor = createActor(runControlMachine).start();
  actor.send({ type: 'data.started', total });
  actor.send({ type: 'data.progress', available });
  return actor;
}

describe('run control', () => {
  it('starts idle and cannot play without data', () => {
    const actor = createActor(runControlMachine).start();
    actor.send({ type: 'play' });
    expect(actor.getSnapshot().value).toBe('idle');
  });

  it('plays, advances by speed × time, and pauses', () => {
    const actor = started();
    actor.send({ type: 'speed.set', index: SPEEDS.indexOf(7) });
    actor.send({ type: 'play' });
    expect(actor.getSnapshot().value).toBe('running');
    for (let i = 0; i < 4; i++) actor.send({ type: 'tick', ms: 250 });
    expect(actor.getSnapshot().context.position).toBeCloseTo(7, 5);
    // A long frame (tab in the background) advances at most a quarter second.
    actor.send({ type: 'tick', ms: 5000 });
    expect(actor.getSnapshot().context.position).toBeCloseTo(8.75, 5);
    actor.send({ type: 'pause' });
    actor.send({ type: 'tick', ms: 1000 });
    expect(actor.getSnapshot().value).toBe('paused');
    expect(actor.getSnapshot().context.position).toBeCloseTo(8.75, 5);
  });

  it('never runs ahead of the streamed data', () => {
    const actor = started(100, 10);
    actor.send({ type: 'speed.set', index: SPEEDS.length - 1 });
    actor.send({ type: 'play' });
    actor.send({ type: 'tick', ms: 200 });
    actor.send({ type: 'tick', ms: 200 });
    expect(actor.getSnapshot().context.position).toBe(9);
    expect(actor.getSnapshot().value).toBe('running');
  });

  it('finishes at the last day and restarts from the beginning on play', () => {
    const actor = started(20, 20);
    actor.send({ type: 'speed.set', index: SPEEDS.length - 1 });
    actor.send({ type: 'play' });
    actor.send({ type: 'tick', ms: 250 });
    actor.send({ type: 'tick', ms: 250 });
    actor.send({ type: 'tick', ms: 250 });
    expect(actor.getSnapshot().value).toBe('finished');
    actor.send({ type: 'play' });
    expect(actor.getSnapshot().value).toBe('running');
    expect(actor.getSnapshot().context.position).toBe(0);
  });

  it('steps by a day or a week, pauses when stepping while running, and clamps', () => {
    const actor = started(30, 30);
    actor.send({ type: 'step', days: 1 });
    actor.send({ type: 'step', days: 7 });
    expect(actor.getSnapshot().context.position).toBe(8);
    actor.send({ type: 'play' });
    actor.send({ type: 'step', days: 1 });
    expect(actor.getSnapshot().value).toBe('paused');
    actor.send({ type: 'step', days: 100 });
    expect(actor.getSnapshot().context.position).toBe(29);
    actor.send({ type: 'step', days: -100 });
    expect(actor.getSnapshot().context.position).toBe(0);
  });

  it('seeks, resets and keeps the speed within the list', () => {
    const actor = started(50, 50);
    actor.send({ type: 'seek', day: 42 });
    expect(actor.getSnapshot().context.position).toBe(42);
    actor.send({ type: 'reset' });
    expect(actor.getSnapshot().context.position).toBe(0);
    for (let i = 0; i < 10; i++) actor.send({ type: 'speed.faster' });
    expect(actor.getSnapshot().context.speedIndex).toBe(SPEEDS.length - 1);
    for (let i = 0; i < 10; i++) actor.send({ type: 'speed.slower' });
    expect(actor.getSnapshot().context.speedIndex).toBe(0);
  });

  it('a new run resets the cursor to its first day, paused', () => {
    const actor = started(50, 50);
    actor.send({ type: 'seek', day: 30 });
    actor.send({ type: 'play' });
    actor.send({ type: 'data.started', total: 80 });
    expect(actor.getSnapshot().value).toBe('paused');
    expect(actor.getSnapshot().context).toMatchObject({ position: 0, total: 80, available: 0 });
  });
});
