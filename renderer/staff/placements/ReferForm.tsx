// Refer a worker to a posting: choose both (or continue an application), set the interview (tomorrow at nine in
// the employer's meeting room unless the clerk says otherwise), and the hub issues the numbered slip.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Employer, Posting } from '../../../shared/domain/entities';
import { ReferInput } from '../../../shared/placement/schemas';
import { hallTomorrow } from '../../../shared/placement/referral';
import { isOpen } from '../../../shared/rules/posting';
import { useConsole, useHallZone } from '../context';
import { Field } from '../ui/Field';
import { FormMessage } from '../ui/FormMessage';
import { matches } from '../lib/search';
import { checkWith, fromAppError, type FieldErrors } from '../lib/formErrors';

export function ReferForm({
  fixed,
  onReferred,
}: {
  fixed?: { postingId: string; workerId: string; applicationId: string };
  onReferred: (id: string) => void;
}) {
  const { t } = useTranslation();
  const zone = useHallZone();
  const { state, send, now } = useConsole();
  const open = [...state.records.posting.values()].filter((p): p is Posting => 'employerId' in p && isOpen(p, now()));
  const [postingId, setPostingId] = useState(fixed?.postingId ?? '');
  const [who, setWho] = useState('');
  const [workerId, setWorkerId] = useState(fixed?.workerId ?? '');
  const posting = state.records.posting.get(postingId) as Posting | undefined;
  const employer = posting ? (state.records.employer.get(posting.employerId) as Employer | undefined) : undefined;
  const [date, setDate] = useState(hallTomorrow(now(), zone));
  const [time, setTime] = useState('09:00');
  const [place, setPlace] = useState('');
  const [contact, setContact] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const workers = [...state.records.worker.values()]
    .filter((w) => w.status === 'active' && (!who || matches([w.name, w.phone], who)))
    .slice(0, 30);

  function choosePosting(id: string) {
    setPostingId(id);
    const p = state.records.posting.get(id) as Posting | undefined;
    const e = p ? state.records.employer.get(p.employerId) : undefined;
    setPlace(p?.address ? `${p.address}` : '');
    setContact(e ? `${e.contactName} ${e.contactPhone}` : '');
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = checkWith(ReferInput, {
      postingId,
      workerId,
      applicationId: fixed?.applicationId ?? null,
      interview: place || contact ? { date, time, place, contact } : null,
      note,
    });
    if (!checked.ok) return setErrors(checked.errors);
    const reply = await send('placement.refer', checked.data);
    if (!reply.ok) return setErrors(fromAppError(reply.error));
    setErrors({});
    onReferred(reply.result.id);
  }

  return (
    <form className="form" onSubmit={submit} noValidate data-testid="refer-form">
      {!fixed && (
        <>
          <Field id="refer-posting" label={t('application.posting')} path="postingId" errors={errors} wide>
            <select id="refer-posting" value={postingId} onChange={(e) => choosePosting(e.target.value)}>
              <option value="">{t('ui.choose')}</option>
              {open.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title} · {p.employerName} · {p.filledCount}/{p.headcount}
                </option>
              ))}
            </select>
          </Field>
          <Field id="refer-who" label={t('placement.worker')} path="workerId" errors={errors} wide>
            <input
              id="refer-who"
              value={who}
              placeholder={t('placement.workerSearch')}
              onChange={(e) => setWho(e.target.value)}
            />
            <select
              id="refer-worker"
              aria-label={t('placement.worker')}
              value={workerId}
              onChange={(e) => setWorkerId(e.target.value)}
            >
              <option value="">{workers.length ? t('ui.choose') : t('placement.noWorker')}</option>
              {workers.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name || '—'} · {w.phone}
                </option>
              ))}
            </select>
          </Field>
        </>
      )}
      <fieldset className="field wide">
        <legend>{t('placement.interview')}</legend>
        <div className="row">
          <Field id="refer-date" label={t('placement.date')} path="interview.date" errors={errors}>
            <input id="refer-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </Field>
          <Field id="refer-time" label={t('placement.time')} path="interview.time" errors={errors}>
            <input id="refer-time" type="time" value={time} onChange={(e) => setTime(e.target.value)} />
          </Field>
        </div>
        <Field id="refer-place" label={t('placement.place')} path="interview.place" errors={errors} wide>
          <input
            id="refer-place"
            value={place}
            placeholder={employer?.address ?? ''}
            onChange={(e) => setPlace(e.target.value)}
          />
        </Field>
        <Field id="refer-contact" label={t('placement.contact')} path="interview.contact" errors={errors} wide>
          <input id="refer-contact" value={contact} onChange={(e) => setContact(e.target.value)} />
        </Field>
      </fieldset>
      <Field id="refer-note" label={t('application.note')} path="note" errors={errors} wide>
        <input id="refer-note" value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <FormMessage errors={errors} />
      <div className="actions">
        <button type="submit" className="primary" data-testid="refer-submit">
          {t('placement.refer')}
        </button>
      </div>
    </form>
  );
}
