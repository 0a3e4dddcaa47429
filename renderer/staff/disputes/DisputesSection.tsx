// 纠纷调解: disputes being mediated and closed ones; one dispute's parties, amount claimed and recovered, the log of
// mediation steps, closing it with an outcome, and the printable labour-arbitration guide for the worker. A
// walk-in complaint (no placement) is opened here; a wage overdue on a placement is opened from the placement.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dispute, Employer } from '../../../shared/domain/entities';
import { DISPUTE_OUTCOMES, DISPUTE_TYPES, MEDIATION_STEP_KINDS } from '../../../shared/domain/enums';
import type { DisputeOutcome, DisputeType, MediationStepKind } from '../../../shared/domain/enums';
import { DisputeCloseInput, DisputeInput, DisputeStepInput } from '../../../shared/placement/schemas';
import { arbitrationGuide, arbitrationGuideDocument } from '../../../shared/placement/arbitration';
import { useConsole, useHallZone } from '../context';
import { Field } from '../ui/Field';
import { FormMessage } from '../ui/FormMessage';
import { formatTime } from '../lib/labels';
import { matches } from '../lib/search';
import { SearchBox } from '../ui/SearchBox';
import { checkWith, fromAppError, type FieldErrors } from '../lib/formErrors';
import { usePrint } from '../print/PrintJob';
import { useActorName } from '../placements/PlacementDetail';

export function DisputesSection() {
  const { t } = useTranslation();
  const zone = useHallZone();
  const { state } = useConsole();
  const [selected, setSelected] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const name = (d: Dispute) => ({
    worker: d.workerId ? (state.records.worker.get(d.workerId)?.name ?? '') : '',
    employer: state.records.employer.get(d.employerId)?.name ?? '',
  });
  const all = [...state.records.dispute.values()]
    .filter((d) => matches([name(d).worker, name(d).employer, d.note], q))
    .sort((a, b) => b.openedAt - a.openedAt);
  const open = all.filter((d) => d.closedAt === null);
  const closed = all.filter((d) => d.closedAt !== null);
  const current = selected ? state.records.dispute.get(selected) : undefined;
  const row = (d: Dispute) => (
    <tr
      key={d.id}
      data-testid="dispute-row"
      className={d.id === selected ? 'selected' : ''}
      onClick={() => setSelected(d.id)}
      tabIndex={0}
      onKeyDown={(e) => e.key === 'Enter' && setSelected(d.id)}
    >
      <td>{formatTime(d.openedAt, zone)}</td>
      <td>{t(`dispute.types.${d.type}`)}</td>
      <td>
        {name(d).worker || '—'}
        <div className="muted">{name(d).employer}</div>
      </td>
      <td>
        {d.amountRecovered} / {d.amountClaimed}
      </td>
      <td>{d.outcome ? t(`dispute.outcomes.${d.outcome}`) : t('dispute.openList')}</td>
    </tr>
  );
  return (
    <div className="section" data-testid="disputes">
      <div className="list-pane">
        <div className="list-head">
          <h2>
            {t('dispute.title')} <span className="count">{open.length}</span>
          </h2>
          <button type="button" className="primary" onClick={() => setSelected(null)}>
            {t('dispute.open')}
          </button>
        </div>
        <SearchBox id="dispute-search" value={q} onChange={setQ} />
        <table className="list">
          <tbody>
            {open.map(row)}
            {closed.length > 0 && (
              <tr>
                <th colSpan={5}>{t('dispute.closedList')}</th>
              </tr>
            )}
            {closed.map(row)}
          </tbody>
        </table>
        {!all.length && <p className="muted">{t('dispute.none')}</p>}
      </div>
      <div className="detail-pane">
        {current ? <DisputeDetail key={current.id} d={current} /> : <OpenDisputeForm onOpened={setSelected} />}
      </div>
    </div>
  );
}

function DisputeDetail({ d }: { d: Dispute }) {
  const { t } = useTranslation();
  const zone = useHallZone();
  const { state, send } = useConsole();
  const print = usePrint();
  const actorName = useActorName();
  const [kind, setKind] = useState<MediationStepKind>('call');
  const [note, setNote] = useState('');
  const [recovered, setRecovered] = useState('');
  const [outcome, setOutcome] = useState<DisputeOutcome>('recovered');
  const [errors, setErrors] = useState<FieldErrors>({});
  const worker = d.workerId ? state.records.worker.get(d.workerId) : undefined;
  const employer = state.records.employer.get(d.employerId) as Employer | undefined;
  const app = d.applicationId ? state.records.application.get(d.applicationId) : undefined;
  async function addStep(e: FormEvent) {
    e.preventDefault();
    const checked = checkWith(DisputeStepInput, { id: d.id, kind, note, recovered: Number(recovered || 0) });
    if (!checked.ok) return setErrors(checked.errors);
    const reply = await send('dispute.step', checked.data);
    if (!reply.ok) return setErrors(fromAppError(reply.error));
    setErrors({});
    setNote('');
    setRecovered('');
  }
  async function close(e: FormEvent) {
    e.preventDefault();
    const checked = checkWith(DisputeCloseInput, { id: d.id, outcome, note: '' });
    if (!checked.ok) return setErrors(checked.errors);
    const reply = await send('dispute.close', checked.data);
    setErrors(reply.ok ? {} : fromAppError(reply.error));
  }
  function printGuide() {
    const site = state.records.site.get('site');
    const html = arbitrationGuideDocument(arbitrationGuide(site?.city?.zh ?? '', site?.name ?? ''));
    void print(<div dangerouslySetInnerHTML={{ __html: html }} />, 'a4');
  }
  return (
    <div className="detail" data-testid="dispute-detail">
      <div className="detail-head">
        <h2>
          {t(`dispute.types.${d.type}`)} · {worker?.name || '—'} <span className="muted">↔ {employer?.name}</span>
        </h2>
        <button type="button" onClick={printGuide} data-testid="print-guide">
          {t('dispute.printGuide')}
        </button>
      </div>
      <p>
        {t('dispute.amountClaimed')} {d.amountClaimed} ·{' '}
        <b data-testid="dispute-recovered">{t('dispute.recovered', { amount: d.amountRecovered })}</b>
      </p>
      <p className="muted">
        {t('dispute.openSince', { at: formatTime(d.openedAt, zone) })} · {actorName(d.openedBy)}
        {app?.referral && ` · ${app.referral.slipNo}`}
        {d.closedAt !== null && ` · ${t('dispute.closedAt', { at: formatTime(d.closedAt, zone) })}`}
      </p>
      {worker && (
        <p className="muted">
          {t('dispute.worker')}：{worker.name} {worker.phone}
        </p>
      )}
      {employer && (
        <p className="muted">
          {t('dispute.employer')}：{employer.name} · {employer.contactName} {employer.contactPhone}
        </p>
      )}
      {d.note && <p>{d.note}</p>}
      {d.outcome && (
        <p className="banner" data-testid="dispute-outcome">
          {t(`dispute.outcomes.${d.outcome}`)}
        </p>
      )}
      <h3>{t('dispute.steps')}</h3>
      <ol className="history timeline" data-testid="dispute-steps">
        {d.steps.map((s, i) => (
          <li key={i}>
            <b>{t(`dispute.stepKinds.${s.kind}`)}</b> · {formatTime(s.at, zone)} · {actorName(s.by)}
            {s.recovered > 0 && <> · +{s.recovered}</>}
            <div>{s.note}</div>
          </li>
        ))}
      </ol>
      {d.closedAt === null && (
        <>
          <form className="form" onSubmit={addStep} noValidate data-testid="dispute-step-form">
            <Field id="ds-kind" label={t('dispute.stepKind')} path="kind" errors={errors}>
              <select id="ds-kind" value={kind} onChange={(e) => setKind(e.target.value as MediationStepKind)}>
                {MEDIATION_STEP_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`dispute.stepKinds.${k}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="ds-recovered" label={t('dispute.stepRecovered')} path="recovered" errors={errors}>
              <input
                id="ds-recovered"
                inputMode="decimal"
                value={recovered}
                onChange={(e) => setRecovered(e.target.value)}
              />
            </Field>
            <Field id="ds-note" label={t('dispute.note')} path="note" errors={errors} wide>
              <input id="ds-note" value={note} onChange={(e) => setNote(e.target.value)} />
            </Field>
            <div className="actions">
              <button type="submit" className="primary" data-testid="dispute-add-step">
                {t('dispute.addStep')}
              </button>
            </div>
          </form>
          <form className="form inline" onSubmit={close} noValidate>
            <Field id="ds-outcome" label={t('dispute.outcome')} path="outcome" errors={errors}>
              <select id="ds-outcome" value={outcome} onChange={(e) => setOutcome(e.target.value as DisputeOutcome)}>
                {DISPUTE_OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {t(`dispute.outcomes.${o}`)}
                  </option>
                ))}
              </select>
            </Field>
            <button type="submit" data-testid="dispute-close">
              {t('dispute.close')}
            </button>
          </form>
        </>
      )}
      <FormMessage errors={errors} />
    </div>
  );
}

function OpenDisputeForm({ onOpened }: { onOpened: (id: string) => void }) {
  const { t } = useTranslation();
  const { state, send } = useConsole();
  const [type, setType] = useState<DisputeType>('unpaid');
  const [employerId, setEmployerId] = useState('');
  const [workerId, setWorkerId] = useState('');
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const employers = [...state.records.employer.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  const workers = [...state.records.worker.values()].filter((w) => w.status === 'active').slice(0, 300);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = checkWith(DisputeInput, {
      type,
      employerId,
      workerId: workerId || null,
      amountClaimed: Number(amount || 0),
      note,
    });
    if (!checked.ok) return setErrors(checked.errors);
    const reply = await send('dispute.open', checked.data);
    if (!reply.ok) return setErrors(fromAppError(reply.error));
    onOpened(reply.result.id);
  }
  return (
    <form className="form" onSubmit={submit} noValidate>
      <h2>{t('dispute.open')}</h2>
      <Field id="do-type" label={t('dispute.type')} path="type" errors={errors}>
        <select id="do-type" value={type} onChange={(e) => setType(e.target.value as DisputeType)}>
          {DISPUTE_TYPES.map((k) => (
            <option key={k} value={k}>
              {t(`dispute.types.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="do-employer" label={t('dispute.employer')} path="employerId" errors={errors} wide>
        <select id="do-employer" value={employerId} onChange={(e) => setEmployerId(e.target.value)}>
          <option value="">{t('ui.choose')}</option>
          {employers.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="do-worker" label={t('dispute.worker')} path="workerId" errors={errors} wide>
        <select id="do-worker" value={workerId} onChange={(e) => setWorkerId(e.target.value)}>
          <option value="">{t('ui.choose')}</option>
          {workers.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name || '—'} · {w.phone}
            </option>
          ))}
        </select>
      </Field>
      <Field id="do-amount" label={t('dispute.amountClaimed')} path="amountClaimed" errors={errors}>
        <input id="do-amount" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
      </Field>
      <Field id="do-note" label={t('dispute.note')} path="note" errors={errors} wide>
        <input id="do-note" value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <FormMessage errors={errors} />
      <div className="actions">
        <button type="submit" className="primary">
          {t('dispute.open')}
        </button>
      </div>
    </form>
  );
}
