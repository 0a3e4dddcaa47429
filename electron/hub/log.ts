// Structured logs (pino): JSON lines to stdout and to a daily/size-rotated file in the data dir (pino-roll).
import pino, { type Logger } from 'pino';
import { join } from 'node:path';

export type LogMode = 'full' | 'file' | 'silent';

export function createLogger(dataDir: string, mode: LogMode = 'full'): Logger {
  if (mode === 'silent') return pino({ level: 'silent' });
  const file: pino.TransportTargetOptions = {
    target: 'pino-roll',
    options: {
      file: join(dataDir, 'logs', 'hub'),
      extension: '.log',
      frequency: 'daily',
      size: '10m',
      mkdir: true,
      limit: { count: 14 },
    },
  };
  const targets: pino.TransportTargetOptions[] =
    mode === 'full' ? [{ target: 'pino/file', options: { destination: 1 } }, file] : [file];
  return pino(
    { level: process.env.GIGHALL_LOG_LEVEL ?? 'info', base: { service: 'gighall-hub' } },
    pino.transport({ targets }),
  );
}
