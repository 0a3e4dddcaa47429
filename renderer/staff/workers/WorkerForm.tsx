// Register a worker on their behalf (all kiosk fields plus the resident ID number) or edit one. The ID number
// fills in birth year and gender; a disagreement is shown at the field before anything is sent.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AVAILABILITY_SLOTS, CERTIFICATES, GENDERS, JOB_TYPES, PAY_UNITS } from '../../../shared/domain/enums';
import { TRADES } from '../../../shared/domain/trades';
import { JobTypeIcon, TradeIcon } from '../../../web/pictograms/icons';
import type { Worker } from '../../../shared/domain/entities';
import { checkResidentId } from '../../../shared/validate/residentId';
import { useConsole } from '../context';
import { districtOptions } from '../lib/districtOptions';
import { enterSubmits } from '../ui/enterSubmits';
import { ChoiceGroup, ErrorText, Field } from '../ui/Field';
import { FormMessage } from '../ui/FormMessage';
import { ConflictPanel, diffRows } from '../ui/ConflictPanel';
import { displayValue, langOf } from '../lib/labels';
import { fromAppError } from '../lib/formErrors';
import { useRecordForm } from '../lib/useRecordForm';
import { EMPTY_WORKER, checkWorker, workerValues, type WorkerValues } from './workerFormModel';

const DIFF_KEYS = [
  'name',
  'phone',
  'idNumber',
  'gender',
  'birthYear',
  'experienceYears',
  'payAmount',
  'trades',
  'districts',
] as const;

export function WorkerForm({ worker, onSaved }: { worker?: Worker; onSaved: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const { send, now, state } = useConsole();
  const form = useRecordForm(worker, workerValues, EMPTY_WORKER);
  const { v, set, errors, setErrors, conflict, saved, setSaved } = form;
  const [busy, setBusy] = useState(false);
  const id = (k: string) => `worker-${k}`;
  const idInfo = v.idNumber.length === 18 ? checkResidentId(v.idNumber) : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    const checked = checkWorker(v, { creating: !worker, now: now() });
    if (!checked.ok) return setErrors(checked.errors);
    setBusy(true);
    let savedId = worker?.id;
    if (worker) {
      const { consent: _c, pin: _p, ...patch } = checked.data;
      const reply = await send('worker.update', { id: worker.id, baseVersion: form.baseVersion, patch });
      setBusy(false);
      if (!reply.ok) {
        if (reply.error.code === 'conflict' && reply.error.current) form.onConflict(reply.error.current as Worker);
        return setErrors(fromAppError(reply.error));
      }
      form.savedAs(v, t('ui.saved'));
    } else {
      const reply = await send('worker.register', checked.data);
      setBusy(false);
      if (!reply.ok) return setErrors(fromAppError(reply.error));
      savedId = reply.result.workerId;
      form.savedAs(EMPTY_WORKER, t('ui.saved'), EMPTY_WORKER);
    }
    onSaved(savedId!);
  }

  const labels = Object.fromEntries(DIFF_KEYS.map((k) => [k, t(`worker.${k}`)]));
  const show = (k: string, x: unknown) => displayValue(k, x, t, lang);
  return (
    <form className="form" onSubmit={submit} noValidate data-testid="worker-form" onKeyDown={enterSubmits}>
      {conflict && (
        <ConflictPanel
          rows={diffRows(
            labels,
            v as unknown as Record<string, unknown>,
            workerValues(conflict) as unknown as Record<string, unknown>,
            show,
          )}
          onKeepMine={form.keepMine}
          onUseCurrent={form.useCurrent}
        />
      )}
      <div className="grid">
        <Field id={id('name')} label={t('worker.name')} path="name" errors={errors}>
          <input id={id('name')} value={v.name} onChange={(e) => set('name', e.target.value)} autoFocus={!worker} />
        </Field>
        <Field id={id('phone')} label={t('worker.phone')} path="phone" errors={errors}>
          <input
            id={id('phone')}
            value={v.phone}
            inputMode="numeric"
            maxLength={11}
            onChange={(e) => set('phone', e.target.value)}
          />
        </Field>
        <Field
          id={id('idNumber')}
          label={t('worker.idNumber')}
          path="idNumber"
          errors={errors}
          hint={
            idInfo?.ok
              ? t('worker.idSays', { date: idInfo.birthDate, gender: t(`gender.${idInfo.gender}`) })
              : undefined
          }
        >
          <input
            id={id('idNumber')}
            value={v.idNumber}
            maxLength={18}
            className="mono"
            onChange={(e) => set('idNumber', e.target.value.toUpperCase())}
          />
        </Field>
        <Field id={id('gender')} label={t('worker.gender')} path="gender" errors={errors}>
          <select
            id={id('gender')}
            value={v.gender}
            onChange={(e) => set('gender', e.target.value as WorkerValues['gender'])}
          >
            <option value="">{t('worker.fromId')}</option>
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {t(`gender.${g}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('birthYear')} label={t('worker.birthYear')} path="birthYear" errors={errors}>
          <input
            id={id('birthYear')}
            value={v.birthYear}
            inputMode="numeric"
            maxLength={4}
            placeholder={t('worker.fromId')}
            onChange={(e) => set('birthYear', e.target.value)}
          />
        </Field>
        <Field id={id('experienceYears')} label={t('worker.experienceYears')} path="experienceYears" errors={errors}>
          <input
            id={id('experienceYears')}
            value={v.experienceYears}
            inputMode="numeric"
            onChange={(e) => set('experienceYears', e.target.value)}
          />
        </Field>
        <Field id={id('payAmount')} label={t('worker.expectedPay')} path="payAmount" errors={errors}>
          <span className="pair">
            <input
              id={id('payAmount')}
              value={v.payAmount}
              inputMode="numeric"
              onChange={(e) => set('payAmount', e.target.value)}
            />
            <select
              aria-label={t('posting.payUnit')}
              value={v.payUnit}
              onChange={(e) => set('payUnit', e.target.value as WorkerValues['payUnit'])}
            >
              {PAY_UNITS.map((u) => (
                <option key={u} value={u}>
                  {t(`payUnit.${u}`)}
                </option>
              ))}
            </select>
          </span>
        </Field>
        {!worker && (
          <Field id={id('pin')} label={t('worker.pin')} path="pin" errors={errors}>
            <input
              id={id('pin')}
              value={v.pin}
              inputMode="numeric"
              maxLength={6}
              onChange={(e) => set('pin', e.target.value)}
            />
          </Field>
        )}
        <label className="choice">
          <input type="checkbox" checked={v.nameIncomplete} onChange={(e) => set('nameIncomplete', e.target.checked)} />
          {t('worker.nameIncomplete')}
        </label>
        <ChoiceGroup
          name="trades"
          label={t('worker.trades')}
          path="trades"
          errors={errors}
          value={v.trades}
          options={TRADES.map((tr) => ({ value: tr.code, label: tr[lang], icon: <TradeIcon code={tr.code} /> }))}
          onChange={(next) => set('trades', next)}
        />
        <ChoiceGroup
          name="certificates"
          label={t('worker.certificates')}
          path="certificates"
          errors={errors}
          value={v.certificates}
          options={CERTIFICATES.map((c) => ({ value: c, label: t(`cert.${c}`) }))}
          onChange={(next) => set('certificates', next as WorkerValues['certificates'])}
        />
        <ChoiceGroup
          name="jobTypes"
          label={t('worker.jobTypes')}
          path="jobTypes"
          errors={errors}
          value={v.jobTypes}
          options={JOB_TYPES.map((j) => ({ value: j, label: t(`jobType.${j}`), icon: <JobTypeIcon type={j} /> }))}
          onChange={(next) => set('jobTypes', next as WorkerValues['jobTypes'])}
        />
        <ChoiceGroup
          name="availability"
          label={t('worker.availability')}
          path="availability"
          errors={errors}
          value={v.availability}
          options={AVAILABILITY_SLOTS.map((s) => ({ value: s, label: t(`availability.${s}`) }))}
          onChange={(next) => set('availability', next as WorkerValues['availability'])}
        />
        <ChoiceGroup
          name="districts"
          label={t('worker.districts')}
          path="districts"
          errors={errors}
          value={v.districts}
          options={districtOptions(state.records.site.get('site'), lang, v.districts)}
          onChange={(next) => set('districts', next)}
        />
        {!worker && (
          <div className="field wide consent" data-field="consent">
            <label className="choice">
              <input
                type="checkbox"
                id={id('consent')}
                checked={v.consent}
                onChange={(e) => set('consent', e.target.checked)}
              />
              {t('worker.consent')}
            </label>
            <ErrorText error={errors.consent} path="consent" />
          </div>
        )}
      </div>
      <FormMessage errors={errors} saved={saved} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} data-testid="worker-save">
          {worker ? t('ui.save') : t('worker.register')}
        </button>
      </div>
    </form>
  );
}
