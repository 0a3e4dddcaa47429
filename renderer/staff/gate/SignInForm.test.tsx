// The console side of the one-time admin password: when the hub says the password must be replaced, the form asks
// for a new one (twice) and sends it with the sign-in; nothing else is possible before.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { SignInForm } from './SignInForm';
import { renderConsole } from '../../../tests/helpers/console';
import { appError } from '../../../shared/errors';
import type { CommandReply } from '../../../shared/protocol/events';

function fill(id: string, value: string) {
  fireEvent.change(document.getElementById(id)!, { target: { value } });
}

describe('SignInForm with a one-time password', () => {
  it('asks for a new password and sends it with the sign-in', async () => {
    let signedIn = false;
    renderConsole(<SignInForm send={answer as never} onSignedIn={() => (signedIn = true)} />);
    fill('signin-username', 'admin');
    fill('signin-password', 'abcdefghjk');
    fireEvent.submit(screen.getByTestId('sign-in'));
    await waitFor(() => expect(screen.getByTestId('must-change-password')).toBeTruthy());
    expect(signedIn).toBe(false);
    fill('signin-new', 'desk-2026!');
    fill('signin-new-again', 'desk-2026?');
    fireEvent.submit(screen.getByTestId('sign-in'));
    await waitFor(() => expect(document.querySelector('[data-error-for="newPasswordAgain"]')).toBeTruthy());
    expect(calls).toHaveLength(1);
    fill('signin-new-again', 'desk-2026!');
    fireEvent.submit(screen.getByTestId('sign-in'));
    await waitFor(() => expect(signedIn).toBe(true));
    expect(calls.at(-1)).toEqual({ username: 'admin', password: 'abcdefghjk', newPassword: 'desk-2026!' });
  });
});

const calls: unknown[] = [];
/** The hub's answers: a one-time password until a new one comes with it. */
async function answer(name: string, args: { newPassword?: string }): Promise<CommandReply> {
  calls.push(args);
  if (name !== 'staff.signIn') return { ok: false, error: appError('forbidden') };
  if (!args.newPassword) return { ok: false, error: appError('password_change_required', { field: 'newPassword' }) };
  return {
    ok: true,
    result: {
      user: {
        id: 'u1',
        version: 1,
        updatedAt: 0,
        username: 'admin',
        displayName: '管理员',
        role: 'admin',
        active: true,
      },
      resume: 'r',
    },
  } as CommandReply;
}
