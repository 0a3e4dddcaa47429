// Site maintenance from the packaged app's command line, for a hub PC that has no source checkout: the same
// backup, restore and admin-password reset as `npm run backup`, `npm run restore` and `npm run hub --
// --reset-admin-password` (docs/operations.md). main.ts runs one and exits instead of opening any window:
//   GigHall --backup[=<folder>]   GigHall --restore=<backup file>   GigHall --reset-admin-password
// Pure of Electron, so it is tested like the rest of the hub.
import { resolve } from 'node:path';
import { backupDatabase, restoreBackup } from './hub/backup';
import { resetAdminPassword } from './hub/reset-admin';
import { defaultBackupDir } from './hub/store/site-data';

export type Maintenance =
  | { kind: 'backup'; out: string | null }
  | { kind: 'restore'; from: string }
  | { kind: 'reset-admin-password' }
  | { kind: 'invalid'; message: string };

/** The maintenance command in argv, or null when the app should start as usual. */
export function maintenanceCommand(argv: readonly string[]): Maintenance | null {
  const found: Maintenance[] = [];
  for (const arg of argv) {
    const m = /^--(backup|restore|reset-admin-password)(?:=(.*))?$/s.exec(arg);
    if (!m) continue;
    if (m[1] === 'backup') found.push({ kind: 'backup', out: m[2] || null });
    else if (m[1] === 'restore')
      found.push(
        m[2]
          ? { kind: 'restore', from: m[2] }
          : { kind: 'invalid', message: '--restore needs the backup file: --restore=<file>' },
      );
    else found.push({ kind: 'reset-admin-password' });
  }
  if (found.length > 1)
    return { kind: 'invalid', message: 'Give one of --backup, --restore=<file>, --reset-admin-password at a time' };
  return found[0] ?? null;
}

/** `--init-data`: start a new, empty site although the data dir held one before (its database is gone). */
export function initRequested(argv: readonly string[]): boolean {
  return argv.includes('--init-data');
}

/** Run it against the hub's data dir; returns the exit code and what to tell the operator. */
export async function runMaintenance(
  command: Maintenance,
  dataDir: string,
): Promise<{ code: number; lines: string[] }> {
  try {
    switch (command.kind) {
      case 'invalid':
        return { code: 2, lines: [command.message] };
      case 'backup': {
        const file = await backupDatabase(dataDir, command.out ? resolve(command.out) : defaultBackupDir(dataDir));
        return { code: 0, lines: [`备份已写入 · Backup written: ${file}`] };
      }
      case 'restore': {
        const r = restoreBackup(dataDir, resolve(command.from));
        return {
          code: 0,
          lines: [
            `已恢复 · Restored ${r.restored} (changes up to seq ${r.headSeq}).`,
            ...(r.previous ? [`原数据库保存为 · The replaced database is kept as ${r.previous}`] : []),
            '请重新启动 GigHall · Start GigHall again; stations catch up with a fresh snapshot.',
          ],
        };
      }
      case 'reset-admin-password': {
        const password = resetAdminPassword(dataDir);
        return {
          code: 0,
          lines: [
            `管理员 admin 的一次性密码 · One-time password of staff user "admin": ${password}`,
            '登录时须设置新密码 · It must be replaced at the first sign-in.',
          ],
        };
      }
    }
  } catch (err) {
    return { code: 1, lines: [err instanceof Error ? err.message : String(err)] };
  }
}
