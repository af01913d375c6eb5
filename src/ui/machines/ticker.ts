/** The playback ticker: a callback actor that reports elapsed wall time per frame, and the frame sources it runs on. */
import { fromCallback, type EventObject } from 'xstate';

/** What the ticker reports to the run control once per frame. */
export interface TickEvent {
  readonly type: 'playback.tick';
  /** Wall time since the previous frame (or since the ticker started), in ms. */
  readonly ms: number;
}

/**
 * A port for frames: calls `onFrame` with the ms elapsed since the previous call until the returned function is
 * called. The browser's is the display's frame rate; tests drive one from a simulated clock.
 */
export type FrameSource = (onFrame: (elapsedMs: number) => void) => () => void;

/** The display's frames: in step with painting, and paused by the browser while the tab is hidden. */
export const animationFrames: FrameSource = (onFrame) => {
  let last = performance.now();
  let id = requestAnimationFrame(function frame(now) {
    // A frame's timestamp is when the frame began, which can precede the start of the ticker: never report < 0 ms.
    onFrame(Math.max(0, now - last));
    last = now;
    id = requestAnimationFrame(frame);
  });
  return () => cancelAnimationFrame(id);
};

/** The ticker on a frame source; invoked while playing, so leaving that state stops the frames. */
export const createTicker = (frames: FrameSource) =>
  fromCallback<EventObject>(({ sendBack }) => {
    const tick = (ms: number): TickEvent => ({ type: 'playback.tick', ms });
    // The frame source's stop is the callback's cleanup: xstate calls it when the invoking state is left.
    return frames((ms) => sendBack(tick(ms)));
  });
