// Synthetic handwriting for tests and the benchmark: a reference character's strokes turned into what a finger on
// the kiosk pad might produce — a random affine transform (scale, rotation, shear), per-stroke shifts, jitter,
// resampling to another number of points, strokes a little shorter or longer, and now and then one stroke split in
// two or two strokes joined into one. Seeded, so every run sees the same input.
import type { Pt, Stroke } from './recognise';

/** mulberry32: a small, fast, seeded generator. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Distortion {
  /** Relative scale range (each axis drawn separately within it). */
  scale: [number, number];
  /** Rotation, ± radians. */
  rotate: number;
  /** Shear, ± factor. */
  shear: number;
  /** Per-stroke offset, ± fraction of the character's size. */
  shift: number;
  /** Per-point jitter, ± fraction of the character's size. */
  jitter: number;
  /** Stroke length noise: each end trimmed or extended by up to this fraction. */
  lengthNoise: number;
  /** Points per written stroke drawn from this range (touch screens sample at their own rate). */
  points: [number, number];
  /** Chance that one stroke is split in two, and that two consecutive strokes are joined. */
  split: number;
  merge: number;
  /** Chance that two strokes are written in swapped order, and that one stroke is written backwards. */
  swap: number;
  reverse: number;
}

export const TYPICAL: Distortion = {
  scale: [0.75, 1.25],
  rotate: (8 * Math.PI) / 180,
  shear: 0.12,
  shift: 0.03,
  jitter: 0.008,
  lengthNoise: 0.1,
  points: [6, 40],
  split: 0.1,
  merge: 0.1,
  swap: 0,
  reverse: 0,
};

/** A hurried, shaky hand: everything stronger, and splits and joins three times as often. */
export const ROUGH: Distortion = {
  scale: [0.6, 1.4],
  rotate: (15 * Math.PI) / 180,
  shear: 0.25,
  shift: 0.06,
  jitter: 0.02,
  lengthNoise: 0.2,
  points: [4, 60],
  split: 0.3,
  merge: 0.3,
  swap: 0,
  reverse: 0,
};

/** The typical hand, but half the time two strokes in swapped order and now and then one written backwards. */
export const MISORDERED: Distortion = { ...TYPICAL, swap: 0.5, reverse: 0.3 };

export const CLEAN: Distortion = {
  scale: [1, 1],
  rotate: 0,
  shear: 0,
  shift: 0,
  jitter: 0,
  lengthNoise: 0,
  points: [12, 12],
  split: 0,
  merge: 0,
  swap: 0,
  reverse: 0,
};

const lerp = (a: Pt, b: Pt, t: number): Pt => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });

/** A point `t` of the way along the polyline (t may be below 0 or above 1: the end segments are extended). */
function along(s: Stroke, t: number): Pt {
  const lens = s.slice(1).map((p, i) => Math.hypot(p.x - s[i]!.x, p.y - s[i]!.y));
  const total = lens.reduce((a, b) => a + b, 0);
  if (s.length < 2 || total === 0) return s[0]!;
  if (t <= 0) return lerp(s[0]!, s[1]!, (t * total) / (lens[0] || 1));
  if (t >= 1) return lerp(s[s.length - 2]!, s[s.length - 1]!, 1 + ((t - 1) * total) / (lens[lens.length - 1] || 1));
  let at = t * total;
  for (let i = 0; i < lens.length; i++) {
    if (at <= lens[i]! || i === lens.length - 1) return lerp(s[i]!, s[i + 1]!, lens[i] ? at / lens[i]! : 0);
    at -= lens[i]!;
  }
  return s[s.length - 1]!;
}

function sample(s: Stroke, from: number, to: number, n: number): Pt[] {
  return Array.from({ length: n }, (_, i) => along(s, from + ((to - from) * i) / Math.max(1, n - 1)));
}

/**
 * `strokes` (reference box 0…1024, y down) as written on a pad `size` pixels square, with `d` applied.
 * Returns new strokes in pad pixels.
 */
export function distort(strokes: readonly Stroke[], rand: () => number, d: Distortion = TYPICAL, size = 400): Pt[][] {
  const r = (lo: number, hi: number) => lo + (hi - lo) * rand();
  const sx = r(d.scale[0], d.scale[1]);
  const sy = sx * r(0.9, 1.1);
  const rot = r(-d.rotate, d.rotate);
  const sh = r(-d.shear, d.shear);
  const [cos, sin] = [Math.cos(rot), Math.sin(rot)];
  const k = (size / 1024) * 0.8;
  const affine = (p: Pt): Pt => {
    const x = (p.x - 512) * sx + (p.y - 512) * sh * sx;
    const y = (p.y - 512) * sy;
    return { x: size / 2 + k * (x * cos - y * sin), y: size / 2 + k * (x * sin + y * cos) };
  };
  let list: Pt[][] = strokes.map((s) => {
    const n = Math.round(r(d.points[0], d.points[1]));
    const from = r(-d.lengthNoise, d.lengthNoise);
    const to = 1 + r(-d.lengthNoise, d.lengthNoise);
    const off = { x: r(-d.shift, d.shift) * size, y: r(-d.shift, d.shift) * size };
    return sample(s, from, to, Math.max(2, n)).map((p) => {
      const q = affine(p);
      return { x: q.x + off.x + r(-d.jitter, d.jitter) * size, y: q.y + off.y + r(-d.jitter, d.jitter) * size };
    });
  });
  if (list.length >= 1 && rand() < d.split) {
    const i = Math.floor(rand() * list.length);
    const s = list[i]!;
    if (s.length >= 4) {
      const cut = Math.floor(s.length / 2);
      list = [...list.slice(0, i), s.slice(0, cut + 1), s.slice(cut), ...list.slice(i + 1)];
    }
  }
  if (list.length >= 2 && rand() < d.merge) {
    const i = Math.floor(rand() * (list.length - 1));
    list = [...list.slice(0, i), [...list[i]!, ...list[i + 1]!], ...list.slice(i + 2)];
  }
  if (list.length >= 2 && rand() < d.swap) {
    const i = Math.floor(rand() * list.length);
    const j = Math.floor(rand() * list.length);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  if (rand() < d.reverse) {
    const i = Math.floor(rand() * list.length);
    list[i] = [...list[i]!].reverse();
  }
  return list;
}
