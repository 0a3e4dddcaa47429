// Pairing (DESIGN.md "Security"): a site hub serves only paired stations. An unpaired socket may ask for a code
// to show until staff approve it, pair at once with a staff user's credentials (checked by the very code
// staff.signIn uses, with the same limits and counters: auth/credentials.ts), or — in demo mode, from the hub
// machine itself — be paired at once. Nothing else.
// Floods are bounded: new codes per address are rate-limited, live codes are capped, and an unpaired socket is
// dropped when it has not asked for a code within a grace period or when its code expires (the station then
// reconnects and asks again).
import type { StationRole } from '../../shared/domain/enums';
import { appError, type AppError } from '../../shared/errors';
import { DEFAULT_DISPLAY_CONFIG } from '../../shared/domain/schemas';
import type { Credentials } from './auth/credentials';
import type { SystemWriter } from './pipeline';
import type { Records } from './store/records';
import type { Peer } from './sessions';
import { newId, newPairingCode, newToken, tokenHash } from './secrets';

export interface PairingLimits {
  /** How long a code stays valid. */
  codeTtlMs: number;
  /** New codes one address may obtain per minute. */
  codesPerAddressPerMinute: number;
  /** Codes waiting for approval at once, site-wide. */
  maxLiveCodes: number;
  /** An unpaired socket that holds no live code is dropped after this long. */
  unpairedGraceMs: number;
}

export const PAIRING_LIMITS: PairingLimits = {
  codeTtlMs: 10 * 60_000,
  codesPerAddressPerMinute: 10,
  maxLiveCodes: 100,
  unpairedGraceMs: 30_000,
};

export type PairingReply =
  | { ok: true; code: string; expiresAt: number }
  | { ok: true; token: string; stationId: string; role: StationRole; name: string }
  | { ok: false; error: AppError };

export interface PairingDeps {
  records: Records;
  /** The hub's own writes (pairing requests and stations are logged and broadcast like any record). */
  write: (fn: (w: SystemWriter) => void) => void;
  credentials: Credentials;
  clock: () => number;
  /** Pair pages on the hub machine's loopback at once (demo mode). */
  autoPairLoopback: boolean;
  limits?: Partial<PairingLimits>;
}

const DEMO_NAMES: Record<StationRole, string> = { kiosk: '演示一体机', display: '演示大屏', staff: '演示服务台' };

export class Pairing {
  readonly limits: PairingLimits;
  /** Pairing request id → the unpaired peer showing its code. */
  private readonly waiting = new Map<string, Peer>();
  /** Unpaired peers → the timer that drops them if they hold no code by then. */
  private readonly unpaired = new Map<Peer, ReturnType<typeof setTimeout>>();
  /** Address → when it obtained its recent codes. */
  private readonly issued = new Map<string, number[]>();

  constructor(private readonly deps: PairingDeps) {
    this.limits = { ...PAIRING_LIMITS, ...deps.limits };
  }

  /** An unpaired socket connected: it has the grace period to ask for a code. */
  arrived(peer: Peer): void {
    const timer = setTimeout(() => {
      this.unpaired.delete(peer);
      if (!this.codeOf(peer)) peer.disconnect();
    }, this.limits.unpairedGraceMs);
    timer.unref?.();
    this.unpaired.set(peer, timer);
  }

  /** A socket went away: its waiting code is withdrawn. */
  left(peer: Peer): void {
    const timer = this.unpaired.get(peer);
    if (timer) clearTimeout(timer);
    this.unpaired.delete(peer);
    for (const [requestId, waiting] of this.waiting)
      if (waiting === peer) {
        this.waiting.delete(requestId);
        if (this.deps.records.get('pairingRequest', requestId))
          this.deps.write((w) => w.del('pairingRequest', requestId));
      }
  }

  async request(
    peer: Peer,
    role: StationRole | undefined,
    loopback: boolean,
    credentials?: { username: string; password: string; name?: string },
  ): Promise<PairingReply> {
    const address = peer.session.address;
    if (credentials) {
      const check = await this.deps.credentials.staff({
        username: credentials.username,
        password: credentials.password,
        stationId: '',
        address,
      });
      // Settled at once, with nothing awaited in between: the limits and the account as they are now.
      const outcome = this.deps.credentials.settleStaff(check, this.deps.clock());
      if (!outcome.ok) {
        outcome.recordFailure?.();
        return { ok: false, error: outcome.error };
      }
      if (!role) return { ok: false, error: appError('invalid_args', { field: 'role' }) };
      return { ok: true, ...this.pairAtOnce(role, credentials.name?.trim().slice(0, 40) || undefined) };
    }
    if (this.deps.autoPairLoopback && loopback && role) return { ok: true, ...this.pairAtOnce(role) };

    const existing = this.codeOf(peer);
    if (existing) return { ok: true, code: existing.code, expiresAt: existing.expiresAt };
    const now = this.deps.clock();
    const recent = (this.issued.get(address) ?? []).filter((at) => at > now - 60_000);
    if (recent.length >= this.limits.codesPerAddressPerMinute || this.waiting.size >= this.limits.maxLiveCodes) {
      this.issued.set(address, recent);
      return { ok: false, error: appError('rate_limited') };
    }
    recent.push(now);
    this.issued.set(address, recent);

    let code = newPairingCode();
    while (this.deps.records.list('pairingRequest', 'code = ?', code).length) code = newPairingCode();
    const id = newId();
    let expiresAt = 0;
    this.deps.write((w) => {
      expiresAt = w.now + this.limits.codeTtlMs;
      w.put('pairingRequest', { id, code, address, requestedRole: role ?? null, requestedAt: w.now, expiresAt });
    });
    this.waiting.set(id, peer);
    return { ok: true, code, expiresAt };
  }

  /** Staff approved a code (station.approve, after commit): hand the token to the station showing it. */
  approved(requestId: string, info: { token: string; stationId: string; role: StationRole; name: string }): void {
    const peer = this.waiting.get(requestId);
    this.waiting.delete(requestId);
    peer?.send.paired(info);
  }

  /** Drop expired codes (and the sockets that showed them) and forget old rate-limit entries. */
  sweep(): void {
    const now = this.deps.clock();
    const stale = this.deps.records.list('pairingRequest', 'expires_at <= ?', now);
    if (stale.length)
      this.deps.write((w) => {
        for (const r of stale) w.del('pairingRequest', r.id);
      });
    for (const r of stale) {
      const peer = this.waiting.get(r.id);
      this.waiting.delete(r.id);
      peer?.disconnect();
    }
    for (const [address, times] of this.issued) if (!times.some((at) => at > now - 60_000)) this.issued.delete(address);
  }

  private codeOf(peer: Peer): { code: string; expiresAt: number } | null {
    for (const [requestId, waiting] of this.waiting)
      if (waiting === peer) {
        const existing = this.deps.records.get('pairingRequest', requestId);
        if (existing && existing.expiresAt > this.deps.clock()) return existing;
      }
    return null;
  }

  /** A station paired without a code: a new token, a new station record. */
  private pairAtOnce(
    role: StationRole,
    givenName?: string,
  ): { token: string; stationId: string; role: StationRole; name: string } {
    const token = newToken();
    const stationId = newId();
    const count = this.deps.records.list('station', 'role = ?', role).length + 1;
    const name = givenName ?? `${DEMO_NAMES[role]} ${count}`;
    this.deps.write((w) => {
      w.put('station', {
        id: stationId,
        name,
        role,
        pairedAt: w.now,
        revoked: false,
        display: role === 'display' ? DEFAULT_DISPLAY_CONFIG : null,
      });
      this.deps.records.setColumn('station', stationId, 'token_hash', tokenHash(token));
    });
    return { token, stationId, role, name };
  }
}
