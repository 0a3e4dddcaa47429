// Who is around: each station's latest health (heartbeats, online/offline, shown on the console) and the staff
// sign-ins a reconnecting console may resume. Both are memory only: a hub restart forgets them, and a console
// then asks for the password again.
import type { StationHealth } from '../../shared/domain/entities';
import type { Session } from './commands/context';
import type { Records } from './store/records';
import type { Broadcaster } from './broadcast';
import type { SessionRegistry } from './sessions';

/** How long a console's sign-in survives without a sign-out (the console's own idle timeout is shorter). */
export const SIGN_IN_RESUME_MS = 8 * 3600_000;

export class HealthBoard {
  private readonly health = new Map<string, StationHealth>();

  constructor(
    private readonly sessions: SessionRegistry,
    private readonly broadcaster: Broadcaster,
    private readonly clock: () => number,
  ) {}

  list(): StationHealth[] {
    return [...this.health.values()];
  }

  online(stationId: string): void {
    this.set({ ...this.health.get(stationId), stationId, online: true, at: this.clock() });
  }

  /** A peer left: the station is offline unless another of its peers is still connected. */
  left(stationId: string): void {
    const known = this.health.get(stationId);
    if (!stationId || !known || this.sessions.isOnline(stationId)) return;
    this.set({ ...known, online: false, at: this.clock() });
  }

  heartbeat(session: Session, h: Omit<StationHealth, 'stationId' | 'online' | 'at'>): void {
    this.set({
      ...this.health.get(session.stationId),
      ...h,
      stationId: session.stationId,
      online: true,
      at: this.clock(),
    });
  }

  forget(stationId: string): void {
    this.health.delete(stationId);
  }

  private set(health: StationHealth): void {
    this.health.set(health.stationId, health);
    this.broadcaster.health(health);
  }
}

export class SignInResume {
  private readonly entries = new Map<string, { userId: string; stationId: string; expiresAt: number }>();

  constructor(
    private readonly records: Records,
    private readonly clock: () => number,
    private readonly ttlMs = SIGN_IN_RESUME_MS,
  ) {}

  remember(resume: string, session: Session): void {
    if (!session.user) return;
    this.entries.set(resume, {
      userId: session.user.id,
      stationId: session.stationId,
      expiresAt: this.clock() + this.ttlMs,
    });
  }

  forgetStation(stationId: string): void {
    for (const [k, v] of this.entries) if (v.stationId === stationId) this.entries.delete(k);
  }

  forgetUser(userId: string): void {
    for (const [k, v] of this.entries) if (v.userId === userId) this.entries.delete(k);
  }

  /** A staff station reconnecting with its resume token gets its signed-in user back (if still active). */
  resume(token: string, session: Session): void {
    const entry = this.entries.get(token);
    if (!entry || entry.stationId !== session.stationId || entry.expiresAt <= this.clock()) return;
    const user = this.records.get('staffUser', entry.userId);
    if (!user?.active) return;
    session.user = { id: user.id, role: user.role, username: user.username };
    session.signedIn = true;
  }

  /** Drop expired entries, so memory stays bounded however many sign-ins a long-running hub sees. */
  sweep(): void {
    const now = this.clock();
    for (const [k, v] of this.entries) if (v.expiresAt <= now) this.entries.delete(k);
  }
}
