// A big on-screen number pad (phone numbers, PINs, years, pay). Shows what was typed in large digits, optionally
// masked (PIN), grouped 3-4-4 for phone numbers so people can check them against their own phone.
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

export interface NumberPadProps {
  label: string;
  value: string;
  onChange(next: string): void;
  maxLength: number;
  mask?: boolean;
  grouping?: 'phone';
  error?: string | null;
  id?: string;
}

function display(value: string, mask: boolean, grouping?: 'phone'): string {
  const shown = mask ? '●'.repeat(value.length) : value;
  if (grouping !== 'phone' || mask) return shown;
  return [shown.slice(0, 3), shown.slice(3, 7), shown.slice(7)].filter(Boolean).join(' ');
}

export function NumberPad({
  label,
  value,
  onChange,
  maxLength,
  mask = false,
  grouping,
  error,
  id = 'pad',
}: NumberPadProps) {
  const { t } = useTranslation();
  const press = (d: string) => {
    if (value.length < maxLength) onChange(value + d);
  };
  return (
    <div className="numpad">
      <div className="numpad-field" aria-live="polite">
        <span className="numpad-label" id={`${id}-label`}>
          {label}
        </span>
        <output className="numpad-value" aria-labelledby={`${id}-label`} data-testid={`${id}-value`}>
          {display(value, mask, grouping) || '\u00a0'}
        </output>
      </div>
      {error && (
        <p className="field-error" role="alert" data-testid={`${id}-error`}>
          <Icon name="warn" /> {error}
        </p>
      )}
      {/* A PIN's digits are never read aloud: the hall would hear them. */}
      <div className="numpad-keys" data-no-readout={mask ? '' : undefined}>
        {['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => (
          <button key={d} type="button" className="key" aria-label={t('pad.digit', { d })} onClick={() => press(d)}>
            {d}
          </button>
        ))}
        <button type="button" className="key key-aux" onClick={() => onChange('')}>
          {t('pad.clear')}
        </button>
        <button type="button" className="key" aria-label={t('pad.digit', { d: '0' })} onClick={() => press('0')}>
          0
        </button>
        <button type="button" className="key key-aux" onClick={() => onChange(value.slice(0, -1))}>
          <Icon name="backspace" /> {t('pad.delete')}
        </button>
      </div>
    </div>
  );
}
