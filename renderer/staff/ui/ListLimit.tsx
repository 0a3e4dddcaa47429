// Lists render at most LIST_LIMIT rows: a hall accumulates thousands of workers, and a clerk narrows by typing
// rather than scrolling, so drawing every row on each keystroke would only slow the search down.
import { useTranslation } from 'react-i18next';

export const LIST_LIMIT = 200;

export function ListLimit({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation();
  if (total === 0) return <p className="empty">{t('ui.noMatches')}</p>;
  if (shown >= total) return null;
  return (
    <p className="empty" data-testid="list-limit">
      {t('ui.listLimit', { shown, total })}
    </p>
  );
}
