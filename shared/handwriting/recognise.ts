// Offline handwriting recognition of single Chinese characters, for visitors who write rather than type (手写).
// Built on the stroke medians of Make Me a Hanzi (strokes.json, decoded by strokeData.ts). Pure TypeScript with
// no DOM, so the kiosk page, the tests and the benchmark run the very same code.
//
// How: both the written strokes and every reference character are normalised by their moments (centre and spread,
// so position and size do not matter) and each stroke is resampled to a fixed number of points.
//  1. Pre-filter (stroke-order free): a directional feature map — the ink of every stroke spread over a 6×6 grid in
//     8 directions — compared by cosine with every reference whose stroke count is near the input's; the best
//     PREFILTER keep going.
//  2. Fine match: the written strokes aligned in order to the reference strokes by dynamic programming, where one
//     written stroke may match one reference stroke, two joined reference strokes (a merge) or a reference stroke
//     may match two written strokes (a split), and a stroke may be left over at a cost.
// The result is the candidates by the sum of both distances, best first.
export interface Pt {
  x: number;
  y: number;
}
export type Stroke = readonly Pt[];

export interface Candidate {
  char: string;
  /** Lower is better; comparable within one call only. */
  score: number;
}

export interface RecogniseOptions {
  /** How many candidates to return. */
  limit?: number;
  /** How many references survive the pre-filter (0 = no pre-filter: compare every reference in full). */
  prefilter?: number;
}

/** Points per resampled stroke. */
const K = 10;
const GRID = 6;
const DIRS = 8;
const FEATURES = GRID * GRID * DIRS;
/** Moment-normalised coordinates mapped onto the grid: ±EXTENT spreads. */
const EXTENT = 1.9;
const PREFILTER = 150;
/** Costs of leaving a stroke unmatched, and of a split or merge on top of the match itself. */
const SKIP = 0.9;
const JOIN = 0.15;
/** Extra cost of a stroke written backwards, and of a character written out of stroke order. */
const REVERSED = 0.25;
const OUT_OF_ORDER = 0.6;
/** Weight of the pre-filter distance in the final score. */
const FEATURE_WEIGHT = 0.75;
/** Beyond these the input is not a character someone wrote on the pad. */
const MAX_STROKES = 40;
const MAX_POINTS = 20_000;

interface Reference {
  char: string;
  strokes: Flat[];
  /** Consecutive strokes joined, resampled: what a visitor who writes them in one go produces. */
  pairs: Flat[];
  features: Float32Array;
}

function finitePoint(p: Pt): boolean {
  return typeof p?.x === 'number' && typeof p?.y === 'number' && Number.isFinite(p.x) && Number.isFinite(p.y);
}

/** A stroke as [x0, y0, x1, y1, …]: the hot loops below run on flat typed arrays, not point objects. */
type Flat = Float32Array;

function flat(s: Stroke): Flat {
  const out = new Float32Array(s.length * 2);
  s.forEach((p, i) => {
    out[2 * i] = p.x;
    out[2 * i + 1] = p.y;
  });
  return out;
}

function pathLength(s: Flat): number {
  let len = 0;
  for (let i = 2; i < s.length; i += 2) len += Math.sqrt((s[i]! - s[i - 2]!) ** 2 + (s[i + 1]! - s[i - 1]!) ** 2);
  return len;
}

/** `n` points evenly spaced along the stroke's path. */
function resample(s: Flat, n: number): Flat {
  const out = new Float32Array(n * 2);
  const count = s.length / 2;
  const total = pathLength(s);
  if (count === 1 || total === 0) {
    for (let i = 0; i < n; i++) [out[2 * i], out[2 * i + 1]] = [s[0]!, s[1]!];
    return out;
  }
  const step = total / (n - 1);
  let seg = 1; // current segment runs from point seg-1 to point seg
  let segStart = 0; // path length at point seg-1
  let segLen = Math.sqrt((s[2]! - s[0]!) ** 2 + (s[3]! - s[1]!) ** 2);
  for (let i = 0; i < n; i++) {
    const at = Math.min(total, i * step);
    while (seg < count - 1 && segStart + segLen < at) {
      segStart += segLen;
      seg++;
      segLen = Math.sqrt((s[2 * seg]! - s[2 * seg - 2]!) ** 2 + (s[2 * seg + 1]! - s[2 * seg - 1]!) ** 2);
    }
    const t = segLen === 0 ? 0 : Math.max(0, Math.min(1, (at - segStart) / segLen));
    out[2 * i] = s[2 * seg - 2]! + (s[2 * seg]! - s[2 * seg - 2]!) * t;
    out[2 * i + 1] = s[2 * seg - 1]! + (s[2 * seg + 1]! - s[2 * seg - 1]!) * t;
  }
  return out;
}

function joined(a: Flat, b: Flat): Flat {
  const out = new Float32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Centre and spread of the ink (points weighted by path length), so that size and position drop out. */
function moments(strokes: readonly Flat[]): { cx: number; cy: number; scale: number } {
  let w = 0;
  let sx = 0;
  let sy = 0;
  const dense = strokes.map((s) => resample(s, 24));
  const weights = strokes.map((s) => Math.max(pathLength(s), 1e-6));
  dense.forEach((d, k) => {
    for (let i = 0; i < d.length; i += 2) {
      sx += d[i]! * weights[k]!;
      sy += d[i + 1]! * weights[k]!;
      w += weights[k]!;
    }
  });
  const cx = sx / w;
  const cy = sy / w;
  let v = 0;
  dense.forEach((d, k) => {
    for (let i = 0; i < d.length; i += 2) v += ((d[i]! - cx) ** 2 + (d[i + 1]! - cy) ** 2) * weights[k]!;
  });
  return { cx, cy, scale: Math.sqrt(v / w) || 1 };
}

function normalise(strokes: readonly Flat[]): Flat[] {
  const { cx, cy, scale } = moments(strokes);
  return strokes.map((s) => s.map((v, i) => (v - (i % 2 ? cy : cx)) / scale));
}

/** Directional feature map: each short piece of ink adds its length to its grid cell and direction, bilinearly. */
function features(strokes: readonly Flat[]): Float32Array {
  const f = new Float32Array(FEATURES);
  const cell = (2 * EXTENT) / GRID;
  for (const s of strokes) {
    const n = Math.max(2, Math.min(64, Math.ceil(pathLength(s) / 0.08) + 1));
    const r = resample(s, n);
    for (let i = 0; i < n - 1; i++) {
      const dx = r[2 * i + 2]! - r[2 * i]!;
      const dy = r[2 * i + 3]! - r[2 * i + 1]!;
      const len = Math.hypot(dx, dy);
      if (len === 0) continue;
      const angle = ((Math.atan2(dy, dx) / (2 * Math.PI)) * DIRS + DIRS) % DIRS;
      const d0 = Math.floor(angle);
      const dw = angle - d0;
      const gx = Math.max(0, Math.min(GRID - 1.001, (r[2 * i]! + dx / 2 + EXTENT) / cell - 0.5));
      const gy = Math.max(0, Math.min(GRID - 1.001, (r[2 * i + 1]! + dy / 2 + EXTENT) / cell - 0.5));
      const x0 = Math.floor(gx);
      const y0 = Math.floor(gy);
      const xw = gx - x0;
      const yw = gy - y0;
      for (const [cx, wx] of [
        [x0, 1 - xw],
        [Math.min(GRID - 1, x0 + 1), xw],
      ] as const) {
        for (const [cy, wy] of [
          [y0, 1 - yw],
          [Math.min(GRID - 1, y0 + 1), yw],
        ] as const) {
          const base = (cy * GRID + cx) * DIRS;
          f[base + (d0 % DIRS)]! += len * wx * wy * (1 - dw);
          f[base + ((d0 + 1) % DIRS)]! += len * wx * wy * dw;
        }
      }
    }
  }
  let norm = 0;
  for (let i = 0; i < FEATURES; i++) norm += f[i]! * f[i]!;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < FEATURES; i++) f[i]! /= norm;
  return f;
}

/** Mean distance between corresponding points of two resampled strokes. */
function strokeDistance(a: Flat, b: Flat): number {
  let d = 0;
  for (let i = 0; i < a.length; i += 2) d += Math.sqrt((a[i]! - b[i]!) ** 2 + (a[i + 1]! - b[i + 1]!) ** 2);
  return d / (a.length / 2);
}

/** A prepared input: normalised strokes, resampled singly and in consecutive pairs (for splits), and features. */
interface Query {
  strokes: Flat[];
  /** The same strokes backwards (for a stroke written the wrong way round). */
  backwards: Flat[];
  pairs: Flat[];
  features: Float32Array;
}

/** Finger and touch-panel wobble: a light moving average over densely sampled strokes (ends kept). */
function smooth(s: Flat): Flat {
  const n = s.length / 2;
  if (n < 8) return s;
  let cur = s;
  for (let pass = 0; pass < 2; pass++) {
    const next = cur.slice();
    for (let i = 1; i < n - 1; i++) {
      next[2 * i] = (cur[2 * i - 2]! + 2 * cur[2 * i]! + cur[2 * i + 2]!) / 4;
      next[2 * i + 1] = (cur[2 * i - 1]! + 2 * cur[2 * i + 1]! + cur[2 * i + 3]!) / 4;
    }
    cur = next;
  }
  return cur;
}

function prepare(strokes: readonly Flat[]): Query {
  const norm = normalise(strokes.map(smooth));
  const resampled = norm.map((s) => resample(s, K));
  return {
    strokes: resampled,
    backwards: resampled.map(reversed),
    pairs: norm.slice(1).map((s, i) => resample(joined(norm[i]!, s), K)),
    features: features(norm),
  };
}

/** Scratch buffers reused across references: scoring hundreds of them per stroke must not churn the heap. */
let scratch = new Float64Array(1024);
function buffer(size: number): Float64Array {
  if (scratch.length < size) scratch = new Float64Array(size * 2);
  return scratch;
}

/**
 * Cost of the written strokes against one reference: the cheaper of an in-order alignment and an order-free
 * pairing (the latter at a penalty), per stroke of the longer of the two.
 */
function strokeCost(q: Query, ref: Reference): number {
  const n = q.strokes.length;
  const m = ref.strokes.length;
  const cells = n * m;
  const buf = buffer(cells * 2 + (n + 1) * (m + 1));
  // d[i*m+j]: written stroke i against reference stroke j; e: the same allowing the written stroke backwards.
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const forward = strokeDistance(q.strokes[i]!, ref.strokes[j]!);
      buf[i * m + j] = forward;
      buf[cells + i * m + j] = Math.min(forward, REVERSED + strokeDistance(q.backwards[i]!, ref.strokes[j]!));
    }
  }
  return Math.min(alignCost(q, ref, buf), OUT_OF_ORDER + freeCost(n, m, buf, cells)) / Math.max(n, m);
}

/**
 * Order-aware alignment by dynamic programming: a written stroke matches a reference stroke, two joined reference
 * strokes (a merge) or, with the next written stroke, one reference stroke (a split); any stroke may be left over.
 */
function alignCost(q: Query, ref: Reference, buf: Float64Array): number {
  const n = q.strokes.length;
  const m = ref.strokes.length;
  const base = 2 * n * m;
  const w = m + 1;
  // dp[i][j]: best cost of the first i written strokes against the first j reference strokes.
  buf.fill(Infinity, base, base + (n + 1) * w);
  buf[base] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = buf[base + i * w + j]!;
      if (here === Infinity) continue;
      let k: number;
      let c: number;
      if (i < n && buf[(k = base + (i + 1) * w + j)]! > (c = here + SKIP)) buf[k] = c;
      if (j < m && buf[(k = base + i * w + j + 1)]! > (c = here + SKIP)) buf[k] = c;
      if (i < n && j < m && buf[(k = base + (i + 1) * w + j + 1)]! > (c = here + buf[i * m + j]!)) buf[k] = c;
      if (i < n && j + 1 < m) {
        c = here + JOIN + strokeDistance(q.strokes[i]!, ref.pairs[j]!);
        if (buf[(k = base + (i + 1) * w + j + 2)]! > c) buf[k] = c;
      }
      if (i + 1 < n && j < m) {
        c = here + JOIN + strokeDistance(q.pairs[i]!, ref.strokes[j]!);
        if (buf[(k = base + (i + 2) * w + j + 1)]! > c) buf[k] = c;
      }
    }
  }
  return buf[base + n * w + m]!;
}

/**
 * Order-free cost: the closest remaining written/reference pair taken again and again (either way round), the
 * rest left over. Catches characters written in another stroke order, which the alignment cannot.
 */
function freeCost(n: number, m: number, buf: Float64Array, at: number): number {
  const usedI = new Uint8Array(n);
  const usedJ = new Uint8Array(m);
  const pairs = Math.min(n, m);
  let cost = 0;
  for (let k = 0; k < pairs; k++) {
    let best = Infinity;
    let bi = 0;
    let bj = 0;
    for (let i = 0; i < n; i++) {
      if (usedI[i]) continue;
      for (let j = 0; j < m; j++) {
        const d = buf[at + i * m + j]!;
        if (!usedJ[j] && d < best) [best, bi, bj] = [d, i, j];
      }
    }
    usedI[bi] = usedJ[bj] = 1;
    cost += best;
  }
  return cost + SKIP * (n - pairs + (m - pairs));
}

function reversed(s: Flat): Flat {
  const out = new Float32Array(s.length);
  for (let i = 0; i < s.length; i += 2) [out[i], out[i + 1]] = [s[s.length - 2 - i]!, s[s.length - 1 - i]!];
  return out;
}

function featureDistance(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < FEATURES; i++) dot += a[i]! * b[i]!;
  return 1 - dot;
}

/** Which stroke counts a written character of `n` strokes may have been meant to have. */
function strokeWindow(n: number): [number, number] {
  const slack = 2 + Math.floor(n / 6);
  return [Math.max(1, n - slack), n + slack];
}

/** Drop points that are not finite, empty strokes and repeated points; null when nothing usable is left. */
function clean(input: readonly Stroke[]): Flat[] | null {
  if (!Array.isArray(input) || input.length === 0 || input.length > MAX_STROKES) return null;
  let points = 0;
  const out: Stroke[] = [];
  for (const s of input) {
    if (!Array.isArray(s)) return null;
    const kept: Pt[] = [];
    for (const p of s) {
      if (!finitePoint(p)) continue;
      const last = kept[kept.length - 1];
      if (!last || last.x !== p.x || last.y !== p.y) kept.push({ x: p.x, y: p.y });
    }
    points += kept.length;
    if (kept.length) out.push(kept);
  }
  if (!out.length || points > MAX_POINTS) return null;
  // All the ink in one spot is a tap, not writing.
  const all = out.flat();
  const spread = (key: 'x' | 'y') =>
    all.reduce((m, p) => Math.max(m, p[key]), -Infinity) - all.reduce((m, p) => Math.min(m, p[key]), Infinity);
  if (spread('x') === 0 && spread('y') === 0) return null;
  return out.map(flat);
}

export class Recogniser {
  private readonly refs: Reference[];
  private readonly byCount = new Map<number, Reference[]>();

  /** `chars[i]` is written with `strokes[i]` (any coordinates, y down, in writing order). */
  constructor(chars: readonly string[], strokes: readonly (readonly Stroke[])[]) {
    this.refs = chars.map((char, i) => {
      const norm = normalise(strokes[i]!.map(flat));
      return {
        char,
        strokes: norm.map((s) => resample(s, K)),
        pairs: norm.slice(1).map((s, j) => resample(joined(norm[j]!, s), K)),
        features: features(norm),
      };
    });
    for (const r of this.refs) {
      const n = r.strokes.length;
      if (!this.byCount.has(n)) this.byCount.set(n, []);
      this.byCount.get(n)!.push(r);
    }
  }

  get size(): number {
    return this.refs.length;
  }

  has(char: string): boolean {
    return this.refs.some((r) => r.char === char);
  }

  /** The likeliest characters for what was written, best first; [] for input that is no writing at all. */
  recognise(input: readonly Stroke[], options: RecogniseOptions = {}): Candidate[] {
    const limit = options.limit ?? 10;
    const keep = options.prefilter ?? PREFILTER;
    const strokes = clean(input);
    if (!strokes) return [];
    const q = prepare(strokes);
    const [lo, hi] = strokeWindow(strokes.length);
    const pool: Reference[] = [];
    for (let n = lo; n <= hi; n++) for (const ref of this.byCount.get(n) ?? []) pool.push(ref);
    const f = new Float32Array(pool.length);
    pool.forEach((ref, i) => (f[i] = featureDistance(q.features, ref.features)));
    // Keep the `keep` closest by features: the keep-th smallest distance is the bar.
    const bar = keep > 0 && pool.length > keep ? f.slice().sort()[keep - 1]! : Infinity;
    const scored: Candidate[] = [];
    pool.forEach((ref, i) => {
      if (f[i]! <= bar) scored.push({ char: ref.char, score: strokeCost(q, ref) + FEATURE_WEIGHT * f[i]! });
    });
    return scored.sort((a, b) => a.score - b.score).slice(0, limit);
  }
}
