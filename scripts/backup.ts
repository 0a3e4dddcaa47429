// `npm run backup -- --data <dir> [--out <dir>]`: an online, consistent copy of the site database (SQLite's
// backup API, safe while the hub runs), named by time, e.g. backups/gighall-2026-11-29T0300.sqlite.
import Database from 'better-sqlite3';
import { mkdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export async function backupDatabase(dataDir: string, outDir: string, now = new Date()): Promise<string> {
  const source = join(dataDir, 'gighall.sqlite');
  if (!existsSync(source)) throw new Error(`No GigHall database at ${source}`);
  mkdirSync(outDir, { recursive: true });
  const stamp = now.toISOString().slice(0, 16).replace(/:/g, '');
  const target = join(outDir, `gighall-${stamp}.sqlite`);
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  return target;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { data: { type: 'string', default: './data' }, out: { type: 'string', default: './backups' } },
  });
  backupDatabase(resolve(values.data!), resolve(values.out!)).then(
    (file) => console.log(`Backup written: ${file}`),
    (err: Error) => {
      console.error(`Backup failed: ${err.message}`);
      process.exit(1);
    },
  );
}
