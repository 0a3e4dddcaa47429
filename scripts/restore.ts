// `npm run restore -- [--data <dir>] <backup file>`: put a backup back in place of the site database, with the hub
// stopped. The database it replaces is kept beside it (gighall.sqlite.before-restore-…); stations take a fresh
// snapshot when they reconnect (docs/operations.md "Restoring a backup").
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { restoreBackup } from '../electron/hub/backup';
import { findDataDir } from '../electron/hub/store/site-data';

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { values, positionals } = parseArgs({
      options: { data: { type: 'string' }, from: { type: 'string' } },
      allowPositionals: true,
    });
    const from = values.from ?? positionals[0];
    if (!from) throw new Error('Which backup? npm run restore -- --data <dir> <backup file>');
    const dataDir = resolve(findDataDir(values.data));
    const result = restoreBackup(dataDir, resolve(from));
    console.log(`Restored ${result.restored} into ${dataDir} (changes up to seq ${result.headSeq}).`);
    if (result.previous) console.log(`The database it replaced is kept as ${result.previous}.`);
    console.log('Start the hub again; stations catch up with a fresh snapshot.');
  } catch (err) {
    console.error(`Restore failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
