// Shell log: JSON lines in <userData>/logs/shell.log (pino), and warnings on stderr.
import path from 'node:path';
import pino from 'pino';

export function createLogger(userDataDir: string): pino.Logger {
  const file = pino.destination({ dest: path.join(userDataDir, 'logs', 'shell.log'), mkdir: true, sync: false });
  return pino(
    { base: { app: 'gighall-shell' }, timestamp: pino.stdTimeFunctions.isoTime },
    pino.multistream([
      { stream: file, level: 'info' },
      { stream: process.stderr, level: 'warn' },
    ]),
  );
}
