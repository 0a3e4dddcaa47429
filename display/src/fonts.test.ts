import { describe, expect, it } from 'vitest';
import { newCharacters } from './fonts';

describe('font warm-up', () => {
  it('asks for each non-ASCII character once', () => {
    const seen = new Set<string>();
    expect(newCharacters(['电工 260元/天', '电工'], seen)).toBe('电工元天');
    expect(newCharacters(['木工'], seen)).toBe('木');
    expect(newCharacters(['电工'], seen)).toBe('');
  });
});
