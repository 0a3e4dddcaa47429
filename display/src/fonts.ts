// Load the bundled CJK font's pieces before they are needed. @fontsource splits Noto Sans SC into ~100 unicode-range
// files per weight, fetched when a glyph first appears; each arrival re-lays out all text in that font. On a
// scrolling board that happened whenever a card with new characters scrolled in — a long task mid-scroll. Asking
// for every character the board can show, whenever new ones arrive, moves those loads to start-up and updates.
import { useEffect } from 'react';
import { TRADES } from '../../shared/domain/trades';
import { common } from '../../shared/i18n/common';
import { display } from '../../shared/i18n/display';

const FAMILY = '"Noto Sans SC"';
const requested = new Set<string>();

/** Characters not asked for yet, from these texts. */
export function newCharacters(texts: Iterable<string>, seen: Set<string> = requested): string {
  let out = '';
  for (const text of texts) {
    for (const ch of text) {
      if (ch.charCodeAt(0) < 0x80 || seen.has(ch)) continue;
      seen.add(ch);
      out += ch;
    }
  }
  return out;
}

function load(chars: string): void {
  const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
  if (!chars || !fonts?.load) return;
  // ASCII is in the first subset, loaded with any Latin text; add it so the Latin file comes along too.
  const text = `0123456789${chars}`;
  for (const weight of [400, 700]) void fonts.load(`${weight} 32px ${FAMILY}`, text).catch(() => undefined);
}

function* fixedTexts(): Generator<string> {
  for (const t of TRADES) yield t.zh;
  yield JSON.stringify(common.zh);
  yield JSON.stringify(display.zh);
  yield '元/小时天月件·，。：–▲▼■●◆★';
}

/**
 * Warm the font for everything these texts contain (titles, notices, the site name and its districts) plus the
 * fixed vocabulary.
 */
export function useFontWarmup(texts: () => Iterable<string>, deps: readonly unknown[]): void {
  useEffect(() => {
    load(newCharacters(fixedTexts()));
    load(newCharacters(texts()));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}
