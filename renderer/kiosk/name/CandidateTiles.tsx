// Chinese characters to pick, as big tiles, a page at a time: a pinyin syllable can match a hundred characters,
// and every one of them must be reachable by finger. The page buttons are tiles of the same size, at both ends.
import { useTranslation } from 'react-i18next';
import { Icon } from '../Icon';

export interface CandidateTilesProps {
  chars: readonly string[];
  onPick(char: string): void;
  page: number;
  onPage(page: number): void;
  pageSize: number;
  /** Shown when there is nothing to pick. */
  empty?: string;
  testId?: string;
}

export function CandidateTiles({ chars, onPick, page, onPage, pageSize, empty, testId }: CandidateTilesProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(chars.length / pageSize));
  const current = Math.min(page, pages - 1);
  const shown = chars.slice(current * pageSize, (current + 1) * pageSize);
  return (
    <div className="char-candidates" data-testid={testId}>
      <div className="char-grid" role="group" aria-label={t('nameEntry.candidates')}>
        {current > 0 && (
          <button type="button" className="char-page" onClick={() => onPage(current - 1)}>
            <Icon name="back" /> {t('nameEntry.prev')}
          </button>
        )}
        {shown.map((ch) => (
          <button key={ch} type="button" className="char-tile" lang="zh-CN" onClick={() => onPick(ch)}>
            {ch}
          </button>
        ))}
        {current < pages - 1 && (
          <button type="button" className="char-page" onClick={() => onPage(current + 1)}>
            {t('nameEntry.more')} <Icon name="next" />
          </button>
        )}
      </div>
      {chars.length === 0 && empty && <p className="hint char-empty">{empty}</p>}
      {pages > 1 && <p className="char-pages">{t('nameEntry.page', { page: current + 1, pages })}</p>}
    </div>
  );
}
