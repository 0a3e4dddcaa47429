// Expiry: a published posting past its end is moved to `expired` by the hub itself, logged and broadcast like
// any write, so every station drops it (displays also drop it by their own clock while offline).
import type { Records } from './store/records';
import type { SystemWriter } from './pipeline';

export function expirePostings(records: Records, write: (fn: (w: SystemWriter) => void) => void, now: number): number {
  const expired = records.list('posting', `status = 'published' AND expires_at IS NOT NULL AND expires_at <= ?`, now);
  if (expired.length) write((w) => expired.forEach((p) => w.put('posting', { ...p, status: 'expired' })));
  return expired.length;
}
