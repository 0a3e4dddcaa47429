// The sync model against a real hub: idempotent commands, catch-up after being offline, snapshots, restarts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { TestStation, staffStation, startTestHub, station, waitFor, type TestHub } from '../helpers/hub';
import { approvedEmployer, postingArgs } from '../helpers/fixtures';
import { SNAPSHOT_AFTER } from '../../electron/hub/hub';

function sortedJson(map: Map<string, unknown>): string {
  return JSON.stringify([...map.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

describe('sync', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(async () => hub.destroy());

  it('applies a command sent twice once, and answers the resend with the same reply', async () => {
    const staff = await staffStation(hub.url);
    const employerId = await approvedEmployer(staff);
    const id = randomUUID();
    const before = hub.hub.headSeq();
    const first = await staff.send('posting.create', postingArgs(employerId, { title: '重发测试' }), id);
    const second = await staff.send('posting.create', postingArgs(employerId, { title: '重发测试' }), id);
    expect(first.ok).toBe(true);
    expect(second).toEqual(first);
    const rows = hub.hub.records.list('posting', `json_extract(data, '$.title') = ?`, '重发测试');
    expect(rows).toHaveLength(1);
    expect(hub.hub.headSeq()).toBe(before + 1);
    staff.close();
  });

  it('applies pipelined commands as a group: a refused one rolls back alone, a duplicate applies once', async () => {
    const staff = await staffStation(hub.url);
    const employerId = await approvedEmployer(staff, '批量提交测试公司');
    const dup = randomUUID();
    const replies = await Promise.all([
      staff.send('posting.create', postingArgs(employerId, { title: '批量A' })),
      staff.send(
        'posting.create',
        postingArgs(employerId, { title: '批量B', endDate: '2020-01-01', startDate: '2019-01-01' }),
      ),
      staff.send('posting.create', postingArgs(employerId, { title: '批量C' }), dup),
      staff.send('posting.create', postingArgs(employerId, { title: '批量C' }), dup),
      staff.send('posting.create', { ...postingArgs(employerId), headcount: 0 }),
    ]);
    expect(replies.map((r) => r.ok)).toEqual([true, false, true, true, false]);
    expect(replies[3]).toEqual(replies[2]);
    const titles = hub.hub.records
      .list('posting', `json_extract(data, '$.title') LIKE '批量%'`)
      .map((p) => (p as { title: string }).title)
      .sort();
    expect(titles).toEqual(['批量A', '批量C']);
    staff.close();
  });

  it('catches a station that missed 500 changes up to exactly the state of one that stayed connected', async () => {
    const staff = await staffStation(hub.url);
    const employerId = await approvedEmployer(staff, '石家庄同步测试有限公司');
    const stayed = await station(hub.url, 'display', 'stayed');
    const away = await station(hub.url, 'display', 'away');
    const awayStaff = await staffStation(hub.url);
    away.close();
    awayStaff.close();
    const ids: string[] = [];
    let changes = 0;
    while (changes < 500) {
      const { id } = await staff.ok('posting.create', postingArgs(employerId, { title: `岗位${changes}` }));
      ids.push(id);
      changes++;
      if (changes % 5 === 0) {
        await staff.ok('posting.setStatus', { id: ids.shift()!, status: 'closed' });
        changes++;
      }
    }
    await waitFor(() => stayed.lastSeq === hub.hub.headSeq(), 'stayed caught up');
    expect(hub.hub.headSeq() - away.lastSeq).toBeGreaterThanOrEqual(500);
    expect(hub.hub.headSeq() - away.lastSeq).toBeLessThan(SNAPSHOT_AFTER);
    await away.connect();
    await awayStaff.connect();
    await awayStaff.signIn();
    await waitFor(() => away.lastSeq === hub.hub.headSeq(), 'away caught up');
    // It caught up from the changes log, not a snapshot.
    expect(away.received.filter((r) => r.event === 'snapshot')).toHaveLength(1);
    for (const entity of ['posting', 'notice', 'site']) {
      expect(sortedJson(away.table(entity))).toBe(sortedJson(stayed.table(entity)));
    }
    expect(sortedJson(awayStaff.table('posting'))).toBe(sortedJson(staff.table('posting')));
    stayed.close();
    away.close();
    awayStaff.close();
    staff.close();
  });

  it('sends a snapshot to a station too far behind, or one whose seq the hub does not know', async () => {
    const display = await station(hub.url, 'display', 'reset');
    display.close();
    display.lastSeq = hub.hub.headSeq() + 1000; // e.g. the hub's database was restored from a backup
    await display.connect();
    await waitFor(() => display.received.filter((r) => r.event === 'snapshot').length === 2, 'second snapshot');
    expect(display.lastSeq).toBe(hub.hub.headSeq());
    display.close();
  });

  it('tells every station the hub clock so they can keep the site time', async () => {
    const display = await station(hub.url, 'display');
    expect(Math.abs(display.hello!.serverTime - Date.now())).toBeLessThan(2000);
    display.close();
  });

  it('restarts on the same data dir with nothing acknowledged lost', async () => {
    const staff = await staffStation(hub.url);
    const employerId = await approvedEmployer(staff, '重启测试公司');
    const acked: string[] = [];
    for (let i = 0; i < 20; i++)
      acked.push((await staff.ok('posting.create', postingArgs(employerId, { title: `重启${i}` }))).id);
    const seq = hub.hub.headSeq();
    staff.close();
    hub = await hub.restart();
    for (const id of acked) expect(hub.hub.records.get('posting', id)).toBeDefined();
    expect(hub.hub.headSeq()).toBe(seq);
    // The old token still works after the restart.
    const again = await new TestStation(hub.url, staff.token).connect();
    await again.signIn();
    expect(again.table('posting').size).toBeGreaterThanOrEqual(20);
    again.close();
  });
});
