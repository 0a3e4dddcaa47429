// Signs the clerk out after a quiet spell, so a console left open at the desk does not keep personal data on
// screen. A warning shows first; any key or pointer activity resets the clock.
import { useEffect, useRef, useState } from 'react';

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const;

/** Returns seconds left once the warning period starts (else null) and a function that resets the clock. */
export function useIdleTimeout(
  active: boolean,
  idleMs: number,
  warnMs: number,
  onTimeout: () => void,
): { secondsLeft: number | null; stay: () => void } {
  const last = useRef(0);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const timeoutRef = useRef(onTimeout);
  useEffect(() => {
    timeoutRef.current = onTimeout;
  }, [onTimeout]);

  useEffect(() => {
    if (!active) return;
    last.current = Date.now();
    const bump = () => {
      last.current = Date.now();
    };
    for (const e of ACTIVITY) window.addEventListener(e, bump, { passive: true });
    const timer = setInterval(() => {
      const left = idleMs - (Date.now() - last.current);
      if (left <= 0) {
        setSecondsLeft(null);
        timeoutRef.current();
      } else setSecondsLeft(left <= warnMs ? Math.ceil(left / 1000) : null);
    }, 1000);
    return () => {
      clearInterval(timer);
      for (const e of ACTIVITY) window.removeEventListener(e, bump);
      setSecondsLeft(null);
    };
  }, [active, idleMs, warnMs]);

  return {
    secondsLeft,
    stay: () => {
      last.current = Date.now();
      setSecondsLeft(null);
    },
  };
}

/** Idle minutes: `?idle=` (for a site that wants another value, and for tests), else 15. */
export function idleMinutes(search = window.location.search): number {
  const n = Number(new URLSearchParams(search).get('idle'));
  return Number.isFinite(n) && n > 0 ? n : 15;
}
