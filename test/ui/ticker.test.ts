/** The browser's frame source for the playback ticker: elapsed time per display frame, and nothing after it is stopped. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { animationFrames } from '../../src/ui/machines/ticker.ts';

describe('animation frames', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reports the wall time between frames until stopped', () => {
    const elapsed: number[] = [];
    const stop = animationFrames((ms) => elapsed.push(ms));
    vi.advanceTimersByTime(160);
    expect(elapsed.length).toBeGreaterThanOrEqual(9);
    expect(elapsed.reduce((a, b) => a + b, 0)).toBeGreaterThan(140);
    expect(elapsed.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(160);
    stop();
    const frames = elapsed.length;
    vi.advanceTimersByTime(500);
    expect(elapsed.length).toBe(frames);
  });
});
