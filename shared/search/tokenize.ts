// Turning posting text into search tokens. Chinese has no spaces and SQLite's trigram tokenizer cannot match a
// two-character term (电工, 木工, 保安), so we tokenise ourselves and hand the index whole tokens separated by
// spaces (see docs/search.md):
//  - Chinese runs → every character and every adjacent pair ("空调维修" → 空 调 维 修 空调 调维 维修), so any
//    one- or two-character term is a token and a longer term is the AND of its pairs;
//  - latin letters and digits → lower-case words ("C1", "AC");
//  - for the trade and the title only, pinyin: syllables (kong tiao), syllable pairs (kongtiao), the whole run
//    (kongtiaoweixiu) and runs of initials (kt tw wx ktw twx ktwx), so a kiosk visitor can search without typing
//    Chinese.
// Pure: no Node, no DOM; pinyin-pro is plain JavaScript.
import { pinyin } from 'pinyin-pro';
import { tradeByCode } from '../domain/trades';
import { districtIn, type District } from '../domain/districts';

// Han letters and numerals only: radicals and other Han symbols are punctuation to the index's tokenizer
// (unicode61 keeps letters and numbers), so they must separate tokens here too.
const HAN = /(?=\p{Script=Han})[\p{L}\p{N}]/u;
/** A Chinese run, or a run of latin letters and digits; everything else separates tokens. */
const RUN = /(?:(?=\p{Script=Han})[\p{L}\p{N}])+|[a-z0-9]+/gu;
/** Initials runs are indexed up to this length (ktwx); a longer typed run is matched by its 4-letter windows. */
export const MAX_INITIALS = 4;
/** Whole-run pinyin is indexed for runs up to this many characters (a trade, a short title phrase). */
const MAX_WHOLE_RUN = 8;

/** NFKC (full-width ＡＢＣ１２ → ABC12), lower case. */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export function isHan(text: string): boolean {
  return HAN.test(text);
}

/** Chinese and latin runs of a text, in order. */
export function runs(text: string): string[] {
  return normalise(text).match(RUN) ?? [];
}

/** Characters and adjacent pairs of a Chinese run. */
export function hanGrams(run: string, unigrams = true): string[] {
  const chars = [...run];
  const out: string[] = unigrams ? [...chars] : chars.length === 1 ? [...chars] : [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

// Trades and titles repeat endlessly across postings and pinyin conversion is the slow part of indexing:
// remember recent runs (bounded, oldest forgotten first).
const SYLLABLE_CACHE_SIZE = 4096;
const syllableCache = new Map<string, string[]>();

/** Toneless pinyin of each character of a Chinese run (ü written v), read in context so 空调 is kong tiao. */
export function syllablesOf(run: string): string[] {
  const cached = syllableCache.get(run);
  if (cached) return cached;
  const syllables = pinyin(run, { toneType: 'none', type: 'array' }).map((s) => s.replace(/ü/g, 'v'));
  if (syllableCache.size >= SYLLABLE_CACHE_SIZE) syllableCache.delete(syllableCache.keys().next().value!);
  syllableCache.set(run, syllables);
  return syllables;
}

/** Contiguous substrings of `s` with length in [min, max]. */
function windows(s: string, min: number, max: number): string[] {
  const out: string[] = [];
  for (let len = min; len <= Math.min(max, s.length); len++)
    for (let i = 0; i + len <= s.length; i++) out.push(s.slice(i, i + len));
  return out;
}

/** Pinyin tokens of a Chinese run: syllables, syllable pairs, whole run, initials windows. */
export function pinyinTokens(run: string): string[] {
  const syl = syllablesOf(run).filter((s) => /^[a-z]+$/.test(s));
  if (!syl.length) return [];
  const out = [...syl];
  for (let i = 0; i + 1 < syl.length; i++) out.push(syl[i]! + syl[i + 1]!);
  if (syl.length > 2 && syl.length <= MAX_WHOLE_RUN) out.push(syl.join(''));
  const initials = syl.map((s) => s[0]!).join('');
  out.push(...windows(initials, 2, MAX_INITIALS));
  return out;
}

export interface PostingText {
  /** The trade's Chinese and English names. */
  trade: string;
  title: string;
  /** Employer name (enterprises only), district name, requirement note. */
  extra: string;
  description: string;
}

/** The fields of a posting that search reads (a public posting has them all). */
export interface SearchablePosting {
  trade: string;
  title: string;
  employerKind: 'enterprise' | 'household';
  employerName: string;
  district: string;
  requirements?: { note?: string } | null;
  description: string;
}

/**
 * The text of a posting that search reads. A household's name never goes in: it is a private person. The
 * district's name comes from the hall's districts (the site record), which the hub and the kiosk both hold.
 */
export function postingText(p: SearchablePosting, districts: readonly District[] = []): PostingText {
  const trade = tradeByCode(p.trade);
  return {
    trade: trade ? `${trade.zh} ${trade.en}` : p.trade,
    title: p.title,
    extra: [
      p.employerKind === 'enterprise' ? p.employerName : '',
      districtIn(districts, p.district)?.zh ?? '',
      p.requirements?.note ?? '',
    ].join(' '),
    description: p.description,
  };
}

/** One space-separated token string per indexed column. */
export interface PostingTokens {
  trade: string;
  title: string;
  extra: string;
  description: string;
  tradePinyin: string;
  titlePinyin: string;
}

function textTokens(text: string, unigrams: boolean): string[] {
  const out: string[] = [];
  for (const run of runs(text)) {
    if (isHan(run)) out.push(...hanGrams(run, unigrams));
    else out.push(run);
  }
  return out;
}

function pinyinOf(text: string): string[] {
  const out: string[] = [];
  for (const run of runs(text)) if (isHan(run)) out.push(...pinyinTokens(run));
  return out;
}

/** Each token once: ranking reads which column matched, not how often. */
const column = (tokens: string[]) => [...new Set(tokens)].join(' ');

/** Tokens for each column. Descriptions get pairs only, so a one-character query matches trade, title and extra. */
export function postingTokens(text: PostingText): PostingTokens {
  return {
    trade: column(textTokens(text.trade, true)),
    title: column(textTokens(text.title, true)),
    extra: column(textTokens(text.extra, true)),
    description: column(textTokens(text.description, false)),
    tradePinyin: column(pinyinOf(text.trade)),
    titlePinyin: column(pinyinOf(text.title)),
  };
}
