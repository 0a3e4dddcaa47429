// 推荐就业: every application and referral and what followed it. The list has the desk's working views — active,
// call back (no receipt after 7 hall days), tomorrow's interviews, wages overdue — and the detail pane shows one
// placement's record; with nothing chosen it offers a new referral (with its slip) and the phone-enquiry form.
// What each view holds is decided by shared/placement, the same rules the hub and the numbers use.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application, Posting } from '../../../shared/domain/entities';
import { ApplicationInput } from '../../../shared/domain/schemas';
import { isActive } from '../../../shared/placement/lifecycle';
import { hallTomorrow, interviewOn, needsFollowUp } from '../../../shared/placement/referral';
import { isOverdue, wageState } from '../../../shared/placement/wages';
import { hallDate } from '../../../shared/rules/hallTime';
import { isOpen } from '../../../shared/rules/posting';
import { useConsole, useHallZone } from '../context';
import { SearchBox } from '../ui/SearchBox';
import { LIST_LIMIT, ListLimit } from '../ui/ListLimit';
import { Field } from '../ui/Field';
import { FormMessage } from '../ui/FormMessage';
import { matches } from '../lib/search';
import { formatTime } from '../lib/labels';
import { checkWith, fromAppError, type FieldErrors } from '../lib/formErrors';
import { PlacementDetail } from './PlacementDetail';
import { ReferForm } from './ReferForm';

export const TABS = ['active', 'followUp', 'tomorrow', 'overdue', 'all'] as const;
export type Tab = (typeof TABS)[number];

/** Which placements a tab holds at `now` in the hall. */
export function inTab(tab: Tab, a: Application, now: number, zone: string): boolean {
  switch (tab) {
    case 'active':
      return isActive(a.status);
    case 'followUp':
      return needsFollowUp(a, now, zone);
    case 'tomorrow':
      return interviewOn(a, hallTomorrow(now, zone));
    case 'overdue':
      return a.status === 'hired' && isOverdue(a.wage, hallDate(now, zone));
    case 'all':
      return true;
  }
}

export function PlacementsSection() {
  const { t } = useTranslation();
  const zone = useHallZone();
  const { state, now } = useConsole();
  const [q, setQ] = useState('');
  const [tab, setTab] = useState<Tab>('active');
  const [selected, setSelected] = useState<string | null>(null);
  const { application: apps, posting: postings, worker: workers } = state.records;
  const at = now();
  const today = hallDate(at, zone);
  const counts = Object.fromEntries(
    TABS.map((k) => [k, [...apps.values()].filter((a) => inTab(k, a, at, zone)).length]),
  ) as Record<Tab, number>;
  const list = [...apps.values()]
    .filter((a) => inTab(tab, a, at, zone))
    .filter((a) => {
      const p = postings.get(a.postingId);
      return matches(
        [a.phone, a.referral?.slipNo, p?.title, p?.employerName, a.workerId ? workers.get(a.workerId)?.name : ''],
        q,
      );
    })
    .sort((a, b) =>
      tab === 'tomorrow'
        ? (a.referral?.interview?.time ?? '').localeCompare(b.referral?.interview?.time ?? '')
        : b.updatedAt - a.updatedAt,
    );
  const current = selected ? apps.get(selected) : undefined;

  return (
    <div className="section" data-testid="applications">
      <div className="list-pane">
        <div className="list-head">
          <h2>
            {t('nav.applications')} <span className="count">{list.length}</span>
          </h2>
          <button type="button" className="primary" onClick={() => setSelected(null)} data-testid="new-referral">
            {t('placement.newReferral')}
          </button>
        </div>
        <div className="tabs" role="tablist">
          {TABS.map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              aria-selected={tab === k}
              className={tab === k ? 'active' : ''}
              onClick={() => setTab(k)}
              data-testid={`tab-${k}`}
            >
              {tab === 'tomorrow' && k === 'tomorrow'
                ? t('placement.tomorrowTitle', { date: hallTomorrow(at, zone) })
                : t(`placement.tabs.${k}`)}{' '}
              <span className="count">{counts[k]}</span>
            </button>
          ))}
        </div>
        <div className="filters">
          <SearchBox id="application-search" value={q} onChange={setQ} />
        </div>
        <table className="list">
          <thead>
            <tr>
              <th>{t('application.when')}</th>
              <th>{t('application.posting')}</th>
              <th>{t('application.who')}</th>
              <th>{t('application.status')}</th>
              <th>{t('placement.wage')}</th>
            </tr>
          </thead>
          <tbody>
            {list.slice(0, LIST_LIMIT).map((a) => {
              const p = postings.get(a.postingId);
              const w = a.workerId ? workers.get(a.workerId) : undefined;
              return (
                <tr
                  key={a.id}
                  data-testid="application-row"
                  className={a.id === selected ? 'selected' : ''}
                  onClick={() => setSelected(a.id)}
                  tabIndex={0}
                  onKeyDown={(e) => e.key === 'Enter' && setSelected(a.id)}
                >
                  <td>
                    {tab === 'tomorrow' && a.referral?.interview
                      ? `${a.referral.interview.time} · ${a.referral.interview.place}`
                      : formatTime(a.updatedAt, zone)}
                  </td>
                  <td>
                    {p?.title ?? '—'}
                    <div className="muted">{p?.employerName}</div>
                  </td>
                  <td>
                    {w?.name || '—'} <div className="muted">{a.phone}</div>
                  </td>
                  <td>
                    <span className={`badge status-${a.status}`}>{t(`application.statuses.${a.status}`)}</span>
                    {a.referral && <div className="muted">{a.referral.slipNo}</div>}
                  </td>
                  <td>
                    {a.wage && (
                      <span className={`badge wage-${wageState(a.wage, today)}`}>
                        {t(`placement.wageStates.${wageState(a.wage, today)}`)}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <ListLimit shown={Math.min(list.length, LIST_LIMIT)} total={list.length} />
      </div>
      <div className="detail-pane">
        {current ? (
          <PlacementDetail key={current.id} app={current} />
        ) : (
          <>
            <h2>{t('placement.newReferral')}</h2>
            <ReferForm onReferred={setSelected} />
            <h2>{t('application.phoneEnquiry')}</h2>
            <PhoneEnquiryForm
              postings={[...postings.values()].filter((p): p is Posting => 'employerId' in p && isOpen(p, at))}
            />
          </>
        )}
      </div>
    </div>
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
