// The one staff credential check: `staff.signIn` and pairing a station with a staff account both call it, so both
// get the same limits. Failures count per user name (known or not), per paired station and per network address
// (a re-paired or demo auto-paired station starts with the same address, so it gets no fresh attempts); an
// unknown or inactive user costs the same scrypt work as a real one, so the response time tells nothing.
import type { StaffUser } from '../../../shared/domain/entities';
import type { AppError } from '../../../shared/errors';
import type { Records } from '../store/records';
import { hashSecret, verifySecret } from '../secrets';
import { failure, refusal, worst, type AttemptKind, type Attempts } from './attempts';

let dummyHash: string | null = null;
/** A hash to verify against when there is no real one, so "no such user" takes as long as "wrong password". */
export function dummySecretHash(): string {
  dummyHash ??= hashSecret('gighall-no-such-account');
  return dummyHash;
}

export interface CredentialInput {
  username: string;
  password: string;
  /** The paired station asking (empty while pairing). */
  stationId: string;
  /** Its network address as the hub sees it. */
  address: string;
}

export type CredentialResult =
  | { ok: true; user: StaffUser; mustChangePassword: boolean }
  /** `recordFailure` writes the failure; the caller runs it where it survives the refusal (see HubError.keep). */
  | { ok: false; error: AppError; recordFailure?: () => void };

export function checkStaffCredentials(
  deps: { records: Records; attempts: Attempts; now: number; verify?: typeof verifySecret },
  input: CredentialInput,
): CredentialResult {
  const { records, attempts, now, verify = verifySecret } = deps;
  const keys: [AttemptKind, string][] = [
    ['signin-user', input.username.trim().toLowerCase()],
    ['signin-source', input.address || 'unknown'],
  ];
  if (input.stationId) keys.push(['signin-station', input.stationId]);
  const blocked = worst(...keys.map(([kind, key]) => attempts.check(kind, key, now)));
  if (blocked) return { ok: false, error: refusal(blocked, now, 'password') };

  const user = records.list('staffUser', 'username = ?', input.username.trim())[0];
  const hash = user ? records.column<string>('staffUser', user.id, 'password_hash') : undefined;
  const matches = verify(input.password, hash || dummySecretHash());
  if (!user || !user.active || !hash || !matches) {
    const next = worst(...keys.map(([kind, key]) => attempts.afterFailure(kind, key, now)));
    return {
      ok: false,
      error: failure('bad_credentials', next, now, 'password'),
      recordFailure: () => {
        for (const [kind, key] of keys) attempts.fail(kind, key, now);
      },
    };
  }
  // Only this user's own counter; a station's and an address's stay (someone else may have failed there).
  attempts.clear('signin-user', input.username.trim().toLowerCase());
  return {
    ok: true,
    user,
    mustChangePassword: records.column<number>('staffUser', user.id, 'must_change_password') === 1,
  };
}
