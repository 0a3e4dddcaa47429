// The QR code that sends phones on the hall Wi-Fi to the hub's light mobile job list. An SVG made in the page
// (no network, no canvas), shown as an <img> so it scales crisply at any size.
import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import { isHallUrl } from '../../shared/validate/hallUrl';

/** `${publicUrl || hub origin}/m/` — the public URL wins when staff set one (the hub may sit behind NAT), unless it
 *  is not an address on the hall network (a value stored before that was checked). */
export function mobileListUrl(publicUrl: string | undefined, hubOrigin: string): string {
  const chosen = publicUrl?.trim() && isHallUrl(publicUrl) ? publicUrl.trim() : '';
  const base = (chosen || hubOrigin).replace(/\/+$/, '');
  return `${base}/m/`;
}

export function useQrDataUrl(text: string): string | null {
  const [made, setMade] = useState<{ text: string; url: string } | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toString(text, {
      type: 'svg',
      margin: 1,
      errorCorrectionLevel: 'M',
      color: { dark: '#000000', light: '#ffffff' },
    })
      .then((svg) => {
        if (live) setMade({ text, url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` });
      })
      .catch(() => {
        // No QR then; the hint still tells people to ask at the desk.
      });
    return () => {
      live = false;
    };
  }, [text]);
  return made?.text === text ? made.url : null;
}
