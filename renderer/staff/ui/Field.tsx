// Form building blocks: a label, the control, and the field's error in the clerk's language right under it.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../shared/errors';
import { langOf } from '../lib/labels';
import type { FieldErrors } from '../lib/formErrors';

export function ErrorText({ error, path }: { error: Bilingual | undefined; path: string }) {
  const { i18n } = useTranslation();
  if (!error) return null;
  return (
    <p className="field-error" role="alert" data-error-for={path}>
      {error[langOf(i18n.language)]}
    </p>
  );
}

export function Field({
  id,
  label,
  path,
  errors,
  children,
  wide,
  hint,
}: {
  id: string;
  label: string;
  path: string;
  errors: FieldErrors;
  children: ReactNode;
  wide?: boolean;
  hint?: ReactNode;
}) {
  return (
    <div className={`field${wide ? ' wide' : ''}${errors[path] ? ' invalid' : ''}`} data-field={path}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && <div className="field-hint">{hint}</div>}
      <ErrorText error={errors[path]} path={path} />
    </div>
  );
}

/** A row of checkboxes for a multi-choice field (trades, certificates, slots). */
export function ChoiceGroup({
  name,
  label,
  options,
  value,
  onChange,
  path,
  errors,
}: {
  name: string;
  label: string;
  /** `icon`: a pictogram beside the word (trades, job types), decorative. */
  options: readonly { value: string; label: string; icon?: ReactNode }[];
  value: readonly string[];
  onChange: (next: string[]) => void;
  path: string;
  errors: FieldErrors;
}) {
  return (
    <fieldset className={`field wide choices${errors[path] ? ' invalid' : ''}`} data-field={path}>
      <legend>{label}</legend>
      <div className="choice-list">
        {options.map((o) => (
          <label key={o.value} className="choice">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              checked={value.includes(o.value)}
              onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
            />
            {o.icon}
            {o.label}
          </label>
        ))}
      </div>
      <ErrorText error={errors[path]} path={path} />
    </fieldset>
  );
}
