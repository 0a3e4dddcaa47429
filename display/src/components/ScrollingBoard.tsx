// The TV board: cards in `cols` columns scrolling up forever. Motion is one transform on the track, written from
// the shared frame loop with the position computed from the clock; React re-renders only when a row leaves the
// window (every few seconds) or the postings change. Cards move by transform transitions when others arrive or
// leave, so an update slides instead of jumping.
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import type { PublicPosting } from '../../../shared/domain/entities';
import { BoardPlan } from '../motion/board-plan';
import { onFrame } from '../motion/frame-loop';

interface Props {
  postings: readonly PublicPosting[];
  cols: number;
  /** Target row height in px; the board adjusts it so whole rows fill its height. */
  rowHeight: number;
  /** px per second. */
  speed: number;
  renderCard: (p: PublicPosting) => ReactNode;
}

export function ScrollingBoard({ postings, cols, rowHeight, speed, renderCard }: Props) {
  const viewRef = useRef<HTMLDivElement>(null);
  const trackRef = useRef<HTMLDivElement>(null);
  const [plan] = useState(() => new BoardPlan({ cols, rowHeight, speed, viewHeight: window.innerHeight }));
  const [firstRow, setFirstRow] = useState(0);
  const [settled, setSettled] = useState(true);
  const [, rerender] = useReducer((x: number) => x + 1, 0);
  const byId = useMemo(() => new Map(postings.map((p) => [p.id, p])), [postings]);
  const ids = useMemo(() => postings.map((p) => p.id), [postings]);

  // Geometry before data, both before paint, so the first frame is already in place.
  useLayoutEffect(() => {
    const measure = () => {
      const viewHeight = viewRef.current?.clientHeight || window.innerHeight;
      // Whole rows fill the board exactly: a full screen of cards stands still instead of scrolling a sliver.
      const rows = Math.max(1, Math.round(viewHeight / rowHeight));
      plan.setGeometry({ cols, rowHeight: Math.floor(viewHeight / rows), speed, viewHeight }, performance.now());
      setFirstRow(plan.firstRow(plan.position(performance.now())));
      rerender();
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [plan, cols, rowHeight, speed]);

  useLayoutEffect(() => {
    const now = performance.now();
    plan.update(ids, now);
    const p = plan.position(now);
    if (trackRef.current) trackRef.current.style.transform = `translate3d(0, ${-Math.round(p)}px, 0)`;
    // The plan is an external system updated before paint; React must render its new window in this frame.
    setFirstRow(plan.firstRow(p));
    rerender();
  }, [plan, ids]);

  useEffect(() => {
    let shownRow = Number.NaN;
    return onFrame((now) => {
      if (plan.rebase(now)) {
        // The numbers moved, the picture did not: render this commit without card transitions.
        setSettled(false);
        shownRow = Number.NaN;
      }
      const p = plan.position(now);
      if (trackRef.current) trackRef.current.style.transform = `translate3d(0, ${-Math.round(p)}px, 0)`;
      const row = plan.firstRow(p);
      if (row !== shownRow) {
        shownRow = row;
        setFirstRow(row);
      }
    });
  }, [plan]);

  useEffect(() => {
    if (settled) return;
    const id = requestAnimationFrame(() => requestAnimationFrame(() => setSettled(true)));
    return () => cancelAnimationFrame(id);
  }, [settled]);

  const slots = plan.window(firstRow);
  const rowPx = plan.geo.rowHeight;
  return (
    <div className={`board ${settled ? '' : 'board-rebasing'}`} ref={viewRef} data-testid="board">
      <div className="board-track" ref={trackRef}>
        {slots.map((slot) => {
          const posting = byId.get(slot.id);
          if (!posting) return null;
          return (
            <div
              key={slot.key}
              className="slot"
              style={{
                width: `${100 / cols}%`,
                height: rowPx,
                transform: `translate3d(${slot.col * 100}%, ${slot.row * rowPx}px, 0)`,
              }}
            >
              {renderCard(posting)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
