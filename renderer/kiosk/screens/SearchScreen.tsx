// Typed search for those who want it: pinyin letters (initials like "dg" work: the hub understands them) or a
// tapped Chinese candidate.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useScreenText, useSession } from '../kioskContext';
import { PinyinKeyboard } from '../PinyinKeyboard';
import { Icon } from '../Icon';
import { jobCandidates } from '../pinyinCandidates';
import { EMPTY_FILTER, type PostingFilter } from '../postingQuery';

export function SearchScreen({ filter, setFilter }: { filter: PostingFilter; setFilter(f: PostingFilter): void }) {
  const { t } = useTranslation();
  const { go } = useSession();
  useScreenText(t('search.say'));
  const [letters, setLetters] = useState(() => (/^[a-z]*$/.test(filter.q) ? filter.q : ''));
  const candidates = useMemo(() => jobCandidates(letters), [letters]);
  const run = (q: string) => {
    setFilter({ ...EMPTY_FILTER, sort: filter.sort, q });
    go({ name: 'results' });
  };
  return (
    <section>
      <h1>{t('search.title')}</h1>
      <PinyinKeyboard
        letters={letters}
        onLetters={setLetters}
        candidates={candidates}
        onPick={run}
        placeholder={t('search.placeholder')}
      />
      <button type="button" className="primary wide-button" disabled={!letters} onClick={() => run(letters)}>
        <Icon name="search" /> {t('search.go')}
      </button>
    </section>
  );
}
