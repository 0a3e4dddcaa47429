// The packaged app's maintenance commands against a real data dir: the same backup, restore and admin reset as
// the source checkout's scripts, chosen from the app's command line.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initRequested, maintenanceCommand, runMaintenance } from './maintenance';
import { openSiteDatabase } from './hub/store/site-data';
import { Records } from './hub/store/records';
import { Hub } from './hub/hub';
import pino from 'pino';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A data dir with a site in it (the hub's own start path, without a server). */
function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gighall-maint-'));
  dirs.push(dir);
  const db = openSiteDatabase(dir);
  new Hub({ db, log: pino({ level: 'silent' }), adminPassword: 'first-password' });
  db.close();
  return dir;
}

describe('maintenanceCommand', () => {
  it('reads one maintenance flag, ignoring Electron’s and Chromium’s own', () => {
    expect(maintenanceCommand(['/opt/GigHall/gighall', '--no-sandbox', '--role=hub'])).toBeNull();
    expect(maintenanceCommand(['x', '--backup'])).toEqual({ kind: 'backup', out: null });
    expect(maintenanceCommand(['x', '--backup=D:\\备份'])).toEqual({ kind: 'backup', out: 'D:\\备份' });
    expect(maintenanceCommand(['x', '--restore=/mnt/usb/gighall-2026-11-29_0300.sqlite'])).toEqual({
      kind: 'restore',
      from: '/mnt/usb/gighall-2026-11-29_0300.sqlite',
    });
    expect(maintenanceCommand(['x', '--restore'])?.kind).toBe('invalid');
    expect(maintenanceCommand(['x', '--backup', '--reset-admin-password'])?.kind).toBe('invalid');
    expect(initRequested(['x', '--init-data'])).toBe(true);
  });
});

describe('runMaintenance', () => {
  it('backs up, restores and resets the admin password of the hub’s data dir', async () => {
    const dir = site();
    const backup = await runMaintenance({ kind: 'backup', out: null }, dir);
    expect(backup.code).toBe(0);
    const [file] = readdirSync(join(dir, 'backups'));
    expect(backup.lines[0]).toContain(file!);

    const reset = await runMaintenance({ kind: 'reset-admin-password' }, dir);
    expect(reset.code).toBe(0);
    const db = openSiteDatabase(dir);
    const admin = new Records(db).list('staffUser', 'username = ?', 'admin')[0]!;
    expect(db.prepare(`SELECT must_change_password m FROM staff_users WHERE id = ?`).get(admin.id)).toEqual({ m: 1 });
    db.close();

    const restored = await runMaintenance({ kind: 'restore', from: join(dir, 'backups', file!) }, dir);
    expect(restored.code).toBe(0);
    expect(readdirSync(dir).some((f) => f.startsWith('gighall.sqlite.before-restore-'))).toBe(true);
    const back = openSiteDatabase(dir);
    // The reset happened after the backup: restoring undid it.
    expect(back.prepare(`SELECT must_change_password m FROM staff_users`).get()).toEqual({ m: 0 });
    back.close();
  });

  it('reports a failure with its reason and a non-zero code', async () => {
    const dir = site();
    const r = await runMaintenance({ kind: 'restore', from: join(dir, 'nope.sqlite') }, dir);
    expect(r.code).toBe(1);
    expect(r.lines[0]).toMatch(/No backup file/);
    expect(existsSync(join(dir, 'gighall.sqlite'))).toBe(true);
  });
});
