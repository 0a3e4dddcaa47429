// `npm run backup [-- --data <dir>] [--out <dir>]`: an online, consistent copy of the site database (SQLite's
// backup API, safe while the hub runs), named by hall time, e.g. <data>/backups/gighall-2026-11-29_0300.sqlite.
// Without --data it finds the site the way the hub and `npm start` keep it (docs/operations.md "Backups").
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase, pruneBackups } from '../electron/hub/backup';
import { defaultBackupDir, findDataDir } from '../electron/hub/store/site-data';

export { backupDatabase };

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { values } = parseArgs({
      options: { data: { type: 'string' }, out: { type: 'string' }, keep: { type: 'string' } },
    });
    const dataDir = resolve(findDataDir(values.data));
    const out = resolve(values.out ?? defaultBackupDir(dataDir));
    const file = await backupDatabase(dataDir, out);
    console.log(`Backup written: ${file}`);
    if (values.keep) {
      const pruned = pruneBackups(out, Number(values.keep));
      if (pruned.length) console.log(`Older backups removed: ${pruned.length}`);
    }
  } catch (err) {
    console.error(`Backup failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
