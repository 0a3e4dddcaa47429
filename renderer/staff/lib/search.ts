// Client-side search over the records the console already holds: every list filters as the clerk types.
// Chinese names also match by pinyin initials (wjg → 王建国) and full pinyin, so a clerk without a Chinese
// input method switched on still finds people fast.
import { pinyin } from 'pinyin-pro';

const HAN = /[\u4e00-\u9fff]/;
const cache = new Map<string, string>();

/** Lower-case text plus, for Chinese, its pinyin initials and full pinyin without spaces. */
export function searchKey(text: string): string {
  let key = cache.get(text);
  if (key !== undefined) return key;
  key = text.toLowerCase();
  if (HAN.test(text)) {
    const initials = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
    const full = pinyin(text, { toneType: 'none', type: 'array' }).join('');
    key = `${key} ${initials.toLowerCase()} ${full.toLowerCase()}`;
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(text, key);
  return key;
}

/** True when every word of the query is found in one of the fields. */
export function matches(fields: readonly (string | null | undefined)[], query: string): boolean {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const haystack = fields
    .filter(Boolean)
    .map((f) => searchKey(f!))
    .join(' ');
  return words.every((w) => haystack.includes(w));
}

// Synced records are replaced (never mutated) when they change, so a record object can key its own haystack:
// typing then costs one substring test per record instead of rebuilding every key on each keystroke.
const recordKeys = new WeakMap<object, string>();

/** `matches` for a record, with its searchable text built once per version of the record. */
export function matchesRecord(
  record: object,
  fields: () => readonly (string | null | undefined)[],
  query: string,
): boolean {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  let haystack = recordKeys.get(record);
  if (haystack === undefined) {
    haystack = fields()
      .filter(Boolean)
      .map((f) => searchKey(f!))
      .join(' ');
    recordKeys.set(record, haystack);
  }
  return words.every((w) => haystack.includes(w));
}
