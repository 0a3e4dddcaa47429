// Recovery for a site whose admins are all locked out: give (or re-create) staff user "admin" a new password.
// Run with the hub stopped; the change is logged like any other write so consoles pick it up.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DB_FILE, openSiteDatabase } from './store/site-data';
import { Records } from './store/records';
import { hashSecret, newId, newReadablePassword } from './secrets';

export function resetAdminPassword(dataDir: string, password = newReadablePassword()): string {
  const file = join(dataDir, DB_FILE);
  if (!existsSync(file)) throw new Error(`No GigHall database at ${file}`);
  // Refuses a damaged database, as the hub does.
  const db = openSiteDatabase(dataDir);
  try {
    const records = new Records(db);
    db.transaction(() => {
      const now = Date.now();
      const admin = records.list('staffUser', 'username = ?', 'admin')[0];
      const id = admin?.id ?? newId();
      records.put(
        'staffUser',
        { id, username: 'admin', displayName: admin?.displayName ?? '管理员', role: 'admin', active: true },
        now,
      );
      records.setColumn('staffUser', id, 'password_hash', hashSecret(password));
      // One-time: the first sign-in must replace it; and the lock-out that led here is over.
      records.setColumn('staffUser', id, 'must_change_password', 1);
      db.prepare(`DELETE FROM attempts WHERE kind = 'signin-user' AND key = 'admin'`).run();
      db.prepare(
        `INSERT INTO audit (at, user_id, station_id, command, summary, args)
         VALUES (?, NULL, NULL, 'admin.reset', 'admin password reset from the command line', '{}')`,
      ).run(now);
    })();
  } finally {
    db.close();
  }
  return password;
}
