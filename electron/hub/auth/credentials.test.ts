// The credential checks cost the same for a user name (or phone) that does not exist as for one that does: each
// always runs one scrypt verification against a real-looking hash (the response time must not reveal who is staff
// or who is registered). And what the check found is settled against the database as it is when it is acted on.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../store/db';
import { Records } from '../store/records';
import { Attempts } from './attempts';
import { Credentials } from './credentials';
import { hashSecret, verifySecretAsync } from '../secrets';

function setup() {
  const db = new Database(':memory:');
  migrate(db);
  const records = new Records(db);
  records.put('staffUser', { id: 'u1', username: 'wang', displayName: '王', role: 'clerk', active: true }, 1);
  records.setColumn('staffUser', 'u1', 'password_hash', hashSecret('right-password'));
  records.put('staffUser', { id: 'u2', username: 'gone', displayName: '离职', role: 'clerk', active: false }, 1);
  records.setColumn('staffUser', 'u2', 'password_hash', hashSecret('right-password'));
  const calls: string[] = [];
  const verify = (secret: string, stored: string) => {
    calls.push(stored.split('$')[0] ?? 'none');
    return verifySecretAsync(secret, stored);
  };
  const attempts = new Attempts(db);
  const credentials = new Credentials(records, attempts, () => 1000, verify);
  return { db, records, attempts, credentials, calls };
}

describe('staff credentials', () => {
  it('runs one scrypt verification whether the user exists, is inactive, or not', async () => {
    const { credentials, calls } = setup();
    const at = async (username: string, password: string) =>
      credentials.settleStaff(
        await credentials.staff({ username, password, stationId: 's1', address: '10.0.0.9' }),
        1000,
      );
    expect((await at('wang', 'right-password')).ok).toBe(true);
    expect((await at('wang', 'wrong')).ok).toBe(false);
    expect((await at('nobody', 'wrong')).ok).toBe(false);
    expect((await at('gone', 'right-password')).ok).toBe(false);
    expect(calls).toEqual(['scrypt', 'scrypt', 'scrypt', 'scrypt']);
  });

  it('answers an unknown user and a wrong password with the same error', async () => {
    const { credentials } = setup();
    const run = async (username: string) => {
      const r = credentials.settleStaff(
        await credentials.staff({ username, password: 'wrong', stationId: '', address: username }),
        1000,
      );
      return r.ok ? null : r.error;
    };
    expect(await run('nobody')).toEqual(await run('wang'));
  });

  it('refuses a right password whose account was deactivated while the hash ran, and counts it', async () => {
    const { records, attempts, credentials } = setup();
    const check = await credentials.staff({
      username: 'wang',
      password: 'right-password',
      stationId: 's1',
      address: 'a',
    });
    records.put('staffUser', { ...records.get('staffUser', 'u1')!, active: false }, 2);
    const outcome = credentials.settleStaff(check, 1000);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe('bad_credentials');
    outcome.recordFailure?.();
    expect(attempts.check('signin-user', 'wang', 1000).failures).toBe(1);
  });

  it('settles against the limits as they are now: failures that committed while the hash ran count', async () => {
    const { attempts, credentials, calls } = setup();
    const check = await credentials.staff({
      username: 'wang',
      password: 'right-password',
      stationId: 's1',
      address: 'a',
    });
    for (let i = 0; i < 6; i++) attempts.fail('signin-user', 'wang', 1000);
    const outcome = credentials.settleStaff(check, 1000);
    expect(outcome.ok ? null : outcome.error.code).toBe('rate_limited');
    // Once blocked, a check costs no hashing at all.
    const blocked = await credentials.staff({ username: 'wang', password: 'x', stationId: 's1', address: 'a' });
    expect(blocked.blocked?.code).toBe('rate_limited');
    expect(calls).toHaveLength(1);
  });
});

describe('worker PINs', () => {
  function withWorker() {
    const t = setup();
    t.records.put(
      'worker',
      {
        id: 'w1',
        name: '王建国',
        nameIncomplete: false,
        phone: '13912345678',
        idNumber: null,
        birthYear: null,
        gender: null,
        trades: [],
        jobTypes: [],
        districts: [],
        availability: null,
        expectedPay: null,
        experienceYears: null,
        certificates: [],
        note: '',
        consent: { version: '1', at: 1 },
        hasPin: true,
        status: 'active',
        createdAt: 1,
        source: 'desk',
      } as never,
      1,
    );
    t.records.setColumn('worker', 'w1', 'pin_hash', hashSecret('2468'));
    return t;
  }

  it('runs one scrypt verification for a registered phone and for an unknown one, with the same answer', async () => {
    const { credentials, calls } = withWorker();
    const at = async (phone: string, pin: string) =>
      credentials.settlePin(await credentials.workerPin({ phone, pin, stationId: 'k1' }), 1000);
    expect((await at('13912345678', '2468')).ok).toBe(true);
    const wrong = await at('13912345678', '0000');
    const unknown = await at('13700000000', '0000');
    expect(wrong.ok ? null : wrong.error).toEqual(unknown.ok ? null : unknown.error);
    expect(calls).toEqual(['scrypt', 'scrypt', 'scrypt']);
  });

  it('refuses a right PIN that was reset while the hash ran', async () => {
    const { records, credentials } = withWorker();
    const check = await credentials.workerPin({ phone: '13912345678', pin: '2468', stationId: 'k1' });
    records.setColumn('worker', 'w1', 'pin_hash', hashSecret('1357'));
    expect(credentials.settlePin(check, 1000).ok).toBe(false);
  });
});
