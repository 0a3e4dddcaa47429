// The reference strokes of a character (Make Me a Hanzi medians, 0…1024, y down) from the data the recogniser
// itself loads: what the tests "write" on the 手写 pad, in jsdom and in Chromium.
import strokeFile from '../../shared/handwriting/strokes.json';
import { decodeStrokes } from '../../shared/handwriting/strokeData';
import type { Pt } from '../../shared/handwriting/recognise';

const SET = decodeStrokes(strokeFile);

export function referenceStrokes(char: string): Pt[][] {
  const i = SET.chars.indexOf(char);
  if (i < 0) throw new Error(`no strokes for ${char}`);
  return SET.strokes[i]!.map((s) => [...s]);
}
