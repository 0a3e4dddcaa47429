// An unpaired display shows its 6-digit pairing code big, for staff to enter at the front desk.
import { useTranslation } from 'react-i18next';

export function Pairing({ code, hub }: { code: string; hub: string }) {
  const { t } = useTranslation();
  return (
    <div className="pairing" data-testid="pairing">
      <div className="pairing-title">{t('pairing.title')}</div>
      <div className="pairing-label">{t('pairing.code')}</div>
      <div className="pairing-code" data-testid="pairing-code">
        {code.split('').map((d, i) => (
          <span key={i}>{d}</span>
        ))}
      </div>
      <div className="pairing-hint">{t('pairing.hint')}</div>
      <div className="pairing-url">{t('pairingHub', { url: hub })}</div>
    </div>
  );
}
