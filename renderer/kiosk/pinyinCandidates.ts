// Chinese candidates for pinyin typed on the kiosk keyboard, so a visitor never needs a Chinese input method.
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

/** Common surnames, roughly by frequency: the first rows of the surname tiles. */
export const COMMON_SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
  '何',
  '郭',
  '马',
  '罗',
  '梁',
  '宋',
  '郑',
  '谢',
  '韩',
  '唐',
  '冯',
  '于',
  '董',
  '萧',
  '程',
  '曹',
  '袁',
  '邓',
  '许',
  '傅',
  '沈',
  '曾',
  '彭',
  '吕',
  '苏',
  '卢',
  '蒋',
  '蔡',
  '贾',
  '丁',
  '魏',
  '薛',
  '叶',
  '阎',
  '余',
  '潘',
  '杜',
  '戴',
  '夏',
  '钟',
  '汪',
  '田',
  '任',
  '姜',
];

/** Characters common in given names (both sexes, several generations). */
const GIVEN_NAME_CHARS = [
  '伟',
  '芳',
  '娜',
  '秀',
  '英',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '兰',
  '霞',
  '平',
  '刚',
  '桂',
  '华',
  '建',
  '国',
  '文',
  '红',
  '玉',
  '珍',
  '凤',
  '福',
  '生',
  '海',
  '林',
  '波',
  '斌',
  '辉',
  '鹏',
  '宇',
  '浩',
  '凯',
  '峰',
  '东',
  '春',
  '梅',
  '金',
  '荣',
  '山',
  '志',
  '德',
  '永',
  '成',
  '新',
  '民',
  '云',
  '亮',
  '飞',
  '兵',
  '燕',
  '萍',
  '琴',
  '丹',
  '莉',
  '慧',
  '婷',
  '雪',
  '晶',
  '淑',
  '爱',
  '翠',
  '香',
  '连',
  '花',
  '珠',
  '美',
  '彩',
  '菊',
  '月',
  '宝',
  '庆',
  '利',
  '长',
  '友',
  '全',
  '占',
  '双',
  '学',
  '保',
  '顺',
  '来',
  '根',
  '喜',
  '贵',
  '富',
  '良',
  '胜',
  '义',
  '忠',
  '立',
  '广',
  '江',
  '河',
  '振',
  '光',
  '晓',
  '小',
  '大',
  '二',
  '三',
  '子',
  '佳',
  '欣',
  '怡',
  '俊',
  '鑫',
  '秋',
  '冬',
  '银',
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
let nameEntries: Entry[] | null = null;

/** Words for the job search box: trade names and everyday job words. */
export function jobCandidates(typed: string, limit = 8): string[] {
  jobEntries ??= entries([...TRADES.map((t) => t.zh), ...JOB_WORDS]);
  return lookup(jobEntries, typed, limit);
}

/** Single characters for a given name (and surnames, for the rarer ones not on the tiles). */
export function nameCandidates(typed: string, limit = 10): string[] {
  nameEntries ??= entries([...GIVEN_NAME_CHARS, ...COMMON_SURNAMES]);
  return lookup(nameEntries, typed, limit);
}
