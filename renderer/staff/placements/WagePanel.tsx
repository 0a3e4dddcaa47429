// Wages of a hired placement: what was agreed and when it is due, what has been paid, a report of paid / part
// paid / not paid, and — once overdue or not paid — one action that opens a wage dispute for mediation.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application, Posting } from '../../../shared/domain/entities';
import { WAGE_REPORTS, type WageReport } from '../../../shared/domain/enums';
import { SetWageInput, WageRecordInput } from '../../../shared/placement/schemas';
import { owed, wageState } from '../../../shared/placement/wages';
import { hallDate } from '../../../shared/rules/hallTime';
import { useConsole, useHallZone } from '../context';
import { Field } from '../ui/Field';
import { FormMessage } from '../ui/FormMessage';
import { formatTime } from '../lib/labels';
import { checkWith, fromAppError, type FieldErrors } from '../lib/formErrors';
import { useActorName } from './PlacementDetail';

export function WagePanel({ app, posting }: { app: Application; posting: Posting }) {
  const { t } = useTranslation();
  const zone = useHallZone();
  const { state, send, now } = useConsole();
  const actorName = useActorName();
  const today = hallDate(now(), zone);
  const w = app.wage;
  // What the clerk typed, else what is recorded now (the agreement may have set it since this opened).
  const [agreedTyped, setAgreed] = useState<string | null>(null);
  const [payDateTyped, setPayDate] = useState<string | null>(null);
  const agreed = agreedTyped ?? (w ? String(w.agreedAmount) : '');
  const payDate = payDateTyped ?? w?.payDate ?? posting.endDate ?? posting.startDate;
  const [report, setReport] = useState<WageReport>('paid');
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const dispute = [...state.records.dispute.values()].find((d) => d.applicationId === app.id && d.closedAt === null);

  async function saveWage(e: FormEvent) {
    e.preventDefault();
    const checked = checkWith(SetWageInput, { id: app.id, agreedAmount: Number(agreed), payDate });
    if (!checked.ok) return setErrors(checked.errors);
    const reply = await send('placement.setWage', checked.data);
    setErrors(reply.ok ? {} : fromAppError(reply.error));
    setSaved(reply.ok ? t('ui.saved') : null);
  }
  async function record(e: FormEvent) {
    e.preventDefault();
    const checked = checkWith(WageRecordInput, {
      id: app.id,
      report,
      amount: report === 'part_paid' ? Number(amount) : 0,
      note,
    });
    if (!checked.ok) return setErrors(checked.errors);
    const reply = await send('wage.record', checked.data);
    if (!reply.ok) return setErrors(fromAppError(reply.error));
    setErrors({});
    setAmount('');
    setNote('');
  }
  async function openDispute() {
    const reply = await send('dispute.open', {
      type: 'unpaid',
      applicationId: app.id,
      employerId: posting.employerId,
      note: note || '',
    });
    setErrors(reply.ok ? {} : fromAppError(reply.error));
    setSaved(reply.ok ? t('placement.disputeOpened') : null);
  }

  const state_ = w ? wageState(w, today) : null;
  return (
    <div className="wage-panel" data-testid="wage-panel">
      <h3>
        {t('placement.wage')}{' '}
        {state_ && (
          <span className={`badge wage-${state_}`} data-testid="wage-state">
            {t(`placement.wageStates.${state_}`)}
          </span>
        )}
      </h3>
      {w && (
        <p>
          {t('placement.paidAmount', { paid: w.paidAmount, agreed: w.agreedAmount })} · {t('placement.payDate')}{' '}
          {w.payDate}
        </p>
      )}
      <form className="form inline" onSubmit={saveWage} noValidate>
        <Field id="wage-agreed" label={t('placement.agreedAmount')} path="agreedAmount" errors={errors}>
          <input id="wage-agreed" inputMode="decimal" value={agreed} onChange={(e) => setAgreed(e.target.value)} />
        </Field>
        <Field id="wage-paydate" label={t('placement.payDate')} path="payDate" errors={errors}>
          <input id="wage-paydate" type="date" value={payDate} onChange={(e) => setPayDate(e.target.value)} />
        </Field>
        <button type="submit" data-testid="wage-set">
          {t('placement.setWage')}
        </button>
      </form>
      {w && w.status !== 'paid' && (
        <form className="form inline" onSubmit={record} noValidate>
          <select
            aria-label={t('placement.wage')}
            value={report}
            onChange={(e) => setReport(e.target.value as WageReport)}
            data-testid="wage-report"
          >
            {WAGE_REPORTS.map((r) => (
              <option key={r} value={r}>
                {t(`placement.wageReports.${r}`)}
              </option>
            ))}
          </select>
          {report === 'part_paid' && (
            <Field id="wage-part" label={t('placement.partAmount')} path="amount" errors={errors}>
              <input id="wage-part" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
            </Field>
          )}
          <input
            aria-label={t('application.note')}
            placeholder={t('application.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <button type="submit" className="primary" data-testid="wage-record">
            {t('placement.recordWage')}
          </button>
        </form>
      )}
      {w && owed(w) > 0 && (state_ === 'overdue' || w.status === 'not_paid') && !dispute && (
        <button type="button" className="danger" onClick={() => void openDispute()} data-testid="open-dispute">
          {t('placement.openDispute')}
        </button>
      )}
      {dispute && <p className="banner warn">{t('placement.disputeOpened')}</p>}
      <FormMessage errors={errors} saved={saved} />
      {w && w.entries.length > 0 && (
        <ul className="history">
          {w.entries.map((e, i) => (
            <li key={i}>
              {t(`placement.wageReports.${e.report}`)} {e.amount ? `${e.amount}` : ''} · {formatTime(e.at, zone)} ·{' '}
              {actorName(e.by)}
              {e.note && <span className="muted"> · {e.note}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
