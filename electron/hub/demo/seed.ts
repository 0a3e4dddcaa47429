// The demo hall (docs/demo.md): a believable Shijiazhuang 零工市场 seeded on a new data dir when the hub starts
// with --demo. Everything is written through the hub's own write path (writeSystem), so the changes log, the
// search index and every station see the demo data exactly as they would see real data. A seeded PRNG makes
// the data the same on every run (stable screenshots); dates are relative to the hub clock so the hall always
// has work starting today and this week.
import type { Hub } from '../hub';
import { randomUUID } from 'node:crypto';
import type { Actor, Employer, Notice, Posting, StaffUser, Vetting, Worker } from '../../../shared/domain/entities';
import { recordWage, refer, step, type PlacementWriter } from '../placement/core';
import {
  AVAILABILITY_SLOTS,
  CERTIFICATES,
  JOB_TYPES,
  type AvailabilitySlot,
  type JobType,
} from '../../../shared/domain/enums';
import { TRADES, type TradeCode } from '../../../shared/domain/trades';
import { districtIn } from '../../../shared/domain/districts';
import { isSetUp, type SiteSetup } from '../../../shared/domain/site';
import { belowMinimumWage } from '../../../shared/domain/pay';
import type { Pay } from '../../../shared/domain/schemas';
import { creditCheck, organisationCheck } from '../../../shared/validate/creditCode';
import { expiresAtFor, isDueToExpire } from '../../../shared/rules/posting';
import { addDays, hallDate, hallZoneOf } from '../../../shared/rules/hallTime';
import { hashSecret } from '../secrets';
import { CATALOGUE } from './catalogue';

/** The documented demo worker (docs/demo.md): phone 13800000001, PIN 1234. */
export const DEMO_WORKER_PHONE = '13800000001';
export const DEMO_PIN = '1234';
export const DEMO_COUNTS = {
  enterprises: 32,
  households: 14,
  postings: 172,
  workers: 320,
  workersWithPin: 20,
} as const;
const MIN_HOURLY = 22;
const DAY = 86_400_000;

/** mulberry32: small, fast, and the same sequence everywhere for the same seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  constructor(private readonly next: () => number) {}
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  some<T>(list: readonly T[], min: number, max: number): T[] {
    const pool = [...list];
    const out: T[] = [];
    for (let n = this.int(min, Math.min(max, pool.length)); n > 0; n--)
      out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }
  /** A deterministic id (uuid-shaped) so demo ids, too, are the same on every run. */
  id(): string {
    const hex = () =>
      Math.floor(this.next() * 0x10000)
        .toString(16)
        .padStart(4, '0');
    return `${hex()}${hex()}-${hex()}-4${hex().slice(1)}-a${hex().slice(1)}-${hex()}${hex()}${hex()}`;
  }
}

/** The demo hall: 石家庄市 (130100), in 长安区, at Hebei's first-tier minimum of 22 yuan/hour. */
export const DEMO_SITE: SiteSetup = {
  cityCode: '130100',
  name: '石家庄市零工市场',
  district: '130102',
  minHourlyWage: 22,
};

/**
 * The city districts the demo's employers and workers are spread over (GB/T 2260 codes, which also start their
 * credit codes and ID numbers), with a few real streets of each for addresses. In this order: the seeded PRNG
 * picks by index, so the demo data stays the same.
 */
const STREETS: readonly (readonly [code: string, streets: readonly string[]])[] = [
  ['130102', ['中山东路', '建设北大街', '和平东路', '胜利北街']],
  ['130104', ['中华南大街', '裕华西路', '新石中路', '维明南大街']],
  ['130105', ['友谊北大街', '和平西路', '民族路', '泰华街']],
  ['130108', ['槐安东路', '体育南大街', '翟营南大街', '东岗路']],
  ['130109', ['廉州东路', '府前街', '军民街']],
  ['130110', ['向阳大街', '御园路', '海山大街']],
  ['130111', ['裕翔街', '石家庄大道', '栾武路']],
  ['130123', ['中山东路', '常山西路', '燕赵大街']],
  ['130107', ['矿市街', '凤山路']],
  ['130171', ['天山大街', '长江大道', '黄河大道']],
];
const DISTRICTS = STREETS.map(([code]) => code);
const streetsOf = (code: string) => STREETS.find(([c]) => c === code)![1];

const SURNAMES = [
  ...'王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN_MALE = [...'建国军伟强磊勇杰涛明超刚平辉鹏华飞鑫波宇浩凯健俊帅志红海亮'];
const GIVEN_FEMALE = [...'秀英丽敏静芳娟霞艳燕玲桂兰萍红梅琴云莲翠华洁慧丹颖'];
const COMPANY_WORDS = [
  '恒达',
  '华北',
  '冀中',
  '燕赵',
  '正元',
  '鑫源',
  '康泰',
  '宏远',
  '润泽',
  '诚信',
  '众合',
  '长城',
  '滹沱',
  '太行',
  '石门',
  '天宇',
  '鼎盛',
  '安居',
  '嘉禾',
  '顺通',
  '万家',
  '乐居',
  '新天地',
  '金穗',
  '民生',
  '和美',
  '博远',
  '泰和',
  '瑞丰',
  '德润',
  '广源',
  '同益',
];
const COMPANY_KINDS = [
  '物业服务有限公司',
  '家政服务有限公司',
  '物流有限公司',
  '建筑装饰工程有限公司',
  '餐饮管理有限公司',
  '电子商务有限公司',
  '制冷设备安装有限公司',
  '保安服务有限公司',
  '食品有限公司',
  '劳务派遣有限公司',
  '机电设备有限公司',
  '农业科技有限公司',
];

function creditCodeFor(d: Dice, district: string): string {
  // Digits only in the organisation code body keep it inside both alphabets (GB 11714 and GB 32100; the
  // organisation check may be X, which GB 32100 allows).
  let org = '';
  for (let i = 0; i < 8; i++) org += String(d.int(0, 9));
  const body = `91${district}${org}${organisationCheck(org)}`;
  return body + creditCheck(body);
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function residentIdFor(d: Dice, district: string, birthYear: number, gender: 'male' | 'female'): string {
  const month = String(d.int(1, 12)).padStart(2, '0');
  const day = String(d.int(1, 28)).padStart(2, '0');
  const seq = String(d.int(0, 49) * 2 + (gender === 'male' ? 1 : 0)).padStart(3, '0');
  const body = `${district}${birthYear}${month}${day}${seq}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * ID_WEIGHTS[i]!;
  return body + '10X98765432'[sum % 11];
}

function personName(d: Dice, gender: 'male' | 'female'): string {
  const given = gender === 'male' ? GIVEN_MALE : GIVEN_FEMALE;
  return d.pick(SURNAMES) + (d.chance(0.7) ? d.pick(given) + d.pick(given) : d.pick(given));
}

function phoneFor(d: Dice, used: Set<string>): string {
  const prefixes = [
    '130',
    '131',
    '132',
    '133',
    '135',
    '136',
    '137',
    '139',
    '150',
    '151',
    '152',
    '155',
    '157',
    '158',
    '159',
    '176',
    '177',
    '180',
    '183',
    '185',
    '186',
    '187',
    '188',
    '189',
    '199',
  ];
  for (;;) {
    const phone = d.pick(prefixes) + String(d.int(0, 99_999_999)).padStart(8, '0');
    if (!used.has(phone)) {
      used.add(phone);
      return phone;
    }
  }
}

function payFor(d: Dice, trade: TradeCode): Pay {
  const { unit, min, max, settlement } = CATALOGUE[trade].pay;
  const step = unit === 'hour' ? 1 : unit === 'day' ? 10 : 100;
  let amount = Math.round((min + d.float() * (max - min)) / step) * step;
  // Never below the local minimum wage, whatever the catalogue says.
  while (belowMinimumWage({ amount, unit }, MIN_HOURLY)) amount += step;
  return { amount, unit, settlement };
}

export interface SeedSummary {
  employers: number;
  postings: number;
  workers: number;
}

/** Seed the demo hall when the data dir has no employers yet; returns what was seeded, or null when it was not empty. */
export function seedDemoIfEmpty(hub: Hub): SeedSummary | null {
  if (!isSetUp(hub.site())) hub.setUpSite(DEMO_SITE);
  const nameOf = (code: string) => districtIn(hub.site().districts, code)?.zh ?? '';
  const employersNow = (hub.db.prepare(`SELECT COUNT(*) AS n FROM employers`).get() as { n: number }).n;
  if (employersNow > 0) return null;
  const d = new Dice(prng(20_261_129));
  const now = hub.clock();
  const zone = hallZoneOf(hub.site());
  const today = hallDate(now, zone);
  const daysFromToday = (n: number) => addDays(today, n);
  const usedPhones = new Set<string>([DEMO_WORKER_PHONE]);
  const admin = hub.records.list('staffUser', `username = 'admin'`)[0];
  let summary: SeedSummary = { employers: 0, postings: 0, workers: 0 };
  let demoWorkers: Worker[] = [];
  let demoPostings: Posting[] = [];

  hub.writeSystem((w) => {
    // ── Employers ─────────────────────────────────────────────────────────────────────────────
    const employers: Employer[] = [];
    const vet = (e: Employer, outcome: Vetting['outcome'], note: string) => {
      w.put('vetting', {
        id: d.id(),
        employerId: e.id,
        outcome,
        note,
        by: admin?.id ?? 'system',
        at: now - d.int(1, 60) * DAY,
        checks: {
          creditSystemChecked: true,
          operatingNormal: outcome === 'approved',
          notOnAbnormalList: outcome === 'approved',
          licenceSeen: outcome !== 'needs_info',
        },
      });
    };
    for (let i = 0; i < DEMO_COUNTS.enterprises; i++) {
      const district = DISTRICTS[i % DISTRICTS.length]!;
      const gender = d.chance(0.6) ? 'male' : 'female';
      // The catalogue of kinds is cycled so every kind of business is in the hall.
      const name = `石家庄${COMPANY_WORDS[i % COMPANY_WORDS.length]}${COMPANY_KINDS[i % COMPANY_KINDS.length]}`;
      // Vetting mix: most approved; some waiting; one rejected; one approved and later blocked.
      const vetting: Employer['vetting'] = i >= 26 && i < 30 ? 'pending' : i === 30 ? 'rejected' : 'approved';
      const e = w.put('employer', {
        id: d.id(),
        kind: 'enterprise',
        name,
        creditCode: creditCodeFor(d, district),
        legalRep: personName(d, gender),
        householderId: null,
        contactName: `${d.pick(SURNAMES)}经理`,
        contactPhone: phoneFor(d, usedPhones),
        address: `${nameOf(district)}${d.pick(streetsOf(district))}${d.int(1, 300)}号`,
        district,
        vetting,
        blocked: i === 31,
        blockReason: i === 31 ? '拖欠工资，经调解未支付，暂停发布' : '',
        createdAt: now - d.int(10, 200) * DAY,
      });
      if (vetting !== 'pending') vet(e, vetting, vetting === 'rejected' ? '营业执照已注销' : '');
      employers.push(e);
    }
    for (let i = 0; i < DEMO_COUNTS.households; i++) {
      const district = d.pick(DISTRICTS);
      const gender = d.chance(0.5) ? 'male' : 'female';
      const name = personName(d, gender);
      const vetting: Employer['vetting'] = i < 2 ? 'pending' : 'approved';
      const e = w.put('employer', {
        id: d.id(),
        kind: 'household',
        name,
        creditCode: null,
        legalRep: '',
        householderId: residentIdFor(d, district, d.int(1955, 1990), gender),
        contactName: name,
        contactPhone: phoneFor(d, usedPhones),
        address: `${nameOf(district)}${d.pick(streetsOf(district))}${d.int(1, 99)}号院`,
        district,
        vetting,
        blocked: false,
        blockReason: '',
        createdAt: now - d.int(1, 90) * DAY,
      });
      if (vetting === 'approved') vet(e, 'approved', '');
      employers.push(e);
    }

    // ── Postings ──────────────────────────────────────────────────────────────────────────────
    const listable = employers.filter((e) => e.vetting === 'approved' && !e.blocked);
    const postings: Posting[] = [];
    // Every trade, and every job type, appear: cycle trades; job types follow the trade's usual ones, then a
    // second pass forces each job type at least a few times.
    for (let i = 0; i < DEMO_COUNTS.postings; i++) {
      const trade = TRADES[i % TRADES.length]!.code;
      const cat = CATALOGUE[trade];
      const forcedType: JobType | undefined = i < JOB_TYPES.length * 2 ? JOB_TYPES[i % JOB_TYPES.length] : undefined;
      const jobType = forcedType ?? d.pick(cat.jobTypes);
      const wantHousehold = cat.households && d.chance(0.35);
      const candidates = listable.filter((e) => (e.kind === 'household') === wantHousehold);
      const employer =
        i % 23 === 5
          ? employers.find((e) => e.blocked)!
          : i % 29 === 7
            ? employers.find((e) => e.vetting === 'pending')!
            : d.pick(candidates.length ? candidates : listable);
      // Status mix: most published; some drafts, filled, closed; a few expired.
      const roll = d.float();
      let status: Posting['status'] = employer.blocked
        ? 'closed'
        : employer.vetting !== 'approved'
          ? 'draft'
          : roll < 0.8
            ? 'published'
            : roll < 0.86
              ? 'draft'
              : roll < 0.92
                ? 'filled'
                : roll < 0.96
                  ? 'closed'
                  : 'expired';
      // Schedules: today, this week, seasonal runs, long-term (no end date).
      const startIn = jobType === 'long_term' ? d.int(0, 14) : d.chance(0.4) ? 0 : d.int(1, 6);
      const length =
        jobType === 'hourly' || jobType === 'daily'
          ? d.int(0, 3)
          : jobType === 'temporary'
            ? d.int(2, 10)
            : jobType === 'short_term'
              ? d.int(14, 45)
              : jobType === 'seasonal'
                ? d.int(45, 100)
                : null;
      let startDate = daysFromToday(startIn);
      let endDate = length === null ? null : daysFromToday(startIn + length);
      if (status === 'expired') {
        startDate = daysFromToday(-d.int(10, 20));
        endDate = daysFromToday(-d.int(1, 5));
      }
      const publishedAt =
        status === 'draft' ? null : now - d.int(0, 5 * 24 * 60) * 60_000 - (status === 'expired' ? 20 * DAY : 0);
      const expiresAt = publishedAt === null ? null : expiresAtFor(endDate, publishedAt, zone);
      if (isDueToExpire({ status, expiresAt }, now)) status = 'expired';
      const headcount = employer.kind === 'household' ? 1 : d.pick([1, 2, 3, 5, 8, 10, 20]);
      const filledCount = status === 'filled' ? headcount : d.int(0, Math.max(0, headcount - 1));
      const district = employer.district;
      const [from, to] = cat.hours;
      const p = w.put('posting', {
        id: d.id(),
        employerId: employer.id,
        employerKind: employer.kind,
        employerName: employer.name,
        trade,
        title: d.pick(cat.titles),
        headcount,
        filledCount,
        jobType,
        pay: payFor(d, trade),
        district,
        address: employer.kind === 'household' ? nameOf(district) : employer.address,
        startDate,
        endDate,
        dailyHours: { from, to },
        requirements: {
          certificates: d.some(cat.certificates, 0, cat.certificates.length),
          minExperienceYears: d.pick([0, 0, 1, 2, 3]),
          note: d.chance(0.3) ? d.pick(['年龄60岁以下', '能吃苦耐劳', '会用智能手机', '身体健康']) : '',
        },
        benefits: { meals: d.chance(0.5), lodging: d.chance(0.25), transport: d.chance(0.2) },
        description: d.pick(cat.descriptions),
        status,
        publishedAt,
        expiresAt,
        createdAt: (publishedAt ?? now) - d.int(0, 3) * DAY,
        createdBy: admin?.id ?? null,
      } as Omit<Posting, 'version' | 'updatedAt'>);
      postings.push(p);
    }

    // ── Workers ───────────────────────────────────────────────────────────────────────────────
    const workers: Worker[] = [];
    const pinHolders: string[] = [];
    for (let i = 0; i < DEMO_COUNTS.workers; i++) {
      const gender = d.chance(0.55) ? 'male' : 'female';
      const birthYear = d.int(1962, 2004);
      const district = d.pick(DISTRICTS);
      const trades = d.some(
        TRADES.map((t) => t.code),
        1,
        3,
      );
      const withId = d.chance(0.4);
      const phone = i === 0 ? DEMO_WORKER_PHONE : phoneFor(d, usedPhones);
      const certs = CERTIFICATES.filter(
        (c) => trades.some((t) => (CATALOGUE[t].certificates as readonly string[]).includes(c)) && d.chance(0.5),
      );
      const hasPin = i < DEMO_COUNTS.workersWithPin;
      const worker = w.put('worker', {
        id: d.id(),
        name: i === 0 ? '王建国' : personName(d, gender),
        nameIncomplete: false,
        phone,
        idNumber:
          withId || i === 0 ? residentIdFor(d, district, i === 0 ? 1968 : birthYear, i === 0 ? 'male' : gender) : null,
        gender: i === 0 ? 'male' : gender,
        birthYear: i === 0 ? 1968 : birthYear,
        trades: i === 0 ? ['electrician', 'renovation'] : trades,
        certificates: i === 0 ? ['electrician'] : certs,
        experienceYears: d.int(0, 25),
        availability: d.some(AVAILABILITY_SLOTS, 1, 4) as AvailabilitySlot[],
        jobTypes: d.some(JOB_TYPES, 1, 3),
        districts: d.some(DISTRICTS, 1, 3),
        expectedPay: d.chance(0.6) ? { amount: d.int(180, 320), unit: 'day' } : null,
        hasPin,
        consent: { version: '2025-01', at: now - d.int(0, 120) * DAY },
        status: d.chance(0.94) ? 'active' : 'inactive',
        createdAt: now - d.int(0, 180) * DAY,
        source: d.chance(0.6) ? 'kiosk' : 'desk',
      });
      if (hasPin) pinHolders.push(worker.id);
      workers.push(worker);
    }
    // scrypt is deliberately slow: only the documented few get a PIN (all 1234).
    for (const id of pinHolders) hub.records.setColumn('worker', id, 'pin_hash', hashSecret(DEMO_PIN));

    // ── Applications (referrals follow below, through the placement path) and notices ─────────
    const open = postings.filter((p) => p.status === 'published');
    for (let i = 0; i < 5; i++) {
      const worker = i < 1 ? workers[0]! : d.pick(workers);
      const createdAt = now - d.int(0, 3 * 24) * 3_600_000;
      w.put('application', {
        id: d.id(),
        postingId: open[(i * 7) % open.length]!.id,
        workerId: worker.id,
        phone: worker.phone,
        source: d.pick(['kiosk', 'phone'] as const),
        status: 'new',
        note: '',
        createdAt,
        handledBy: null,
        history: [{ status: 'new', at: createdAt, by: { kind: 'worker' }, note: '' }],
        referral: null,
        wage: null,
        agreement: null,
      });
    }
    demoWorkers = workers.filter((x) => x.status === 'active').slice(0, 12);
    demoPostings = open;
    const notices: Omit<Notice, 'version' | 'updatedAt'>[] = [
      {
        id: d.id(),
        text: '本周六上午9点在大厅举办家政服务专场招聘会，欢迎参加',
        kind: 'normal',
        expiresAt: now + 6 * DAY,
        cleared: false,
        createdAt: now - DAY,
      },
      {
        id: d.id(),
        text: '找工作不收费！凡以介绍工作为名收取费用的，请向服务台举报',
        kind: 'normal',
        expiresAt: now + 60 * DAY,
        cleared: false,
        createdAt: now - 10 * DAY,
      },
      {
        id: d.id(),
        text: '大风蓝色预警：户外作业请注意安全',
        kind: 'emergency',
        expiresAt: now + 8 * 3_600_000,
        cleared: false,
        createdAt: now - 3_600_000,
      },
    ];
    for (const n of notices) w.put('notice', n);

    summary = { employers: employers.length, postings: postings.length, workers: workers.length };
  });
  seedPlacements(hub, demoWorkers, demoPostings, admin);
  return summary;
}

/**
 * The desk's week in the demo, written through the same placement path as the console: referrals with slips
 * (two interviewing tomorrow, one waiting 9 days for its receipt), hires with wages paid, one overdue, and a
 * wage dispute being mediated.
 */
function seedPlacements(hub: Hub, workers: Worker[], postings: Posting[], admin: StaffUser | undefined): void {
  if (!workers.length || !postings.length) return;
  const by: Actor = admin ? { kind: 'staff', id: admin.id, name: admin.displayName } : { kind: 'system' };
  const zone = hallZoneOf(hub.site());
  const today = hallDate(hub.clock(), zone);
  const tomorrow = addDays(today, 1);
  const interview = (p: Posting, time: string, date = tomorrow) => ({
    date,
    time,
    place: p.address ? `${p.address} 会议室` : '零工市场洽谈室',
    contact: '人事 李经理',
  });
  const base = hub.clock();
  const plan: { daysAgo: number; run: (w: PlacementWriter) => void }[] = [];
  const refer1 = (w: PlacementWriter, wi: number, pi: number, time: string, date?: string) =>
    refer(w, {
      postingId: postings[pi % postings.length]!.id,
      workerId: workers[wi % workers.length]!.id,
      interview: interview(postings[pi % postings.length]!, time, date),
      note: '',
      by,
      source: 'desk',
    }).app;
  // Interviews tomorrow.
  plan.push({ daysAgo: 0, run: (w) => void refer1(w, 1, 2, '09:00') });
  plan.push({ daysAgo: 0, run: (w) => void refer1(w, 2, 2, '09:30') });
  // A slip 9 days old with no receipt: the follow-up list.
  plan.push({ daysAgo: 9, run: (w) => void refer1(w, 3, 4, '10:00', addDays(today, -8)) });
  // Hired and paid on time; hired and overdue with a dispute.
  plan.push({
    daysAgo: 12,
    run: (w) => {
      const app = refer1(w, 4, 5, '09:00', addDays(today, -11));
      step(w, app, 'hired', by, '试工后录用', { agreedAmount: 1300, payDate: addDays(today, -5) });
    },
  });
  plan.push({
    daysAgo: 4,
    run: (w) => {
      const app = hub.records.list(
        'application',
        'worker_id = ? AND status = ?',
        workers[4 % workers.length]!.id,
        'hired',
      )[0];
      if (app) recordWage(w, app, 'paid', 0, '现金结清', by);
    },
  });
  plan.push({
    daysAgo: 15,
    run: (w) => {
      const app = refer1(w, 5, 6, '08:30', addDays(today, -14));
      step(w, app, 'hired', by, '', { agreedAmount: 2400, payDate: addDays(today, -3) });
    },
  });
  plan.push({
    daysAgo: 2,
    run: (w) => {
      const app = hub.records.list(
        'application',
        'worker_id = ? AND status = ?',
        workers[5 % workers.length]!.id,
        'hired',
      )[0];
      if (!app) return;
      recordWage(w, app, 'part_paid', 800, '先付了一部分', by);
    },
  });
  plan.push({
    daysAgo: 6,
    run: (w) => {
      const app = refer1(w, 6, 7, '14:00', addDays(today, -5));
      step(w, app, 'no_show', by, '电话未接通');
    },
  });
  // Oldest first, so the slips are numbered in the order they were issued.
  plan.sort((a, b) => b.daysAgo - a.daysAgo);
  for (const { daysAgo, run } of plan)
    hub.writePlacement((w) => {
      // Each step as of its day, so the slips, the follow-up list and the numbers read like a real week.
      w.now = base - daysAgo * DAY;
      run(w);
    });
  // The overdue wage becomes a dispute being mediated (written as the console's dispute.open would).
  const overdue = hub.records.list(
    'application',
    'worker_id = ? AND status = ?',
    workers[5 % workers.length]!.id,
    'hired',
  )[0];
  const posting = overdue && hub.records.get('posting', overdue.postingId);
  if (overdue?.wage && posting && 'employerId' in posting)
    hub.writeSystem((w) => {
      w.put('dispute', {
        id: randomUUID(),
        type: 'unpaid',
        applicationId: overdue.id,
        workerId: overdue.workerId,
        employerId: posting.employerId,
        amountClaimed: overdue.wage!.agreedAmount - overdue.wage!.paidAmount,
        openedAt: w.now - DAY,
        openedBy: by,
        note: '工人反映工期结束后仍欠1600元',
        steps: [
          { at: w.now - DAY + 3_600_000, by, kind: 'call', note: '已电话联系用工方，答应本周内结清', recovered: 0 },
        ],
        outcome: null,
        amountRecovered: 0,
        closedAt: null,
      });
    });
}
