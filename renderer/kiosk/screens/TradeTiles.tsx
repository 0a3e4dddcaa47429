// "Find work" without typing: one tap on a trade tile shows its jobs. A search box with a pinyin keyboard is
// there for those who want it.
import { useTranslation } from 'react-i18next';
import { TRADES } from '../../../shared/domain/trades';
import { useScreenText, useSession } from '../kioskContext';
import { Tile } from '../Tile';
import { Icon } from '../Icon';
import { TradeIcon } from '../../../web/pictograms/icons';
import { EMPTY_FILTER, type PostingFilter } from '../postingQuery';

export function TradeTiles({ filter, setFilter }: { filter: PostingFilter; setFilter(f: PostingFilter): void }) {
  const { t } = useTranslation();
  const { go, lang } = useSession();
  useScreenText(t('find.say'));
  const open = (trades: string[]) => {
    setFilter({ ...EMPTY_FILTER, sort: filter.sort, jobTypes: filter.jobTypes, districts: filter.districts, trades });
    go({ name: 'results' });
  };
  return (
    <section>
      <h1>{t('find.title')}</h1>
      <button type="button" className="wide-button search-button" onClick={() => go({ name: 'search' })}>
        <Icon name="keyboard" /> {t('find.search')}
      </button>
      <div className="tile-grid trades">
        <Tile icon={<Icon name="list" />} label={t('find.all')} onClick={() => open([])} testId="trade-all" />
        {TRADES.map((trade) => (
          <Tile
            key={trade.code}
            icon={<TradeIcon code={trade.code} />}
            label={trade[lang]}
            onClick={() => open([trade.code])}
            testId={`trade-${trade.code}`}
          />
        ))}
      </div>
    </section>
  );
}
