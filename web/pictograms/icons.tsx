// The pictogram API for every page: <TradeIcon code="electrician" /> and <JobTypeIcon type="daily" />. Size them
// with CSS (width/height on `.picto`), colour them with `color` and `--picto-tint`. An unknown code draws a plain
// work badge rather than nothing, so a trade added to the list before its drawing never leaves a hole.
import type { JobType } from '../../shared/domain/enums';
import { Pictogram, TINT } from './Pictogram';
import { TRADE_DRAWINGS } from './tradeDrawings';
import { JOB_TYPE_DRAWINGS } from './jobTypeDrawings';

const UNKNOWN = (
  <>
    <rect x="6" y="14" width="36" height="26" rx="3" style={TINT} />
    <path d="M17 14v-5h14v5M6 25h36" />
  </>
);

export function TradeIcon({ code, className }: { code: string; className?: string }) {
  return (
    <Pictogram kind="trade" name={code} className={className}>
      {(TRADE_DRAWINGS as Record<string, React.ReactElement | undefined>)[code] ?? UNKNOWN}
    </Pictogram>
  );
}

export function JobTypeIcon({ type, className }: { type: JobType | string; className?: string }) {
  return (
    <Pictogram kind="job-type" name={type} className={className}>
      {(JOB_TYPE_DRAWINGS as Record<string, React.ReactElement | undefined>)[type] ?? UNKNOWN}
    </Pictogram>
  );
}
