// One placement's record at the desk: who was referred where, the slip (print on A5 or the 80 mm roll), the
// interview, the next step the rules allow (each with its own note), the history with who took each step, and
// once hired the wages and the work agreement.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor, Application, Employer, Posting, Site } from '../../../shared/domain/entities';
import type { ApplicationStatus } from '../../../shared/domain/enums';
import { nextSteps } from '../../../shared/placement/lifecycle';
import { daysSinceSlip, receiptUrl } from '../../../shared/placement/referral';
import { Interview } from '../../../shared/placement/schemas';
import { money } from '../../../shared/placement/schemas';
import { isoDate } from '../../../shared/domain/schemas';
import { z } from 'zod';
import { pageBridge } from '../../../web/bridge';
import { useConsole, useHallZone } from '../context';
import { Field } from '../ui/Field';
import { FormMessage } from '../ui/FormMessage';
import { formatTime } from '../lib/labels';
import { checkWith, fromAppError, type FieldErrors } from '../lib/formErrors';
import { qrImage } from '../workers/WorkerCard';
import { setSlipPaper, slipPaper, usePrint, type Paper } from '../print/PrintJob';
import { ReferralSlip } from './ReferralSlip';
import { ReferForm } from './ReferForm';
import { WagePanel } from './WagePanel';
import { AgreementPanel } from './AgreementPanel';
import { WorkerReliabilityLine } from './Reliability';

/** A person as the record shows them: a staff member by name, or who else took the step. */
export function useActorName(): (a: Actor) => string {
  const { t } = useTranslation();
  const { state } = useConsole();
  return (a) =>
    a.kind === 'staff' ? state.records.staffUser.get(a.id)?.displayName || a.name : t(`placement.by.${a.kind}`);
}

export function PlacementDetail({ app }: { app: Application }) {
  const { t } = useTranslation();
  const zone = useHallZone();
  const { state, now } = useConsole();
  const actorName = useActorName();
  const posting = state.records.posting.get(app.postingId) as Posting | undefined;
  const worker = app.workerId ? state.records.worker.get(app.workerId) : undefined;
  const days = daysSinceSlip(app, now(), zone);
  return (
    <div className="detail" data-testid="placement-detail">
      <div className="detail-head">
        <h2>
          {worker?.name || app.phone} <span className="muted">→ {posting?.title ?? '—'}</span>
        </h2>
        <span className={`badge status-${app.status}`} data-testid="placement-status">
          {t(`application.statuses.${app.status}`)}
        </span>
      </div>
      <p className="muted">
        {posting?.employerName} · {posting ? `${posting.filledCount}/${posting.headcount}` : ''}
        {app.referral && (
          <>
            {' '}
            · {t('placement.slipNo')} <b data-testid="detail-slip-no">{app.referral.slipNo}</b>
          </>
        )}
      </p>
      {app.workerId && <WorkerReliabilityLine workerId={app.workerId} />}
      <div className="columns">
        <section>
          {app.referral ? (
            <>
              <h3>{t('placement.slip')}</h3>
              <p>
                {app.referral.interview
                  ? t('placement.interviewAt', { ...app.referral.interview })
                  : t('placement.noInterview')}
              </p>
              {(app.referral.receipt || app.status === 'referred' || app.status === 'interviewed') && (
                <p data-testid="receipt-state">
                  {app.referral.receipt
                    ? t('placement.receiptAnswer', { answer: t(`placement.receipts.${app.referral.receipt.answer}`) })
                    : t('placement.receiptWaiting', { days: days ?? 0 })}
                </p>
              )}
              {posting && <SlipPrint app={app} posting={posting} />}
              {app.status === 'referred' && <InterviewForm app={app} />}
            </>
          ) : (
            (app.status === 'new' || app.status === 'contacted') &&
            app.workerId && (
              <>
                <h3>{t('placement.newReferral')}</h3>
                <ReferForm
                  fixed={{ postingId: app.postingId, workerId: app.workerId, applicationId: app.id }}
                  onReferred={() => undefined}
                />
              </>
            )
          )}
          <StepForm app={app} posting={posting} />
          {app.status === 'hired' && posting && <WagePanel app={app} posting={posting} />}
        </section>
        <section>
          <h3>{t('placement.history')}</h3>
          <ol className="history timeline" data-testid="placement-history">
            {app.history.map((s, i) => (
              <li key={i}>
                <b>{t(`application.statuses.${s.status}`)}</b> · {formatTime(s.at, zone)} · {actorName(s.by)}
                {s.note && <div className="muted">{s.note}</div>}
              </li>
            ))}
          </ol>
          {app.status === 'hired' && posting && <AgreementPanel app={app} posting={posting} />}
        </section>
      </div>
    </div>
  );
}

function SlipPrint({ app, posting }: { app: Application; posting: Posting }) {
  const { t } = useTranslation();
  const { state, send } = useConsole();
  const print = usePrint();
  const [paper, setPaper] = useState<Paper>(slipPaper());
  const [message, setMessage] = useState<string | null>(null);
  async function run() {
    setMessage(t('placement.printing'));
    const reply = await send('placement.slip', { id: app.id });
    if (!reply.ok) return setMessage(reply.error.message.zh);
    const site = state.records.site.get('site') as Site;
    const bridge = pageBridge('staff');
    const url = receiptUrl(site.publicUrl, bridge.info?.hubUrl ?? window.location.origin, reply.result.receiptCode);
    const qr = await qrImage(url).catch(() => null);
    const employer = state.records.employer.get(posting.employerId) as Employer | undefined;
    const worker = app.workerId ? state.records.worker.get(app.workerId) : undefined;
    const result = await print(
      <ReferralSlip
        app={app}
        posting={posting}
        employer={employer}
        worker={worker}
        site={site}
        receiptCode={reply.result.receiptCode}
        qr={qr}
      />,
      paper,
    );
    setMessage(result.ok ? null : t('placement.printFailed', { error: result.error }));
  }
  return (
    <div className="actions">
      <label>
        {t('placement.paper')}{' '}
        <select
          value={paper}
          onChange={(e) => {
            setPaper(e.target.value as Paper);
            setSlipPaper(e.target.value as Paper);
          }}
          data-testid="slip-paper"
        >
          <option value="a5">{t('placement.paperA5')}</option>
          <option value="r80">{t('placement.paper80')}</option>
        </select>
      </label>
      <button type="button" className="primary" onClick={() => void run()} data-testid="print-slip">
        {t('placement.printSlip')}
      </button>
      {message && <span className="muted">{message}</span>}
    </div>
  );
}

function InterviewForm({ app }: { app: Application }) {
  const { t } = useTranslation();
  const { send } = useConsole();
  const iv = app.referral?.interview;
  const [date, setDate] = useState(iv?.date ?? '');
  const [time, setTime] = useState(iv?.time ?? '09:00');
  const [place, setPlace] = useState(iv?.place ?? '');
  const [contact, setContact] = useState(iv?.contact ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = checkWith(z.object({ interview: Interview }), { interview: { date, time, place, contact } });
    if (!checked.ok) return setErrors(checked.errors);
    const reply = await send('placement.interview', { id: app.id, interview: checked.data.interview });
    setErrors(reply.ok ? {} : fromAppError(reply.error));
    setSaved(reply.ok ? t('ui.saved') : null);
  }
  return (
    <form className="form inline" onSubmit={submit} noValidate>
      <Field id="iv-date" label={t('placement.date')} path="interview.date" errors={errors}>
        <input id="iv-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </Field>
      <Field id="iv-time" label={t('placement.time')} path="interview.time" errors={errors}>
        <input id="iv-time" type="time" value={time} onChange={(e) => setTime(e.target.value)} />
      </Field>
      <Field id="iv-place" label={t('placement.place')} path="interview.place" errors={errors}>
        <input id="iv-place" value={place} onChange={(e) => setPlace(e.target.value)} />
      </Field>
      <Field id="iv-contact" label={t('placement.contact')} path="interview.contact" errors={errors}>
        <input id="iv-contact" value={contact} onChange={(e) => setContact(e.target.value)} />
      </Field>
      <button type="submit">{t('placement.saveInterview')}</button>
      <FormMessage errors={errors} saved={saved} />
    </form>
  );
}

const HireWage = z.object({ agreedAmount: money, payDate: isoDate });

function StepForm({ app, posting }: { app: Application; posting: Posting | undefined }) {
  const { t } = useTranslation();
  const { send } = useConsole();
  const [note, setNote] = useState('');
  const [hiring, setHiring] = useState(false);
  const [amount, setAmount] = useState('');
  const [payDate, setPayDate] = useState(posting?.endDate ?? posting?.startDate ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const steps = nextSteps(app.status);
  if (!steps.length) return null;
  async function go(to: ApplicationStatus) {
    let wage: { agreedAmount: number; payDate: string } | null = null;
    if (to === 'hired' && amount) {
      const checked = checkWith(HireWage, { agreedAmount: Number(amount), payDate });
      if (!checked.ok) return setErrors(checked.errors);
      wage = checked.data;
    }
    const reply = await send('placement.step', {
      id: app.id,
      baseVersion: app.version,
      to: to as never,
      note,
      wage,
    });
    if (!reply.ok) return setErrors(fromAppError(reply.error));
    setErrors({});
    setNote('');
    setHiring(false);
  }
  return (
    <div className="step-form" data-testid="step-form">
      <h3>{t('placement.nextStep')}</h3>
      <Field id="step-note" label={t('placement.stepNote')} path="note" errors={errors} wide>
        <input id="step-note" value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      {hiring && (
        <div className="row">
          <Field id="hire-amount" label={t('placement.agreedAmount')} path="agreedAmount" errors={errors}>
            <input id="hire-amount" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
          </Field>
          <Field id="hire-paydate" label={t('placement.payDate')} path="payDate" errors={errors}>
            <input id="hire-paydate" type="date" value={payDate} onChange={(e) => setPayDate(e.target.value)} />
          </Field>
        </div>
      )}
      <div className="actions">
        {steps.map((s) => (
          <button
            key={s}
            type="button"
            className={s === 'hired' ? 'primary' : ''}
            onClick={() => (s === 'hired' && !hiring ? setHiring(true) : void go(s))}
            data-testid={`step-${s}`}
          >
            {t(`placement.steps.${s}`)}
          </button>
        ))}
      </div>
      <FormMessage errors={errors} />
    </div>
  );
}
