// Postings: searchable list by status; the selected posting's form, its status actions (publish, fill, close,
// duplicate) and the applications it drew, side by side.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Posting } from '../../../shared/domain/entities';
import { POSTING_STATUSES, type PostingStatus } from '../../../shared/domain/enums';
import { belowMinimumWage, formatPayFull } from '../../../shared/domain/pay';
import { useConsole, useHallZone } from '../context';
import { SearchBox } from '../ui/SearchBox';
import { LIST_LIMIT, ListLimit } from '../ui/ListLimit';
import { FormMessage } from '../ui/FormMessage';
import { matchesRecord } from '../lib/search';
import { districtName, formatTime, langOf, tradeName } from '../lib/labels';
import { fromAppError, type FieldErrors } from '../lib/formErrors';
import { PostingForm } from './PostingForm';

export type PostingTarget = { kind: 'new'; employerId?: string } | { kind: 'posting'; id: string };

export function PostingsSection({ target, onTarget }: { target: PostingTarget; onTarget: (t: PostingTarget) => void }) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const { state } = useConsole();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<PostingStatus | 'all'>('all');
  const site = state.records.site.get('site');
  const postings = state.records.posting;
  // Records are updated in place by the station client, so the list is recomputed on every render (cheap:
  // search keys are cached) rather than memoised on a Map whose identity does not change.
  const list = [...postings.values()]
    .filter((p): p is Posting => 'employerId' in p)
    .filter((p) => status === 'all' || p.status === status)
    .filter((p) =>
      matchesRecord(
        p,
        () => [
          p.title,
          p.employerName,
          tradeName(p.trade, 'zh'),
          tradeName(p.trade, 'en'),
          districtName(p.district, 'zh'),
          districtName(p.district, 'en'),
          p.address,
        ],
        q,
      ),
    )
    .sort((a, b) => b.createdAt - a.createdAt);
  const current = target.kind === 'posting' ? (postings.get(target.id) as Posting | undefined) : undefined;

  return (
    <div className="section" data-testid="postings">
      <div className="list-pane">
        <div className="list-head">
          <h2>
            {t('nav.postings')} <span className="count">{list.length}</span>
          </h2>
          <button type="button" className="primary" onClick={() => onTarget({ kind: 'new' })} data-testid="new-posting">
            {t('posting.new')}
          </button>
        </div>
        <div className="filters">
          <SearchBox id="posting-search" value={q} onChange={setQ} />
          <select
            aria-label={t('ui.filter')}
            value={status}
            onChange={(e) => setStatus(e.target.value as PostingStatus | 'all')}
          >
            <option value="all">{t('ui.all')}</option>
            {POSTING_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`postingStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <table className="list">
          <thead>
            <tr>
              <th>{t('posting.title')}</th>
              <th>{t('posting.employer')}</th>
              <th>{t('posting.pay')}</th>
              <th>{t('posting.headcount')}</th>
              <th>{t('posting.status')}</th>
            </tr>
          </thead>
          <tbody>
            {list.slice(0, LIST_LIMIT).map((p) => (
              <tr
                key={p.id}
                className={current?.id === p.id ? 'selected' : ''}
                onClick={() => onTarget({ kind: 'posting', id: p.id })}
                tabIndex={0}
                onKeyDown={(ev) => ev.key === 'Enter' && onTarget({ kind: 'posting', id: p.id })}
                data-testid="posting-row"
              >
                <td>
                  {p.title}
                  <div className="muted">
                    {tradeName(p.trade, lang)} · {districtName(p.district, lang)}
                  </div>
                </td>
                <td>{p.employerName}</td>
                <td>
                  {formatPayFull(p.pay, lang)}
                  {site?.minHourlyWage != null && belowMinimumWage(p.pay, site.minHourlyWage) && (
                    <span className="badge bad">{t('posting.lowPay')}</span>
                  )}
                </td>
                <td>
                  {p.filledCount}/{p.headcount}
                </td>
                <td>
                  <span className={`badge status-${p.status}`}>{t(`postingStatus.${p.status}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <ListLimit shown={Math.min(list.length, LIST_LIMIT)} total={list.length} />
      </div>
      <div className="detail-pane">
        {current ? (
          <PostingDetail key={current.id} posting={current} onTarget={onTarget} />
        ) : (
          <>
            <h2>{t('posting.new')}</h2>
            <PostingForm
              key={`new-${target.kind === 'new' ? (target.employerId ?? '') : ''}`}
              employerId={target.kind === 'new' ? target.employerId : undefined}
              onSaved={(id) => onTarget({ kind: 'posting', id })}
            />
          </>
        )}
      </div>
    </div>
  );
}

function PostingDetail({ posting, onTarget }: { posting: Posting; onTarget: (t: PostingTarget) => void }) {
  const { t } = useTranslation();
  const zone = useHallZone();
  const { send, state } = useConsole();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [filled, setFilled] = useState(String(posting.filledCount));
  const applications = [...state.records.application.values()].filter((a) => a.postingId === posting.id);

  async function act(run: () => Promise<{ ok: boolean; error?: Parameters<typeof fromAppError>[0] }>) {
    const reply = await run();
    setErrors(reply.ok || !reply.error ? {} : fromAppError(reply.error));
  }

  return (
    <div className="detail" data-testid="posting-detail">
      <div className="detail-head">
        <h2>
          {posting.title}{' '}
          <span className={`badge status-${posting.status}`} data-testid="posting-status">
            {t(`postingStatus.${posting.status}`)}
          </span>
        </h2>
        <div className="actions">
          {posting.status !== 'published' && (
            <button
              type="button"
              className="primary"
              onClick={() => act(() => send('posting.publish', { id: posting.id }))}
              data-testid="publish"
            >
              {t('posting.publish')}
            </button>
          )}
          {posting.status !== 'closed' && (
            <button
              type="button"
              onClick={() => act(() => send('posting.setStatus', { id: posting.id, status: 'closed' }))}
            >
              {t('posting.close')}
            </button>
          )}
          {posting.status !== 'draft' && posting.status !== 'published' && (
            <button
              type="button"
              onClick={() => act(() => send('posting.setStatus', { id: posting.id, status: 'draft' }))}
            >
              {t('posting.toDraft')}
            </button>
          )}
          <button
            type="button"
            onClick={async () => {
              const reply = await send('posting.duplicate', { id: posting.id });
              if (reply.ok) onTarget({ kind: 'posting', id: reply.result.id });
              else setErrors(fromAppError(reply.error));
            }}
            data-testid="duplicate"
          >
            {t('posting.duplicate')}
          </button>
        </div>
      </div>
      <FormMessage errors={errors} />
      <p className="muted">
        {t('posting.meta', {
          created: formatTime(posting.createdAt, zone),
          published: formatTime(posting.publishedAt, zone) || '—',
          expires: formatTime(posting.expiresAt, zone) || '—',
        })}
      </p>
      <form
        className="form inline"
        onSubmit={(e) => {
          e.preventDefault();
          void act(() => send('posting.setFilled', { id: posting.id, filledCount: Number(filled) }));
        }}
      >
        <label htmlFor="posting-filled">{t('posting.filledCount')}</label>
        <input
          id="posting-filled"
          className="short"
          value={filled}
          inputMode="numeric"
          onChange={(e) => setFilled(e.target.value)}
        />
        <span>/ {posting.headcount}</span>
        <button type="submit">{t('posting.setFilled')}</button>
      </form>
      <div className="columns">
        <section>
          <PostingForm posting={posting} onSaved={() => undefined} />
        </section>
        <section>
          <h3>
            {t('nav.applications')} ({applications.length})
          </h3>
          <ul className="history">
            {applications.map((a) => (
              <li key={a.id}>
                {a.phone} · {t(`application.sources.${a.source}`)} · {t(`application.statuses.${a.status}`)} ·{' '}
                {formatTime(a.createdAt, zone)}
              </li>
            ))}
            {!applications.length && <li className="muted">{t('ui.none')}</li>}
          </ul>
        </section>
      </div>
    </div>
  );
}
