import { describe, expect, it } from 'vitest';
import { resetAdminPassword } from '../../electron/hub/reset-admin';
import { TestStation, pairStation, startTestHub } from '../helpers/hub';

describe('admin password reset', () => {
  it('lets a locked-out site sign in again with the new password, and audits it', async () => {
    const first = await startTestHub();
    const token = await pairStation(first.url, 'staff');
    await first.close();
    const password = resetAdminPassword(first.dataDir);
    const hub = await startTestHub({}, first.dataDir);
    const staff = await new TestStation(hub.url, token).connect();
    const old = await staff.send('staff.signIn', { username: 'admin', password: 'test-admin-pw' });
    expect(old.ok).toBe(false);
    // A one-time password: it opens nothing until it is replaced.
    const once = await staff.send('staff.signIn', { username: 'admin', password });
    expect(!once.ok && once.error.code).toBe('password_change_required');
    await staff.ok('staff.signIn', { username: 'admin', password, newPassword: 'new-desk-password' });
    await staff.signIn('admin', 'new-desk-password');
    const audit = await staff.ok('audit.list', { limit: 5 });
    // Newest first: the one-time password replaced at sign-in, after the reset from the command line.
    expect(audit.items.slice(0, 2).map((i) => i.command)).toEqual(['staff.setPassword', 'admin.reset']);
    staff.close();
    await hub.destroy();
  });
});
