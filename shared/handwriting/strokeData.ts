// Decodes the compact stroke file written by scripts/gen-name-data.ts (the Make Me a Hanzi medians of the
// 通用规范汉字表's characters, quantised to bytes) into strokes for the recogniser. No DOM and no Node, so base64 is
// decoded here rather than by atob or Buffer.
import type { Stroke } from './recognise';

export interface StrokeFile {
  chars: string;
  data: string;
}

export interface StrokeSet {
  chars: string[];
  strokes: Stroke[][];
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Map([...ALPHABET].map((c, i) => [c.charCodeAt(0), i]));

function bytesOf(base64: string): Uint8Array {
  const text = base64.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const v = VALUE.get(text.charCodeAt(i));
    if (v === undefined) throw new Error(`stroke data: not base64 at ${i}`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** Coordinates come back in the reference box 0…1024, y down. */
export function decodeStrokes(file: StrokeFile): StrokeSet {
  const chars = [...file.chars];
  const bytes = bytesOf(file.data);
  const strokes: Stroke[][] = [];
  let at = 0;
  for (let c = 0; c < chars.length; c++) {
    const count = bytes[at++]!;
    const list: Stroke[] = [];
    for (let s = 0; s < count; s++) {
      const points = bytes[at++]!;
      const stroke = [];
      for (let p = 0; p < points; p++) stroke.push({ x: bytes[at++]! * 4, y: bytes[at++]! * 4 });
      list.push(stroke);
    }
    strokes.push(list);
  }
  if (at !== bytes.length) throw new Error(`stroke data: ${bytes.length - at} bytes left over`);
  return { chars, strokes };
}
