// Parsing what someone typed into terms the index can answer, mirroring tokenize.ts:
//  - a Chinese run of one character is that character; a longer run is the AND of its adjacent pairs
//    (空调维修 → 空调 调维 维修), so every two-character term is a single token lookup;
//  - a latin run ("dg", "diangong", "kt", "c1") may mean several things, so it becomes alternatives, any of
//    which may match: the run as a token prefix (dg → dg, dgx…; diang → diangong), its full-pinyin syllable
//    pairs when it splits into syllables (dianlujianxiu → dianlu lujian jianxiu), and its 4-letter initials
//    windows when it is longer than the indexed initials runs;
//  - every term must match (AND); "kt维修" is two terms.
// Pure: used by the hub to build the FTS5 expression, and testable on its own.
import { isHan, MAX_INITIALS, runs } from './tokenize';
import { MAX_SYLLABLE, SYLLABLES } from './syllables';

export interface QueryToken {
  text: string;
  /** Match any indexed token starting with `text`. */
  prefix: boolean;
}
/** Tokens that must all match. */
export type Alternative = QueryToken[];
/** One typed term: any of its alternatives may match. */
export interface QueryTerm {
  raw: string;
  alternatives: Alternative[];
}

/** At most this many terms are used: a search box, not a document. */
const MAX_TERMS = 8;

/** Split a latin run into pinyin syllables, preferring longer syllables first; null when it does not split. */
export function splitPinyin(run: string): string[] | null {
  if (!/^[a-z]+$/.test(run)) return null;
  const memo = new Map<number, string[] | null>();
  const from = (i: number): string[] | null => {
    if (i === run.length) return [];
    if (memo.has(i)) return memo.get(i)!;
    let found: string[] | null = null;
    for (let len = Math.min(MAX_SYLLABLE, run.length - i); len >= 1 && !found; len--) {
      const syl = run.slice(i, i + len);
      if (!SYLLABLES.has(syl)) continue;
      const rest = from(i + len);
      if (rest) found = [syl, ...rest];
    }
    memo.set(i, found);
    return found;
  };
  return from(0);
}

function hanTerm(run: string): QueryTerm {
  const chars = [...run];
  if (chars.length === 1) return { raw: run, alternatives: [[{ text: run, prefix: false }]] };
  const pairs: Alternative = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push({ text: chars[i]! + chars[i + 1]!, prefix: false });
  return { raw: run, alternatives: [dedupe(pairs)] };
}

function latinTerm(run: string): QueryTerm {
  // A single letter would match half the index by prefix: only as a whole token.
  const alternatives: Alternative[] = [[{ text: run, prefix: run.length >= 2 }]];
  const syllables = splitPinyin(run);
  // Two syllables make one pair, the run itself: already covered by the prefix alternative.
  if (syllables && syllables.length > 2) {
    const pairs: Alternative = [];
    for (let i = 0; i + 1 < syllables.length; i++)
      pairs.push({ text: syllables[i]! + syllables[i + 1]!, prefix: false });
    alternatives.push(dedupe(pairs));
  }
  if (!syllables && /^[a-z]+$/.test(run) && run.length > MAX_INITIALS && run.length <= 12) {
    const wins: Alternative = [];
    for (let i = 0; i + MAX_INITIALS <= run.length; i++)
      wins.push({ text: run.slice(i, i + MAX_INITIALS), prefix: false });
    alternatives.push(dedupe(wins));
  }
  return { raw: run, alternatives };
}

function dedupe(tokens: Alternative): Alternative {
  const seen = new Set<string>();
  return tokens.filter((t) => !seen.has(t.text) && seen.add(t.text));
}

export function parseQuery(q: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const run of runs(q)) {
    if (seen.has(run)) continue;
    seen.add(run);
    terms.push(isHan(run) ? hanTerm(run) : latinTerm(run));
    if (terms.length >= MAX_TERMS) break;
  }
  return terms;
}

/**
 * The terms as an SQLite FTS5 MATCH expression: terms ANDed, alternatives ORed, tokens quoted (they hold only
 * Han characters, a–z and 0–9, so quoting is enough to make any input safe). Empty when nothing to match.
 */
export function ftsExpression(terms: QueryTerm[]): string {
  const token = (t: QueryToken) => `"${t.text.replace(/"/g, '""')}"${t.prefix ? '*' : ''}`;
  const alt = (a: Alternative) => (a.length === 1 ? token(a[0]!) : `(${a.map(token).join(' AND ')})`);
  return terms
    .map((t) => (t.alternatives.length === 1 ? alt(t.alternatives[0]!) : `(${t.alternatives.map(alt).join(' OR ')})`))
    .join(' AND ');
}
