// The TV header: hall name, today's numbers, clock and date (with the "updated HH:MM" mark when offline), and the
// QR code to the mobile job list.
import { useTranslation } from 'react-i18next';
import type { TodayNumbers } from '../board';
import { dateLine, hhmm } from '../format';
import { useQrDataUrl } from '../qr';

interface Props {
  siteName: string;
  numbers: TodayNumbers;
  openings: number;
  now: number;
  /** The hall's time zone: the clock and date are the hall's. */
  zone: string;
  /** Local epoch ms of the last sync when offline, else null. */
  staleSince: number | null;
  qrTarget: string;
}

export function UpdatedMark({ at, zone }: { at: number; zone: string }) {
  const { t } = useTranslation();
  return (
    <span className="updated-mark" data-testid="updated-mark">
      {t('offline.updated', { time: hhmm(at, zone) })}
    </span>
  );
}

export function Header({ siteName, numbers, openings, now, zone, staleSince, qrTarget }: Props) {
  const { t } = useTranslation();
  const qr = useQrDataUrl(qrTarget);
  return (
    <header className="hdr">
      <div className="hdr-name" data-testid="site-name">
        {siteName}
      </div>
      <div className="hdr-stats">
        <div className="stat">
          <span className="stat-label">{t('header.today')}</span>
          <span className="stat-value" data-testid="new-today">
            {t('header.newPostings', { count: numbers.newToday })}
          </span>
        </div>
        <div className="stat">
          <span className="stat-label">{t('header.needed')}</span>
          <span className="stat-value">{t('header.neededPeople', { count: numbers.needed })}</span>
        </div>
        <div className="stat">
          <span className="stat-label">{t('header.openings')}</span>
          <span className="stat-value">{openings}</span>
        </div>
      </div>
      <div className="hdr-clock">
        <div className="clock" data-testid="clock">
          {hhmm(now, zone)}
        </div>
        <div className="date">{dateLine(now, t, zone)}</div>
        {staleSince !== null && <UpdatedMark at={staleSince} zone={zone} />}
      </div>
      <div className="hdr-qr">
        {qr ? <img className="qr" src={qr} alt="" data-testid="qr" data-target={qrTarget} /> : <div className="qr" />}
        <div className="qr-hint">{t('qr.hint')}</div>
      </div>
    </header>
  );
}
