// The footer: normal notices running as a ticker, and where to apply.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../shared/domain/entities';
import { estimateTextWidth } from '../format';
import { TickerStrip, type TickerItem } from './TickerStrip';

export function NoticeLine({ notices, fontPx }: { notices: readonly Notice[]; fontPx: number }) {
  const { t } = useTranslation();
  const items = useMemo<TickerItem[]>(
    () =>
      notices.map((n) => ({
        id: n.id,
        version: n.version,
        width: estimateTextWidth(n.text, fontPx) + fontPx * 4,
        content: (
          <span className="notice-text" data-testid="notice">
            {n.text}
          </span>
        ),
      })),
    [notices, fontPx],
  );
  return (
    <footer className="ftr">
      <span className="ftr-label">{t('notices.label')}</span>
      {items.length ? (
        <TickerStrip items={items} speed={fontPx * 2.5} className="notice-ticker" testId="notice-ticker" />
      ) : (
        <span className="ticker notice-ticker" />
      )}
      <span className="ftr-desk">{t('desk')}</span>
    </footer>
  );
}
