// Durability against a crash (DESIGN.md "Data and sync", docs/security.md): a hub process killed with SIGKILL in
// the middle of a stream of commands, restarted on the same data dir, holds every command it acknowledged exactly
// once; resending every command (acknowledged or not) with its id adds nothing twice. A graceful close (the
// restart test in sync.test.ts) proves nothing here: only a kill shows that an ack never precedes its commit.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestStation, pairStation, waitFor } from '../helpers/hub';
import { startHubProcess, type HubProcess } from '../helpers/hub-process';
import { approvedEmployer, postingArgs } from '../helpers/fixtures';

const KILL_AFTER_ACKS = 80;
const BURST = 60;

let running: HubProcess | null = null;
let dataDir = '';
afterEach(() => {
  running?.child.kill('SIGKILL');
  running = null;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('a hub killed mid-stream', () => {
  it('keeps every acknowledged command exactly once after a SIGKILL and restart', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gighall-crash-'));
    running = await startHubProcess(dataDir);
    const token = await pairStation(running.url, 'staff');
    const staff = await new TestStation(running.url, token).connect();
    await staff.signIn();
    const employerId = await approvedEmployer(staff, '崩溃测试公司');

    // Stream posting.create commands without waiting for their acks, each with its own id and title. Once
    // KILL_AFTER_ACKS are acknowledged, a last burst goes out and the hub is killed with SIGKILL at once: the kill
    // races the hub's work on the burst, so some of it is committed and acknowledged, some not.
    const sent: { id: string; title: string }[] = [];
    const acked = new Set<string>();
    const replies: Promise<void>[] = [];
    let killed = false;
    const hub = running;
    const fire = () => {
      const command = { id: randomUUID(), title: `崩溃${sent.length}` };
      sent.push(command);
      replies.push(
        staff
          .send('posting.create', postingArgs(employerId, { title: command.title }), command.id)
          .then((reply) => {
            if (reply.ok) acked.add(command.id);
            if (!killed && acked.size >= KILL_AFTER_ACKS) {
              killed = true;
              for (let i = 0; i < BURST; i++) fire();
              hub.child.kill('SIGKILL');
            }
          })
          .catch(() => undefined),
      );
    };
    while (!killed && sent.length < 5000) {
      fire();
      await new Promise((r) => setTimeout(r, 1));
    }
    expect(await hub.exited).toBeNull(); // killed by the signal, no exit code: nothing was closed cleanly
    // Acks already on the wire are read before the close: after the disconnect, `acked` is final. Replies still
    // pending would only time out; they are not waited for.
    await waitFor(() => !staff.socket.connected, 10_000, 'the dead hub’s socket to close');
    void Promise.all(replies);
    staff.close();
    expect(acked.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(sent.length).toBeGreaterThan(acked.size); // some were in flight when it died

    running = await startHubProcess(dataDir);
    const title = new Map(sent.map((c) => [c.id, c.title]));
    // What survived the kill: every acknowledged command, once.
    const survived = titleCounts(dataDir);
    for (const id of acked) expect(survived.get(title.get(id)!), `acked ${title.get(id)}`).toBe(1);
    for (const c of sent) expect(survived.get(c.title) ?? 0).toBeLessThanOrEqual(1);

    const again = await new TestStation(running.url, token).connect();
    await again.signIn();
    // Every command sent again with its id: the acknowledged ones answer as before and add nothing; the rest
    // are applied now, once.
    const resent = await Promise.all(
      sent.map((c) => again.send('posting.create', postingArgs(employerId, { title: c.title }), c.id)),
    );
    expect(resent.every((r) => r.ok)).toBe(true);
    again.close();
    running.child.kill('SIGTERM');
    await running.exited;
    running = null;
    const after = titleCounts(dataDir);
    for (const c of sent) expect(after.get(c.title), c.title).toBe(1);
  });
});

/** Postings per title, read from the database file (a second reader beside the hub: WAL allows it). */
function titleCounts(dir: string): Map<string, number> {
  const db = new Database(join(dir, 'gighall.sqlite'), { readonly: true });
  try {
    const rows = db
      .prepare(`SELECT json_extract(data, '$.title') AS t, COUNT(*) AS n FROM postings GROUP BY t`)
      .all() as { t: string; n: number }[];
    return new Map(rows.map((r) => [r.t, r.n]));
  } finally {
    db.close();
  }
}
