// Register or edit an employer: enterprise (credit code, legal representative) or household (householder ID).
// Edits carry the version they started from; a clash shows the current values instead of overwriting them.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Employer } from '../../../shared/domain/entities';
import { useConsole } from '../context';
import { districtOptions } from '../lib/districtOptions';
import { enterSubmits } from '../ui/enterSubmits';
import { Field } from '../ui/Field';
import { FormMessage } from '../ui/FormMessage';
import { ConflictPanel, diffRows } from '../ui/ConflictPanel';
import { displayValue, langOf } from '../lib/labels';
import { fromAppError } from '../lib/formErrors';
import { useRecordForm } from '../lib/useRecordForm';
import { EMPTY_EMPLOYER, checkEmployer, employerValues } from './employerFormModel';

const DIFF_KEYS = [
  'name',
  'creditCode',
  'legalRep',
  'householderId',
  'contactName',
  'contactPhone',
  'address',
  'district',
] as const;

export function EmployerForm({ employer, onSaved }: { employer?: Employer; onSaved: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const { send, state } = useConsole();
  const form = useRecordForm(employer, employerValues, EMPTY_EMPLOYER);
  const { v, set, errors, setErrors, conflict, saved } = form;
  const [busy, setBusy] = useState(false);
  const id = (k: string) => `employer-${k}`;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = checkEmployer(v);
    if (!checked.ok) return setErrors(checked.errors);
    setBusy(true);
    const reply = employer
      ? await send('employer.update', { id: employer.id, baseVersion: form.baseVersion, patch: checked.data })
      : await send('employer.create', checked.data);
    setBusy(false);
    if (!reply.ok) {
      if (reply.error.code === 'conflict' && reply.error.current) form.onConflict(reply.error.current as Employer);
      return setErrors(fromAppError(reply.error));
    }
    form.savedAs(v, t('ui.saved'), employer ? undefined : EMPTY_EMPLOYER);
    onSaved(employer ? employer.id : (reply.result as { id: string }).id);
  }

  const enterprise = v.kind === 'enterprise';
  const labels = Object.fromEntries(DIFF_KEYS.map((k) => [k, t(`employer.${k}`)]));
  return (
    <form className="form" onSubmit={submit} noValidate data-testid="employer-form" onKeyDown={enterSubmits}>
      {conflict && (
        <ConflictPanel
          rows={diffRows(
            labels,
            v as unknown as Record<string, unknown>,
            employerValues(conflict) as unknown as Record<string, unknown>,
            (k, x) => displayValue(k, x, t, lang),
          )}
          onKeepMine={form.keepMine}
          onUseCurrent={form.useCurrent}
        />
      )}
      <div className="grid">
        <Field id={id('kind')} label={t('employer.kind')} path="kind" errors={errors}>
          <select
            id={id('kind')}
            value={v.kind}
            onChange={(e) => set('kind', e.target.value as 'enterprise' | 'household')}
            disabled={!!employer}
          >
            <option value="enterprise">{t('employer.kinds.enterprise')}</option>
            <option value="household">{t('employer.kinds.household')}</option>
          </select>
        </Field>
        <Field
          id={id('name')}
          label={enterprise ? t('employer.name') : t('employer.householdName')}
          path="name"
          errors={errors}
        >
          <input id={id('name')} value={v.name} onChange={(e) => set('name', e.target.value)} autoFocus={!employer} />
        </Field>
        {enterprise ? (
          <>
            <Field id={id('creditCode')} label={t('employer.creditCode')} path="creditCode" errors={errors}>
              <input
                id={id('creditCode')}
                value={v.creditCode}
                maxLength={18}
                className="mono"
                onChange={(e) => set('creditCode', e.target.value.toUpperCase())}
              />
            </Field>
            <Field id={id('legalRep')} label={t('employer.legalRep')} path="legalRep" errors={errors}>
              <input id={id('legalRep')} value={v.legalRep} onChange={(e) => set('legalRep', e.target.value)} />
            </Field>
          </>
        ) : (
          <Field id={id('householderId')} label={t('employer.householderId')} path="householderId" errors={errors}>
            <input
              id={id('householderId')}
              value={v.householderId}
              maxLength={18}
              className="mono"
              onChange={(e) => set('householderId', e.target.value.toUpperCase())}
            />
          </Field>
        )}
        <Field id={id('contactName')} label={t('employer.contactName')} path="contactName" errors={errors}>
          <input id={id('contactName')} value={v.contactName} onChange={(e) => set('contactName', e.target.value)} />
        </Field>
        <Field id={id('contactPhone')} label={t('employer.contactPhone')} path="contactPhone" errors={errors}>
          <input
            id={id('contactPhone')}
            value={v.contactPhone}
            inputMode="numeric"
            maxLength={11}
            onChange={(e) => set('contactPhone', e.target.value)}
          />
        </Field>
        <Field id={id('district')} label={t('employer.district')} path="district" errors={errors}>
          <select id={id('district')} value={v.district} onChange={(e) => set('district', e.target.value)}>
            <option value="">{t('ui.choose')}</option>
            {districtOptions(state.records.site.get('site'), lang, v.district).map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('address')} label={t('employer.address')} path="address" errors={errors} wide>
          <input id={id('address')} value={v.address} onChange={(e) => set('address', e.target.value)} />
        </Field>
      </div>
      <FormMessage errors={errors} saved={saved} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {employer ? t('ui.save') : t('employer.register')}
        </button>
      </div>
    </form>
  );
}
