// Staff sign-in and accounts. Passwords are scrypt hashes in a column that never leaves the hub; hashing and the
// credential check run in each command's prepare step, off the event loop.
import type { Handlers, Preparers } from './context';
import { HubError, mustGet } from './context';
import { hashSecretAsync, newId, newToken } from '../secrets';
import { appError } from '../../../shared/errors';

export const staffPreparers: Pick<Preparers, 'staff.signIn' | 'staff.create' | 'staff.setPassword'> = {
  'staff.signIn': (ctx, { username, password }) =>
    ctx.credentials.staff({ username, password, from: `station:${ctx.session.stationId}` }),
  'staff.create': async (_ctx, { password }) => ({ hash: await hashSecretAsync(password) }),
  'staff.setPassword': async (_ctx, { password }) => ({ hash: await hashSecretAsync(password) }),
};

export const staffHandlers: Pick<
  Handlers,
  'staff.signIn' | 'staff.signOut' | 'staff.create' | 'staff.update' | 'staff.setPassword'
> = {
  'staff.signIn'(ctx, _args, check) {
    if (!check.ok) throw new HubError(check.error);
    const user = ctx.services.credentials.staffStillValid(check);
    if (!user) throw new HubError(appError('bad_credentials'));
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
  'staff.create'(ctx, { username, displayName, role }, { hash }) {
    if (ctx.records.list('staffUser', 'username = ?', username).length) {
      throw new HubError(appError('invalid_args', { key: 'usernameTaken', field: 'username' }));
    }
    const id = newId();
    ctx.put('staffUser', { id, username, displayName, role, active: true });
    ctx.records.setColumn('staffUser', id, 'password_hash', hash);
    ctx.summary = `${username} (${role})`;
    return { id };
  },
  'staff.update'(ctx, { id, ...patch }) {
    const user = mustGet(ctx, 'staffUser', id);
    if (id === ctx.session.user?.id && (patch.active === false || patch.role === 'clerk')) {
      throw new HubError(appError('invalid_args', { key: 'cannotDemoteSelf', field: 'role' }));
    }
    const next = { ...user, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
    ctx.put('staffUser', next);
    ctx.summary = user.username;
    // Powers follow the account at once: a deactivated or demoted user is signed out wherever they are.
    if (!next.active || next.role !== user.role) ctx.services.afterCommit(() => ctx.services.live.endSignIns(id));
    return null;
  },
  'staff.setPassword'(ctx, { id }, { hash }) {
    // Anyone may change their own password; only an admin someone else's.
    if (id !== ctx.session.user?.id && ctx.session.user?.role !== 'admin') throw new HubError(appError('forbidden'));
    const user = mustGet(ctx, 'staffUser', id);
    ctx.records.setColumn('staffUser', id, 'password_hash', hash);
    ctx.summary = user.username;
    return null;
  },
};
