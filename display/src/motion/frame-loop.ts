// One requestAnimationFrame loop for the whole page: every moving part subscribes to it, so a frame does one pass
// of transform writes and nothing else. It also samples frame intervals for the heartbeat's frame figure.

type FrameFn = (now: number) => void;

const subscribers = new Set<FrameFn>();
let running = false;
let last = 0;

/** Recent frame intervals (ms), a ring buffer of about ten seconds at 60 Hz. */
const SAMPLES = 600;
const intervals = new Float64Array(SAMPLES);
let count = 0;
let cursor = 0;

const raf: (cb: (t: number) => void) => unknown =
  typeof requestAnimationFrame === 'function'
    ? requestAnimationFrame.bind(globalThis)
    : (cb) => setTimeout(() => cb(performance.now()), 16);

function frame(now: number): void {
  if (last) {
    intervals[cursor] = now - last;
    cursor = (cursor + 1) % SAMPLES;
    count = Math.min(count + 1, SAMPLES);
  }
  last = now;
  for (const fn of subscribers) fn(now);
  raf(frame);
}

export function onFrame(fn: FrameFn): () => void {
  subscribers.add(fn);
  if (!running) {
    running = true;
    raf(frame);
  }
  return () => subscribers.delete(fn);
}

/** 99th percentile of the recent frame intervals, ms (null before there are any). */
export function frameP99(): number | null {
  if (!count) return null;
  const sorted = Array.from(intervals.subarray(0, count)).sort((a, b) => a - b);
  return Math.round(sorted[Math.min(count - 1, Math.floor(count * 0.99))]! * 10) / 10;
}

/** Start sampling even before anything moves (a static board still reports its frame figure). */
export function startFrameLoop(): void {
  if (!running) {
    running = true;
    raf(frame);
  }
}
