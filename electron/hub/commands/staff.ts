// Staff sign-in and accounts. Passwords are scrypt hashes in a column that never leaves the hub.
import type { Handlers } from './context';
import { HubError, mustGet } from './context';
import { hashSecret, newId, newToken } from '../secrets';
import { appError, fieldError } from '../../../shared/errors';
import { checkStaffCredentials } from '../auth/credentials';

export const staffHandlers: Pick<
  Handlers,
  'staff.signIn' | 'staff.signOut' | 'staff.create' | 'staff.update' | 'staff.setPassword'
> = {
  'staff.signIn'(ctx, { username, password, newPassword }) {
    const checked = checkStaffCredentials(
      { records: ctx.records, attempts: ctx.services.attempts, now: ctx.now },
      { username, password, stationId: ctx.session.stationId, address: ctx.session.address },
    );
    if (!checked.ok) throw new HubError(checked.error, { keep: checked.recordFailure });
    const user = checked.user;
    if (checked.mustChangePassword) {
      // A one-time password (first start, command-line reset) opens nothing until it is replaced.
      if (!newPassword) throw new HubError(appError('password_change_required', { field: 'newPassword' }));
      if (newPassword === password) throw new HubError(fieldError('newPassword', 'newPasswordSameAsOneTime'));
      ctx.records.setColumn('staffUser', user.id, 'password_hash', hashSecret(newPassword));
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
    // An admin setting someone else's password hands it over in person: that user replaces it at first sign-in.
    ctx.records.setColumn('staffUser', id, 'must_change_password', id === ctx.session.user?.id ? 0 : 1);
    ctx.summary = user.username;
    return null;
  },
};
