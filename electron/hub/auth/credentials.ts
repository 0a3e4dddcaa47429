// The one check of a staff user's credentials (`staff.signIn` and pairing a station with a staff account both call
// it, so both get the same limits) and of a worker's phone + PIN (`worker.identify`). Each runs in two steps:
//  - check (a command's prepare step, off the event loop): the limits are read, and the scrypt comparison runs on
//    libuv's thread pool, so a sign-in never holds up other stations' commands. A caller already blocked costs no
//    hashing at all. An unknown or inactive user, or an unknown phone, costs the same scrypt work as a real one
//    (against a dummy hash), so the response time tells nothing about who is registered;
//  - settle (inside the transaction that acts on it): the limits are read again (a failure that committed while
//    the hash ran counts), the account is read again (a deactivation or password change that committed meanwhile
//    wins), and the outcome is worded. A failure comes with `recordFailure`, which the caller runs where it
//    survives the refusal (HubError's `keep`): counted per user name (known or not), per paired station and per
//    network address for staff; per phone typed (hashed) and per kiosk for PINs (auth/attempts.ts).
import type { StaffUser, Worker } from '../../../shared/domain/entities';
import type { AppError } from '../../../shared/errors';
import type { Records } from '../store/records';
import { hashSecretAsync, verifySecretAsync } from '../secrets';
import { failure, phoneKey, refusal, worst, type AttemptKind, type Attempts } from './attempts';

let dummyHash: Promise<string> | null = null;
/** A hash to verify against when there is no real one, so "no such user" takes as long as "wrong password". */
export function dummySecretHash(): Promise<string> {
  dummyHash ??= hashSecretAsync('gighall-no-such-account');
  return dummyHash;
}

export interface StaffInput {
  username: string;
  password: string;
  /** The paired station asking (empty while pairing). */
  stationId: string;
  /** Its network address as the hub sees it. */
  address: string;
}

export interface PinInput {
  phone: string;
  pin: string;
  /** The kiosk asking. */
  stationId: string;
}

/** What the check found before the transaction: refused by the limits, or the result of one scrypt comparison. */
export type StaffCheck =
  | { input: StaffInput; blocked: AppError }
  | { input: StaffInput; blocked: null; userId: string | null; hash: string | null; matches: boolean };

export type PinCheck =
  | { input: PinInput; blocked: AppError }
  | { input: PinInput; blocked: null; workerId: string | null; hash: string | null; matches: boolean };

export type Settled<T> =
  | ({ ok: true } & T)
  /** `recordFailure` writes the failure; the caller runs it where it survives the refusal (see HubError.keep). */
  | { ok: false; error: AppError; recordFailure?: () => void };

export type StaffOutcome = Settled<{ user: StaffUser; mustChangePassword: boolean }>;
export type PinOutcome = Settled<{ worker: Worker }>;

type Verify = (secret: string, stored: string) => Promise<boolean>;

/**
 * A user name and password are judged together ("账号或密码不正确" does not say which is wrong, and a wait applies
 * to both): the message belongs to the sign-in or pairing form as a whole, not to the password field.
 */
function formLevel(error: AppError): AppError {
  const { field: _field, ...rest } = error;
  return rest;
}

export class Credentials {
  constructor(
    private readonly records: Records,
    readonly attempts: Attempts,
    private readonly clock: () => number,
    /** The scrypt comparison (a test counts its calls). */
    private readonly verify: Verify = verifySecretAsync,
  ) {
    // Made once, at start, so the first unknown name does not pay for it (and stand out by its time).
    void dummySecretHash();
  }

  /** Step 1 for a staff user name and password: off the event loop. */
  async staff(input: StaffInput): Promise<StaffCheck> {
    const now = this.clock();
    const blocked = worst(...this.staffKeys(input).map(([kind, key]) => this.attempts.check(kind, key, now)));
    if (blocked) return { input, blocked: formLevel(refusal(blocked, now, 'password')) };
    const user = this.records.list('staffUser', 'username = ?', input.username.trim())[0];
    const hash = user ? (this.records.column<string>('staffUser', user.id, 'password_hash') ?? null) : null;
    const matches = await this.verify(input.password, hash || (await dummySecretHash()));
    return { input, blocked: null, userId: user?.id ?? null, hash, matches };
  }

  /** Step 2, in the transaction that acts on the check (or, for pairing, straight after it). */
  settleStaff(check: StaffCheck, now: number): StaffOutcome {
    if (check.blocked) return { ok: false, error: check.blocked };
    const keys = this.staffKeys(check.input);
    const blocked = worst(...keys.map(([kind, key]) => this.attempts.check(kind, key, now)));
    if (blocked) return { ok: false, error: formLevel(refusal(blocked, now, 'password')) };
    const user = check.userId ? this.records.get('staffUser', check.userId) : undefined;
    const current = user ? this.records.column<string>('staffUser', user.id, 'password_hash') : undefined;
    if (!user?.active || !check.hash || !check.matches || current !== check.hash) {
      const next = worst(...keys.map(([kind, key]) => this.attempts.afterFailure(kind, key, now)));
      return {
        ok: false,
        error: formLevel(failure('bad_credentials', next, now, 'password')),
        recordFailure: () => {
          for (const [kind, key] of keys) this.attempts.fail(kind, key, now);
        },
      };
    }
    // Only this user's own counter; a station's and an address's stay (someone else may have failed there).
    this.attempts.clear('signin-user', keys[0]![1]);
    return {
      ok: true,
      user,
      mustChangePassword: this.records.column<number>('staffUser', user.id, 'must_change_password') === 1,
    };
  }

  /** Step 1 for a worker's phone and PIN at a kiosk: off the event loop. */
  async workerPin(input: PinInput): Promise<PinCheck> {
    const now = this.clock();
    const blocked = worst(...this.pinKeys(input).map(([kind, key]) => this.attempts.check(kind, key, now)));
    if (blocked) return { input, blocked: refusal(blocked, now, 'pin') };
    const worker = this.records.list('worker', "phone = ? AND status = 'active'", input.phone)[0];
    const hash = worker ? (this.records.column<string>('worker', worker.id, 'pin_hash') ?? null) : null;
    // An unknown phone (or one without a PIN) costs the same scrypt work as a known one.
    const matches = await this.verify(input.pin, hash || (await dummySecretHash()));
    return { input, blocked: null, workerId: worker?.id ?? null, hash, matches };
  }

  /**
   * Step 2 for a PIN. The phone's counter locks the PIN after a few failures until the desk resets it; the kiosk's
   * only slows down and forgives within minutes, so one visitor's slips never lock out the next.
   */
  settlePin(check: PinCheck, now: number): PinOutcome {
    if (check.blocked) return { ok: false, error: check.blocked };
    const keys = this.pinKeys(check.input);
    const blocked = worst(...keys.map(([kind, key]) => this.attempts.check(kind, key, now)));
    if (blocked) return { ok: false, error: refusal(blocked, now, 'pin') };
    const worker = check.workerId ? this.records.get('worker', check.workerId) : undefined;
    const current = worker ? this.records.column<string>('worker', worker.id, 'pin_hash') : undefined;
    if (worker?.status !== 'active' || !check.hash || !check.matches || current !== check.hash) {
      const next = worst(...keys.map(([kind, key]) => this.attempts.afterFailure(kind, key, now)));
      return {
        ok: false,
        error: failure('wrongPhoneOrPin', next, now, 'pin'),
        recordFailure: () => {
          for (const [kind, key] of keys) this.attempts.fail(kind, key, now);
        },
      };
    }
    // This phone's own counter only: never the kiosk's, never another worker's.
    this.attempts.clear('pin-target', keys[0]![1]);
    return { ok: true, worker };
  }

  private staffKeys(input: StaffInput): [AttemptKind, string][] {
    const keys: [AttemptKind, string][] = [
      ['signin-user', input.username.trim().toLowerCase()],
      ['signin-source', input.address || 'unknown'],
    ];
    if (input.stationId) keys.push(['signin-station', input.stationId]);
    return keys;
  }

  private pinKeys(input: PinInput): [AttemptKind, string][] {
    // The phone typed, as a hash (known or not, so a lock tells nothing about who is registered).
    return [
      ['pin-target', phoneKey(input.phone)],
      ['pin-station', input.stationId],
    ];
  }
}
