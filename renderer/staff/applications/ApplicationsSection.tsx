// The applications inbox: kiosk "I'm interested" entries and phone enquiries, newest first. Each row can be
// marked contacted / referred / hired … with a note, right in the list.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application, Posting } from '../../../shared/domain/entities';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../../shared/domain/enums';
import { ApplicationInput } from '../../../shared/domain/schemas';
import { useConsole, useHallZone } from '../context';
import { SearchBox } from '../ui/SearchBox';
import { LIST_LIMIT, ListLimit } from '../ui/ListLimit';
import { Field } from '../ui/Field';
import { FormMessage } from '../ui/FormMessage';
import { matches } from '../lib/search';
import { formatTime } from '../lib/labels';
import { isOpen } from '../../../shared/rules/posting';
import { checkWith, fromAppError, type FieldErrors } from '../lib/formErrors';

export function ApplicationsSection() {
  const { t } = useTranslation();
  const { state, now } = useConsole();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<ApplicationStatus | 'all'>('all');
  const { application: apps, posting: postings, worker: workers } = state.records;
  // Records are updated in place by the station client, so the list is recomputed on every render (cheap:
  // search keys are cached) rather than memoised on a Map whose identity does not change.
  const list = [...apps.values()]
    .filter((a) => status === 'all' || a.status === status)
    .filter((a) =>
      matches([a.phone, a.note, postings.get(a.postingId)?.title, a.workerId ? workers.get(a.workerId)?.name : ''], q),
    )
    .sort((a, b) => b.createdAt - a.createdAt);

  return (
    <div className="section" data-testid="applications">
      <div className="list-pane wide">
        <div className="list-head">
          <h2>
            {t('nav.applications')} <span className="count">{list.length}</span>
          </h2>
        </div>
        <div className="filters">
          <SearchBox id="application-search" value={q} onChange={setQ} />
          <select
            aria-label={t('ui.filter')}
            value={status}
            onChange={(e) => setStatus(e.target.value as ApplicationStatus | 'all')}
          >
            <option value="all">{t('ui.all')}</option>
            {APPLICATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`application.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <table className="list">
          <thead>
            <tr>
              <th>{t('application.when')}</th>
              <th>{t('application.posting')}</th>
              <th>{t('application.who')}</th>
              <th>{t('application.source')}</th>
              <th>{t('application.followUp')}</th>
            </tr>
          </thead>
          <tbody>
            {list.slice(0, LIST_LIMIT).map((a) => (
              <ApplicationRow key={a.id} app={a} />
            ))}
          </tbody>
        </table>
        <ListLimit shown={Math.min(list.length, LIST_LIMIT)} total={list.length} />
      </div>
      <div className="detail-pane narrow">
        <h2>{t('application.phoneEnquiry')}</h2>
        <PhoneEnquiryForm
          postings={[...postings.values()].filter((p): p is Posting => 'employerId' in p && isOpen(p, now()))}
        />
      </div>
    </div>
  );
}

function ApplicationRow({ app }: { app: Application }) {
  const { t } = useTranslation();
  const zone = useHallZone();
  const { state, send } = useConsole();
  const [status, setStatus] = useState<ApplicationStatus>(app.status);
  const [note, setNote] = useState(app.note);
  const [errors, setErrors] = useState<FieldErrors>({});
  const posting = state.records.posting.get(app.postingId);
  const worker = app.workerId ? state.records.worker.get(app.workerId) : undefined;
  async function save(e: FormEvent) {
    e.preventDefault();
    const reply = await send('application.update', { id: app.id, status, note });
    setErrors(reply.ok ? {} : fromAppError(reply.error));
  }
  return (
    <tr data-testid="application-row">
      <td>{formatTime(app.createdAt, zone)}</td>
      <td>
        {posting?.title ?? '—'}
        <div className="muted">{posting?.employerName}</div>
      </td>
      <td>
        {worker?.name || '—'} <div>{app.phone}</div>
      </td>
      <td>
        {t(`application.sources.${app.source}`)}
        {app.handledBy && <div className="muted">{app.handledBy}</div>}
      </td>
      <td>
        <form className="form inline" onSubmit={save}>
          <select
            aria-label={t('application.status')}
            value={status}
            onChange={(e) => setStatus(e.target.value as ApplicationStatus)}
          >
            {APPLICATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`application.statuses.${s}`)}
              </option>
            ))}
          </select>
          <input
            aria-label={t('application.note')}
            placeholder={t('application.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <button type="submit">{t('ui.save')}</button>
          <FormMessage errors={errors} />
        </form>
      </td>
    </tr>
  );
}

function PhoneEnquiryForm({ postings }: { postings: Posting[] }) {
  const { t } = useTranslation();
  const { send } = useConsole();
  const [postingId, setPostingId] = useState('');
  const [phone, setPhone] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    const checked = checkWith(ApplicationInput, { postingId, phone, note, source: 'phone' });
    if (!checked.ok) return setErrors(checked.errors);
    const reply = await send('application.create', checked.data);
    if (!reply.ok) return setErrors(fromAppError(reply.error));
    setErrors({});
    setPhone('');
    setNote('');
    setSaved(t('ui.saved'));
  }
  return (
    <form className="form" onSubmit={submit} noValidate>
      <Field id="enquiry-posting" label={t('application.posting')} path="postingId" errors={errors} wide>
        <select id="enquiry-posting" value={postingId} onChange={(e) => setPostingId(e.target.value)}>
          <option value="">{t('ui.choose')}</option>
          {postings.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title} · {p.employerName}
            </option>
          ))}
        </select>
      </Field>
      <Field id="enquiry-phone" label={t('worker.phone')} path="phone" errors={errors} wide>
        <input
          id="enquiry-phone"
          value={phone}
          inputMode="numeric"
          maxLength={11}
          onChange={(e) => setPhone(e.target.value)}
        />
      </Field>
      <Field id="enquiry-note" label={t('application.note')} path="note" errors={errors} wide>
        <input id="enquiry-note" value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <FormMessage errors={errors} saved={saved} />
      <div className="actions">
        <button type="submit" className="primary">
          {t('application.record')}
        </button>
      </div>
    </form>
  );
}
