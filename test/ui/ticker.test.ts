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

  it('never reports negative time when the first frame began before the ticker started', () => {
    vi.useRealTimers();
    let frame: FrameRequestCallback = () => {};
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => ((frame = cb), 1));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    try {
      const elapsed: number[] = [];
      const start = performance.now();
      const stop = animationFrames((ms) => elapsed.push(ms));
      frame(start - 8); // Chromium stamps a frame with its start, often a few ms before the call that asked for it
      frame(start + 8);
      stop();
      expect(elapsed[0]).toBe(0);
      expect(elapsed[1]).toBeCloseTo(16, 0);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
