// Idle timings: 60 s without a touch, then a 15 s "still there?" countdown. Tests shorten them with
// ?idle=2&warn=1 in the page URL (seconds); anything unreadable falls back to the defaults.
export interface IdleConfig {
  idleMs: number;
  warnMs: number;
}

export const DEFAULT_IDLE: IdleConfig = { idleMs: 60_000, warnMs: 15_000 };

export function idleConfigFrom(search: string): IdleConfig {
  const params = new URLSearchParams(search);
  const seconds = (name: string, fallback: number) => {
    const v = Number(params.get(name));
    return params.has(name) && Number.isFinite(v) && v > 0 && v <= 3600 ? v * 1000 : fallback;
  };
  return { idleMs: seconds('idle', DEFAULT_IDLE.idleMs), warnMs: seconds('warn', DEFAULT_IDLE.warnMs) };
}
