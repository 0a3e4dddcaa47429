// The frame every pictogram is drawn in: a 48×48 grid, round 2.5-unit strokes in the text colour, and one tint
// (`--picto-tint`, set by each page to suit its tiles) for the filled areas. One style for trades and job types on
// kiosk, console and displays; decorative (aria-hidden): the word beside a pictogram carries the meaning, and a
// pictogram is never the only signal of anything.
import type { ReactNode } from 'react';

/** Fill for the tinted areas of a drawing (inline, so it works on every page without its stylesheet). */
export const TINT = { fill: 'var(--picto-tint, #d6e5f6)' } as const;
/** Solid parts (windows, wheels' hubs): the stroke colour. */
export const SOLID = { fill: 'currentColor' } as const;
/** Areas that must stand apart from the tint (a wheel, a door): the page's background. */
export const PAPER = { fill: 'var(--picto-paper, #fff)' } as const;

export function Pictogram({
  children,
  className = '',
  kind,
  name,
}: {
  children: ReactNode;
  className?: string;
  kind: 'trade' | 'job-type';
  name: string;
}) {
  return (
    <svg
      className={`picto ${className}`}
      viewBox="0 0 48 48"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      data-picto={`${kind}:${name}`}
    >
      {children}
    </svg>
  );
}
