// Errors that belong to no single field (e.g. "the employer has not been approved") and the "saved" tick.
import { useTranslation } from 'react-i18next';
import { ErrorText } from './Field';
import { FORM, type FieldErrors } from '../lib/formErrors';

export function FormMessage({ errors, saved }: { errors: FieldErrors; saved?: string | null }) {
  const { t } = useTranslation();
  const fieldCount = Object.keys(errors).filter((k) => k !== FORM).length;
  return (
    <div className="form-message" aria-live="polite">
      <ErrorText error={errors[FORM]} path={FORM} />
      {fieldCount > 0 && !errors[FORM] && (
        <p className="field-error" data-error-for={FORM}>
          {t('ui.fixFields', { count: fieldCount })}
        </p>
      )}
      {saved && !fieldCount && !errors[FORM] && (
        <p className="saved" data-testid="saved">
          {saved}
        </p>
      )}
    </div>
  );
}
