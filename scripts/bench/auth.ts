// Sign-in timing benchmark: `npx tsx scripts/bench/auth.ts`. Does the response time of a failed staff sign-in or
// kiosk identify tell an existing account from a missing one (docs/security.md)? Over a real socket to a real hub
// on loopback, it times wrong passwords for a real user name against unknown user names, and wrong PINs for a
// registered phone against unregistered ones, and prints the medians and their ratio (1.0 = indistinguishable).
// The limits would stop a run this long, so the hub's clock moves an hour ahead after every try. Nothing is
// asserted (DESIGN.md: timings live in benchmarks).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { startHub } from '../../electron/hub/server';
import { PROTOCOL_VERSION } from '../../shared/protocol/events';
import { io } from 'socket.io-client';

const ROUNDS = 40;
const ADMIN_PASSWORD = 'bench-admin-pw';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gighall-bench-auth-'));
  let now = Date.now();
  const hub = await startHub({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    log: 'silent',
    adminPassword: ADMIN_PASSWORD,
    autoPairLoopback: true,
    backupEveryHours: 0,
    clock: () => now,
  });
  const connect = async (page: 'staff' | 'kiosk') => {
    const pairing = io(hub.url, {
      auth: { protocolVersion: PROTOCOL_VERSION, page },
      transports: ['websocket'],
      forceNew: true,
    });
    const reply = (await pairing.timeout(5000).emitWithAck('pair:request', { role: page })) as { token: string };
    pairing.disconnect();
    const socket = io(hub.url, {
      auth: { protocolVersion: PROTOCOL_VERSION, token: reply.token },
      transports: ['websocket'],
      forceNew: true,
    });
    await new Promise((r) => socket.once('hello', r));
    return socket;
  };
  const staff = await connect('staff');
  const kiosk = await connect('kiosk');
  const send = async (socket: typeof staff, name: string, args: object) => {
    const t0 = performance.now();
    const reply = (await socket.timeout(10_000).emitWithAck('cmd', { id: randomUUID(), name, args })) as {
      ok: boolean;
      error?: { code: string };
    };
    const ms = performance.now() - t0;
    now += 3600_000; // past every wait, so each try is a real check
    return { ms, reply };
  };
  await send(staff, 'staff.signIn', { username: 'admin', password: ADMIN_PASSWORD });
  // One registered phone per round: a PIN locks after a few wrong tries, and a locked one is not checked at all.
  for (let i = 0; i < ROUNDS; i++)
    await send(staff, 'worker.register', {
      consent: { version: '1', at: 1 },
      phone: `1391234${1000 + i}`,
      pin: '2468',
    });
  await send(staff, 'staff.signOut', {});

  const known: number[] = [];
  const unknown: number[] = [];
  const knownPin: number[] = [];
  const unknownPin: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    known.push((await send(staff, 'staff.signIn', { username: 'admin', password: `wrong-${i}` })).ms);
    unknown.push((await send(staff, 'staff.signIn', { username: `nobody${i}`, password: `wrong-${i}` })).ms);
    knownPin.push((await send(kiosk, 'worker.identify', { phone: `1391234${1000 + i}`, pin: '0000' })).ms);
    unknownPin.push((await send(kiosk, 'worker.identify', { phone: `1370000${1000 + i}`, pin: '0000' })).ms);
  }
  const line = (what: string, a: number[], b: number[]) =>
    console.log(
      `${what}: existing ${median(a).toFixed(1)} ms, missing ${median(b).toFixed(1)} ms, ratio ${(median(a) / median(b)).toFixed(2)}`,
    );
  console.log(`median of ${ROUNDS} failed tries each, over a socket on loopback`);
  line('staff.signIn wrong password', known, unknown);
  line('worker.identify wrong PIN', knownPin, unknownPin);
  staff.disconnect();
  kiosk.disconnect();
  await hub.close();
  rmSync(dataDir, { recursive: true, force: true });
}

await main();
