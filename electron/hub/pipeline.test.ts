// The command pipeline on a real hub and a real SQLite file (no transport): hashing and credential checks run
// off the event loop without breaking a station's order or the one-application-per-command-id rule.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import type { Database } from 'better-sqlite3';
import { openDatabase } from './store/db';
import { Hub } from './hub';
import type { Session } from './commands/context';
import type { CommandReply } from '../../shared/protocol/events';

const PASSWORD = 'pipeline-test-pw';

describe('command pipeline', () => {
  let dir: string;
  let db: Database;
  let hub: Hub;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gighall-pipeline-'));
    db = openDatabase(join(dir, 'gighall.sqlite'));
    hub = new Hub({ db, log: pino({ level: 'silent' }), adminPassword: PASSWORD });
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const session = (stationId: string, signedIn = false): Session => {
    const admin = hub.records.list('staffUser', 'username = ?', 'admin')[0]!;
    return {
      role: 'staff',
      stationId,
      stationName: stationId,
      address: '127.0.0.1',
      signedIn,
      user: signedIn ? { id: admin.id, role: admin.role, username: admin.username } : null,
      workerId: null,
    };
  };
  const send = (s: Session, name: string, args: unknown, id = randomUUID()) =>
    new Promise<CommandReply>((resolve) => hub.submit(s, { id, name, args }, resolve));

  it("applies and acknowledges another station's command while a sign-in's password is checked", async () => {
    const order: string[] = [];
    const signingIn = send(session('console-a'), 'staff.signIn', { username: 'admin', password: PASSWORD }).then(
      (r) => (order.push('sign-in'), r),
    );
    const notice = send(session('console-b', true), 'notice.create', {
      text: '本周六招聘会',
      kind: 'normal',
      expiresAt: Date.now() + 3600_000,
    }).then((r) => (order.push('notice'), r));
    const [signIn, created] = await Promise.all([signingIn, notice]);
    expect(signIn.ok).toBe(true);
    expect(created.ok).toBe(true);
    // scrypt ran on the thread pool: the event loop committed the other console's command meanwhile.
    expect(order).toEqual(['notice', 'sign-in']);
  });

  it('checks an unknown user and an unknown phone off the event loop too, and still counts the failures', async () => {
    const kiosk: Session = { ...session('kiosk-1'), role: 'kiosk' };
    const order: string[] = [];
    const nobody = send(session('console-a'), 'staff.signIn', { username: 'nobody', password: 'wrong-pw' }).then(
      (r) => (order.push('unknown user'), r),
    );
    const stranger = send(kiosk, 'worker.identify', { phone: '13700001111', pin: '0000' }).then(
      (r) => (order.push('unknown phone'), r),
    );
    const notice = send(session('console-b', true), 'notice.create', {
      text: '本周六招聘会',
      kind: 'normal',
      expiresAt: Date.now() + 3600_000,
    }).then((r) => (order.push('notice'), r));
    const [signIn, identify, created] = await Promise.all([nobody, stranger, notice]);
    expect(!signIn.ok && signIn.error.code).toBe('bad_credentials');
    expect(!identify.ok && identify.error.code).toBe('bad_credentials');
    expect(created.ok).toBe(true);
    // The dummy-hash comparisons ran on the thread pool like real ones: the notice was committed meanwhile.
    expect(order[0]).toBe('notice');
    // Each refusal kept its failure, in the batch's commit.
    expect(hub.attempts.check('signin-user', 'nobody', hub.clock()).failures).toBe(1);
    expect(hub.attempts.check('pin-station', 'kiosk-1', hub.clock()).failures).toBe(1);
  });

  it("keeps one station's commands in arrival order, the later waiting for the earlier's prepare step", async () => {
    const desk = session('desk', true);
    const worker = (pin: string | null) => ({
      consent: { version: '2026-1', at: Date.now() },
      name: '王建国',
      phone: '13912345678',
      trades: ['electrician'],
      pin,
    });
    const order: string[] = [];
    const withPin = send(desk, 'worker.register', worker('1234')).then((r) => (order.push('with pin'), r));
    // No prepare step of its own: it must still wait for the first.
    const duplicate = send(desk, 'worker.register', worker(null)).then((r) => (order.push('duplicate'), r));
    const [first, second] = await Promise.all([withPin, duplicate]);
    expect(first.ok).toBe(true);
    expect(!second.ok && second.error.code).toBe('phone_taken');
    expect(order).toEqual(['with pin', 'duplicate']);
  });

  it('applies a command id once when two copies are in flight together', async () => {
    const desk = session('desk', true);
    const id = randomUUID();
    const args = { username: 'clerk1', displayName: '小李', role: 'clerk', password: 'clerk-pw-1' };
    const [a, b] = await Promise.all([send(desk, 'staff.create', args, id), send(desk, 'staff.create', args, id)]);
    expect(a.ok).toBe(true);
    expect(b).toEqual(a);
    expect(hub.records.list('staffUser', 'username = ?', 'clerk1')).toHaveLength(1);
  });
});
