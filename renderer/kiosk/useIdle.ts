// Watches for touches while a visitor is in a session. After `idleMs` of nothing it asks "still there?" and
// counts down `warnMs`; any touch (or the continue button) ends the warning; reaching zero calls onReset.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { IdleConfig } from './idleConfig';

export function useIdle(
  active: boolean,
  config: IdleConfig,
  onReset: () => void,
): { warning: boolean; secondsLeft: number; stillHere: () => void } {
  const [warnSince, setWarnSince] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const lastTouch = useRef(0);
  const resetRef = useRef(onReset);
  useEffect(() => {
    resetRef.current = onReset;
  }, [onReset]);

  const stillHere = useCallback(() => {
    lastTouch.current = Date.now();
    setWarnSince(null);
  }, []);

  useEffect(() => {
    if (!active) return;
    lastTouch.current = Date.now();
    // The warning overlay itself swallows touches only through its button, so any touch anywhere counts.
    const touched = () => {
      lastTouch.current = Date.now();
    };
    const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
    for (const e of events) document.addEventListener(e, touched, { capture: true, passive: true });
    const timer = setInterval(() => {
      const t = Date.now();
      setNow(t);
      setWarnSince((since) => {
        if (since === null) return t - lastTouch.current >= config.idleMs ? t : null;
        if (lastTouch.current > since) return null;
        if (t - since >= config.warnMs) {
          queueMicrotask(() => resetRef.current());
          return null;
        }
        return since;
      });
    }, 250);
    return () => {
      clearInterval(timer);
      for (const e of events) document.removeEventListener(e, touched, { capture: true });
      setWarnSince(null);
    };
  }, [active, config.idleMs, config.warnMs]);

  const warning = active && warnSince !== null;
  const secondsLeft = warning ? Math.max(0, Math.ceil((config.warnMs - (now - warnSince)) / 1000)) : 0;
  return { warning, secondsLeft, stillHere };
}
