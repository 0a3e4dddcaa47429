// The short-term work agreement (短期用工协议): versioned templates, the text made from one, its hash, and the
// printed document. A template version is frozen once shipped: a new wording is a new version, and an agreement
// keeps the version it was made with, its text and the SHA-256 of that text — so a reprint years later is word
// for word (and byte for byte) the same, and anyone can check the paper against the hash printed on it.
// Deterministic on purpose: no locale formatting, no clock, no randomness in here.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { AgreementFields } from './schemas';
import { formatPay, formatSettlement } from '../domain/pay';

export interface AgreementTemplate {
  version: number;
  title: string;
  /** First day this version was offered (for the docs and the template list). */
  since: string;
  /** The text with {{name}} placeholders; the values come from `values`. */
  body: string;
  values(f: AgreementFields, meta: AgreementMeta): Record<string, string>;
}

/** What the hall adds: the number (the slip's), its name, the clerk. */
export interface AgreementMeta {
  number: string;
  hallName: string;
  clerk: string;
}

const METHOD: Record<AgreementFields['pay']['method'], string> = {
  cash: '现金',
  bank: '银行转账',
  mobile: '微信或支付宝转账',
};
const PAYER: Record<AgreementFields['insurance']['payer'], string> = {
  employer: '甲方',
  hall: '零工市场',
  worker: '乙方本人',
};

function insuranceText(i: AgreementFields['insurance']): string {
  const note = i.note ? `（${i.note}）` : '';
  if (i.kind === 'gig') return `由${PAYER[i.payer]}为乙方投保“零工保”灵活用工人员意外伤害保险${note}`;
  if (i.kind === 'other') return `由${PAYER[i.payer]}为乙方投保商业保险${note}`;
  return `双方确认本期未投保商业保险${note}，乙方受伤的按本条第三款处理`;
}

const V1_BODY = `短期用工协议
协议编号：{{number}}

甲方（用工方）：{{employerName}}
{{employerIdLabel}}：{{employerId}}
联系人：{{employerContact}}\u3000联系电话：{{employerPhone}}
地址：{{employerAddress}}

乙方（劳动者）：{{workerName}}
身份证号：{{workerId}}
联系电话：{{workerPhone}}
住址：{{workerAddress}}

经{{hallName}}（以下简称“零工市场”）介绍，甲乙双方在平等自愿、协商一致的基础上订立本协议，共同遵守。

第一条\u3000工作内容和地点
乙方从事{{workTitle}}工作。工作内容：{{workDescription}}。
工作地点：{{workPlace}}。

第二条\u3000用工期限和工作时间
用工期限自{{start}}起至{{end}}止。
工作时间：{{hours}}。甲方安排延长工作时间的，应征得乙方同意，并依法支付相应报酬。

第三条\u3000劳动报酬
工资标准：{{rate}}，{{settlement}}。
本协议期内应付工资合计人民币{{total}}元（大写：{{totalWords}}）。甲方应于{{payDate}}前以{{method}}方式足额支付给乙方本人，不得克扣或者无故拖欠。
工资标准不低于当地最低工资标准。

第四条\u3000劳动保护和保险
甲方应提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品，并对乙方进行必要的安全教育。
保险：{{insurance}}。
乙方在工作中受到伤害的，甲方应及时救治，并依照国家有关规定承担相应责任。

第五条\u3000双方的其他权利和义务
乙方应遵守甲方依法制定的规章制度和安全操作规程，按约定完成工作任务。
任何一方提前解除本协议的，应提前一天告知对方，甲方应结清乙方已完成工作的报酬。

第六条\u3000争议处理
双方因履行本协议发生争议的，可以协商解决，也可以请零工市场调解；不愿调解或者调解不成的，可以自知道或者应当知道其权利被侵害之日起一年内，向劳动人事争议仲裁委员会申请仲裁，或者依法向人民法院起诉。

第七条\u3000其他
{{extra}}本协议一式三份，甲方、乙方和零工市场各执一份，自甲乙双方签字（盖章）之日起生效。

见证单位：{{hallName}}\u3000经办人：{{clerk}}`;

export const AGREEMENT_TEMPLATES: Readonly<Record<number, AgreementTemplate>> = {
  1: {
    version: 1,
    title: '短期用工协议',
    since: '2026-12-01',
    body: V1_BODY,
    values: (f, meta) => ({
      number: meta.number,
      hallName: meta.hallName,
      clerk: meta.clerk,
      employerName: f.employer.name,
      employerIdLabel: f.employer.idKind === 'credit_code' ? '统一社会信用代码' : '身份证号',
      employerId: f.employer.idNumber,
      employerContact: f.employer.contact,
      employerPhone: f.employer.phone,
      employerAddress: f.employer.address || '—',
      workerName: f.worker.name,
      workerId: f.worker.idNumber,
      workerPhone: f.worker.phone,
      workerAddress: f.worker.address || '—',
      workTitle: f.work.title,
      workDescription: f.work.description || f.work.title,
      workPlace: f.work.place,
      start: dateZh(f.period.start),
      end: dateZh(f.period.end),
      hours: f.period.hours,
      rate: formatPayPlain(f.pay.rate),
      settlement: formatSettlement(f.pay.rate.settlement),
      total: String(f.pay.total),
      totalWords: yuanInWords(f.pay.total),
      payDate: dateZh(f.pay.payDate),
      method: METHOD[f.pay.method],
      insurance: insuranceText(f.insurance),
      extra: f.extra ? `${f.extra}\n` : '',
    }),
  },
};

/** The version new agreements are made with. */
export const CURRENT_AGREEMENT_VERSION = 1;

/** "2026-12-01" → "2026年12月01日" (fixed width, no locale). */
export function dateZh(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${m}月${d}日`;
}

/** formatPay without locale grouping (toLocaleString differs between ICU builds). */
function formatPayPlain(pay: { amount: number; unit: 'hour' | 'day' | 'piece' | 'month' }): string {
  return formatPay({ ...pay, amount: pay.amount }, 'zh').replace(/,/g, '');
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['', '拾', '佰', '仟'];
const BIG_UNITS = ['', '万', '亿'];

/** Yuan in capital numerals as on a cheque (大写): 1300 → 壹仟叁佰元整, 260.5 → 贰佰陆拾元伍角. */
export function yuanInWords(amount: number): string {
  const fen = Math.round(amount * 100);
  if (fen === 0) return '零元整';
  const whole = Math.floor(fen / 100);
  const jiao = Math.floor((fen % 100) / 10);
  const cents = fen % 10;
  let out = '';
  if (whole > 0) {
    // Digit by digit: a run of zeros inside a group is one 零; 万 and 亿 close each group that has a digit.
    const s = String(whole);
    let zeros = 0;
    for (let i = 0; i < s.length; i++) {
      const d = Number(s[i]);
      const p = s.length - 1 - i;
      if (d === 0) zeros++;
      else {
        if (zeros > 0) out += '零';
        zeros = 0;
        out += DIGITS[d]! + SMALL_UNITS[p % 4]!;
      }
      if (p % 4 === 0 && zeros < 4) {
        out += BIG_UNITS[p / 4] ?? '';
        zeros = 0;
      }
    }
    out += '元';
  }
  if (jiao === 0 && cents === 0) return out + '整';
  if (jiao > 0) out += DIGITS[jiao]! + '角';
  else if (whole > 0) out += '零';
  if (cents > 0) out += DIGITS[cents]! + '分';
  return out;
}

/** The agreement text from a template version and the filled fields. Unknown placeholders are an error. */
export function renderAgreement(version: number, fields: AgreementFields, meta: AgreementMeta): string {
  const template = AGREEMENT_TEMPLATES[version];
  if (!template) throw new RangeError(`no agreement template version ${version}`);
  const values = template.values(fields, meta);
  return template.body.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new RangeError(`template ${version} has no value for ${name}`);
    return v;
  });
}

/** SHA-256 of the text as UTF-8, lower-case hex. */
export function agreementHash(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** A stored agreement as the print document needs it. */
export interface StoredAgreement {
  id: string;
  templateVersion: number;
  text: string;
  hash: string;
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The printed agreement (A4): the stored text line by line, signature boxes for both parties and the hall, and
 * the template version and hash at the foot. Made only from what was stored, so two prints are byte-identical.
 */
export function agreementDocument(a: StoredAgreement): string {
  const [title = '', ...lines] = a.text.split('\n');
  const paras = lines
    .map((line) =>
      line === '' ? '<p class="gap"></p>' : /^第.条/.test(line) ? `<h3>${esc(line)}</h3>` : `<p>${esc(line)}</p>`,
    )
    .join('');
  return (
    `<article class="doc doc-a4 agreement" data-hash="${esc(a.hash)}">` +
    `<h1>${esc(title)}</h1>${paras}` +
    '<table class="signatures"><tr>' +
    '<td><div class="sig-label">甲方（签字或盖章）</div><div class="sig-box"></div><div class="sig-date">年\u3000\u3000月\u3000\u3000日</div></td>' +
    '<td><div class="sig-label">乙方（签字）</div><div class="sig-box"></div><div class="sig-date">年\u3000\u3000月\u3000\u3000日</div></td>' +
    '<td><div class="sig-label">见证单位（盖章）</div><div class="sig-box"></div><div class="sig-date">年\u3000\u3000月\u3000\u3000日</div></td>' +
    '</tr></table>' +
    `<footer class="doc-foot">模板版本 v${a.templateVersion} · 文本校验 SHA-256 ${esc(a.hash)}</footer>` +
    '</article>'
  );
}
