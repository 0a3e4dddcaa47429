// Test support: write a character on the handwriting pad with pointer events, along its reference strokes (the
// same data the recogniser knows, in the pad's own coordinates), as a finger would. jsdom only.
import { fireEvent } from '@testing-library/react';
import type { Pt } from '../../shared/handwriting/recognise';
import { referenceStrokes } from './strokes';

export { referenceStrokes };

/** Pointer events on `pad` (jsdom: no layout, so client coordinates are the pad's own 0…400). */
export function drawOn(pad: Element, char: string, stopAfter = Infinity): void {
  const strokes = referenceStrokes(char).slice(0, stopAfter);
  strokes.forEach((stroke, k) => {
    const pts = stroke.map((p) => ({ x: 40 + (p.x * 320) / 1024, y: 40 + (p.y * 320) / 1024 }));
    const opts = (p: Pt) => ({ clientX: p.x, clientY: p.y, pointerId: k + 1, isPrimary: true });
    fireEvent.pointerDown(pad, opts(pts[0]!));
    for (let i = 1; i < pts.length; i++) {
      const [a, b] = [pts[i - 1]!, pts[i]!];
      for (let t = 0.25; t <= 1; t += 0.25)
        fireEvent.pointerMove(pad, opts({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }));
    }
    fireEvent.pointerUp(pad, opts(pts[pts.length - 1]!));
  });
}
