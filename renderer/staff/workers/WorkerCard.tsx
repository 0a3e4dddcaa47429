// The worker card: name, phone, trades and a QR code of the worker id, laid out for the card printer. The print
// stylesheet (console.css, @media print) hides everything else on the page.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import QRCode from 'qrcode';
import type { Worker } from '../../../shared/domain/entities';
import { langOf, tradeName } from '../lib/labels';

/** The QR code as SVG: vector, so it prints sharp at any printer resolution, and the same bytes everywhere. */
export const QR_OPTIONS = { type: 'svg', margin: 1, errorCorrectionLevel: 'M' } as const;
export async function qrImage(text: string): Promise<string> {
  const svg = await QRCode.toString(text, QR_OPTIONS);
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

export function WorkerCard({ worker, siteName }: { worker: Worker; siteName: string }) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    qrImage(worker.id).then(
      (url) => live && setQr(url),
      () => live && setQr(null),
    );
    return () => {
      live = false;
    };
  }, [worker.id]);
  return (
    <div className="print-card" data-testid="worker-card">
      <div className="card-text">
        <div className="card-site">
          {siteName} · {t('card.title')}
        </div>
        <div className="card-name">{worker.name || t('worker.noName')}</div>
        <div>
          {t('worker.phone')}: {worker.phone}
        </div>
        <div>{worker.trades.map((c) => tradeName(c, lang)).join(t('ui.listSep'))}</div>
        <div className="card-hint">{t('card.hint')}</div>
      </div>
      {qr && <img src={qr} alt={t('card.qrAlt')} className="card-qr" data-testid="worker-qr" />}
    </div>
  );
}
