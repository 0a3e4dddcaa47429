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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = checkWith(COMMANDS['staff.signIn'].args, { username, password });
    if (!checked.ok) return setErrors(checked.errors);
    setBusy(true);
    const reply = await send('staff.signIn', checked.data);
    setBusy(false);
    if (!reply.ok) {
      setPassword('');
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
      <FormMessage errors={errors} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} data-testid="sign-in-submit">
          {t('signIn.submit')}
        </button>
      </div>
    </form>
  );
}
