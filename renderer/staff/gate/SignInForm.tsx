// Staff sign-in. Used on its own before the console opens, and as an overlay when the hub connection was lost
// and the hub forgot the session (the console underneath keeps whatever the clerk was typing).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffUser } from '../../../shared/domain/entities';
import { COMMANDS } from '../../../shared/protocol/commands';
import type { Send } from '../context';
import { Field } from '../ui/Field';
import { FormMessage } from '../ui/FormMessage';
import { checkWith, fromAppError, type FieldErrors } from '../lib/formErrors';

export function SignInForm({
  send,
  onSignedIn,
  username: knownUser = '',
}: {
  send: Send;
  onSignedIn: (user: StaffUser) => void;
  username?: string;
}) {
  const { t } = useTranslation();
  const [username, setUsername] = useState(knownUser);
  const [password, setPassword] = useState('');
  // Set once the hub says the password is a one-time one: the form then asks for the new password as well.
  const [mustChange, setMustChange] = useState(false);
  const [newPassword, setNewPassword] = useState('');
  const [newAgain, setNewAgain] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const input = mustChange ? { username, password, newPassword } : { username, password };
    const checked = checkWith(COMMANDS['staff.signIn'].args, input);
    if (!checked.ok) return setErrors(checked.errors);
    if (mustChange && newPassword !== newAgain)
      return setErrors({ newPasswordAgain: { zh: '两次输入的新密码不一致', en: 'The new passwords do not match' } });
    setBusy(true);
    const reply = await send('staff.signIn', checked.data);
    setBusy(false);
    if (!reply.ok) {
      if (reply.error.code === 'password_change_required') {
        setMustChange(true);
        return setErrors({});
      }
      if (!mustChange || reply.error.field !== 'newPassword') setPassword('');
      return setErrors(fromAppError(reply.error));
    }
    onSignedIn(reply.result.user);
  }
  return (
    <form className="form" onSubmit={submit} noValidate data-testid="sign-in">
      <Field id="signin-username" label={t('signIn.username')} path="username" errors={errors} wide>
        <input
          id="signin-username"
          value={username}
          autoComplete="username"
          autoFocus={!knownUser}
          onChange={(e) => setUsername(e.target.value)}
        />
      </Field>
      <Field id="signin-password" label={t('signIn.password')} path="password" errors={errors} wide>
        <input
          id="signin-password"
          type="password"
          value={password}
          autoComplete="current-password"
          autoFocus={!!knownUser}
          onChange={(e) => setPassword(e.target.value)}
        />
      </Field>
      {mustChange && (
        <>
          <p className="banner" data-testid="must-change-password">
            {t('signIn.mustChange')}
          </p>
          <Field id="signin-new" label={t('signIn.newPassword')} path="newPassword" errors={errors} wide>
            <input
              id="signin-new"
              type="password"
              value={newPassword}
              autoComplete="new-password"
              autoFocus
              onChange={(e) => setNewPassword(e.target.value)}
            />
          </Field>
          <Field
            id="signin-new-again"
            label={t('signIn.newPasswordAgain')}
            path="newPasswordAgain"
            errors={errors}
            wide
          >
            <input
              id="signin-new-again"
              type="password"
              value={newAgain}
              autoComplete="new-password"
              onChange={(e) => setNewAgain(e.target.value)}
            />
          </Field>
        </>
      )}
      <FormMessage errors={errors} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} data-testid="sign-in-submit">
          {t('signIn.submit')}
        </button>
      </div>
    </form>
  );
}
