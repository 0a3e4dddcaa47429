// Bad input is refused with a bilingual error naming the field, changes nothing, and never crashes the hub or
// disturbs other stations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  rawSocket,
  connected,
  staffStation,
  startTestHub,
  station,
  waitFor,
  type TestHub,
  type TestStation,
} from '../helpers/hub';
import { approvedEmployer, postingArgs } from '../helpers/fixtures';
import { MAX_MESSAGE_BYTES } from '../../shared/protocol/events';

describe('bad input', () => {
  let hub: TestHub;
  let staff: TestStation;
  let employerId: string;
  beforeAll(async () => {
    hub = await startTestHub();
    staff = await staffStation(hub.url);
    employerId = await approvedEmployer(staff);
  });
  afterAll(async () => {
    staff.close();
    await hub.destroy();
  });

  it('names the field in zh-CN and en and changes nothing', async () => {
    const seq = hub.hub.headSeq();
    const badPhone = await staff.send('worker.register', { consent: { version: '1', at: Date.now() }, phone: '12345' });
    expect(badPhone.ok).toBe(false);
    if (badPhone.ok) return;
    expect(badPhone.error).toMatchObject({ code: 'invalid_args', field: 'phone' });
    expect(badPhone.error.message.zh).toContain('手机号');
    expect(badPhone.error.message.en).toContain('Phone number');
    const badPay = await staff.send(
      'posting.create',
      postingArgs(employerId, { pay: { amount: -5, unit: 'hour', settlement: 'daily' } }),
    );
    expect(!badPay.ok && badPay.error.field).toBe('pay.amount');
    const badTrade = await staff.send('posting.create', { ...postingArgs(employerId), trade: 'astronaut' as never });
    expect(!badTrade.ok && badTrade.error.field).toBe('trade');
    const badDates = await staff.send(
      'posting.create',
      postingArgs(employerId, { startDate: '2027-02-01', endDate: '2027-01-01' }),
    );
    expect(!badDates.ok && badDates.error.field).toBe('endDate');
    const badCode = await staff.send('employer.create', {
      kind: 'enterprise',
      name: '假公司',
      creditCode: '91130100MA0000000X',
      contactName: '张',
      contactPhone: '13811112222',
      district: '130102',
    });
    expect(!badCode.ok && badCode.error.field).toBe('creditCode');
    expect(hub.hub.headSeq()).toBe(seq);
  });

  it('refuses unknown commands, wrong roles and malformed envelopes without crashing', async () => {
    const display = await station(hub.url, 'display');
    const unknown = await display.socket
      .timeout(5000)
      .emitWithAck('cmd', { id: 'abcdefgh-1', name: 'posting.nuke', args: {} } as never);
    expect(!unknown.ok && unknown.error.code).toBe('unknown_command');
    const role = await display.send('posting.publish', { id: 'x' });
    expect(!role.ok && role.error.code).toBe('forbidden');
    const noId = await display.socket.timeout(5000).emitWithAck('cmd', { name: 'posting.search', args: {} } as never);
    expect(!noId.ok && noId.error.field).toBe('id');
    const notObject = await display.socket.timeout(5000).emitWithAck('cmd', 'hello' as never);
    expect(notObject.ok).toBe(false);
    const weirdArgs = await display.send('posting.search', 42 as never);
    expect(weirdArgs.ok).toBe(false);
    display.close();
  });

  it('drops an oversized message and keeps serving the others', async () => {
    const listener = await station(hub.url, 'display');
    const { socket } = rawSocket(hub.url, { token: (await station(hub.url, 'kiosk')).token });
    await connected(socket);
    const gone = new Promise<void>((r) => socket.once('disconnect', () => r()));
    socket.emit(
      'cmd',
      { id: 'abcdefgh-2', name: 'posting.search', args: { q: 'x'.repeat(MAX_MESSAGE_BYTES + 10) } } as never,
      () => {},
    );
    await gone; // socket.io closes a connection that exceeds maxHttpBufferSize
    const { id } = await staff.ok('posting.create', postingArgs(employerId, { title: '仍然正常' }));
    await waitFor(() => listener.table('posting').has(id), 'other stations still served');
    listener.close();
  });

  it('answers /health and refuses HTTP writes', async () => {
    const health = await (await fetch(`${hub.url}/health`)).json();
    expect(health).toMatchObject({ ok: true, service: 'gighall-hub' });
    const post = await fetch(`${hub.url}/health`, { method: 'POST', body: '{"x":1}' });
    expect(post.status).toBe(405);
    const traversal = await fetch(`${hub.url}/assets/..%2f..%2fpackage.json`);
    expect(traversal.status).toBe(404);
  });
});
