// "I'm interested": a phone number on the number pad creates an application for staff to follow up. It is queued
// durably, so a dropped network still keeps the promise ("saved, it will be sent").
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useScreenText, useSession } from '../kioskContext';
import { NumberPad } from '../NumberPad';
import { Icon } from '../Icon';
import { checkPhone, fieldMessage } from '../fieldCheck';

export function Apply({ postingId }: { postingId: string }) {
  const { t } = useTranslation();
  const { client, go, sayNow, lang } = useSession();
  const [phone, setPhone] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useScreenText(t('apply.say'));

  const change = (next: string) => {
    setPhone(next);
    const e = checkPhone(next, false);
    const msg = e ? fieldMessage(e, lang) : null;
    if (msg && msg !== error) sayNow(msg);
    setError(msg);
  };
  const submit = async () => {
    const e = checkPhone(phone, true);
    if (e) {
      setError(fieldMessage(e, lang));
      sayNow(fieldMessage(e, lang));
      return;
    }
    setBusy(true);
    const reply = await client.send('application.create', { postingId, phone, source: 'kiosk' }, { queue: true });
    setBusy(false);
    if (reply.ok === 'queued') go({ name: 'applied', queued: true });
    else if (reply.ok) go({ name: 'applied', queued: false });
    else {
      setError(reply.error.message[lang]);
      sayNow(reply.error.message[lang]);
    }
  };
  return (
    <section>
      <h1>{t('apply.title')}</h1>
      <NumberPad
        id="apply-phone"
        label={t('apply.label')}
        value={phone}
        onChange={change}
        maxLength={11}
        grouping="phone"
        error={error}
      />
      <button
        type="button"
        className="primary wide-button"
        disabled={busy || phone.length !== 11}
        onClick={() => void submit()}
        data-testid="apply-submit"
      >
        <Icon name="check" /> {t('apply.submit')}
      </button>
    </section>
  );
}

export function Done({ message, say, children }: { message: string; say: string; children?: ReactNode }) {
  const { sayNow } = useSession();
  useScreenText(say);
  // Confirmations are always spoken once: "it is saved" must reach people who read little.
  useEffect(() => sayNow(say), [say, sayNow]);
  return (
    <section className="done">
      <p className="done-icon">
        <Icon name="done" />
      </p>
      <p className="done-message" role="status" data-testid="done-message">
        {message}
      </p>
      {children}
    </section>
  );
}
