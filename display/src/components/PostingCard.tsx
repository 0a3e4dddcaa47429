// One posting on a TV board: trade and title, job type badge, pay with unit and settlement, district, people still
// needed, when it starts, how long ago it was posted. Public fields only — the card has no phone to show.
// No trade emoji: the wall PCs have no colour-emoji font, and a missing glyph box reads as a fault.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicPosting } from '../../../shared/domain/entities';
import { formatPay, formatSettlement } from '../../../shared/domain/pay';
import { JobTypeBadge } from './JobTypeBadge';
import { startsLabel, timeAgo } from '../format';
import { districtName, tradeName } from '../../../web/labels';
import type { Lang } from '../../../web/labels';
import { placesLeft } from '../../../shared/rules/posting';

interface Props {
  posting: PublicPosting;
  /** Hub-clock time rounded to the minute: the card re-renders once a minute, not every frame. */
  minute: number;
  /** The hall's time zone ("starts today" is the hall's today). */
  zone?: string;
}

export const PostingCard = memo(function PostingCard({ posting: p, minute, zone }: Props) {
  const { t, i18n } = useTranslation();
  const lang = (i18n.language === 'en' ? 'en' : 'zh') as Lang;
  const needed = placesLeft(p);
  const perks = (['meals', 'lodging', 'transport'] as const).filter((k) => p.benefits[k]);
  return (
    <article className="card" data-testid="posting-card" data-posting-id={p.id}>
      <div className="card-top">
        <JobTypeBadge jobType={p.jobType} />
        <span className="card-trade">{tradeName(p.trade, lang)}</span>
        <span className="card-title">{p.title}</span>
      </div>
      <div className="card-pay">
        <span className="pay-amount">{formatPay(p.pay, lang)}</span>
        <span className="pay-settlement">{formatSettlement(p.pay.settlement, lang)}</span>
        {perks.map((k) => (
          <span key={k} className="perk">
            {t(`card.benefits.${k}`)}
          </span>
        ))}
        <span className="card-needed">{t('card.needed', { count: needed })}</span>
      </div>
      <div className="card-meta">
        <span className="meta-district">{districtName(p.district, lang)}</span>
        <span className="meta-start">{startsLabel(p.startDate, minute, t, zone)}</span>
        {p.dailyHours && <span className="meta-hours">{t('card.hours', p.dailyHours)}</span>}
        <span className="meta-ago">{timeAgo(p.publishedAt, minute, t)}</span>
      </div>
    </article>
  );
});
