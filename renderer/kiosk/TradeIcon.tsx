// A trade's picture: its emoji where the kiosk has a colour-emoji font, else a round badge with the trade's first
// character (电 for 电工) so the tile never shows an empty box.
import { tradeByCode } from '../../shared/domain/trades';

let colourEmoji: boolean | null = null;

/** Draw an emoji on a canvas and look for coloured pixels: only a colour-emoji font produces them. */
export function hasColourEmoji(): boolean {
  if (colourEmoji !== null) return colourEmoji;
  colourEmoji = false;
  try {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 32;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return colourEmoji;
    ctx.fillStyle = '#000';
    ctx.textBaseline = 'top';
    ctx.font = '28px sans-serif';
    ctx.fillText('\u{1F9F9}', 0, 0);
    const data = ctx.getImageData(0, 0, 32, 32).data;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! > 0 && (data[i] !== data[i + 1] || data[i + 1] !== data[i + 2])) {
        colourEmoji = true;
        break;
      }
    }
  } catch {
    // No canvas (tests, locked-down builds): badges it is.
  }
  return colourEmoji;
}

export function TradeIcon({ code }: { code: string }) {
  const trade = tradeByCode(code);
  if (trade && hasColourEmoji())
    return (
      <span className="trade-icon" aria-hidden="true">
        {trade.icon}
      </span>
    );
  return (
    <span className="trade-badge" aria-hidden="true" data-trade={code}>
      {(trade?.zh ?? '工').slice(0, 1)}
    </span>
  );
}
