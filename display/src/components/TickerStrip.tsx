// A horizontal ticker (the notice line on TVs, the LED wall's ticker mode): segments of estimated width moving
// left, position from the clock, only the segments on screen rendered.
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import { StripPlan } from '../motion/strip-plan';
import { onFrame } from '../motion/frame-loop';

export interface TickerItem {
  id: string;
  /** Changes when the content changes (an edit re-renders the segment in place). */
  version: number;
  width: number;
  content: ReactNode;
}

interface Props {
  items: readonly TickerItem[];
  /** px per second. */
  speed: number;
  className?: string;
  testId?: string;
}

export function TickerStrip({ items, speed, className = '', testId }: Props) {
  const viewRef = useRef<HTMLDivElement>(null);
  const trackRef = useRef<HTMLDivElement>(null);
  const [plan] = useState(() => new StripPlan(window.innerWidth, speed));
  const [head, setHead] = useState<string>('');
  const [, rerender] = useReducer((x: number) => x + 1, 0);
  const byId = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const widths = useMemo(() => items.map((item) => ({ id: item.id, width: item.width })), [items]);

  useLayoutEffect(() => {
    const now = performance.now();
    plan.setView(viewRef.current?.clientWidth || window.innerWidth, speed, now);
    plan.update(widths, now);
    // The window for the new layout, before paint (the next frame would be one frame late).
    const p = plan.position(now);
    const first = plan.window(p)[0];
    if (trackRef.current) trackRef.current.style.transform = `translate3d(${-Math.round(p)}px, 0, 0)`;
    // The plan is an external system measured before paint; React must render its new window in this frame.
    setHead(first ? `${first.key}|${first.x}` : '');
    rerender();
  }, [plan, widths, speed]);

  useEffect(() => {
    let shown = '';
    return onFrame((now) => {
      plan.rebase(now);
      const p = plan.position(now);
      if (trackRef.current) trackRef.current.style.transform = `translate3d(${-Math.round(p)}px, 0, 0)`;
      // Re-render only when the set of segments on screen changes.
      const first = plan.window(p)[0];
      const sig = first ? `${first.key}|${first.x}` : '';
      if (sig !== shown) {
        shown = sig;
        setHead(sig);
      }
    });
  }, [plan]);

  // From the first segment on screen, wide enough to cover the viewport wherever the position is within it.
  const fromX = head ? Number(head.split('|')[1]) : plan.startPosition;
  const segments = plan.window(Number.isFinite(fromX) ? fromX : 0, plan.maxWidth);
  return (
    <div className={`ticker ${className}`} ref={viewRef} data-testid={testId}>
      <div className="ticker-track" ref={trackRef}>
        {segments.map((seg) => {
          const item = byId.get(seg.id);
          if (!item) return null;
          return (
            <div
              key={seg.key}
              className="ticker-seg"
              style={{ transform: `translate3d(${seg.x}px, 0, 0)`, width: item.width }}
            >
              {item.content}
            </div>
          );
        })}
      </div>
    </div>
  );
}
