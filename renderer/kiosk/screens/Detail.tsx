// One posting: what, where, when, pay and how it is paid, what is needed, how many are still needed; a QR code to
// carry it away; "I'm interested"; and a print-styled slip (silently to the kiosk's printer inside the app, the
// print dialog in a plain browser: web/bridge.ts).
import { useEffect, useState } from 'react';
import { isHallUrl } from '../../../shared/validate/hallUrl';
import { useTranslation } from 'react-i18next';
import QRCode from 'qrcode';
import type { PublicPosting } from '../../../shared/domain/entities';
import { formatPay } from '../../../shared/domain/pay';
import { useStation } from '../../../web/station';
import { printPage } from '../../../web/bridge';
import { useScreenText, useSession } from '../kioskContext';
import { districtName, tradeName } from '../../../web/labels';
import { Icon } from '../Icon';
import { TradeIcon } from '../../../web/pictograms/icons';
import { placesLeft } from '../../../shared/rules/posting';

/** Where a phone can open this posting: the hall's public address when staff set one, else the hub itself. */
export function postingLink(id: string, publicUrl: string | undefined, hubUrl: string): string {
  const base = (publicUrl && isHallUrl(publicUrl) ? publicUrl.trim() : hubUrl).replace(/\/+$/, '');
  return `${base}/m/p/${encodeURIComponent(id)}`;
}

function useQr(text: string): string | null {
  const [qr, setQr] = useState<{ text: string; url: string } | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(text, { margin: 1, width: 320, errorCorrectionLevel: 'M' }).then(
      (url) => live && setQr({ text, url }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [text]);
  return qr?.text === text ? qr.url : null;
}

function Facts({ p }: { p: PublicPosting }) {
  const { t } = useTranslation();
  const { lang } = useSession();
  const certs = p.requirements.certificates.map((c) => t(`cert.${c}`)).join('、');
  const benefits = (['meals', 'lodging', 'transport'] as const)
    .filter((b) => p.benefits[b])
    .map((b) => t(`detail.${b}`));
  const left = placesLeft(p);
  return (
    <dl className="facts">
      <dt>{t('detail.what')}</dt>
      <dd>
        {tradeName(p.trade, lang)} · {t(`jobType.${p.jobType}`)}
        {p.description ? ` — ${p.description}` : ''}
      </dd>
      <dt>{t('detail.pay')}</dt>
      <dd className="pay">
        {formatPay(p.pay, lang)} · {t(`settlement.${p.pay.settlement}`)}
      </dd>
      <dt>{t('detail.where')}</dt>
      <dd>
        {districtName(p.district, lang)}
        {p.address ? ` · ${p.address}` : ''}
      </dd>
      <dt>{t('detail.when')}</dt>
      <dd>
        {t('detail.from', { date: p.startDate })}
        {p.endDate ? ` ${t('detail.until', { date: p.endDate })}` : ` · ${t('detail.noEnd')}`}
        {p.dailyHours && (
          <>
            <br />
            {t('detail.hours', { from: p.dailyHours.from, to: p.dailyHours.to })}
          </>
        )}
      </dd>
      <dt>{t('detail.needs')}</dt>
      <dd>
        {certs || t('detail.noCert')} ·{' '}
        {p.requirements.minExperienceYears
          ? t('detail.experience', { count: p.requirements.minExperienceYears })
          : t('detail.noExperience')}
        {p.requirements.note ? ` · ${p.requirements.note}` : ''}
        <br />
        <strong>{t('detail.headcount', { headcount: p.headcount, left })}</strong>
      </dd>
      {benefits.length > 0 && (
        <>
          <dt>{t('detail.benefits')}</dt>
          <dd>{benefits.join(' · ')}</dd>
        </>
      )}
      <dt>{t('detail.employer')}</dt>
      <dd>{p.employerKind === 'household' ? t('detail.household') : p.employerName}</dd>
    </dl>
  );
}

export function Detail({ postingId }: { postingId: string }) {
  const { t } = useTranslation();
  const { go, lang, client, postingById, sayNow } = useSession();
  const state = useStation(client);
  const [printError, setPrintError] = useState<string | null>(null);
  const p = (state.records.posting.get(postingId) as PublicPosting | undefined) ?? postingById(postingId);
  const link = postingLink(postingId, state.records.site.get('site')?.publicUrl, client.url);
  const qr = useQr(link);
  useScreenText(
    p
      ? t('detail.say', { title: p.title, pay: formatPay(p.pay, lang), district: districtName(p.district, lang) })
      : t('results.none'),
  );
  if (!p) return <p className="note">{t('results.none')}</p>;
  return (
    <section className="detail">
      <h1 className="detail-title">
        <TradeIcon code={p.trade} /> {p.title}
      </h1>
      <Facts p={p} />
      <div className="detail-actions">
        <button
          type="button"
          className="primary wide-button"
          onClick={() => go({ name: 'apply', postingId })}
          data-testid="interested"
        >
          <Icon name="hand" /> {t('detail.interested')}
        </button>
        <button
          type="button"
          className="wide-button"
          data-testid="print"
          onClick={() =>
            void printPage('slip').then((r) => {
              const msg = r.ok ? null : t('detail.printFailed');
              setPrintError(msg);
              if (msg) sayNow(msg);
            })
          }
        >
          <Icon name="print" /> {t('detail.print')}
        </button>
      </div>
      {printError && (
        <p className="field-error" role="alert" data-testid="print-error">
          <Icon name="warn" /> {printError}
        </p>
      )}
      <figure className="qr">
        {qr && <img src={qr} alt={t('detail.qrAlt')} width={240} height={240} />}
        <figcaption>{t('detail.qr')}</figcaption>
      </figure>
      {/* Only visible on paper (see kiosk.css @media print). */}
      <div className="slip" aria-hidden="true">
        <h2>{t('slip.title')}</h2>
        <h3>{p.title}</h3>
        <Facts p={p} />
        {qr && <img src={qr} alt="" width={160} height={160} />}
        <p>{t('slip.bring')}</p>
        <p>{t('slip.hall')}</p>
      </div>
    </section>
  );
}
