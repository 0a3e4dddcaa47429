// The attempt counters' arithmetic: free tries, doubling waits with a cap, forgiveness over quiet time, a lock that
// only `clear` opens, and rows kept in SQLite (so a new Attempts over the same database sees them).
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../store/db';
import { Attempts, phoneKey, type AttemptPolicy } from './attempts';

const policy: AttemptPolicy = { free: 2, baseMs: 1000, maxMs: 4000, forgiveMs: 60_000, lockAt: 6 };
function make() {
  const db = new Database(':memory:');
  migrate(db);
  const policies = { 'pin-target': policy, 'pin-station': { ...policy, lockAt: undefined } } as never;
  return { db, attempts: new Attempts(db, policies), again: () => new Attempts(db, policies) };
}

describe('Attempts', () => {
  it('lets the free tries through, then makes each further one wait twice as long, up to the cap', () => {
    const { attempts } = make();
    const waits: number[] = [];
    let now = 0;
    for (let i = 0; i < 6; i++) {
      const s = attempts.fail('pin-station', 'k', now);
      waits.push(s.blocked && !s.locked ? s.retryAt - now : 0);
      now = s.blocked && !s.locked ? s.retryAt : now;
    }
    expect(waits).toEqual([0, 0, 1000, 2000, 4000, 4000]);
    expect(attempts.check('pin-station', 'k', now).blocked).toBe(false);
  });

  it('forgives one failure per quiet period', () => {
    const { attempts } = make();
    for (let i = 0; i < 4; i++) attempts.fail('pin-station', 'k', 0);
    expect(attempts.check('pin-station', 'k', 60_000).failures).toBe(3);
    expect(attempts.check('pin-station', 'k', 4 * 60_000).failures).toBe(0);
  });

  it('locks a target for good at lockAt, until cleared; time does not open it', () => {
    const { attempts, again } = make();
    for (let i = 0; i < 6; i++) attempts.fail('pin-target', 'w', i * 10_000);
    expect(again().check('pin-target', 'w', 10 * 365 * 86_400_000)).toMatchObject({ blocked: true, locked: true });
    attempts.clear('pin-target', 'w');
    expect(attempts.check('pin-target', 'w', 0).blocked).toBe(false);
  });

  it('keeps keys apart and tells the next state without writing it', () => {
    const { attempts } = make();
    attempts.fail('pin-target', 'a', 0);
    attempts.fail('pin-target', 'a', 0);
    expect(attempts.afterFailure('pin-target', 'a', 0)).toMatchObject({ blocked: true, retryAt: 1000 });
    expect(attempts.check('pin-target', 'a', 0)).toEqual({ blocked: false, failures: 2 });
    expect(attempts.check('pin-target', 'b', 0)).toEqual({ blocked: false, failures: 0 });
  });

  it('sweeps rows that are fully forgiven, never a lock', () => {
    const { db, attempts } = make();
    attempts.fail('pin-station', 's', 0);
    for (let i = 0; i < 6; i++) attempts.fail('pin-target', 'w', 0);
    attempts.sweep(365 * 86_400_000);
    expect(db.prepare(`SELECT kind FROM attempts`).all()).toEqual([{ kind: 'pin-target' }]);
  });

  it('never stores a phone number in clear', () => {
    expect(phoneKey('13912345678')).not.toContain('13912345678');
    expect(phoneKey('13912345678')).toBe(phoneKey('13912345678'));
    expect(phoneKey('13912345678')).not.toBe(phoneKey('13912345679'));
  });
});
