// Pairing and auth against a real hub: unpaired sockets get nothing but pairing; approved stations connect with
// their token; revoked ones are dropped at once; bad handshakes are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  TestStation,
  connected,
  pairStation,
  rawSocket,
  staffStation,
  startTestHub,
  station,
  waitFor,
  type TestHub,
} from '../helpers/hub';
import { approvedEmployer, postingArgs } from '../helpers/fixtures';
import { PROTOCOL_VERSION } from '../../shared/protocol/events';

describe('pairing and auth', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(async () => hub.destroy());

  it('gives an unpaired socket a 6-digit code and nothing else, even while data changes', async () => {
    const { socket, received } = rawSocket(hub.url);
    await connected(socket);
    const reply = await socket.timeout(5000).emitWithAck('pair:request', { role: 'display' });
    expect(reply.ok).toBe(true);
    expect('code' in reply && reply.code).toMatch(/^\d{6}$/);
    const cmd = await socket.timeout(5000).emitWithAck('cmd', { id: 'aaaaaaaa-1', name: 'posting.search', args: {} });
    expect(cmd.ok).toBe(false);
    expect(!cmd.ok && cmd.error.code).toBe('not_paired');
    // Data changes at the site must not reach it.
    const staff = await staffStation(hub.url);
    const employerId = await approvedEmployer(staff);
    await staff.ok('posting.create', postingArgs(employerId));
    // The hub broadcasts before it acknowledges, and this connection keeps its order: once a round trip made after
    // the posting comes back, anything the hub would have sent this socket about it has arrived.
    await socket.timeout(5000).emitWithAck('cmd', { id: 'aaaaaaaa-2', name: 'posting.search', args: {} });
    expect(received.map((r) => r.event)).toEqual([]);
    socket.disconnect();
    staff.close();
  });

  it('does not pair a loopback page at once unless demo / auto-pairing is on', async () => {
    const { socket } = rawSocket(hub.url, { page: 'kiosk' });
    await connected(socket);
    const reply = await socket.timeout(5000).emitWithAck('pair:request', { role: 'kiosk' });
    expect(reply.ok && 'code' in reply).toBe(true);
    expect('token' in reply).toBe(false);
    socket.disconnect();
  });

  it('pairs a station that staff approve in the console, which then connects with its token', async () => {
    const staff = await staffStation(hub.url);
    const { socket, received } = rawSocket(hub.url);
    await connected(socket);
    const reply = await socket.timeout(5000).emitWithAck('pair:request', { role: 'display' });
    const code = 'code' in reply ? reply.code : '';
    // The console sees the pending request.
    await waitFor(
      () => [...staff.table<{ code: string }>('pairingRequest').values()].some((r) => r.code === code),
      'pending request',
    );
    const bad = await staff.send('station.approve', {
      code: '000000' === code ? '111111' : '000000',
      role: 'display',
      name: '大厅大屏',
    });
    expect(!bad.ok && bad.error.code).toBe('pairing_code_unknown');
    const { stationId } = await staff.ok('station.approve', { code, role: 'display', name: '大厅大屏' });
    const approved = await waitFor(() => received.find((r) => r.event === 'pair:approved'), 'pair:approved');
    const info = approved.args[0] as { token: string; stationId: string; role: string; name: string };
    expect(info).toMatchObject({ stationId, role: 'display', name: '大厅大屏' });
    socket.disconnect();
    const display = await new TestStation(hub.url, info.token).connect();
    expect(display.hello).toMatchObject({
      stationId,
      role: 'display',
      stationName: '大厅大屏',
      protocolVersion: PROTOCOL_VERSION,
    });
    expect(display.table('posting').size).toBeGreaterThan(0);
    display.close();
    staff.close();
  });

  it('drops a revoked station at once and refuses its token afterwards', async () => {
    const staff = await staffStation(hub.url);
    const kiosk = await station(hub.url, 'kiosk', 'revoke me');
    const stationId = kiosk.hello!.stationId;
    const disconnected = new Promise<void>((r) => kiosk.socket.once('disconnect', () => r()));
    await staff.ok('station.revoke', { stationId });
    await disconnected;
    expect(kiosk.received.some((r) => r.event === 'pair:revoked')).toBe(true);
    const { socket, received } = rawSocket(hub.url, { token: kiosk.token });
    await connected(socket);
    await waitFor(() => received.find((r) => r.event === 'pair:revoked'), 'revoked notice');
    expect(received.some((r) => r.event === 'hello' || r.event === 'snapshot')).toBe(false);
    socket.disconnect();
    staff.close();
  });

  it('refuses a handshake with another protocol version', async () => {
    const { socket, received } = rawSocket(hub.url, { protocolVersion: PROTOCOL_VERSION + 1 });
    await waitFor(() => received.find((r) => r.event === 'protocol:error'), 'protocol error');
    await waitFor(() => !socket.connected, 'disconnect');
  });

  it('pairs at once with staff credentials, and refuses wrong ones', async () => {
    const { socket } = rawSocket(hub.url);
    await connected(socket);
    const wrong = await socket
      .timeout(5000)
      .emitWithAck('pair:request', { role: 'staff', username: 'admin', password: 'nope' });
    expect(!wrong.ok && wrong.error.code).toBe('bad_credentials');
    const right = await socket
      .timeout(5000)
      .emitWithAck('pair:request', { role: 'staff', name: '服务台1', username: 'admin', password: ADMIN_PASSWORD });
    expect(right.ok && 'token' in right).toBe(true);
    socket.disconnect();
  });

  it('needs a signed-in staff user for staff writes, and an admin for admin ones', async () => {
    const console1 = await station(hub.url, 'staff');
    const denied = await console1.send('notice.create', {
      text: '测试',
      kind: 'normal',
      expiresAt: Date.now() + 60_000,
    });
    expect(!denied.ok && denied.error.code).toBe('not_signed_in');
    const badLogin = await console1.send('staff.signIn', { username: 'admin', password: 'wrong' });
    expect(!badLogin.ok && badLogin.error.message.zh).toBe('账号或密码不正确');
    await console1.signIn();
    await console1.ok('staff.create', {
      username: 'clerk1',
      displayName: '小李',
      role: 'clerk',
      password: 'clerk-pw-1',
    });
    const clerk = await station(hub.url, 'staff');
    await clerk.signIn('clerk1', 'clerk-pw-1');
    const forbidden = await clerk.send('staff.create', {
      username: 'x2',
      displayName: 'x',
      role: 'admin',
      password: 'secret12',
    });
    expect(!forbidden.ok && forbidden.error.code).toBe('forbidden');
    console1.close();
    clerk.close();
  });
});

describe('staff sign-in across a reconnect', () => {
  it('resumes the sign-in of the same console with its resume token, and of no other', async () => {
    const hub = await startTestHub();
    try {
      const token = await pairStation(hub.url, 'staff');
      const first = new TestStation(hub.url, token);
      await first.connect();
      const { resume } = await first.ok('staff.signIn', { username: 'admin', password: ADMIN_PASSWORD });
      first.close();
      // Same console, with the token: signed in at once.
      const { socket, received } = rawSocket(hub.url, { token, resume });
      const hello = await waitFor(() => received.find((r) => r.event === 'hello'), 'hello');
      expect((hello.args[0] as { user: { username: string } | null }).user?.username).toBe('admin');
      const audit = await socket
        .timeout(5000)
        .emitWithAck('cmd', { id: 'resume-check-1', name: 'audit.list', args: {} });
      expect(audit.ok).toBe(true);
      socket.disconnect();
      // Another console presenting the stolen resume token gets nothing.
      const other = await pairStation(hub.url, 'staff');
      const thief = rawSocket(hub.url, { token: other, resume });
      const hello2 = await waitFor(() => thief.received.find((r) => r.event === 'hello'), 'hello');
      expect((hello2.args[0] as { user: unknown }).user).toBeNull();
      thief.socket.disconnect();
    } finally {
      await hub.destroy();
    }
  });
});
