// One valid argument object per command, for tests generated from COMMANDS (the role table, the fuzz). The type
// makes a command without a sample a compile error, so a new command cannot slip past those tests. Samples refer
// to records a site fixture creates (`siteFixture`), and are built to be harmless to repeat: where a command would
// end a session or undo the fixture, its sample names a record that does not exist.
import { randomUUID } from 'node:crypto';
import type { CommandArgs, CommandName } from '../../shared/protocol/commands';
import type { Session } from '../../electron/hub/commands/context';
import type { Hub } from '../../electron/hub/hub';
import { postingArgs, validCreditCode, validResidentId } from './fixtures';

export interface SiteFixture {
  employerId: string;
  postingId: string;
  workerId: string;
  applicationId: string;
  noticeId: string;
  clerkId: string;
  adminId: string;
}

export type Viewer = 'kiosk' | 'display' | 'staff-signed-out' | 'clerk' | 'admin';
export const VIEWERS: readonly Viewer[] = ['kiosk', 'display', 'staff-signed-out', 'clerk', 'admin'];

/** A live session as sockets.ts makes one, for each kind of caller. */
export function sessionOf(viewer: Viewer, f: Pick<SiteFixture, 'clerkId' | 'adminId'>): Session {
  const base = { signedIn: false, address: '10.0.0.23', user: null, workerId: null, stationName: 'test' };
  switch (viewer) {
    case 'kiosk':
      return { ...base, role: 'kiosk', stationId: 'station-kiosk' };
    case 'display':
      return { ...base, role: 'display', stationId: 'station-display' };
    case 'staff-signed-out':
      return { ...base, role: 'staff', stationId: 'station-staff' };
    case 'clerk':
      return {
        ...base,
        role: 'staff',
        stationId: 'station-staff',
        signedIn: true,
        user: { id: f.clerkId, role: 'clerk', username: 'clerk1' },
      };
    case 'admin':
      return {
        ...base,
        role: 'staff',
        stationId: 'station-staff',
        signedIn: true,
        user: { id: f.adminId, role: 'admin', username: 'admin' },
      };
  }
}

/** Run a command in-process through the hub's real dispatcher and database; throws on refusal. */
export async function must<N extends CommandName>(hub: Hub, session: Session, name: N, args: CommandArgs<N>) {
  const reply = await hub.command(session, { id: randomUUID(), name, args });
  if (!reply.ok) throw new Error(`${name}: ${JSON.stringify(reply.error)}`);
  return reply.result as never;
}

/** A small site: an approved employer with a posting, a worker who applied, a notice, a clerk. */
export async function siteFixture(hub: Hub): Promise<SiteFixture> {
  const adminId = hub.records.list('staffUser', 'username = ?', 'admin')[0]!.id;
  const admin = sessionOf('admin', { adminId, clerkId: '' });
  const { id: employerId } = (await must(hub, admin, 'employer.create', {
    kind: 'enterprise',
    name: '石家庄恒达物业服务有限公司',
    creditCode: validCreditCode(4242),
    legalRep: '张三',
    contactName: '李经理',
    contactPhone: '13931112222',
    district: '130102',
  })) as { id: string };
  await must(hub, admin, 'employer.vet', {
    employerId,
    outcome: 'approved',
    checks: { creditSystemChecked: true, operatingNormal: true, notOnAbnormalList: true, licenceSeen: true },
  });
  const { id: postingId } = (await must(hub, admin, 'posting.create', postingArgs(employerId))) as { id: string };
  const { workerId } = (await must(hub, admin, 'worker.register', {
    consent: { version: '2026-1', at: 1 },
    name: '王建国',
    phone: '13912345678',
    idNumber: validResidentId(),
    trades: ['electrician'],
    pin: '2468',
  })) as { workerId: string };
  const { id: applicationId } = (await must(hub, admin, 'application.create', {
    postingId,
    phone: '13912345678',
    source: 'desk',
  })) as { id: string };
  const { id: noticeId } = (await must(hub, admin, 'notice.create', {
    text: '今日招聘会',
    expiresAt: Date.now() + 3600_000,
  })) as {
    id: string;
  };
  const { id: clerkId } = (await must(hub, admin, 'staff.create', {
    username: 'clerk1',
    displayName: '小李',
    role: 'clerk',
    password: 'clerk-password',
  })) as { id: string };
  return { employerId, postingId, workerId, applicationId, noticeId, clerkId, adminId };
}

const MISSING = 'no-such-record-0001';

/** A valid argument object for every command. */
export function samples(f: SiteFixture): { [N in CommandName]: () => CommandArgs<N> } {
  let n = 0;
  const phone = () => `1370000${String(1000 + (n++ % 9000))}`;
  return {
    'station.approve': () => ({ code: '000000', role: 'display', name: '东墙大屏' }),
    'station.revoke': () => ({ stationId: MISSING }),
    'station.rename': () => ({ stationId: MISSING, name: '新名字' }),
    'station.configure': () => ({ stationId: MISSING, display: { layout: 'portrait' } }),
    'station.heartbeat': () => ({ layout: 'landscape', postingsShown: 3, screenOn: true }),
    'station.health': () => ({}),
    'station.reportRefused': () => ({
      commandId: `refused-${n++}-0000`,
      command: 'application.create',
      queuedAt: 1,
      visit: null,
      error: { code: 'posting_not_publishable', message: { zh: '该岗位已招满或已下架', en: 'This job is filled' } },
      args: { postingId: f.postingId },
    }),
    'station.resolveRefused': () => ({ stationId: MISSING, commandId: 'refused-0000-0000' }),
    'station.reportError': () => ({ message: 'board exploded' }),
    'staff.signIn': () => ({ username: 'admin', password: 'not-the-password' }),
    'staff.signOut': () => ({}),
    'staff.create': () => ({ username: `user${n++}`, displayName: '小王', role: 'clerk', password: 'abcdef1' }),
    'staff.update': () => ({ id: f.clerkId, displayName: '小李' }),
    'staff.setPassword': () => ({ id: f.adminId, password: 'another-password' }),
    'site.update': () => ({ name: '石家庄市零工市场', district: '130102', minHourlyWage: 22, publicUrl: '' }),
    'site.setup': () => ({ cityCode: '130100', name: '石家庄市零工市场', district: '130102', minHourlyWage: 22 }),
    'site.cities': () => ({}),
    'site.cityDistricts': () => ({ cityCode: '130100' }),
    'worker.register': () => ({
      consent: { version: '2026-1', at: 1 },
      name: '张三',
      phone: phone(),
      trades: ['mover'],
    }),
    'worker.update': () => ({ id: f.workerId, baseVersion: 0, patch: { experienceYears: 3 } }),
    'worker.resetPin': () => ({ id: MISSING, pin: '1357' }),
    'worker.delete': () => ({ id: MISSING }),
    'worker.identify': () => ({ phone: '13912345678', pin: '0000' }),
    'worker.forget': () => ({}),
    'worker.pinStatus': () => ({ id: f.workerId }),
    'employer.create': () => ({
      kind: 'household',
      name: '赵女士家',
      householderId: validResidentId('19750101', 'female'),
      contactName: '赵女士',
      contactPhone: '13833334444',
      district: '130108',
    }),
    'employer.update': () => ({ id: f.employerId, baseVersion: 0, patch: { address: '长安区中山东路1号' } }),
    'employer.vet': () => ({
      employerId: MISSING,
      outcome: 'approved',
      checks: { creditSystemChecked: true, operatingNormal: true, notOnAbnormalList: true, licenceSeen: true },
    }),
    'employer.block': () => ({ id: MISSING, reason: '欠薪' }),
    'employer.unblock': () => ({ id: MISSING }),
    'posting.create': () => postingArgs(f.employerId, { title: `岗位${n++}` }),
    'posting.update': () => ({ id: f.postingId, baseVersion: 0, patch: { headcount: 4 } }),
    'posting.publish': () => ({ id: f.postingId }),
    'posting.setStatus': () => ({ id: MISSING, status: 'closed' }),
    'posting.setFilled': () => ({ id: f.postingId, filledCount: 1 }),
    'posting.duplicate': () => ({ id: f.postingId }),
    'posting.search': () => ({ q: '电工' }),
    'application.create': () => ({ postingId: f.postingId, phone: phone(), source: 'kiosk' }),
    'placement.refer': () => ({ postingId: f.postingId, workerId: f.workerId }),
    'placement.step': () => ({ id: f.applicationId, to: 'contacted', note: '已联系' }),
    'placement.interview': () => ({
      id: MISSING,
      interview: { date: '2026-12-02', time: '09:00', place: '公司会议室', contact: '李经理' },
    }),
    'placement.slip': () => ({ id: MISSING }),
    'placement.setWage': () => ({ id: MISSING, agreedAmount: 1300, payDate: '2026-12-05' }),
    'wage.record': () => ({ id: MISSING, report: 'paid' }),
    'wage.report': () => ({ id: MISSING, report: 'paid' }),
    'agreement.create': () => ({
      applicationId: MISSING,
      fields: {
        employer: {
          name: '石家庄恒达物业服务有限公司',
          idKind: 'credit_code',
          idNumber: validCreditCode(5),
          contact: '李经理',
          phone: '13931112222',
        },
        worker: { name: '王建国', idNumber: validResidentId(), phone: '13912345678' },
        work: { title: '电工', place: '长安区建设北大街18号' },
        period: { start: '2026-12-01', end: '2026-12-05', hours: '每天 08:00–17:00' },
        pay: { rate: { amount: 260, unit: 'day', settlement: 'daily' }, total: 1300, payDate: '2026-12-05' },
        insurance: {},
      },
    }),
    'agreement.get': () => ({ id: MISSING }),
    'dispute.open': () => ({ type: 'unpaid', employerId: f.employerId, amountClaimed: 100, note: '欠薪' }),
    'dispute.step': () => ({ id: MISSING, kind: 'call', note: '电话联系用工方' }),
    'dispute.close': () => ({ id: MISSING, outcome: 'withdrawn' }),
    'report.numbers': () => ({ from: '2026-11-01', to: '2026-11-30' }),
    'report.monthly': () => ({ month: '2026-11' }),
    'report.exportTicket': () => ({ kind: 'numbers', format: 'csv' }),
    'notice.create': () => ({ text: '明天停电', expiresAt: Date.now() + 3600_000 }),
    'notice.clear': () => ({ id: MISSING }),
    'audit.list': () => ({ limit: 5 }),
    'report.counts': () => ({}),
  };
}

/** Everything in the database, for "a refusal changes nothing" (optionally leaving out bookkeeping tables). */
export function stateOf(hub: Hub, skip: readonly string[] = []): string {
  const tables = (
    hub.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as {
      name: string;
    }[]
  )
    .map((t) => t.name)
    .filter((t) => !skip.includes(t) && !/^search_(all|live)_/.test(t))
    .sort();
  return JSON.stringify(
    tables.map((t) => [t, hub.db.prepare(`SELECT * FROM "${t}"`).raw().all()]),
    (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? String(v) : v),
  );
}
