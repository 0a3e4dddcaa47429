// Expiry: a published posting past its end (shared/rules/posting.ts) is moved to `expired` by the hub itself,
// logged and broadcast like any write, so every station drops it (displays also drop it by their own clock while
// offline).
import { dueToExpireSql } from '../../shared/rules/posting';
import type { Records } from './store/records';
import type { SystemWriter } from './pipeline';

export function expirePostings(records: Records, write: (fn: (w: SystemWriter) => void) => void, now: number): number {
  const expired = records.list('posting', dueToExpireSql(), now);
  if (expired.length) write((w) => expired.forEach((p) => w.put('posting', { ...p, status: 'expired' })));
  return expired.length;
}
