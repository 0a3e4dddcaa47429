// The employer's job form. "Save draft" or "Save and publish"; a clear warning when pay is below the local
// minimum wage; field errors in the clerk's language; edits guarded against overwriting someone else's.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CERTIFICATES, JOB_TYPES, PAY_UNITS, SETTLEMENTS } from '../../../shared/domain/enums';
import { TRADES } from '../../../shared/domain/trades';
import type { Employer, Posting } from '../../../shared/domain/entities';
import { belowMinimumWage, formatPay } from '../../../shared/domain/pay';
import { useConsole, useHallZone } from '../context';
import { districtOptions } from '../lib/districtOptions';
import { enterSubmits } from '../ui/enterSubmits';
import { ChoiceGroup, Field } from '../ui/Field';
import { FormMessage } from '../ui/FormMessage';
import { ConflictPanel, diffRows } from '../ui/ConflictPanel';
import { displayValue, langOf } from '../lib/labels';
import { hallDate } from '../../../shared/rules/hallTime';
import { fromAppError } from '../lib/formErrors';
import { useRecordForm } from '../lib/useRecordForm';
import { checkPosting, emptyPosting, postingValues, remap, type PostingValues } from './postingFormModel';

const DIFF_KEYS = [
  'title',
  'trade',
  'headcount',
  'jobType',
  'payAmount',
  'payUnit',
  'settlement',
  'district',
  'address',
  'startDate',
  'endDate',
  'hoursFrom',
  'hoursTo',
  'minExperienceYears',
  'requirementNote',
  'description',
] as const;

export function PostingForm({
  posting,
  employerId,
  onSaved,
}: {
  posting?: Posting;
  employerId?: string;
  onSaved: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const { send, state, now } = useConsole();
  const site = state.records.site.get('site');
  const zone = useHallZone();
  const form = useRecordForm(
    posting,
    postingValues,
    emptyPosting(employerId ?? '', hallDate(now(), zone), site?.district ?? undefined),
  );
  const { v, set, errors, setErrors, conflict, saved, setSaved } = form;
  const [busy, setBusy] = useState(false);
  const id = (k: string) => `posting-${k}`;
  const employers = [...state.records.employer.values()].filter((e: Employer) => !e.blocked || e.id === v.employerId);
  const employer = state.records.employer.get(v.employerId);
  const amount = Number(v.payAmount);
  const minWage = site?.minHourlyWage ?? null;
  const lowPay = minWage !== null && amount > 0 && belowMinimumWage({ amount, unit: v.payUnit }, minWage);

  async function save(publish: boolean) {
    setSaved(null);
    const checked = checkPosting(v);
    if (!checked.ok) return setErrors(checked.errors);
    setBusy(true);
    let savedId = posting?.id;
    if (posting) {
      const { employerId: _fixed, ...patch } = checked.data;
      const reply = await send('posting.update', { id: posting.id, baseVersion: form.baseVersion, patch });
      if (!reply.ok) {
        setBusy(false);
        if (reply.error.code === 'conflict' && reply.error.current) form.onConflict(reply.error.current as Posting);
        return setErrors(remap(fromAppError(reply.error)));
      }
      form.savedAs(v, t('ui.saved'));
      if (publish && posting.status !== 'published') {
        const pub = await send('posting.publish', { id: posting.id });
        if (!pub.ok) {
          setBusy(false);
          return setErrors(remap(fromAppError(pub.error)));
        }
      }
    } else {
      const reply = await send('posting.create', { ...checked.data, publish });
      if (!reply.ok) {
        setBusy(false);
        return setErrors(remap(fromAppError(reply.error)));
      }
      savedId = reply.result.id;
    }
    setBusy(false);
    if (posting) setSaved(publish ? t('posting.publishedOk') : t('ui.saved'));
    else form.savedAs(v, publish ? t('posting.publishedOk') : t('ui.saved'));
    onSaved(savedId!);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    // Enter saves without publishing: publishing is always a deliberate click (or Ctrl+Enter).
    void save(false);
  }

  const labels = Object.fromEntries(DIFF_KEYS.map((k) => [k, t(`posting.${k}`)]));
  return (
    <form
      className="form"
      onSubmit={submit}
      noValidate
      data-testid="posting-form"
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.ctrlKey) {
          e.preventDefault();
          void save(true);
        } else enterSubmits(e);
      }}
    >
      {conflict && (
        <ConflictPanel
          rows={diffRows(
            labels,
            v as unknown as Record<string, unknown>,
            postingValues(conflict) as unknown as Record<string, unknown>,
            (k, x) => displayValue(k, x, t, lang),
          )}
          onKeepMine={form.keepMine}
          onUseCurrent={form.useCurrent}
        />
      )}
      <div className="grid">
        <Field id={id('employerId')} label={t('posting.employer')} path="employerId" errors={errors} wide>
          <select
            id={id('employerId')}
            value={v.employerId}
            onChange={(e) => set('employerId', e.target.value)}
            disabled={!!posting}
          >
            <option value="">{t('ui.choose')}</option>
            {employers.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name} · {t(`vetting.status.${e.vetting}`)}
              </option>
            ))}
          </select>
        </Field>
        {employer && employer.vetting !== 'approved' && (
          <p className="banner warn wide" data-testid="unvetted-warning">
            {t('posting.employerNotApproved')}
          </p>
        )}
        <Field id={id('title')} label={t('posting.title')} path="title" errors={errors}>
          <input id={id('title')} value={v.title} onChange={(e) => set('title', e.target.value)} />
        </Field>
        <Field id={id('trade')} label={t('posting.trade')} path="trade" errors={errors}>
          <select id={id('trade')} value={v.trade} onChange={(e) => set('trade', e.target.value)}>
            <option value="">{t('ui.choose')}</option>
            {TRADES.map((tr) => (
              <option key={tr.code} value={tr.code}>
                {tr[lang]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('headcount')} label={t('posting.headcount')} path="headcount" errors={errors}>
          <input
            id={id('headcount')}
            value={v.headcount}
            inputMode="numeric"
            onChange={(e) => set('headcount', e.target.value)}
          />
        </Field>
        <Field id={id('jobType')} label={t('posting.jobType')} path="jobType" errors={errors}>
          <select
            id={id('jobType')}
            value={v.jobType}
            onChange={(e) => set('jobType', e.target.value as PostingValues['jobType'])}
          >
            {JOB_TYPES.map((j) => (
              <option key={j} value={j}>
                {t(`jobType.${j}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('payAmount')} label={t('posting.payAmount')} path="payAmount" errors={errors}>
          <input
            id={id('payAmount')}
            value={v.payAmount}
            inputMode="numeric"
            onChange={(e) => set('payAmount', e.target.value)}
          />
        </Field>
        <Field id={id('payUnit')} label={t('posting.payUnit')} path="payUnit" errors={errors}>
          <select
            id={id('payUnit')}
            value={v.payUnit}
            onChange={(e) => set('payUnit', e.target.value as PostingValues['payUnit'])}
          >
            {PAY_UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`payUnit.${u}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('settlement')} label={t('posting.settlement')} path="settlement" errors={errors}>
          <select
            id={id('settlement')}
            value={v.settlement}
            onChange={(e) => set('settlement', e.target.value as PostingValues['settlement'])}
          >
            {SETTLEMENTS.map((s) => (
              <option key={s} value={s}>
                {t(`settlement.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        {lowPay && (
          <p className="banner bad wide" role="alert" data-testid="min-wage-warning">
            {t('posting.belowMinimum', { pay: formatPay({ amount, unit: v.payUnit }, lang), min: minWage })}
          </p>
        )}
        <Field id={id('district')} label={t('posting.district')} path="district" errors={errors}>
          <select id={id('district')} value={v.district} onChange={(e) => set('district', e.target.value)}>
            <option value="">{t('ui.choose')}</option>
            {districtOptions(state.records.site.get('site'), lang, v.district).map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('address')} label={t('posting.address')} path="address" errors={errors}>
          <input id={id('address')} value={v.address} onChange={(e) => set('address', e.target.value)} />
        </Field>
        <Field id={id('startDate')} label={t('posting.startDate')} path="startDate" errors={errors}>
          <input
            id={id('startDate')}
            type="date"
            value={v.startDate}
            onChange={(e) => set('startDate', e.target.value)}
          />
        </Field>
        <Field
          id={id('endDate')}
          label={t('posting.endDate')}
          path="endDate"
          errors={errors}
          hint={t('posting.endDateHint')}
        >
          <input id={id('endDate')} type="date" value={v.endDate} onChange={(e) => set('endDate', e.target.value)} />
        </Field>
        <Field id={id('hoursFrom')} label={t('posting.hoursFrom')} path="hoursFrom" errors={errors}>
          <input
            id={id('hoursFrom')}
            type="time"
            value={v.hoursFrom}
            onChange={(e) => set('hoursFrom', e.target.value)}
          />
        </Field>
        <Field id={id('hoursTo')} label={t('posting.hoursTo')} path="hoursTo" errors={errors}>
          <input id={id('hoursTo')} type="time" value={v.hoursTo} onChange={(e) => set('hoursTo', e.target.value)} />
        </Field>
        <Field
          id={id('minExperienceYears')}
          label={t('posting.minExperienceYears')}
          path="minExperienceYears"
          errors={errors}
        >
          <input
            id={id('minExperienceYears')}
            value={v.minExperienceYears}
            inputMode="numeric"
            onChange={(e) => set('minExperienceYears', e.target.value)}
          />
        </Field>
        <Field id={id('requirementNote')} label={t('posting.requirementNote')} path="requirementNote" errors={errors}>
          <input
            id={id('requirementNote')}
            value={v.requirementNote}
            onChange={(e) => set('requirementNote', e.target.value)}
          />
        </Field>
        <ChoiceGroup
          name="certificates"
          label={t('posting.certificates')}
          path="certificates"
          errors={errors}
          value={v.certificates}
          options={CERTIFICATES.map((c) => ({ value: c, label: t(`cert.${c}`) }))}
          onChange={(next) => set('certificates', next as PostingValues['certificates'])}
        />
        <fieldset className="field wide choices">
          <legend>{t('posting.benefits')}</legend>
          <div className="choice-list">
            {(['meals', 'lodging', 'transport'] as const).map((b) => (
              <label key={b} className="choice">
                <input type="checkbox" name={b} checked={v[b]} onChange={(e) => set(b, e.target.checked)} />
                {t(`posting.benefit.${b}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <Field id={id('description')} label={t('posting.description')} path="description" errors={errors} wide>
          <textarea
            id={id('description')}
            rows={2}
            value={v.description}
            onChange={(e) => set('description', e.target.value)}
          />
        </Field>
      </div>
      <FormMessage errors={errors} saved={saved} />
      <div className="actions">
        <button type="submit" disabled={busy} data-testid="posting-save">
          {posting ? t('ui.save') : t('posting.saveDraft')}
        </button>
        {(!posting || posting.status !== 'published') && (
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void save(true)}
            data-testid="posting-publish"
          >
            {t('posting.saveAndPublish')}
          </button>
        )}
      </div>
    </form>
  );
}
