// "Still there?": full screen, one big button, a visible countdown. Any touch also counts as "still here".
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../kioskContext';

export function IdleWarning({ seconds, onContinue }: { seconds: number; onContinue(): void }) {
  const { t } = useTranslation();
  const { sayNow } = useSession();
  useEffect(() => sayNow(t('idle.say')), [sayNow, t]);
  return (
    <div
      className="idle-overlay"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="idle-title"
      aria-describedby="idle-body"
      data-testid="idle-warning"
    >
      <h1 id="idle-title">{t('idle.title')}</h1>
      <p id="idle-body" className="lead">
        {t('idle.body', { seconds })}
      </p>
      <p className="countdown" aria-hidden="true">
        {seconds}
      </p>
      <button type="button" className="primary wide-button huge" onClick={onContinue} autoFocus>
        {t('idle.continue')}
      </button>
    </div>
  );
}
