// The outdoor LED wall: black, large bold characters in the colours LED walls do well (yellow, green, red, white),
// one or two postings at a time sliding to the next page, or one horizontal ticker line. Sizes are in px of the
// configured wall (384×192 and up) and scale with it; at 384×192 nothing is smaller than 16 px.
import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { PublicPosting } from '../../../shared/domain/entities';
import type { DisplayConfig } from '../../../shared/domain/schemas';
import { formatPay } from '../../../shared/domain/pay';
import { JobTypeBadge } from './JobTypeBadge';
import { TickerStrip, type TickerItem } from './TickerStrip';
import { estimateTextWidth } from '../format';
import { districtName, tradeName } from '../../../web/labels';
import { onFrame } from '../motion/frame-loop';
import { mod } from '../motion/board-plan';
import type { Lang } from '../../../web/labels';
import { placesLeft } from '../../../shared/rules/posting';

/** How long a page stays, and how long the slide to the next takes (ms). */
export const LED_PAGE_MS = 6000;
const SLIDE_MS = 700;

interface Props {
  postings: readonly PublicPosting[];
  config: DisplayConfig;
  /** The status line: clock, offline mark. */
  status: React.ReactNode;
}

/** Postings per page: two once the wall is tall enough for two at the base size. */
export function ledPerPage(config: Pick<DisplayConfig, 'ledHeight'>): number {
  return config.ledHeight >= 384 ? 2 : 1;
}

export function ledScale(config: Pick<DisplayConfig, 'ledWidth' | 'ledHeight'>): number {
  const per = ledPerPage(config);
  return Math.max(1, Math.min(config.ledWidth / 384, config.ledHeight / (192 * per)));
}

function LedPosting({ p, lang }: { p: PublicPosting; lang: Lang }) {
  const { t } = useTranslation();
  const needed = placesLeft(p);
  return (
    <div className="led-posting" data-testid="posting-card" data-posting-id={p.id}>
      <div className="led-line led-l1">
        <JobTypeBadge jobType={p.jobType} className="led-badge" />
        <span className="led-trade">{tradeName(p.trade, lang)}</span>
      </div>
      <div className="led-line led-pay">{formatPay(p.pay, lang)}</div>
      <div className="led-line led-l3">
        <span className="led-district">{districtName(p.district, lang)}</span>
        <span className="led-needed">{t('card.needed', { count: needed })}</span>
      </div>
    </div>
  );
}

function LedPages({
  postings,
  perPage,
  width,
  lang,
}: {
  postings: readonly PublicPosting[];
  perPage: number;
  width: number;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const trackRef = useRef<HTMLDivElement>(null);
  // The page is kept by the id that starts it, so an update elsewhere on the board does not move it.
  const [start, setStart] = useState<{ id: string | null; index: number }>({ id: null, index: 0 });
  const n = postings.length;
  const found = start.id ? postings.findIndex((p) => p.id === start.id) : -1;
  const index = n ? (found >= 0 ? found : Math.min(start.index, n - 1)) : 0;
  const paging = n > perPage;
  const pageOf = (from: number) => Array.from({ length: Math.min(perPage, n) }, (_, k) => postings[(from + k) % n]!);
  const current = n ? pageOf(index) : [];
  const next = paging ? pageOf((index + perPage) % n) : [];
  const latest = useRef({ index, n, postings });
  useEffect(() => {
    latest.current = { index, n, postings };
  });

  useEffect(() => {
    if (!paging) return;
    const t0 = performance.now();
    let shown = 0;
    return onFrame((now) => {
      // A frame's timestamp can precede the moment this effect ran.
      const elapsed = Math.max(0, now - t0);
      const page = Math.floor(elapsed / LED_PAGE_MS);
      if (page !== shown) {
        const steps = page - shown;
        shown = page;
        const { index: at, n: count, postings: list } = latest.current;
        if (!count) return;
        const nextIndex = mod(at + perPage * steps, count);
        // The new page replaces the slid-in one in the same frame, so nothing flashes.
        flushSync(() => setStart({ id: list[nextIndex]!.id, index: nextIndex }));
      }
      const phase = elapsed - page * LED_PAGE_MS;
      const slide = Math.max(0, (phase - (LED_PAGE_MS - SLIDE_MS)) / SLIDE_MS);
      const eased = slide < 0.5 ? 2 * slide * slide : 1 - (-2 * slide + 2) ** 2 / 2;
      if (trackRef.current) trackRef.current.style.transform = `translate3d(${-Math.round(eased * width)}px, 0, 0)`;
    });
  }, [paging, perPage, width]);

  if (!n) return <div className="led-empty">{t('led.empty')}</div>;
  return (
    <div className="led-pages">
      <div className="led-track" ref={trackRef}>
        <div className="led-page" style={{ width }}>
          {current.map((p) => (
            <LedPosting key={p.id} p={p} lang={lang} />
          ))}
        </div>
        {paging && (
          <div className="led-page" style={{ width, transform: `translate3d(${width}px, 0, 0)` }} aria-hidden="true">
            {next.map((p) => (
              <LedPosting key={p.id} p={p} lang={lang} />
            ))}
          </div>
        )}
      </div>
      {paging && (
        <span className="led-counter">
          {t('led.page', { page: Math.floor(index / perPage) + 1, pages: Math.ceil(n / perPage) })}
        </span>
      )}
    </div>
  );
}

function LedTicker({ postings, fontPx, lang }: { postings: readonly PublicPosting[]; fontPx: number; lang: Lang }) {
  const { t } = useTranslation();
  const items = useMemo<TickerItem[]>(
    () =>
      postings.map((p) => {
        const needed = t('card.needed', { count: placesLeft(p) });
        const words = [
          t(`jobType.${p.jobType}`),
          tradeName(p.trade, lang),
          formatPay(p.pay, lang),
          districtName(p.district, lang),
          needed,
        ];
        // Badge mark and padding, the gaps between words, and a wide gap before the next posting.
        const width = estimateTextWidth(words.join(''), fontPx) + Math.ceil(fontPx * (1.2 + 0.5 * words.length + 1.5));
        return {
          id: p.id,
          version: p.version,
          width,
          content: (
            <span className="led-tick" style={{ fontSize: fontPx }} data-testid="posting-card" data-posting-id={p.id}>
              <JobTypeBadge jobType={p.jobType} className="led-badge" />
              <span className="led-trade">{words[1]}</span>
              <span className="led-pay">{words[2]}</span>
              <span className="led-district">{words[3]}</span>
              <span className="led-needed">{needed}</span>
            </span>
          ),
        };
      }),
    [postings, fontPx, lang, t],
  );
  if (!postings.length) return <div className="led-empty">{t('led.empty')}</div>;
  return <TickerStrip items={items} speed={fontPx * 1.6} className="led-ticker" testId="led-ticker" />;
}

export function LedBoard({ postings, config, status }: Props) {
  const { i18n } = useTranslation();
  const lang = (i18n.language === 'en' ? 'en' : 'zh') as Lang;
  const s = ledScale(config);
  const perPage = ledPerPage(config);
  const style = { width: config.ledWidth, height: config.ledHeight, '--s': s } as React.CSSProperties;
  return (
    <div className={`led led-mode-${config.ledMode}`} style={style} data-testid="led">
      <div className="led-main">
        {config.ledMode === 'ticker' ? (
          <LedTicker postings={postings} fontPx={Math.round((config.ledHeight - 26 * s) * 0.42)} lang={lang} />
        ) : (
          <LedPages postings={postings} perPage={perPage} width={config.ledWidth} lang={lang} />
        )}
      </div>
      <div className="led-status">{status}</div>
    </div>
  );
}
