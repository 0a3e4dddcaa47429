// `npm run hub -- --port <n> --data <dir> [--demo] [--host <addr>] [--init] [--backup-dir <dir>]
//   [--backup-hours <h>] [--backup-keep <n>]
//   [--city <code> --district <code> --min-wage <yuan> [--hall-name <name>] [--change-city]]`;
// `--reset-admin-password` with the hub stopped.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { startHub } from './server';
import { DatabaseTooNewError } from './store/db';
import { DataDirError } from './store/site-data';
import { CITY_OPTIONS, SetupInputError, describeSetupError, setupFromFlags, setupIfNeeded } from './setup-cli';
import { HubError } from './commands/context';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.GIGHALL_PORT ?? '8420' },
    host: { type: 'string', default: process.env.GIGHALL_HOST ?? '0.0.0.0' },
    data: { type: 'string', default: process.env.GIGHALL_DATA ?? './data' },
    demo: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    'reset-admin-password': { type: 'boolean', default: false },
    init: { type: 'boolean', default: false },
    'backup-dir': { type: 'string', default: process.env.GIGHALL_BACKUP_DIR },
    'backup-hours': { type: 'string', default: process.env.GIGHALL_BACKUP_HOURS ?? '24' },
    'backup-keep': { type: 'string', default: process.env.GIGHALL_BACKUP_KEEP ?? '14' },
    ...CITY_OPTIONS,
  },
});

if (values['reset-admin-password']) {
  // Locked out (the only admin forgot the password): run with the hub stopped; prints a new one-time password.
  const { resetAdminPassword } = await import('./reset-admin');
  try {
    const password = resetAdminPassword(resolve(values.data!));
    console.log(`Staff user "admin" has a new one-time password: ${password}  (sign in and change it)`);
    process.exit(0);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}

const backupHours = Number(values['backup-hours']);
const backupKeep = Number(values['backup-keep']);
if (!(backupHours >= 0) || !Number.isInteger(backupKeep) || backupKeep < 1) {
  console.error('--backup-hours must be 0 or more (0: no scheduled backups), --backup-keep a whole number from 1');
  process.exit(2);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be 0–65535 (0 picks a free port), not "${values.port}"`);
  process.exit(2);
}

let setup;
try {
  setup = setupFromFlags(values) ?? undefined;
} catch (err) {
  if (!(err instanceof SetupInputError)) throw err;
  console.error(err.message);
  process.exit(2);
}

try {
  const running = await startHub({
    port,
    host: values.host,
    dataDir: resolve(values.data!),
    demo: values.demo,
    log: values.quiet ? 'file' : 'full',
    init: values.init,
    backupDir: values['backup-dir'] ? resolve(values['backup-dir']) : undefined,
    backupEveryHours: backupHours,
    backupKeep,
    setup,
  });
  if (running.initialAdminPassword) {
    const fromEnv = !!process.env.GIGHALL_ADMIN_PASSWORD;
    console.log(
      fromEnv
        ? 'First start: staff user "admin" was created with the password from GIGHALL_ADMIN_PASSWORD.'
        : `First start: staff user "admin" has the one-time password: ${running.initialAdminPassword}  ` +
            '(it is shown only now; change it after signing in)',
    );
  }
  console.log(`GigHall hub listening on ${running.url}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    running.log.info({ signal }, 'stopping');
    running.close().then(
      () => process.exit(0),
      (err) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  if (!values.demo) await setupIfNeeded(running.hub, !!process.stdin.isTTY && !!process.stdout.isTTY);
} catch (err) {
  if (err instanceof DatabaseTooNewError || err instanceof DataDirError) console.error(err.message);
  else if (err instanceof HubError) {
    console.error(`设置被拒绝 / Setup refused: ${describeSetupError(err)}`);
    process.exit(2);
  } else console.error('GigHall hub could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
}
