// The one check of a staff user's credentials (staff.signIn and pairing a station with credentials both call it)
// and of a worker's phone + PIN (worker.identify). The scrypt comparison runs on libuv's thread pool, so a sign-in
// never holds up other stations' commands; failures count against the caller so guessing is slowed down.
// The handler that acts on a successful check re-reads the record inside its transaction (see stillValid).
import type { StaffUser, Worker } from '../../shared/domain/entities';
import { appError, type AppError } from '../../shared/errors';
import type { AttemptLimiter } from './attempts';
import type { Records } from './store/records';
import { verifySecretAsync } from './secrets';

export type StaffCheck = { ok: true; user: StaffUser; hash: string } | { ok: false; error: AppError };
export type PinCheck = { ok: true; worker: Worker; hash: string } | { ok: false; error: AppError };

export const WRONG_PIN: AppError = appError('bad_credentials', { key: 'wrongPhoneOrPin', field: 'pin' });

export class Credentials {
  constructor(
    private readonly records: Records,
    private readonly attempts: AttemptLimiter,
  ) {}

  /** A staff user name and password, from a station (`station:<id>`) or an unpaired address (`address:<ip>`). */
  async staff(input: { username: string; password: string; from: string }): Promise<StaffCheck> {
    const key = `staff:${input.from}`;
    if (this.attempts.tooMany(key)) return { ok: false, error: appError('rate_limited') };
    const user = this.records.list('staffUser', 'username = ?', input.username)[0];
    const hash = user ? this.records.column<string>('staffUser', user.id, 'password_hash') : undefined;
    if (!user || !user.active || !hash || !(await verifySecretAsync(input.password, hash))) {
      this.attempts.fail(key);
      return { ok: false, error: appError('bad_credentials') };
    }
    this.attempts.clear(key);
    return { ok: true, user, hash };
  }

  /** A worker's phone and PIN at a kiosk. */
  async workerPin(input: { phone: string; pin: string; from: string }): Promise<PinCheck> {
    const key = `pin:${input.from}`;
    if (this.attempts.tooMany(key)) return { ok: false, error: appError('rate_limited') };
    const worker = this.records.list('worker', "phone = ? AND status = 'active'", input.phone)[0];
    const hash = worker ? this.records.column<string>('worker', worker.id, 'pin_hash') : undefined;
    if (!worker || !hash || !(await verifySecretAsync(input.pin, hash))) {
      this.attempts.fail(key);
      return { ok: false, error: WRONG_PIN };
    }
    this.attempts.clear(key);
    return { ok: true, worker, hash };
  }

  /**
   * Inside the transaction that acts on a check: the user is still there, still active, with the same password
   * (a deactivation or a password change that committed while the check ran wins).
   */
  staffStillValid(check: StaffCheck): StaffUser | null {
    if (!check.ok) return null;
    const user = this.records.get('staffUser', check.user.id);
    if (!user?.active || this.records.column<string>('staffUser', user.id, 'password_hash') !== check.hash) return null;
    return user;
  }

  workerStillValid(check: PinCheck): Worker | null {
    if (!check.ok) return null;
    const worker = this.records.get('worker', check.worker.id);
    if (worker?.status !== 'active' || this.records.column<string>('worker', worker.id, 'pin_hash') !== check.hash)
      return null;
    return worker;
  }
}
