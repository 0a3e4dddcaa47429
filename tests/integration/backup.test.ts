import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staffStation, startTestHub } from '../helpers/hub';
import { approvedEmployer } from '../helpers/fixtures';
import { backupDatabase } from '../../scripts/backup';

describe('backup', () => {
  it('copies a running hub’s database consistently', async () => {
    const hub = await startTestHub();
    const out = mkdtempSync(join(tmpdir(), 'gighall-backup-'));
    try {
      const staff = await staffStation(hub.url);
      await approvedEmployer(staff, '备份测试公司');
      const file = await backupDatabase(hub.dataDir, out);
      const copy = new Database(file, { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare(`SELECT COUNT(*) n FROM employers`).get()).toEqual({ n: 1 });
      expect((copy.prepare(`SELECT MAX(seq) s FROM changes`).get() as { s: number }).s).toBe(hub.hub.headSeq());
      copy.close();
      staff.close();
    } finally {
      await hub.destroy();
      rmSync(out, { recursive: true, force: true });
    }
  });
});
