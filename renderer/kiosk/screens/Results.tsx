// Results as big cards, with job-type chips, district (this hall's first) and order above them. A city can have
// thirty districts: the chips offer those with work on the board (and the hall's own, and any chosen), so a tap
// never leads to an empty list just because the district has nothing today.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { JOB_TYPES, type JobType } from '../../../shared/domain/enums';
import { homeFirst } from '../../../shared/domain/districts';
import { formatPay } from '../../../shared/domain/pay';
import type { PublicPosting } from '../../../shared/domain/entities';
import { useStation } from '../../../web/station';
import { useScreenText, useSession } from '../kioskContext';
import { Tile } from '../Tile';
import { PAGE_SIZE, type PostingFilter, type SortOrder } from '../postingQuery';
import { useResults } from '../useResults';
import { districtName, tradeName } from '../../../web/labels';
import { Icon } from '../Icon';
import { JobTypeIcon, TradeIcon } from '../../../web/pictograms/icons';
import { placesLeft } from '../../../shared/rules/posting';

const SORTS: SortOrder[] = ['nearby', 'newest', 'pay'];

function toggle<T>(list: T[], v: T): T[] {
  return list.includes(v) ? list.filter((x) => x !== v) : [...list, v];
}

/** A card's words as read aloud: title, pay and settlement, place, places left. */
function cardWords(p: PublicPosting, t: TFunction, lang: 'zh' | 'en'): string {
  return (
    [
      p.title,
      `${formatPay(p.pay, lang)} ${t(`settlement.${p.pay.settlement}`)}`,
      districtName(p.district, lang),
      t('results.need', { count: placesLeft(p) }),
    ].join(lang === 'zh' ? '，' : ', ') + (lang === 'zh' ? '。' : '.')
  );
}

export function PostingCard({ p, onOpen }: { p: PublicPosting; onOpen(): void }) {
  const { t } = useTranslation();
  const { lang } = useSession();
  return (
    <button
      type="button"
      className="card"
      onClick={onOpen}
      data-testid="result-card"
      data-trade={p.trade}
      data-say={cardWords(p, t, lang)}
    >
      <span className="card-icon" aria-hidden="true">
        <TradeIcon code={p.trade} />
      </span>
      <span className="card-body">
        <span className="card-title">{p.title}</span>
        <span className="card-pay">
          {formatPay(p.pay, lang)} · {t(`settlement.${p.pay.settlement}`)}
        </span>
        <span className="card-meta">
          {tradeName(p.trade, lang)} · {t(`jobType.${p.jobType}`)} · {districtName(p.district, lang)} ·{' '}
          {t('results.need', { count: placesLeft(p) })}
        </span>
      </span>
      <Icon name="next" className="card-go" />
    </button>
  );
}

export function Results({ filter, setFilter }: { filter: PostingFilter; setFilter(f: PostingFilter): void }) {
  const { t } = useTranslation();
  const { go, lang, client } = useSession();
  const state = useStation(client);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const results = useResults(filter, limit);
  const site = state.records.site.get('site');
  const home = site?.district ?? null;
  const withWork = new Set<string>();
  for (const p of state.records.posting.values()) withWork.add(p.district);
  const offered = homeFirst(site?.districts, home).filter(
    (d) => d.code === home || withWork.has(d.code) || filter.districts.includes(d.code),
  );
  const districts = offered.length > 1 ? offered : homeFirst(site?.districts, home);
  const what = filter.q ? t('results.query', { q: filter.q }) : filter.trades.map((c) => tradeName(c, lang)).join('、');
  const heading = what
    ? t('results.title', { what, count: results.total })
    : t('results.titleAll', { count: results.total });
  // A filter chosen earlier (even on another screen) is never silent: name it, with one tap to drop it.
  const sep = lang === 'zh' ? '、' : ', ';
  const narrowed = [
    filter.districts.map((d) => districtName(d, lang)).join(sep),
    filter.jobTypes.map((j) => t(`jobType.${j}`)).join(sep),
  ]
    .filter(Boolean)
    .join(' · ');
  // Read the count, then the first cards as they are shown (title, pay, place), so a visitor who reads little
  // hears what is there without tapping each one.
  useScreenText(
    results.loading
      ? t('results.loading')
      : [
          narrowed ? t('results.filteredTo', { what: narrowed }) : '',
          t('results.say', { count: results.total }),
          ...results.items.slice(0, 3).map((p) => cardWords(p, t, lang)),
        ]
          .filter(Boolean)
          .join(lang === 'zh' ? '。' : '. '),
  );
  const set = (patch: Partial<PostingFilter>) => {
    setLimit(PAGE_SIZE);
    setFilter({ ...filter, ...patch });
  };

  return (
    <section>
      <h1 data-testid="results-heading">{heading}</h1>
      {results.offline && (
        <p className="note">
          <Icon name="offline" /> {t('results.offlineNote')}
        </p>
      )}
      <div className="filters">
        <div className="chip-row" role="group" aria-label={t('results.jobTypes')}>
          <span className="chip-row-label" aria-hidden="true">
            {t('results.jobTypes')}
          </span>
          {JOB_TYPES.map((jt: JobType) => (
            <Tile
              key={jt}
              className="chip"
              icon={<JobTypeIcon type={jt} />}
              label={t(`jobType.${jt}`)}
              selected={filter.jobTypes.includes(jt)}
              onClick={() => set({ jobTypes: toggle(filter.jobTypes, jt) })}
            />
          ))}
        </div>
        <div className="chip-row" role="group" aria-label={t('results.districts')}>
          <span className="chip-row-label" aria-hidden="true">
            {t('results.districts')}
          </span>
          <Tile
            className="chip"
            label={t('results.allDistricts')}
            selected={filter.districts.length === 0}
            onClick={() => set({ districts: [] })}
          />
          {districts.map((d) => (
            <Tile
              key={d.code}
              className="chip"
              label={`${d[lang]}${d.code === home ? t('results.thisHall') : ''}`}
              selected={filter.districts.includes(d.code)}
              onClick={() => set({ districts: toggle(filter.districts, d.code) })}
            />
          ))}
        </div>
        {!filter.q && (
          <div className="chip-row" role="group" aria-label={t('results.sort')}>
            <span className="chip-row-label" aria-hidden="true">
              {t('results.sort')}
            </span>
            {SORTS.map((s) => (
              <Tile
                key={s}
                className="chip"
                label={t(`results.sortBy.${s}`)}
                selected={filter.sort === s}
                onClick={() => set({ sort: s })}
              />
            ))}
          </div>
        )}
      </div>
      {narrowed && (
        <p className="filter-note" role="status" data-testid="filter-note">
          <span>{t('results.filteredTo', { what: narrowed })}</span>
          <button
            type="button"
            className="primary"
            data-testid="show-all"
            onClick={() => set({ districts: [], jobTypes: [] })}
          >
            <Icon name="list" /> {t('results.showAll')}
          </button>
        </p>
      )}
      {results.loading && results.items.length === 0 && (
        <p className="note" role="status">
          {t('results.loading')}
        </p>
      )}
      {!results.loading && results.items.length === 0 && (
        <p className="note" role="status" data-testid="no-results">
          {t('results.none')}
        </p>
      )}
      <div className="cards" data-testid="results" aria-busy={results.loading}>
        {results.items.map((p) => (
          <PostingCard key={p.id} p={p} onOpen={() => go({ name: 'detail', postingId: p.id })} />
        ))}
      </div>
      {results.total > results.items.length && (
        <button type="button" className="wide-button" onClick={() => setLimit((l) => Math.min(200, l + PAGE_SIZE))}>
          {t('results.more', { count: Math.min(PAGE_SIZE, results.total - results.items.length) })}
        </button>
      )}
    </section>
  );
}
