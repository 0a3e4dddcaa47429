// Staff sign-in and accounts. Passwords are scrypt hashes in a column that never leaves the hub; hashing and the
// credential check run in each command's prepare step, off the event loop.
import type { Handlers, Preparers } from './context';
import { HubError, mustGet } from './context';
import { hashSecretAsync, newId, newToken } from '../secrets';
import { appError, fieldError } from '../../../shared/errors';

export const staffPreparers: Pick<Preparers, 'staff.signIn' | 'staff.create' | 'staff.setPassword'> = {
  'staff.signIn': async (ctx, { username, password, newPassword }) => {
    const { stationId, address } = ctx.session;
    const check = await ctx.credentials.staff({ username, password, stationId, address });
    // A one-time password's replacement is hashed here too, and only when it can be used (the password matched).
    const usable = !check.blocked && check.matches && !!newPassword && newPassword !== password;
    return { check, newHash: usable ? await hashSecretAsync(newPassword) : null };
  },
  'staff.create': async (_ctx, { password }) => ({ hash: await hashSecretAsync(password) }),
  'staff.setPassword': async (_ctx, { password }) => ({ hash: await hashSecretAsync(password) }),
};

export const staffHandlers: Pick<
  Handlers,
  'staff.signIn' | 'staff.signOut' | 'staff.create' | 'staff.update' | 'staff.setPassword'
> = {
  'staff.signIn'(ctx, { password, newPassword }, { check, newHash }) {
    // The limits and the account are read again here, in the transaction (auth/credentials.ts).
    const outcome = ctx.services.credentials.settleStaff(check, ctx.now);
    if (!outcome.ok) throw new HubError(outcome.error, { keep: outcome.recordFailure });
    const user = outcome.user;
    if (outcome.mustChangePassword) {
      // A one-time password (first start, command-line reset) opens nothing until it is replaced.
      if (!newPassword) throw new HubError(appError('password_change_required', { field: 'newPassword' }));
      if (newPassword === password) throw new HubError(fieldError('newPassword', 'newPasswordSameAsOneTime'));
      if (!newHash) throw new HubError(appError('internal'));
      ctx.records.setColumn('staffUser', user.id, 'password_hash', newHash);
      ctx.records.setColumn('staffUser', user.id, 'must_change_password', 0);
      // staff.signIn is not logged, but a password change is a staff write: audit it as one.
      ctx.records.db
        .prepare(
          `INSERT INTO audit (at, user_id, station_id, command, summary, args, ref) VALUES (?, ?, ?, 'staff.setPassword', ?, '{}', ?)`,
        )
        .run(ctx.now, user.id, ctx.session.stationId, `${user.username}: one-time password replaced`, user.id);
    }
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
    // An admin setting someone else's password hands it over in person: that user replaces it at first sign-in.
    ctx.records.setColumn('staffUser', id, 'must_change_password', id === ctx.session.user?.id ? 0 : 1);
    ctx.summary = user.username;
    return null;
  },
};
