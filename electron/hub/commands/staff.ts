// Staff sign-in and accounts. Passwords are scrypt hashes in a column that never leaves the hub.
import type { Handlers } from './context';
import { HubError, mustGet } from './context';
import { hashSecret, newId, newToken, verifySecret } from '../secrets';
import { appError } from '../../../shared/errors';

export const staffHandlers: Pick<
  Handlers,
  'staff.signIn' | 'staff.signOut' | 'staff.create' | 'staff.update' | 'staff.setPassword'
> = {
  'staff.signIn'(ctx, { username, password }) {
    const key = `signin:${ctx.session.stationId}`;
    if (ctx.services.tooManyAttempts(key)) throw new HubError(appError('rate_limited'));
    const user = ctx.records.list('staffUser', 'username = ?', username)[0];
    const hash = user ? ctx.records.column<string>('staffUser', user.id, 'password_hash') : undefined;
    if (!user || !user.active || !verifySecret(password, hash)) {
      ctx.services.recordFailure(key);
      throw new HubError(appError('bad_credentials'));
    }
    ctx.services.clearFailures(key);
    const session = ctx.session;
    const resume = newToken();
    ctx.services.afterCommit(() => {
      session.user = { id: user.id, role: user.role, username: user.username };
      session.signedIn = true;
      ctx.services.live.rememberSignIn(resume, session);
      ctx.services.live.resnapshot(session);
    });
    return { user, resume };
  },
  'staff.signOut'(ctx) {
    const session = ctx.session;
    ctx.services.afterCommit(() => {
      ctx.services.live.forgetSignIns(session.stationId);
      session.user = null;
      session.signedIn = false;
      ctx.services.live.resnapshot(session);
    });
    return null;
  },
  'staff.create'(ctx, { username, displayName, role, password }) {
    if (ctx.records.list('staffUser', 'username = ?', username).length) {
      throw new HubError(appError('invalid_args', { key: 'usernameTaken', field: 'username' }));
    }
    const id = newId();
    ctx.put('staffUser', { id, username, displayName, role, active: true });
    ctx.records.setColumn('staffUser', id, 'password_hash', hashSecret(password));
    ctx.summary = `${username} (${role})`;
    return { id };
  },
  'staff.update'(ctx, { id, ...patch }) {
    const user = mustGet(ctx, 'staffUser', id);
    if (id === ctx.session.user?.id && (patch.active === false || patch.role === 'clerk')) {
      throw new HubError(appError('invalid_args', { key: 'cannotDemoteSelf', field: 'role' }));
    }
    ctx.put('staffUser', { ...user, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) });
    ctx.summary = user.username;
    return null;
  },
  'staff.setPassword'(ctx, { id, password }) {
    // Anyone may change their own password; only an admin someone else's.
    if (id !== ctx.session.user?.id && ctx.session.user?.role !== 'admin') throw new HubError(appError('forbidden'));
    const user = mustGet(ctx, 'staffUser', id);
    ctx.records.setColumn('staffUser', id, 'password_hash', hashSecret(password));
    ctx.summary = user.username;
    return null;
  },
};
