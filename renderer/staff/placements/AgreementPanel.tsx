// The short-term work agreement of a hired placement: a form filled from the placement (employer, worker,
// posting, wage) that the clerk checks with both parties, then the hub makes the text from the current template
// version and keeps it with its hash. Printing always reprints the stored text (A4, signature boxes), so a paper
// made years later says word for word what the first one did.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application, Employer, Posting } from '../../../shared/domain/entities';
import { AgreementFields, type AgreementFieldsInput } from '../../../shared/placement/schemas';
import { agreementDocument } from '../../../shared/placement/agreement';
import { hallDate } from '../../../shared/rules/hallTime';
import { useConsole, useHallZone } from '../context';
import { Field } from '../ui/Field';
import { FormMessage } from '../ui/FormMessage';
import { checkWith, fromAppError, type FieldErrors } from '../lib/formErrors';
import { districtName } from '../lib/labels';
import { usePrint } from '../print/PrintJob';

type Draft = AgreementFieldsInput;

function draftOf(
  app: Application,
  posting: Posting,
  employer: Employer | undefined,
  today: string,
  worker?: {
    name: string;
    idNumber: string | null;
    phone: string;
  },
): Draft {
  const start = posting.startDate > today ? posting.startDate : today;
  const end = posting.endDate && posting.endDate >= start ? posting.endDate : start;
  return {
    employer: {
      name: employer?.name ?? posting.employerName,
      idKind: employer?.kind === 'household' ? 'resident_id' : 'credit_code',
      idNumber: (employer?.kind === 'household' ? employer.householderId : employer?.creditCode) ?? '',
      contact: employer?.contactName ?? '',
      phone: employer?.contactPhone ?? '',
      address: employer?.address ?? '',
    },
    worker: {
      name: worker?.name ?? '',
      idNumber: worker?.idNumber ?? '',
      phone: worker?.phone ?? app.phone,
      address: '',
    },
    work: {
      title: posting.title,
      description: posting.description,
      place: posting.address || districtName(posting.district, 'zh'),
    },
    period: {
      start,
      end,
      hours: posting.dailyHours ? `每天 ${posting.dailyHours.from}–${posting.dailyHours.to}` : '',
    },
    pay: {
      rate: posting.pay,
      total: app.wage?.agreedAmount ?? 0,
      payDate: app.wage?.payDate ?? end,
      method: 'bank',
    },
    insurance: { kind: 'gig', payer: 'employer', note: '' },
    extra: '',
  };
}

export function AgreementPanel({ app, posting }: { app: Application; posting: Posting }) {
  const { t } = useTranslation();
  const zone = useHallZone();
  const { state, send, now } = useConsole();
  const print = usePrint();
  const employer = state.records.employer.get(posting.employerId) as Employer | undefined;
  const worker = app.workerId ? state.records.worker.get(app.workerId) : undefined;
  const [draft, setDraft] = useState<Draft>(() => draftOf(app, posting, employer, hallDate(now(), zone), worker));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);

  async function printStored(id: string) {
    const reply = await send('agreement.get', { id });
    if (!reply.ok) return setErrors(fromAppError(reply.error));
    const html = agreementDocument(reply.result);
    const result = await print(<div dangerouslySetInnerHTML={{ __html: html }} />, 'a4');
    setMessage(result.ok ? null : t('placement.printFailed', { error: result.error }));
  }

  if (app.agreement) {
    const a = app.agreement;
    return (
      <div className="agreement-panel" data-testid="agreement-panel">
        <h3>{t('placement.agreement')}</h3>
        <p className="muted" data-testid="agreement-hash">
          {t('placement.agreementMade', { version: a.templateVersion, hash: a.hash.slice(0, 16) })}
        </p>
        <div className="actions">
          <button
            type="button"
            className="primary"
            onClick={() => void printStored(a.id)}
            data-testid="print-agreement"
          >
            {t('placement.printAgreement')}
          </button>
        </div>
        {message && <p className="muted">{message}</p>}
        <FormMessage errors={errors} />
      </div>
    );
  }

  const set = <K extends keyof Draft>(k: K, v: Partial<Draft[K]>) =>
    setDraft((d) => ({ ...d, [k]: { ...(d[k] as object), ...v } }));
  const input = (id: string, label: string, path: string, value: string | number, onChange: (v: string) => void) => (
    <Field id={id} label={label} path={path} errors={errors}>
      <input id={id} value={value} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = checkWith(AgreementFields, draft);
    if (!checked.ok) return setErrors(checked.errors);
    const reply = await send('agreement.create', { applicationId: app.id, fields: checked.data });
    if (!reply.ok) return setErrors(fromAppError(reply.error));
    setErrors({});
    await printStored(reply.result.id);
  }
  return (
    <form className="form agreement-form" onSubmit={submit} noValidate data-testid="agreement-form">
      <h3>{t('placement.agreement')}</h3>
      <fieldset className="field wide">
        <legend>{t('placement.agreementEmployer')}</legend>
        {input('ag-e-name', t('placement.name'), 'employer.name', draft.employer.name, (v) =>
          set('employer', { name: v }),
        )}
        {input('ag-e-id', t('placement.idNumber'), 'employer.idNumber', draft.employer.idNumber, (v) =>
          set('employer', { idNumber: v }),
        )}
        {input('ag-e-contact', t('placement.contact'), 'employer.contact', draft.employer.contact, (v) =>
          set('employer', { contact: v }),
        )}
        {input('ag-e-phone', t('placement.phone'), 'employer.phone', draft.employer.phone, (v) =>
          set('employer', { phone: v }),
        )}
        {input('ag-e-address', t('placement.address'), 'employer.address', draft.employer.address ?? '', (v) =>
          set('employer', { address: v }),
        )}
      </fieldset>
      <fieldset className="field wide">
        <legend>{t('placement.agreementWorker')}</legend>
        {input('ag-w-name', t('placement.name'), 'worker.name', draft.worker.name, (v) => set('worker', { name: v }))}
        {input('ag-w-id', t('placement.idNumber'), 'worker.idNumber', draft.worker.idNumber, (v) =>
          set('worker', { idNumber: v }),
        )}
        {input('ag-w-phone', t('placement.phone'), 'worker.phone', draft.worker.phone, (v) =>
          set('worker', { phone: v }),
        )}
        {input('ag-w-address', t('placement.address'), 'worker.address', draft.worker.address ?? '', (v) =>
          set('worker', { address: v }),
        )}
      </fieldset>
      <fieldset className="field wide">
        <legend>{t('placement.workTitle')}</legend>
        {input('ag-title', t('placement.workTitle'), 'work.title', draft.work.title, (v) => set('work', { title: v }))}
        {input('ag-place', t('placement.workPlace'), 'work.place', draft.work.place, (v) => set('work', { place: v }))}
        <Field id="ag-start" label={t('placement.period')} path="period.start" errors={errors}>
          <input
            id="ag-start"
            type="date"
            value={draft.period.start}
            onChange={(e) => set('period', { start: e.target.value })}
          />
        </Field>
        <Field id="ag-end" label="—" path="period.end" errors={errors}>
          <input
            id="ag-end"
            type="date"
            value={draft.period.end}
            onChange={(e) => set('period', { end: e.target.value })}
          />
        </Field>
        {input('ag-hours', t('placement.hours'), 'period.hours', draft.period.hours, (v) =>
          set('period', { hours: v }),
        )}
      </fieldset>
      <fieldset className="field wide">
        <legend>{t('placement.wage')}</legend>
        {input('ag-total', t('placement.total'), 'pay.total', draft.pay.total, (v) => set('pay', { total: Number(v) }))}
        <Field id="ag-paydate" label={t('placement.payDate')} path="pay.payDate" errors={errors}>
          <input
            id="ag-paydate"
            type="date"
            value={draft.pay.payDate}
            onChange={(e) => set('pay', { payDate: e.target.value })}
          />
        </Field>
        <Field id="ag-method" label={t('placement.method')} path="pay.method" errors={errors}>
          <select
            id="ag-method"
            value={draft.pay.method}
            onChange={(e) => set('pay', { method: e.target.value as 'cash' | 'bank' | 'mobile' })}
          >
            {(['cash', 'bank', 'mobile'] as const).map((m) => (
              <option key={m} value={m}>
                {t(`placement.methods.${m}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="ag-insurance" label={t('placement.insurance')} path="insurance.kind" errors={errors}>
          <select
            id="ag-insurance"
            value={draft.insurance.kind}
            onChange={(e) => set('insurance', { kind: e.target.value as 'gig' | 'other' | 'none' })}
          >
            {(['gig', 'other', 'none'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`placement.insuranceKinds.${k}`)}
              </option>
            ))}
          </select>
          <select
            aria-label={t('placement.insurance')}
            value={draft.insurance.payer}
            onChange={(e) => set('insurance', { payer: e.target.value as 'employer' | 'hall' | 'worker' })}
          >
            {(['employer', 'hall', 'worker'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`placement.payers.${k}`)}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>
      <Field id="ag-extra" label={t('placement.extra')} path="extra" errors={errors} wide>
        <input
          id="ag-extra"
          value={draft.extra ?? ''}
          onChange={(e) => setDraft({ ...draft, extra: e.target.value })}
        />
      </Field>
      <FormMessage errors={errors} />
      <div className="actions">
        <button type="submit" className="primary" data-testid="make-agreement">
          {t('placement.makeAgreement')}
        </button>
      </div>
    </form>
  );
}
