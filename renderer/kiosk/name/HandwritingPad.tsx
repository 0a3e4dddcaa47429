// The 手写 pad: a large square (with the 田字格 guide lines people learnt to write in) where a visitor writes one
// character with a finger; after every stroke the recogniser offers the likeliest characters as big tiles, read
// aloud when read-aloud is on. 撤销一笔 takes back the last stroke, 重写 clears the pad; picking a character clears
// it too, ready for the next one. Drawn in SVG from pointer events, so mouse, pen and touch all work.
import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pt, Recogniser } from '../../../shared/handwriting/recognise';
import { Icon } from '../Icon';
import { CandidateTiles } from './CandidateTiles';
import { loadRecogniser } from './handwriting';

/** The pad's own coordinates (the SVG viewBox), whatever its size on screen. */
const VIEW = 400;
/** One row of big tiles on a portrait kiosk; the recogniser's top five are always among them. */
const CANDIDATES = 9;

export interface HandwritingPadProps {
  onPick(char: string): void;
  /** Told the candidates after each recognition (the name entry reads them aloud when read-aloud is on). */
  onCandidates?(chars: string[]): void;
  /** Where the recogniser comes from (tests may pass their own). */
  load?: () => Promise<Recogniser>;
}

type Status = 'loading' | 'ready' | 'failed';

function path(points: readonly Pt[]): string {
  if (points.length === 1) return `M${points[0]!.x} ${points[0]!.y}l0.1 0`;
  return points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('');
}

export function HandwritingPad({ onPick, onCandidates, load = loadRecogniser }: HandwritingPadProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>('loading');
  const recogniser = useRef<Recogniser | null>(null);
  const [strokes, setStrokes] = useState<Pt[][]>([]);
  const [current, setCurrent] = useState<Pt[] | null>(null);
  const [candidates, setCandidates] = useState<string[]>([]);
  const drawing = useRef<{ pointer: number; points: Pt[] } | null>(null);
  const told = useRef(onCandidates);
  told.current = onCandidates;

  useEffect(() => {
    let live = true;
    load().then(
      (r) => {
        if (!live) return;
        recogniser.current = r;
        setStatus('ready');
      },
      () => live && setStatus('failed'),
    );
    return () => {
      live = false;
    };
  }, [load]);

  useEffect(() => {
    const r = recogniser.current;
    if (status !== 'ready' || !r) return;
    const found = strokes.length ? r.recognise(strokes, { limit: CANDIDATES }).map((c) => c.char) : [];
    setCandidates(found);
    if (found.length) told.current?.(found);
  }, [strokes, status]);

  const at = (e: PointerEvent<SVGSVGElement>): Pt => {
    const box = e.currentTarget.getBoundingClientRect();
    const sx = box.width ? VIEW / box.width : 1;
    const sy = box.height ? VIEW / box.height : 1;
    return { x: (e.clientX - box.left) * sx, y: (e.clientY - box.top) * sy };
  };
  const down = (e: PointerEvent<SVGSVGElement>) => {
    if (drawing.current) return;
    e.preventDefault();
    try {
      e.currentTarget.setPointerCapture?.(e.pointerId);
    } catch {
      // Capture is a nicety: without it a stroke that leaves the pad simply ends there.
    }
    drawing.current = { pointer: e.pointerId, points: [at(e)] };
    setCurrent(drawing.current.points);
  };
  const move = (e: PointerEvent<SVGSVGElement>) => {
    const d = drawing.current;
    if (!d || d.pointer !== e.pointerId) return;
    const p = at(e);
    const last = d.points[d.points.length - 1]!;
    if (Math.abs(p.x - last.x) + Math.abs(p.y - last.y) < 1.5) return;
    d.points = [...d.points, p];
    setCurrent(d.points);
  };
  const up = (e: PointerEvent<SVGSVGElement>) => {
    const d = drawing.current;
    if (!d || d.pointer !== e.pointerId) return;
    drawing.current = null;
    setCurrent(null);
    setStrokes((s) => [...s, d.points]);
  };
  const clear = () => {
    drawing.current = null;
    setCurrent(null);
    setStrokes([]);
  };
  const pick = (ch: string) => {
    clear();
    onPick(ch);
  };

  const message =
    status === 'loading'
      ? t('nameEntry.pad.loading')
      : status === 'failed'
        ? t('nameEntry.pad.failed')
        : strokes.length === 0
          ? t('nameEntry.pad.waiting')
          : t('nameEntry.pad.none');
  return (
    <div className="handwriting">
      <p className="hw-hint">{t('nameEntry.pad.hint')}</p>
      <div className="hw-body">
        <svg
          className="hw-pad"
          viewBox={`0 0 ${VIEW} ${VIEW}`}
          role="img"
          aria-label={t('nameEntry.pad.label')}
          data-testid="handwriting-pad"
          data-strokes={strokes.length}
          onPointerDown={down}
          onPointerMove={move}
          onPointerUp={up}
          onPointerCancel={up}
        >
          <path className="hw-guide" d={`M0 ${VIEW / 2}H${VIEW}M${VIEW / 2} 0V${VIEW}`} />
          {strokes.map((s, i) => (
            <path key={i} className="hw-ink" d={path(s)} />
          ))}
          {current && <path className="hw-ink" d={path(current)} />}
        </svg>
        <div className="hw-tools">
          <button
            type="button"
            className="wide-button"
            disabled={strokes.length === 0}
            onClick={() => setStrokes((s) => s.slice(0, -1))}
          >
            <Icon name="undo" /> {t('nameEntry.pad.undo')}
          </button>
          <button type="button" className="wide-button" disabled={strokes.length === 0} onClick={clear}>
            <Icon name="trash" /> {t('nameEntry.pad.clear')}
          </button>
        </div>
      </div>
      <CandidateTiles
        chars={candidates}
        onPick={pick}
        page={0}
        onPage={() => undefined}
        pageSize={CANDIDATES}
        testId="handwriting-candidates"
      />
      {candidates.length === 0 && (
        <p className="hint hw-status" role="status" data-testid="handwriting-status" data-status={status}>
          {message}
        </p>
      )}
    </div>
  );
}
