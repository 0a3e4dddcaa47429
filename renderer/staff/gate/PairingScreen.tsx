// An unpaired console: the pairing code to approve from another console, or — for the first console on the
// hub PC — pair at once by signing in with a staff account.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StationClient } from '../../../shared/station/client';
import { Field } from '../ui/Field';
import { FormMessage } from '../ui/FormMessage';
import { fromAppError, type FieldErrors } from '../lib/formErrors';
import { say } from '../../../shared/errors';
import { LanguageSwitch } from '../ui/LanguageSwitch';

export function PairingScreen({ client, code }: { client: StationClient; code: string | null }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const missing: FieldErrors = {};
    if (!username.trim()) missing.username = say('required', {}, 'username');
    if (!password) missing.password = say('required', {}, 'password');
    if (Object.keys(missing).length) return setErrors(missing);
    setBusy(true);
    const reply = await client.pairWithCredentials(username.trim(), password, name.trim() || t('pair.defaultName'));
    setBusy(false);
    setErrors(reply.ok ? {} : fromAppError(reply.error));
  }
  return (
    <main className="gate" data-testid="pairing">
      <div className="gate-top">
        <LanguageSwitch />
      </div>
      <h1>{t('app.title')}</h1>
      <div className="gate-columns">
        <section className="gate-card">
          <h2>{t('pairing.title')}</h2>
          <div className="pairing-code" data-testid="pairing-code">
            {code ?? '······'}
          </div>
          <p className="muted">{t('pairing.hint')}</p>
        </section>
        <section className="gate-card">
          <h2>{t('pair.withCredentials')}</h2>
          <p className="muted">{t('pair.withCredentialsHint')}</p>
          <form className="form" onSubmit={submit} noValidate data-testid="pair-form">
            <Field id="pair-username" label={t('signIn.username')} path="username" errors={errors} wide>
              <input
                id="pair-username"
                value={username}
                autoComplete="username"
                onChange={(e) => setUsername(e.target.value)}
                autoFocus
              />
            </Field>
            <Field id="pair-password" label={t('signIn.password')} path="password" errors={errors} wide>
              <input
                id="pair-password"
                type="password"
                value={password}
                autoComplete="current-password"
                onChange={(e) => setPassword(e.target.value)}
              />
            </Field>
            <Field id="pair-name" label={t('pair.stationName')} path="name" errors={errors} wide>
              <input
                id="pair-name"
                value={name}
                placeholder={t('pair.defaultName')}
                onChange={(e) => setName(e.target.value)}
              />
            </Field>
            <FormMessage errors={errors} />
            <div className="actions">
              <button type="submit" className="primary" disabled={busy}>
                {t('pair.submit')}
              </button>
            </div>
          </form>
        </section>
      </div>
    </main>
  );
}
