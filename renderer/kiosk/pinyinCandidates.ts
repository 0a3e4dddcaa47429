// Chinese job words for pinyin typed on the kiosk's search keyboard, so a visitor never needs a Chinese input
// method. (Names have their own lookup over the whole 通用规范汉字表: name/nameLookup.ts.)
// A typed string matches a word when it can be split into prefixes of the word's syllables in order:
// "dg", "diang", "diangong" and "dgong" all find 电工. The lists are small and fixed, so a linear scan is instant.
import { pinyin } from 'pinyin-pro';
import { TRADES } from '../../shared/domain/trades';

/** Everyday job words beyond the trade names (what people ask for at the hall). */
const JOB_WORDS = [
  '电工',
  '焊工',
  '木工',
  '瓦工',
  '钢筋工',
  '水电工',
  '油漆工',
  '装修',
  '保洁',
  '保姆',
  '保安',
  '搬运',
  '搬家',
  '装卸',
  '家政',
  '月嫂',
  '育儿嫂',
  '护工',
  '包装',
  '分拣',
  '快递',
  '客服',
  '司机',
  '货车',
  '叉车',
  '厨师',
  '帮厨',
  '洗碗',
  '服务员',
  '收银',
  '仓库',
  '理货',
  '普工',
  '小时工',
  '日结',
  '临时工',
  '短期',
  '长期',
  '夜班',
  '白班',
  '周末',
  '管吃',
  '管住',
  '空调',
  '维修',
  '绿化',
  '采摘',
  '农活',
  '外卖',
  '配送',
  '送货',
  '清洁',
  '钟点工',
  '看护',
  '养老',
];

interface Entry {
  word: string;
  syllables: string[];
  rank: number;
}

function entries(words: readonly string[]): Entry[] {
  return words.map((word, rank) => ({
    word,
    rank,
    syllables: pinyin(word, { toneType: 'none', type: 'array' }).map((s) => s.replace('ü', 'v')),
  }));
}

/** Can `typed` (from `pos`) be split into non-empty prefixes of syllables[i..], in order, using them all up? */
function fits(syllables: string[], typed: string, i = 0, pos = 0): boolean {
  if (pos === typed.length) return true;
  if (i === syllables.length) return false;
  const s = syllables[i]!;
  for (let k = Math.min(s.length, typed.length - pos); k >= 1; k--) {
    if (typed.startsWith(s.slice(0, k), pos) && fits(syllables, typed, i + 1, pos + k)) return true;
  }
  return false;
}

function lookup(list: Entry[], typed: string, limit: number): string[] {
  const t = typed.toLowerCase().replace(/[^a-z]/g, '');
  if (!t) return [];
  const hits = list.filter((e) => fits(e.syllables, t));
  // Whole-syllable matches before abbreviations, then words whose every syllable was typed, then the list's own order.
  const score = (e: Entry) =>
    (e.syllables.join('') === t ? 0 : e.syllables.join('').startsWith(t) ? 1 : 2) * 1000 + e.rank;
  return [...new Set(hits.sort((a, b) => score(a) - score(b)).map((e) => e.word))].slice(0, limit);
}

let jobEntries: Entry[] | null = null;

/** Words for the job search box: trade names and everyday job words. */
export function jobCandidates(typed: string, limit = 8): string[] {
  jobEntries ??= entries([...TRADES.map((t) => t.zh), ...JOB_WORDS]);
  return lookup(jobEntries, typed, limit);
}
