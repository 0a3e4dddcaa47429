// The committed name and stroke data are exactly what scripts/gen-name-data.ts makes from the pinned packages:
// a package upgrade or a hand edit of either file shows up here, not in front of a visitor.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { NAME_FILE, nameData, STROKE_FILE, strokeData } from './gen-name-data';

describe('generated name data', () => {
  it('nameChars.json is up to date', () => {
    expect(JSON.parse(readFileSync(NAME_FILE, 'utf8'))).toEqual(nameData());
  });
  it('strokes.json is up to date', { timeout: 60_000 }, () => {
    expect(JSON.parse(readFileSync(STROKE_FILE, 'utf8'))).toEqual(strokeData());
  });
});
