// Employers: the searchable list on the left; on the right everything about the selected one — details,
// vetting (form and history), blocklist, and its postings — so nothing is more than two clicks away.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Employer, Posting, Vetting } from '../../../shared/domain/entities';
import { useConsole, useHallZone } from '../context';
import { SearchBox } from '../ui/SearchBox';
import { LIST_LIMIT, ListLimit } from '../ui/ListLimit';
import { matchesRecord } from '../lib/search';
import { districtName, formatTime, langOf } from '../lib/labels';
import { EmployerForm } from './EmployerForm';
import { VettingForm } from './VettingForm';
import { BlockControls } from './BlockControls';

type Filter = 'all' | 'pending' | 'approved' | 'blocked';

export function EmployersSection({ onNewPosting }: { onNewPosting: (employerId: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const { state } = useConsole();
  const [q, setQ] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const [selected, setSelected] = useState<string | null>(null);
  const employers = state.records.employer;
  // Records are updated in place by the station client, so the list is recomputed on every render (cheap:
  // search keys are cached) rather than memoised on a Map whose identity does not change.
  const list = [...employers.values()]
    .filter(
      (e) =>
        filter === 'all' ||
        (filter === 'blocked'
          ? e.blocked
          : e.vetting === filter || (filter === 'pending' && e.vetting === 'needs_info')),
    )
    .filter((e) =>
      matchesRecord(
        e,
        () => [
          e.name,
          e.creditCode,
          e.householderId,
          e.contactName,
          e.contactPhone,
          e.address,
          districtName(e.district, 'zh'),
          districtName(e.district, 'en'),
        ],
        q,
      ),
    )
    .sort((a, b) => b.createdAt - a.createdAt);
  const current = selected ? employers.get(selected) : undefined;

  return (
    <div className="section" data-testid="employers">
      <div className="list-pane">
        <div className="list-head">
          <h2>
            {t('nav.employers')} <span className="count">{list.length}</span>
          </h2>
          <button type="button" className="primary" onClick={() => setSelected(null)} data-testid="new-employer">
            {t('employer.new')}
          </button>
        </div>
        <div className="filters">
          <SearchBox id="employer-search" value={q} onChange={setQ} />
          <select aria-label={t('ui.filter')} value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            {(['all', 'pending', 'approved', 'blocked'] as const).map((f) => (
              <option key={f} value={f}>
                {t(`employer.filter.${f}`)}
              </option>
            ))}
          </select>
        </div>
        <table className="list">
          <thead>
            <tr>
              <th>{t('employer.name')}</th>
              <th>{t('employer.kind')}</th>
              <th>{t('employer.contactName')}</th>
              <th>{t('employer.district')}</th>
              <th>{t('employer.vetting')}</th>
            </tr>
          </thead>
          <tbody>
            {list.slice(0, LIST_LIMIT).map((e) => (
              <tr
                key={e.id}
                className={e.id === selected ? 'selected' : ''}
                onClick={() => setSelected(e.id)}
                tabIndex={0}
                onKeyDown={(ev) => ev.key === 'Enter' && setSelected(e.id)}
                data-testid="employer-row"
              >
                <td>{e.name}</td>
                <td>{t(`employer.kinds.${e.kind}`)}</td>
                <td>
                  {e.contactName} {e.contactPhone}
                </td>
                <td>{districtName(e.district, lang)}</td>
                <td>
                  <VettingBadge employer={e} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <ListLimit shown={Math.min(list.length, LIST_LIMIT)} total={list.length} />
      </div>
      <div className="detail-pane">
        {current ? (
          <EmployerDetail key={current.id} employer={current} onNewPosting={onNewPosting} />
        ) : (
          <>
            <h2>{t('employer.new')}</h2>
            <EmployerForm onSaved={(id) => setSelected(id)} />
          </>
        )}
      </div>
    </div>
  );
}

export function VettingBadge({ employer }: { employer: Employer }) {
  const { t } = useTranslation();
  if (employer.blocked) return <span className="badge bad">{t('employer.blocked')}</span>;
  const cls = employer.vetting === 'approved' ? 'good' : employer.vetting === 'rejected' ? 'bad' : 'warn';
  return (
    <span className={`badge ${cls}`} data-testid="vetting-badge">
      {t(`vetting.status.${employer.vetting}`)}
    </span>
  );
}

function EmployerDetail({
  employer,
  onNewPosting,
}: {
  employer: Employer;
  onNewPosting: (employerId: string) => void;
}) {
  const { t } = useTranslation();
  const zone = useHallZone();
  const { state } = useConsole();
  const vettings = [...state.records.vetting.values()]
    .filter((v): v is Vetting => v.employerId === employer.id)
    .sort((a, b) => b.at - a.at);
  const postings = [...state.records.posting.values()].filter(
    (p): p is Posting => 'employerId' in p && p.employerId === employer.id,
  );
  return (
    <div className="detail" data-testid="employer-detail">
      <div className="detail-head">
        <h2>
          {employer.name} <VettingBadge employer={employer} />
        </h2>
        <button type="button" onClick={() => onNewPosting(employer.id)} data-testid="employer-new-posting">
          {t('posting.newForEmployer')}
        </button>
      </div>
      {employer.blocked && (
        <p className="banner bad">{t('employer.blockedBecause', { reason: employer.blockReason })}</p>
      )}
      <div className="columns">
        <section>
          <h3>{t('employer.details')}</h3>
          <EmployerForm employer={employer} onSaved={() => undefined} />
        </section>
        <section>
          <h3>{t('vetting.title')}</h3>
          <VettingForm employer={employer} />
          <h4>{t('vetting.history')}</h4>
          <ul className="history" data-testid="vetting-history">
            {vettings.map((v) => (
              <li key={v.id}>
                <b>{t(`vetting.outcomes.${v.outcome}`)}</b> · {formatTime(v.at, zone)} · {v.by}
                {v.note && <> · {v.note}</>}
                <div className="muted">
                  {(['creditSystemChecked', 'operatingNormal', 'notOnAbnormalList', 'licenceSeen'] as const)
                    .filter((k) => v.checks[k])
                    .map((k) => t(`vetting.short.${k}`))
                    .join(' · ')}
                </div>
              </li>
            ))}
            {!vettings.length && <li className="muted">{t('vetting.none')}</li>}
          </ul>
          <h4>{t('employer.blocklist')}</h4>
          <BlockControls employer={employer} />
          <h4>
            {t('employer.postings')} ({postings.length})
          </h4>
          <ul className="history">
            {postings.map((p) => (
              <li key={p.id}>
                {p.title} · {t(`postingStatus.${p.status}`)} · {p.filledCount}/{p.headcount}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
