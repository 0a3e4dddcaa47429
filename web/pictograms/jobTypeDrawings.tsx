// One drawing per job type (how long the work lasts — never how it is paid): a clock for by the hour, the sun for
// by the day, a calendar with one week marked for short-term, an hourglass for temporary, a leaf for seasonal and a
// stack of calendars for long-term. Same grid and style as the trades (Pictogram.tsx).
import type { ReactElement } from 'react';
import type { JobType } from '../../shared/domain/enums';
import { SOLID, TINT } from './Pictogram';

const calendar = (
  <>
    <rect x="6" y="10" width="36" height="32" rx="3" style={TINT} />
    <path d="M6 19h36M15 6v8M33 6v8" />
  </>
);

export const JOB_TYPE_DRAWINGS: Record<JobType, ReactElement> = {
  hourly: (
    <>
      <circle cx="24" cy="24" r="19" style={TINT} />
      <path d="M24 12v12l8 5" />
      <circle cx="24" cy="24" r="2" style={SOLID} />
    </>
  ),
  daily: (
    <>
      <circle cx="24" cy="24" r="9" style={TINT} />
      <path d="M24 4v6M24 38v6M4 24h6M38 24h6M10 10l4 4M34 34l4 4M10 38l4-4M34 14l4-4" />
    </>
  ),
  short_term: (
    <>
      {calendar}
      <path d="M12 26h24v7H12z" style={SOLID} />
    </>
  ),
  temporary: (
    <>
      <path d="M12 5h24M12 43h24" />
      <path d="M15 5c0 10 7 13 7 19s-7 9-7 19h18c0-10-7-13-7-19s7-9 7-19z" style={TINT} />
      <path d="M18.5 40c1-4 3-6 5.5-7 2.5 1 4.5 3 5.5 7z" style={SOLID} />
    </>
  ),
  seasonal: (
    <>
      <path d="M40 6C20 6 8 14 8 28c0 5 2 9 5 12 14 0 27-10 27-34z" style={TINT} />
      <path d="M5 44c8-8 16-17 25-28M20 30h8M15 24l1 8" />
    </>
  ),
  long_term: (
    <>
      <path d="M8 8h33v32M12 4h33v32" />
      <rect x="4" y="12" width="33" height="32" rx="3" style={TINT} />
      <path d="M4 20h33" />
      {[11, 17, 23, 29].flatMap((x) =>
        [26, 32, 38].map((y) => <circle key={`${x}-${y}`} cx={x + 1} cy={y} r="1.8" style={SOLID} stroke="none" />),
      )}
    </>
  ),
};
