// The display page: picks the screen from the station's state — pairing code, emergency, dark hours, or the board
// in this station's layout (landscape TV, portrait TV, LED wall) — and reports its heartbeat.
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice, PublicPosting, Site, Station } from '../../shared/domain/entities';
import type { StationClient } from '../../shared/station/client';
import { useStation } from '../../web/station';
import { configOf, emergencyNotice, selectPostings, tickerNotices, todayNumbers } from './board';
import { screenMode } from './schedule';
import { mobileListUrl } from './qr';
import { useHeartbeat } from './heartbeat';
import { hhmm } from './format';
import { hallZoneOf } from '../../shared/rules/hallTime';
import { useFontWarmup } from './fonts';
import { Header, UpdatedMark } from './components/Header';
import { NoticeLine } from './components/NoticeLine';
import { ScrollingBoard } from './components/ScrollingBoard';
import { PostingCard } from './components/PostingCard';
import { LedBoard, ledScale } from './components/LedBoard';
import { Emergency } from './components/Emergency';
import { Pairing } from './components/Pairing';
import { showDistrictsOf } from '../../shared/domain/districts';
import { isSetUp } from '../../shared/domain/site';

/** Design sizes (px at the reference resolution) of the TV layouts; scaled to the actual screen. */
export const TV_LAYOUT = {
  landscape: { refW: 1920, refH: 1080, cols: 2, rowHeight: 212, speed: 36, noticePx: 40 },
  portrait: { refW: 1080, refH: 1920, cols: 1, rowHeight: 222, speed: 36, noticePx: 40 },
} as const;

/** Hub-clock time, ticking on each wall-clock second. */
function useHubClock(client: StationClient): number {
  const [now, setNow] = useState(() => client.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      setNow(client.now());
      timer = setTimeout(tick, 1000 - (Date.now() % 1000) + 5);
    };
    tick();
    return () => clearTimeout(timer);
  }, [client]);
  return now;
}

function useViewport(): { width: number; height: number } {
  const [size, setSize] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  useEffect(() => {
    const onResize = () => setSize({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

const TvBoard = memo(function TvBoard({
  postings,
  minute,
  zone,
  unit,
  layout,
}: {
  postings: readonly PublicPosting[];
  minute: number;
  zone: string;
  unit: number;
  layout: 'landscape' | 'portrait';
}) {
  const { t } = useTranslation();
  const spec = TV_LAYOUT[layout];
  const renderCard = useCallback(
    (p: PublicPosting) => <PostingCard posting={p} minute={minute} zone={zone} />,
    [minute, zone],
  );
  if (!postings.length) {
    return (
      <div className="board board-empty" data-testid="board-empty">
        <div className="empty-title">{t('empty.title')}</div>
        <div className="empty-hint">{t('empty.hint')}</div>
      </div>
    );
  }
  return (
    <ScrollingBoard
      postings={postings}
      cols={spec.cols}
      rowHeight={Math.round(spec.rowHeight * unit)}
      speed={spec.speed * unit}
      renderCard={renderCard}
    />
  );
});

export function DisplayApp({ client, hubOrigin }: { client: StationClient; hubOrigin: string }) {
  const { t } = useTranslation();
  const state = useStation(client);
  const now = useHubClock(client);
  const viewport = useViewport();
  const { records } = state;

  // Offline after a reload there is no hello: the cache holds only this station's own record.
  const station: Station | undefined = state.hello
    ? records.station.get(state.hello.stationId)
    : records.station.values().next().value;
  const config = useMemo(() => configOf(station), [station]);
  const site = records.site.get('site') as Site | undefined;
  // Labels (districtName) name the districts of this hall's city.
  showDistrictsOf(site?.districts);
  // Clock, dates and dark hours are the hall's, whatever zone this PC is set to.
  const zone = hallZoneOf(site);

  // Expiry is checked every ten seconds, not every second: the board then keeps its array (and its scroll plan)
  // between ticks. Rounded up, so a posting leaves a few seconds early rather than late.
  const tenSeconds = Math.ceil(now / 10_000) * 10_000;
  const minute = Math.floor(now / 60_000) * 60_000;
  const postingTable = records.posting;
  const { version } = state;
  const postings = useMemo(
    () => selectPostings(postingTable.values() as Iterable<PublicPosting>, config.filters, tenSeconds),
    // `version` stands for the table's contents: the client updates its Maps in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [postingTable, version, config.filters, tenSeconds],
  );
  const notices = useMemo(
    () => [...records.notice.values()] as Notice[],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [records.notice, version],
  );
  const emergency = emergencyNotice(notices, now);
  const ticker = useMemo(() => tickerNotices(notices, tenSeconds), [notices, tenSeconds]);
  const numbers = useMemo(() => todayNumbers(postings, minute, zone), [postings, minute, zone]);
  const siteName = site?.name ?? state.hello?.siteName ?? '';
  useFontWarmup(
    function* texts() {
      yield siteName;
      for (const d of site?.districts ?? []) yield d.zh;
      for (const p of postings) yield p.title;
      for (const n of notices) yield n.text;
    },
    [postings, notices, siteName, site?.districts],
  );
  const mode = screenMode(config.schedule, now, zone);
  const layout = config.layout;
  const spec = layout === 'led' ? null : TV_LAYOUT[layout];
  const unit = spec ? Math.min(viewport.width / spec.refW, viewport.height / spec.refH) : 1;

  // TV layouts are designed in px at their reference size and written in rem: the root font size scales them.
  useLayoutEffect(() => {
    document.documentElement.style.fontSize = `${16 * unit}px`;
  }, [unit]);

  useHeartbeat(
    client,
    { layout, postingsShown: mode === 'dark' ? 0 : postings.length, screenOn: mode !== 'dark' || !!emergency },
    state.status === 'online',
  );

  const staleSince = state.status !== 'online' && state.lastSyncAt !== null ? state.lastSyncAt : null;

  let screen: React.ReactNode;
  if (state.status === 'pairing' && state.pairingCode) {
    screen = <Pairing code={state.pairingCode} hub={hubOrigin} />;
  } else if (site && !isSetUp(site)) {
    // A hub with no city yet: a calm notice rather than a board of a wrong city.
    screen = (
      <div className="pairing" data-testid="not-set-up">
        <div className="pairing-title">{t('notSetUp.title')}</div>
        <div className="pairing-hint">{t('notSetUp.hint')}</div>
      </div>
    );
  } else if (emergency) {
    screen = (
      <Emergency
        notice={emergency}
        led={layout === 'led' ? { width: config.ledWidth, height: config.ledHeight, scale: ledScale(config) } : null}
      />
    );
  } else if (mode === 'dark') {
    screen = <div className="dark" data-testid="dark" />;
  } else if (layout === 'led') {
    screen = (
      <LedBoard
        postings={postings}
        config={config}
        status={
          <>
            <span className="led-clock">{hhmm(now, zone)}</span>
            {staleSince !== null && <UpdatedMark at={staleSince} zone={zone} />}
          </>
        }
      />
    );
  } else {
    screen = (
      <>
        <Header
          siteName={siteName}
          numbers={numbers}
          openings={postings.length}
          now={now}
          zone={zone}
          staleSince={staleSince}
          qrTarget={mobileListUrl(site?.publicUrl, hubOrigin)}
        />
        <TvBoard postings={postings} minute={minute} zone={zone} unit={unit} layout={layout} />
        <NoticeLine notices={ticker} fontPx={Math.round((spec?.noticePx ?? 40) * unit)} />
      </>
    );
  }

  return (
    <div
      className={`display layout-${layout}`}
      data-testid="display"
      data-status={state.status}
      data-layout={layout}
      data-mode={mode}
    >
      {screen}
      {mode === 'dim' && !emergency && <div className="dim-veil" />}
    </div>
  );
}
