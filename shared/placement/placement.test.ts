// The placement rules beside the lifecycle: slip numbers, the receipt's windows in hall days, tomorrow's
// interviews, late cancels, wages and overdue, disputes, reliability, the agreement's text and hash, and the
// grouping keys of the numbers.
import { describe, expect, it } from 'vitest';
import type { Actor, Application, Dispute, Referral, Wage } from '../domain/entities';
import {
  RECEIPT_CODE_ALPHABET,
  hallTomorrow,
  interviewOn,
  isLateCancel,
  isReceiptCode,
  needsFollowUp,
  receiptRefusal,
  slipNumber,
} from './referral';
import { isOverdue, newWage, owed, paidLate, wageState, withWageEntry } from './wages';
import { closed, employerLost, isIssue, withStep } from './disputes';
import { employerReliability, workerReliability } from './reliability';
import { AGREEMENT_TEMPLATES, agreementDocument, agreementHash, renderAgreement, yuanInWords } from './agreement';
import { AgreementFields } from './schemas';
import { timeKeys, weekOf } from './numbers';
import { validCreditCode, validResidentId } from '../../tests/helpers/fixtures';

const by: Actor = { kind: 'staff', id: 'u1', name: '张敏' };
// Issued 2026-11-20 23:30 in Shanghai (15:30 UTC): the hall day is the 20th, whatever the machine says.
const ISSUED = Date.parse('2026-11-20T23:30:00+08:00');
const referral = (over: Partial<Referral> = {}): Referral => ({
  slipNo: '130111-2026-000001',
  issuedAt: ISSUED,
  by,
  interview: { date: '2026-11-22', time: '09:00', place: '会议室', contact: '李经理' },
  receipt: null,
  ...over,
});
const hall = (s: string) => Date.parse(`${s}+08:00`);

describe('slips and receipts', () => {
  it('numbers slips per hall and year, zero-padded', () => {
    expect(slipNumber('130111', 2026, 123)).toBe('130111-2026-000123');
    expect(slipNumber(null, 2027, 1)).toBe('000000-2027-000001');
  });

  it('knows a receipt code by its alphabet and length', () => {
    expect(isReceiptCode('ABCDEFGH23')).toBe(true);
    expect(isReceiptCode('ABCDEFGH2')).toBe(false);
    expect(isReceiptCode('ABCDEFGH0O')).toBe(false);
    expect(RECEIPT_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('takes a receipt within 30 hall days, once', () => {
    const app = { referral: referral() };
    expect(receiptRefusal(app, hall('2026-12-20T23:59:00'))).toBeNull(); // day 30
    expect(receiptRefusal(app, hall('2026-12-21T00:01:00'))).toBe('receiptExpired'); // day 31
    expect(receiptRefusal({ referral: referral({ receipt: { answer: 'arrived', at: ISSUED } }) }, ISSUED)).toBe(
      'receiptUsed',
    );
  });

  it('puts a waiting referral with no receipt on the follow-up list from its 7th hall day', () => {
    const app = { status: 'referred' as const, referral: referral() };
    expect(needsFollowUp(app, hall('2026-11-26T23:59:00'))).toBe(false);
    expect(needsFollowUp(app, hall('2026-11-27T00:00:00'))).toBe(true);
    expect(needsFollowUp({ ...app, status: 'hired' }, hall('2026-12-01T10:00:00'))).toBe(false);
    expect(
      needsFollowUp(
        { ...app, referral: referral({ receipt: { answer: 'no_show', at: 1 } }) },
        hall('2026-12-01T10:00:00'),
      ),
    ).toBe(false);
  });

  it("lists tomorrow's interviews by the hall's calendar", () => {
    // 2026-11-21 17:00 UTC is already the 22nd in the hall... so tomorrow is the 23rd.
    expect(hallTomorrow(Date.parse('2026-11-21T17:00:00Z'))).toBe('2026-11-23');
    expect(hallTomorrow(hall('2026-11-21T20:00:00'))).toBe('2026-11-22');
    expect(interviewOn({ status: 'referred', referral: referral() }, '2026-11-22')).toBe(true);
    expect(interviewOn({ status: 'interviewed', referral: referral() }, '2026-11-22')).toBe(false);
  });

  it('calls a withdrawal less than 24 hours before the interview a late cancel', () => {
    const app = { referral: referral() };
    expect(isLateCancel(app, hall('2026-11-21T08:59:00'))).toBe(false);
    expect(isLateCancel(app, hall('2026-11-21T09:01:00'))).toBe(true);
    expect(isLateCancel({ referral: referral({ interview: null }) }, hall('2026-11-22T09:01:00'))).toBe(false);
  });
});

describe('wages', () => {
  const w = newWage(1300, '2026-12-05');
  it('settles the rest on paid, adds part payments, and is overdue only after the pay date with money owed', () => {
    expect(isOverdue(w, '2026-12-05')).toBe(false);
    expect(isOverdue(w, '2026-12-06')).toBe(true);
    const part = withWageEntry(w, { report: 'part_paid', amount: 500, at: 1, by, note: '' }, '2026-12-06');
    expect(part).toMatchObject({ status: 'part_paid', paidAmount: 500, paidOn: null });
    expect(owed(part)).toBe(800);
    expect(wageState(part, '2026-12-06')).toBe('overdue');
    const paid = withWageEntry(part, { report: 'paid', at: 2, by, note: '' }, '2026-12-07');
    expect(paid).toMatchObject({ status: 'paid', paidAmount: 1300, paidOn: '2026-12-07' });
    expect(paid.entries.map((e) => e.amount)).toEqual([500, 800]);
    expect(isOverdue(paid, '2026-12-30')).toBe(false);
    expect(paidLate(paid)).toBe(true);
    const notPaid = withWageEntry(w, { report: 'not_paid', at: 1, by, note: '' }, '2026-12-06');
    expect(notPaid).toMatchObject({ status: 'not_paid', paidAmount: 0 });
  });
  it('never records more than is owed', () => {
    const over = withWageEntry(w, { report: 'part_paid', amount: 5000, at: 1, by, note: '' }, '2026-12-01');
    expect(over).toMatchObject({ paidAmount: 1300, status: 'paid', paidOn: '2026-12-01' });
    expect(paidLate(over)).toBe(false);
  });
});

describe('disputes and reliability', () => {
  const dispute: Dispute = {
    id: 'd1',
    version: 1,
    updatedAt: 1,
    type: 'unpaid',
    applicationId: 'a1',
    workerId: 'w1',
    employerId: 'e1',
    amountClaimed: 1600,
    openedAt: 1,
    openedBy: by,
    note: '',
    steps: [],
    outcome: null,
    amountRecovered: 0,
    closedAt: null,
  };
  it('adds steps with what they recovered, and closes once with an outcome that fits', () => {
    const once = withStep(dispute, { at: 2, by, kind: 'call', note: '联系用工方', recovered: 1000 }) as Dispute;
    expect(once.amountRecovered).toBe(1000);
    expect(closed(once, 'recovered', 3)).toMatchObject({ key: 'disputeNotAllRecovered' });
    const twice = withStep(once, { at: 3, by, kind: 'meeting', note: '当面结清', recovered: 600 }) as Dispute;
    const done = closed(twice, 'recovered', 4) as Dispute;
    expect(done).toMatchObject({ outcome: 'recovered', closedAt: 4, amountRecovered: 1600 });
    expect(employerLost(done)).toBe(true);
    expect(isIssue(closed(done, 'withdrawn', 5))).toBe(true);
    expect(isIssue(withStep(done, { at: 6, by, kind: 'note', note: 'x', recovered: 0 }))).toBe(true);
    expect(closed(dispute, 'part_recovered', 2)).toMatchObject({ key: 'disputeNothingRecovered' });
    expect(employerLost({ outcome: 'no_fault' })).toBe(false);
  });

  const app = (over: Partial<Application>): Pick<Application, 'status' | 'history' | 'referral' | 'wage'> => ({
    status: 'referred',
    history: [{ status: 'referred', at: ISSUED, by, note: '' }],
    referral: referral(),
    wage: null,
    ...over,
  });
  it("counts a worker's referrals, hires, no-shows and late cancels", () => {
    const late = app({
      status: 'withdrawn',
      history: [
        { status: 'referred', at: ISSUED, by, note: '' },
        { status: 'withdrawn', at: hall('2026-11-22T07:00:00'), by, note: '' },
      ],
    });
    const early = app({
      status: 'withdrawn',
      history: [
        { status: 'referred', at: ISSUED, by, note: '' },
        { status: 'withdrawn', at: hall('2026-11-21T07:00:00'), by, note: '' },
      ],
    });
    expect(workerReliability([app({ status: 'no_show' }), app({ status: 'hired' }), late, early])).toEqual({
      referrals: 4,
      hires: 1,
      noShows: 1,
      lateCancels: 1,
    });
  });
  it("counts an employer's pay on time, late and missed, and its disputes lost", () => {
    const wage = (over: Partial<Wage>): Wage => ({ ...newWage(100, '2026-12-01'), ...over });
    const r = employerReliability(
      [
        app({ status: 'hired', wage: wage({ status: 'paid', paidAmount: 100, paidOn: '2026-12-01' }) }),
        app({ status: 'hired', wage: wage({ status: 'paid', paidAmount: 100, paidOn: '2026-12-03' }) }),
        app({ status: 'hired', wage: wage({}) }),
        app({ status: 'hired', wage: wage({ payDate: '2026-12-30' }) }),
      ],
      [{ outcome: 'recovered' }, { outcome: null }, { outcome: 'no_fault' }],
      '2026-12-10',
    );
    expect(r).toEqual({ hires: 4, paidOnTime: 1, paidLate: 1, missedPay: 1, disputes: 3, disputesLost: 1 });
  });
});

describe('the work agreement', () => {
  const fields = AgreementFields.parse({
    employer: {
      name: '栾城区恒安装饰工程有限公司',
      idKind: 'credit_code',
      idNumber: validCreditCode(7),
      contact: '李经理',
      phone: '13931112222',
      address: '栾城区裕翔街18号',
    },
    worker: { name: '王建国', idNumber: validResidentId(), phone: '13912345678', address: '' },
    work: { title: '室内装修木工', description: '', place: '栾城区裕翔街18号' },
    period: { start: '2026-12-01', end: '2026-12-05', hours: '每天 08:00–17:00' },
    pay: { rate: { amount: 260, unit: 'day', settlement: 'daily' }, total: 1300, payDate: '2026-12-05' },
    insurance: { kind: 'gig', payer: 'employer' },
  });
  const meta = { number: '130111-2026-000001', hallName: '栾城区零工市场', clerk: '张敏' };

  it('writes amounts in capital numerals', () => {
    expect(yuanInWords(1300)).toBe('壹仟叁佰元整');
    expect(yuanInWords(1005)).toBe('壹仟零伍元整');
    expect(yuanInWords(100500)).toBe('壹拾万零伍佰元整');
    expect(yuanInWords(10005000)).toBe('壹仟万伍仟元整');
    expect(yuanInWords(260.5)).toBe('贰佰陆拾元伍角');
    expect(yuanInWords(1300.05)).toBe('壹仟叁佰元零伍分');
    expect(yuanInWords(0)).toBe('零元整');
  });

  it('renders the same text and hash every time, from the template version it names', () => {
    const text = renderAgreement(1, fields, meta);
    expect(renderAgreement(1, fields, meta)).toBe(text);
    expect(text).toContain('甲方（用工方）：栾城区恒安装饰工程有限公司');
    expect(text).toContain(`身份证号：${validResidentId()}`);
    expect(text).toContain('合计人民币1300元（大写：壹仟叁佰元整）');
    expect(text).toContain('2026年12月05日前以银行转账方式');
    expect(text).toContain('“零工保”');
    expect(text).toContain('一年内');
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(agreementHash(text)).toMatch(/^[0-9a-f]{64}$/);
    expect(agreementHash(text)).toBe(agreementHash(renderAgreement(1, fields, meta)));
    expect(agreementHash(text)).not.toBe(agreementHash(text + ' '));
    expect(() => renderAgreement(99, fields, meta)).toThrow(RangeError);
    expect(AGREEMENT_TEMPLATES[1]!.version).toBe(1);
  });

  it('prints the stored text byte for byte, with signature boxes and the hash', () => {
    const text = renderAgreement(1, fields, meta);
    const stored = { id: 'a1', templateVersion: 1, text, hash: agreementHash(text) };
    const doc = agreementDocument(stored);
    expect(agreementDocument({ ...stored })).toBe(doc);
    expect(doc).toContain('sig-box');
    expect(doc).toContain(stored.hash);
    expect(doc).toContain('<h1>短期用工协议</h1>');
  });

  it('refuses a bad identity number or a pay date before the work starts', () => {
    const bad = AgreementFields.safeParse({
      ...fields,
      worker: {
        ...fields.worker,
        idNumber: validResidentId().slice(0, 17) + (validResidentId().endsWith('0') ? '1' : '0'),
      },
      pay: { ...fields.pay, payDate: '2026-11-30' },
    });
    expect(bad.success).toBe(false);
    const keys = bad.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(keys).toContain('worker.idNumber:idCheckChar');
    expect(keys).toContain('pay.payDate:payDateBeforeStart');
  });
});

describe('number groupings', () => {
  it('weeks start on Monday; time keys cover quiet days', () => {
    expect(weekOf('2026-12-01')).toBe('2026-11-30');
    expect(weekOf('2026-11-30')).toBe('2026-11-30');
    expect(weekOf('2026-12-06')).toBe('2026-11-30');
    expect(timeKeys('2026-11-29', '2026-12-02', 'day')).toEqual([
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ]);
    expect(timeKeys('2026-11-29', '2026-12-02', 'week')).toEqual(['2026-11-23', '2026-11-30']);
    expect(timeKeys('2026-11-29', '2026-12-02', 'month')).toEqual(['2026-11', '2026-12']);
  });
});
