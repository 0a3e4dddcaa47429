// Domain rules the hub enforces for every station: vetting gates publishing, conflicts are never silently
// overwritten, postings expire by the hub clock, deletion keeps anonymous counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffStation, startTestHub, station, waitFor, type TestHub, type TestStation } from '../helpers/hub';
import { approvedEmployer, postingArgs, validCreditCode } from '../helpers/fixtures';

describe('domain rules', () => {
  let hub: TestHub;
  let staff: TestStation;
  let now = Date.now();
  beforeAll(async () => {
    hub = await startTestHub({ clock: () => now, sweepSeconds: 1 });
    staff = await staffStation(hub.url);
  });
  afterAll(async () => {
    staff.close();
    await hub.destroy();
  });

  it('publishes only postings of approved, unblocked employers', async () => {
    const { id: employerId } = await staff.ok('employer.create', {
      kind: 'enterprise',
      name: '未审核公司',
      creditCode: validCreditCode(777),
      contactName: '周',
      contactPhone: '13811112222',
      district: '130105',
    });
    const refused = await staff.send('posting.create', postingArgs(employerId));
    expect(!refused.ok && refused.error.code).toBe('employer_not_approved');
    const { id: draft } = await staff.ok('posting.create', postingArgs(employerId, { publish: false }));
    const publish = await staff.send('posting.publish', { id: draft });
    expect(!publish.ok && publish.error.message.zh).toContain('审核');
    const incomplete = await staff.send('employer.vet', {
      employerId,
      outcome: 'approved',
      note: '',
      checks: { creditSystemChecked: true, operatingNormal: true, notOnAbnormalList: false, licenceSeen: true },
    });
    expect(!incomplete.ok && incomplete.error.field).toBe('checks');
    await staff.ok('employer.vet', {
      employerId,
      outcome: 'approved',
      note: '营业执照已核验',
      checks: { creditSystemChecked: true, operatingNormal: true, notOnAbnormalList: true, licenceSeen: true },
    });
    await staff.ok('posting.publish', { id: draft });
    await staff.ok('employer.block', { id: employerId, reason: '拖欠工资' });
    expect(hub.hub.records.get('posting', draft)?.status).toBe('closed');
    const again = await staff.send('posting.publish', { id: draft });
    expect(!again.ok && again.error.code).toBe('employer_blocked');
  });

  it('shows the second of two concurrent edits the conflict and the current values', async () => {
    const other = await staffStation(hub.url);
    const employerId = await approvedEmployer(staff, '并发编辑公司');
    const { id } = await staff.ok('posting.create', postingArgs(employerId));
    await waitFor(() => other.table('posting').has(id), 'posting on the other console');
    const base = other.table<{ version: number }>('posting').get(id)!.version;
    await staff.ok('posting.update', { id, baseVersion: base, patch: { headcount: 5 } });
    const second = await other.send('posting.update', { id, baseVersion: base, patch: { headcount: 8 } });
    expect(!second.ok && second.error.code).toBe('conflict');
    expect(!second.ok && (second.error.current as { headcount: number }).headcount).toBe(5);
    expect(hub.hub.records.get('posting', id)).toMatchObject({ headcount: 5 });
    // Within a second the other console has the new values too.
    await waitFor(() => other.table<{ headcount: number }>('posting').get(id)?.headcount === 5, 'live update');
    other.close();
  });

  it('expires published postings at the end of their end date, hub clock', async () => {
    const display = await station(hub.url, 'display');
    const employerId = await approvedEmployer(staff, '到期测试公司');
    now = Date.parse('2026-12-01T10:00:00+08:00');
    const { id } = await staff.ok(
      'posting.create',
      postingArgs(employerId, { startDate: '2026-12-01', endDate: '2026-12-01' }),
    );
    expect(hub.hub.records.get('posting', id)?.expiresAt).toBe(Date.parse('2026-12-01T23:59:59.999+08:00'));
    await waitFor(() => display.table('posting').has(id), 'on display');
    now = Date.parse('2026-12-02T00:00:01+08:00');
    await waitFor(() => hub.hub.records.get('posting', id)?.status === 'expired', 'expired by the sweep');
    await waitFor(() => !display.table('posting').has(id), 'gone from display');
    display.close();
    now = Date.now();
  });

  it('erases a deleted worker’s personal fields and keeps the anonymous row', async () => {
    const { workerId } = await staff.ok('worker.register', {
      consent: { version: '1', at: now },
      name: '刘德福',
      phone: '13512345678',
      trades: ['mover'],
      birthYear: 1968,
      gender: 'male',
      pin: '5566',
    });
    await staff.ok('worker.delete', { id: workerId });
    const row = hub.hub.records.get('worker', workerId)!;
    expect(row).toMatchObject({
      name: '',
      phone: '',
      idNumber: null,
      birthYear: null,
      status: 'deleted',
      trades: ['mover'],
    });
    expect(hub.hub.records.column('worker', workerId, 'pin_hash')).toBeNull();
    // The phone can register again.
    await staff.ok('worker.register', { consent: { version: '1', at: now }, name: '刘德福', phone: '13512345678' });
    const audit = await staff.ok('audit.list', { limit: 5 });
    expect(audit.items.map((a) => a.command)).toContain('worker.delete');
    expect(audit.items.every((a) => a.who === 'admin')).toBe(true);
    expect(JSON.stringify(audit)).not.toContain('5566');
  });
});
