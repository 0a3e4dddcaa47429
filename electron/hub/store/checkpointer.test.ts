// The WAL is checkpointed by the worker thread, never inside a commit on the hub's connection.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { openDatabase } from './db';
import { startCheckpointer } from './checkpointer';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function until(fn: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!fn()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('WAL checkpointer', () => {
  it('turns off checkpoints in commits and folds the WAL into the database from its own thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gighall-ckpt-'));
    dirs.push(dir);
    const file = join(dir, 'gighall.sqlite');
    const db = openDatabase(file);
    const checkpointer = startCheckpointer(db, pino({ level: 'silent' }), 20);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const before = statSync(file).size;
    const insert = db.prepare(`INSERT INTO changes (entity, id, op, data, at) VALUES ('notice', ?, 'put', ?, 0)`);
    // Well past SQLite's own 1,000-page threshold, in many commits, as commands would write it.
    for (let i = 0; i < 300; i++) db.transaction(() => insert.run(`n${i}`, 'x'.repeat(16_000)))();
    // The main file grows only by checkpoints, and this connection makes none.
    await until(() => statSync(file).size > before + 4_000_000);
    await checkpointer.stop();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    db.close();
  });
});
