// The staff credential check costs the same for a user name that does not exist as for one that does: it always
// runs one scrypt verification against a real-looking hash (the response time must not reveal who is staff).
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../store/db';
import { Records } from '../store/records';
import { Attempts } from './attempts';
import { checkStaffCredentials } from './credentials';
import { hashSecret, verifySecret } from '../secrets';

function setup() {
  const db = new Database(':memory:');
  migrate(db);
  const records = new Records(db);
  records.put('staffUser', { id: 'u1', username: 'wang', displayName: '王', role: 'clerk', active: true }, 1);
  records.setColumn('staffUser', 'u1', 'password_hash', hashSecret('right-password'));
  records.put('staffUser', { id: 'u2', username: 'gone', displayName: '离职', role: 'clerk', active: false }, 1);
  records.setColumn('staffUser', 'u2', 'password_hash', hashSecret('right-password'));
  const calls: string[] = [];
  const verify: typeof verifySecret = (secret, stored) => {
    calls.push(stored?.split('$')[0] ?? 'none');
    return verifySecret(secret, stored);
  };
  return { records, attempts: new Attempts(db), calls, verify };
}

describe('checkStaffCredentials', () => {
  it('runs one scrypt verification whether the user exists, is inactive, or not', () => {
    const { records, attempts, calls, verify } = setup();
    const at = (username: string, password: string) =>
      checkStaffCredentials(
        { records, attempts, now: 1000, verify },
        { username, password, stationId: 's1', address: '10.0.0.9' },
      );
    expect(at('wang', 'right-password').ok).toBe(true);
    expect(at('wang', 'wrong').ok).toBe(false);
    expect(at('nobody', 'wrong').ok).toBe(false);
    expect(at('gone', 'right-password').ok).toBe(false);
    expect(calls).toEqual(['scrypt', 'scrypt', 'scrypt', 'scrypt']);
  });

  it('answers an unknown user and a wrong password with the same error', () => {
    const { records, attempts, verify } = setup();
    const run = (username: string) => {
      const r = checkStaffCredentials(
        { records, attempts, now: 1000, verify },
        { username, password: 'wrong', stationId: '', address: username },
      );
      return r.ok ? null : r.error;
    };
    expect(run('nobody')).toEqual(run('wang'));
  });
});
