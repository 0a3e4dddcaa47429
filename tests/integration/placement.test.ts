// From referral to wages paid, through a real hub: a referral from the console (numbered slip, receipt code), the
// employer's receipt from the phone page over HTTP (once, within 30 days), the posting's filled count and the
// worker's own list at a kiosk updating live, the agreement printed twice byte for byte with its hash, an overdue
// wage opened as a dispute that ends recovered and shows in the numbers, and the exports read back by a
// spreadsheet library with the right totals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { staffStation, startTestHub, station, waitFor, type TestHub, type TestStation } from '../helpers/hub';
import { approvedEmployer, postingArgs, validResidentId } from '../helpers/fixtures';
import type { Application, Dispute, Employer, Posting } from '../../shared/domain/entities';
import { agreementDocument, agreementHash } from '../../shared/placement/agreement';
import type { AgreementFieldsInput } from '../../shared/placement/schemas';
import { addDays, hallDate } from '../../shared/rules/hallTime';

const DAY = 86_400_000;
// An ID number only the agreement holds (no worker record has it), to follow where the agreement text goes.
const AGREEMENT_ID = validResidentId('19700101', 'male', 77);
// The hub's clock, moved by the tests (the receipt's 30-day window, the pay date).
let now = Date.parse('2026-12-01T09:00:00+08:00');
const today = () => hallDate(now);

async function registerWorker(staff: TestStation, name: string, phone: string, pin = '1234'): Promise<string> {
  const { workerId } = await staff.ok('worker.register', {
    consent: { version: '2026-1', at: now },
    name,
    phone,
    idNumber: validResidentId('19690315', 'male', Number(phone.slice(-2))),
    trades: ['electrician'],
    pin,
  });
  return workerId;
}

function agreementFields(app: Application, employer: Employer, posting: Posting): AgreementFieldsInput {
  return {
    employer: {
      name: employer.name,
      idKind: 'credit_code',
      idNumber: employer.creditCode!,
      contact: employer.contactName,
      phone: employer.contactPhone,
      address: employer.address,
    },
    worker: { name: '王建国', idNumber: AGREEMENT_ID, phone: app.phone, address: '石家庄市栾城区' },
    work: { title: posting.title, description: posting.description, place: posting.address },
    period: { start: today(), end: addDays(today(), 4), hours: '每天 08:00–17:00' },
    pay: { rate: posting.pay, total: 1300, payDate: addDays(today(), 4), method: 'cash' },
    insurance: { kind: 'gig', payer: 'employer', note: '' },
    extra: '',
  };
}

describe('placement: from referral to wages paid', () => {
  let hub: TestHub;
  let staff: TestStation;
  let employerId: string;
  let postingId: string;
  let workerId: string;
  let appId: string;
  let code: string;

  beforeAll(async () => {
    hub = await startTestHub({ clock: () => now });
    staff = await staffStation(hub.url);
    employerId = await approvedEmployer(staff, '栾城区恒安装饰工程有限公司');
    ({ id: postingId } = await staff.ok('posting.create', postingArgs(employerId, { headcount: 2 })));
    workerId = await registerWorker(staff, '王建国', '13912345601');
  });
  afterAll(async () => {
    staff.close();
    await hub.destroy();
  });

  const app = (id = appId) => staff.table<Application>('application').get(id)!;
  const posting = () => staff.table<Posting>('posting').get(postingId)!;

  it('refers from the console: a numbered slip, the step with who and when, a receipt code for the slip only', async () => {
    const kiosk = await station(hub.url, 'kiosk');
    await kiosk.ok('worker.identify', { phone: '13912345601', pin: '1234' });
    const selfBefore = kiosk.received.filter((r) => r.event === 'worker:self').length;
    const r = await staff.ok('placement.refer', {
      postingId,
      workerId,
      interview: { date: addDays(today(), 1), time: '09:00', place: '公司会议室', contact: '李经理' },
      note: '电工证已核验',
    });
    appId = r.id;
    expect(r.slipNo).toBe(`130102-2026-000001`);
    await waitFor(() => app()?.status === 'referred', 3000, 'referral on the console');
    expect(app().history.at(-1)).toMatchObject({
      status: 'referred',
      at: now,
      by: { kind: 'staff', name: '管理员' },
      note: '电工证已核验',
    });
    // The code is never in a record or the change log; the console asks for it to print the slip.
    ({ receiptCode: code } = await staff.ok('placement.slip', { id: appId }));
    expect(code).toMatch(/^[2-9A-Z]{10}$/);
    expect(JSON.stringify(staff.received)).not.toContain(code);
    // The worker's kiosk sees the referral in their own list, live, with no staff note.
    await waitFor(
      () => kiosk.received.filter((r) => r.event === 'worker:self').length > selfBefore,
      3000,
      'worker list pushed',
    );
    const self = kiosk.received.filter((r) => r.event === 'worker:self').at(-1)!.args[0] as {
      applications: Application[];
    };
    expect(self.applications.find((a) => a.id === appId)).toMatchObject({ status: 'referred' });
    expect(JSON.stringify(self)).not.toContain('电工证已核验');
    kiosk.close();
  });

  it('numbers slips without a gap or a repeat when many referrals arrive at once', async () => {
    const other = await staffStation(hub.url);
    const workers = await Promise.all(
      Array.from({ length: 6 }, (_, i) => registerWorker(staff, `工人${i}`, `1370000000${i}`)),
    );
    const { id: busy } = await staff.ok(
      'posting.create',
      postingArgs(employerId, { title: '仓库搬运工', trade: 'mover' }),
    );
    const replies = await Promise.all(
      workers.map((w, i) => (i % 2 ? other : staff).ok('placement.refer', { postingId: busy, workerId: w })),
    );
    const numbers = replies.map((r) => r.slipNo).sort();
    expect(numbers).toEqual(Array.from({ length: 6 }, (_, i) => `130102-2026-${String(i + 2).padStart(6, '0')}`));
    // The same worker twice on the same posting is refused.
    const again = await staff.send('placement.refer', { postingId: busy, workerId: workers[0]! });
    expect(!again.ok && again.error.key).toBe('placementAlreadyReferred');
    other.close();
  });

  it("takes the employer's receipt on a phone page: slip number and three answers, nothing personal", async () => {
    const page = await fetch(`${hub.url}/r/${code}`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await page.text();
    expect(html).toContain('130102-2026-000001');
    for (const word of ['已到岗', '未录用', '未到']) expect(html).toContain(word);
    for (const secret of ['王建国', '13912345601', '恒安', '电工', '会议室']) expect(html).not.toContain(secret);
    expect(html).not.toContain('<script');

    const filledBefore = posting().filledCount;
    const post = await fetch(`${hub.url}/r/${code}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'answer=arrived',
    });
    expect(post.status).toBe(200);
    expect(await post.text()).toContain('已收到');
    // The console sees the hire and the filled count move, live.
    await waitFor(() => app().status === 'hired' && posting().filledCount === filledBefore + 1, 3000, 'hire');
    expect(app().history.at(-1)).toMatchObject({ status: 'hired', by: { kind: 'employer' } });
    expect(app().referral!.receipt).toMatchObject({ answer: 'arrived' });
  });

  it('refuses a receipt code used twice, and a wrong one, and hiring twice', async () => {
    const reuse = await fetch(`${hub.url}/r/${code}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'answer=no_show',
    });
    expect(reuse.status).toBe(409);
    expect(await reuse.text()).toContain('已经填写过');
    expect(app().status).toBe('hired');
    expect((await fetch(`${hub.url}/r/ZZZZZZZZZZ`)).status).toBe(404);
    // Guessing: ten wrong codes from one address, then even a right one waits out the window.
    for (let i = 0; i < 9; i++) expect((await fetch(`${hub.url}/r/ZZZZZZZZZ${i + 2}`)).status).toBe(404);
    expect((await fetch(`${hub.url}/r/${code}`)).status).toBe(429);
    now += 11 * 60_000;
    expect((await fetch(`${hub.url}/r/${code}`)).status).toBe(200);
    const twice = await staff.send('placement.step', { id: appId, to: 'hired' });
    expect(!twice.ok && twice.error.key).toBe('placementHiredTwice');
  });

  it('refuses a receipt more than 30 hall days after the slip', async () => {
    const w = await registerWorker(staff, '李秀英', '13700001199');
    const { id } = await staff.ok('placement.refer', { postingId, workerId: w });
    const { receiptCode } = await staff.ok('placement.slip', { id });
    const saved = now;
    now += 31 * DAY;
    try {
      const late = await fetch(`${hub.url}/r/${receiptCode}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'answer=arrived',
      });
      expect(late.status).toBe(410);
      expect(await late.text()).toContain('超过 30 天');
      expect(hub.hub.records.get('application', id)!.status).toBe('referred');
    } finally {
      now = saved;
    }
    // The last place: a hire fills the posting, and one more is refused.
    await staff.ok('placement.step', { id, to: 'hired' });
    await waitFor(() => posting().status === 'filled', 3000, 'posting filled');
    const w2 = await registerWorker(staff, '赵强', '13700001198');
    const { id: extra } = await staff.ok('placement.refer', { postingId, workerId: w2 });
    const full = await staff.send('placement.step', { id: extra, to: 'hired' });
    expect(!full.ok && full.error.key).toBe('placementPostingFull');
  });

  it('prints the agreement twice byte for byte; its hash matches; its text stays out of the change log', async () => {
    const employer = staff.table<Employer>('employer').get(employerId)!;
    const { id, hash } = await staff.ok('agreement.create', {
      applicationId: appId,
      fields: agreementFields(app(), employer, posting()),
    });
    const first = await staff.ok('agreement.get', { id });
    const second = await staff.ok('agreement.get', { id });
    expect(agreementDocument(second)).toBe(agreementDocument(first));
    expect(Buffer.from(agreementDocument(first)).equals(Buffer.from(agreementDocument(second)))).toBe(true);
    expect(agreementHash(first.text)).toBe(hash);
    expect(first).toMatchObject({ templateVersion: 1, hash, restricted: false });
    await waitFor(() => app().agreement?.hash === hash, 3000, 'agreement reference');
    expect(app().wage).toMatchObject({ agreedAmount: 1300, payDate: addDays(today(), 4) });
    const id18 = AGREEMENT_ID;
    expect(first.text).toContain(id18);
    const logged = hub.hub.db.prepare(`SELECT group_concat(data) AS all_ FROM changes`).get() as { all_: string };
    expect(logged.all_).not.toContain(id18);
    const audit = hub.hub.db.prepare(`SELECT group_concat(args) AS all_ FROM audit`).get() as { all_: string };
    expect(audit.all_).not.toContain(id18);
    // A second agreement for the same placement is refused: reprint instead.
    const again = await staff.send('agreement.create', {
      applicationId: appId,
      fields: agreementFields(app(), employer, posting()),
    });
    expect(!again.ok && again.error.key).toBe('agreementExists');
  });

  it('an overdue wage opens a dispute that ends recovered, flags the employer and shows in the numbers', async () => {
    // The worker says at a kiosk, after phone + PIN, that they were not paid; only their own placement.
    const kiosk = await station(hub.url, 'kiosk');
    const stranger = await kiosk.send('wage.report', { id: appId, report: 'paid' });
    expect(!stranger.ok && stranger.error.key).toBe('placementNotYours');
    await kiosk.ok('worker.identify', { phone: '13912345601', pin: '1234' });
    await kiosk.ok('wage.report', { id: appId, report: 'not_paid' });
    await waitFor(() => app().wage?.status === 'not_paid', 3000, 'kiosk wage report');
    expect(app().wage!.entries.at(-1)).toMatchObject({ report: 'not_paid', by: { kind: 'worker' } });
    kiosk.close();
    await staff.ok('wage.record', { id: appId, report: 'part_paid', amount: 300, note: '先付300' });
    now += 6 * DAY; // past the pay date
    await waitFor(() => app().wage?.paidAmount === 300, 3000, 'part payment');
    const { id } = await staff.ok('dispute.open', { type: 'unpaid', applicationId: appId, employerId: 'ignored' });
    const dispute = () => staff.table<Dispute>('dispute').get(id)!;
    await waitFor(() => dispute(), 3000, 'dispute');
    expect(dispute()).toMatchObject({ amountClaimed: 1000, employerId, workerId });
    await staff.ok('dispute.step', { id, kind: 'call', note: '电话联系用工方', recovered: 0 });
    const early = await staff.send('dispute.close', { id, outcome: 'recovered' });
    expect(!early.ok && early.error.key).toBe('disputeNotAllRecovered');
    await staff.ok('dispute.step', { id, kind: 'meeting', note: '当面调解，结清欠薪', recovered: 1000 });
    await staff.ok('wage.record', { id: appId, report: 'paid', note: '调解后结清' });
    await staff.ok('dispute.close', { id, outcome: 'recovered' });
    await waitFor(() => dispute().closedAt !== null, 3000, 'closed');
    await waitFor(() => staff.table<Employer>('employer').get(employerId)?.review?.disputeId === id, 3000, 'review');
    const numbers = await staff.ok('report.numbers', { from: addDays(today(), -10), to: today(), by: 'day' });
    expect(numbers.totals).toMatchObject({ wagesRecovered: 1000, disputesOpened: 1, employed: 2, recommended: 9 });
    expect(numbers.rows.find((r) => r.key === today())!.wagesRecovered).toBe(1000);
    const byTrade = await staff.ok('report.numbers', { from: addDays(today(), -10), to: today(), by: 'trade' });
    expect(byTrade.rows.find((r) => r.key === 'electrician')).toMatchObject({ employed: 2, wagesRecovered: 1000 });
    // Vetting again clears the flag.
    await staff.ok('employer.vet', {
      employerId,
      outcome: 'approved',
      note: '复核',
      checks: { creditSystemChecked: true, operatingNormal: true, notOnAbnormalList: true, licenceSeen: true },
    });
    await waitFor(() => staff.table<Employer>('employer').get(employerId)?.review === null, 3000, 'review cleared');
  });

  it('exports open in a spreadsheet library with the right totals, streamed once per ticket', async () => {
    const from = addDays(today(), -10);
    const { path } = await staff.ok('report.exportTicket', {
      kind: 'numbers',
      format: 'xlsx',
      from,
      to: today(),
      by: 'day',
    });
    const res = await fetch(`${hub.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await res.arrayBuffer()) as never);
    const sheet = book.worksheets[0]!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const header = rows.find((r) => r.includes('推荐就业'))!;
    const total = rows.find((r) => r[1] === '合计')!;
    expect(total[header.indexOf('推荐就业')]).toBe(9);
    expect(total[header.indexOf('实现就业')]).toBe(2);
    expect(total[header.indexOf('追回工资（元）')]).toBe(1000);
    expect((await fetch(`${hub.url}${path}`)).status).toBe(404);

    const csv = await staff.ok('report.exportTicket', { kind: 'placements', format: 'csv' });
    const text = await (await fetch(`${hub.url}${csv.path}`)).text();
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toContain('介绍信编号');
    expect(lines.length - 1).toBe(hub.hub.records.list('application').length);
    expect(text).toContain('130102-2026-000001');
    expect(text).not.toContain('13912345601'); // phones masked
    expect(text).toContain('139****5601');

    const month = today().slice(0, 7);
    const monthly = await staff.ok('report.exportTicket', { kind: 'monthly', format: 'xlsx', month });
    const mbook = new ExcelJS.Workbook();
    await mbook.xlsx.load((await (await fetch(`${hub.url}${monthly.path}`)).arrayBuffer()) as never);
    const mrows = mbook.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    const mhead = mrows.find((r) => r.includes('本月实现就业人数'))!;
    const mtotal = mrows.find((r) => r[1] === '合计')!;
    const report = await staff.ok('report.monthly', { month });
    expect(mtotal[mhead.indexOf('本月实现就业人数')]).toBe(report.total.employed);
    expect(mtotal[mhead.indexOf('本月登记人数')]).toBe(report.total.registered);
    expect(report.total.registered).toBe(9);
  });

  it("keeps the agreement text after the worker's erasure, for admins only", async () => {
    const agreementId = app().agreement!.id;
    await staff.ok('worker.delete', { id: workerId });
    await staff.ok('staff.create', { username: 'clerk1', displayName: '张敏', role: 'clerk', password: 'clerk-pw-1' });
    const clerk = await station(hub.url, 'staff');
    await clerk.signIn('clerk1', 'clerk-pw-1');
    const refused = await clerk.send('agreement.get', { id: agreementId });
    expect(!refused.ok && refused.error.key).toBe('agreementRestricted');
    const kept = await staff.ok('agreement.get', { id: agreementId });
    expect(kept.restricted).toBe(true);
    expect(agreementHash(kept.text)).toBe(kept.hash);
    // The counts stay: the hire is still a hire.
    expect(hub.hub.records.get('application', appId)).toMatchObject({ status: 'hired', phone: '' });
    clerk.close();
  });
});
