// The job type as a word inside a shape: each type has its own outline (pill, double box, dashed, notched…) and
// mark, so it reads on a monochrome LED wall and for colour-blind passers-by, not by colour alone.
import { useTranslation } from 'react-i18next';
import type { JobType } from '../../../shared/domain/enums';

export const JOB_TYPE_MARK: Record<JobType, string> = {
  hourly: '●',
  daily: '■',
  short_term: '▲',
  temporary: '◆',
  seasonal: '★',
  long_term: '▼',
};

export function JobTypeBadge({ jobType, className = '' }: { jobType: JobType; className?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${jobType} ${className}`} data-job-type={jobType}>
      <span className="badge-mark" aria-hidden="true">
        {JOB_TYPE_MARK[jobType]}
      </span>
      {t(`jobType.${jobType}`)}
    </span>
  );
}
