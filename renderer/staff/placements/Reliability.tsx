// Reliability lines on the worker's and the employer's records (and the placement beside them): counted by
// shared/placement/reliability.ts from the placements and disputes the console already holds.
import { useTranslation } from 'react-i18next';
import type { Application, Dispute, Posting } from '../../../shared/domain/entities';
import {
  employerNeedsCare,
  employerReliability,
  workerNeedsCare,
  workerReliability,
} from '../../../shared/placement/reliability';
import { hallDate } from '../../../shared/rules/hallTime';
import { useConsole, useHallZone } from '../context';

export function WorkerReliabilityLine({ workerId }: { workerId: string }) {
  const { t } = useTranslation();
  const zone = useHallZone();
  const { state } = useConsole();
  const apps = [...state.records.application.values()].filter((a) => a.workerId === workerId);
  const r = workerReliability(apps, zone);
  return (
    <p className={workerNeedsCare(r) ? 'banner warn' : 'muted'} data-testid="worker-reliability">
      {t('placement.reliability')}：{t('reliability.worker', { ...r })}
    </p>
  );
}

export function EmployerReliabilityLine({ employerId }: { employerId: string }) {
  const { t } = useTranslation();
  const zone = useHallZone();
  const { state, now } = useConsole();
  const postingIds = new Set(
    [...state.records.posting.values()]
      .filter((p): p is Posting => 'employerId' in p && p.employerId === employerId)
      .map((p) => p.id),
  );
  const apps: Application[] = [...state.records.application.values()].filter((a) => postingIds.has(a.postingId));
  const disputes: Dispute[] = [...state.records.dispute.values()].filter((d) => d.employerId === employerId);
  const r = employerReliability(apps, disputes, hallDate(now(), zone));
  const employer = state.records.employer.get(employerId);
  return (
    <>
      {employer?.review && (
        <p className="banner bad" data-testid="employer-review">
          {t('dispute.review')}
        </p>
      )}
      <p className={employerNeedsCare(r) ? 'banner warn' : 'muted'} data-testid="employer-reliability">
        {t('placement.reliability')}：{t('reliability.employer', { ...r })}
      </p>
    </>
  );
}
