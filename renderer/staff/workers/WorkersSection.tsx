// Workers: searchable by name (also pinyin initials), phone, trade, district and status; the selected
// worker's record, history, PIN reset, deletion on request and card printing on the right (silently to the desk's
// printer inside the app: web/bridge.ts).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Worker } from '../../../shared/domain/entities';
import { WORKER_STATUSES, type WorkerStatus } from '../../../shared/domain/enums';
import { useConsole, useHallZone } from '../context';
import { SearchBox } from '../ui/SearchBox';
import { LIST_LIMIT, ListLimit } from '../ui/ListLimit';
import { Field } from '../ui/Field';
import { FormMessage } from '../ui/FormMessage';
import { matchesRecord } from '../lib/search';
import { districtName, formatTime, langOf, tradeName } from '../lib/labels';
import { checkWith, fromAppError, type FieldErrors } from '../lib/formErrors';
import { pin as pinSchema } from '../../../shared/domain/schemas';
import { z } from 'zod';
import { WorkerForm } from './WorkerForm';
import { WorkerCard } from './WorkerCard';
import { printPage } from '../../../web/bridge';

export function WorkersSection() {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const { state } = useConsole();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<WorkerStatus | 'all'>('active');
  const [selected, setSelected] = useState<string | null>(null);
  const workers = state.records.worker;
  // Records are updated in place by the station client, so the list is recomputed on every render (cheap:
  // search keys are cached) rather than memoised on a Map whose identity does not change.
  const list = [...workers.values()]
    .filter((w) => status === 'all' || w.status === status)
    .filter((w) =>
      matchesRecord(
        w,
        () => [
          w.name,
          w.phone,
          w.idNumber,
          ...w.trades.flatMap((c) => [tradeName(c, 'zh'), tradeName(c, 'en')]),
          ...w.districts.flatMap((d) => [districtName(d, 'zh'), districtName(d, 'en')]),
        ],
        q,
      ),
    )
    .sort((a, b) => b.createdAt - a.createdAt);
  const current = selected ? workers.get(selected) : undefined;

  return (
    <div className="section" data-testid="workers">
      <div className="list-pane">
        <div className="list-head">
          <h2>
            {t('nav.workers')} <span className="count">{list.length}</span>
          </h2>
          <button type="button" className="primary" onClick={() => setSelected(null)} data-testid="new-worker">
            {t('worker.new')}
          </button>
        </div>
        <div className="filters">
          <SearchBox id="worker-search" value={q} onChange={setQ} />
          <select
            aria-label={t('ui.filter')}
            value={status}
            onChange={(e) => setStatus(e.target.value as WorkerStatus | 'all')}
          >
            <option value="all">{t('ui.all')}</option>
            {WORKER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`worker.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <table className="list">
          <thead>
            <tr>
              <th>{t('worker.name')}</th>
              <th>{t('worker.phone')}</th>
              <th>{t('worker.trades')}</th>
              <th>{t('worker.districts')}</th>
              <th>{t('worker.status')}</th>
            </tr>
          </thead>
          <tbody>
            {list.slice(0, LIST_LIMIT).map((w) => (
              <tr
                key={w.id}
                className={w.id === selected ? 'selected' : ''}
                onClick={() => setSelected(w.id)}
                tabIndex={0}
                onKeyDown={(ev) => ev.key === 'Enter' && setSelected(w.id)}
                data-testid="worker-row"
              >
                <td>
                  {w.name || <span className="muted">{t('worker.noName')}</span>}
                  {w.nameIncomplete && <span className="badge warn">{t('worker.toComplete')}</span>}
                </td>
                <td>{w.phone}</td>
                <td>{w.trades.map((c) => tradeName(c, lang)).join(t('ui.listSep'))}</td>
                <td>{w.districts.map((d) => districtName(d, lang)).join(t('ui.listSep'))}</td>
                <td>
                  {t(`worker.statuses.${w.status}`)} · {t(`worker.sources.${w.source}`)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <ListLimit shown={Math.min(list.length, LIST_LIMIT)} total={list.length} />
      </div>
      <div className="detail-pane">
        {current ? (
          <WorkerDetail key={current.id} worker={current} onDeleted={() => setSelected(null)} />
        ) : (
          <>
            <h2>{t('worker.new')}</h2>
            <WorkerForm onSaved={(id) => setSelected(id)} />
          </>
        )}
      </div>
    </div>
  );
}

function WorkerDetail({ worker, onDeleted }: { worker: Worker; onDeleted: () => void }) {
  const { t } = useTranslation();
  const zone = useHallZone();
  const { state, send } = useConsole();
  const [newPin, setNewPin] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const site = state.records.site.get('site');
  const applications = [...state.records.application.values()]
    .filter((a) => a.workerId === worker.id || (worker.phone && a.phone === worker.phone))
    .sort((a, b) => b.createdAt - a.createdAt);
  const deleted = worker.status === 'deleted';
  // Not part of the synced record: asked when the worker is opened, and again after a reset.
  const [pin, setPin] = useState<{ locked: boolean; failures: number } | null>(null);
  const [pinAsked, setPinAsked] = useState(0);
  useEffect(() => {
    if (deleted) return;
    let live = true;
    void send('worker.pinStatus', { id: worker.id }).then((r) => {
      if (live && r.ok) setPin(r.result);
    });
    return () => {
      live = false;
    };
  }, [send, worker.id, deleted, pinAsked]);

  async function resetPin(e: React.FormEvent) {
    e.preventDefault();
    setDone(null);
    const checked = checkWith(z.object({ pin: pinSchema }), { pin: newPin });
    if (!checked.ok) return setErrors(checked.errors);
    const reply = await send('worker.resetPin', { id: worker.id, pin: newPin });
    if (!reply.ok) return setErrors(fromAppError(reply.error));
    setErrors({});
    setNewPin('');
    setDone(t('worker.pinReset'));
    setPinAsked((n) => n + 1);
  }

  const [printError, setPrintError] = useState<string | null>(null);

  async function remove() {
    const reply = await send('worker.delete', { id: worker.id });
    if (!reply.ok) return setErrors(fromAppError(reply.error));
    setConfirmDelete(false);
    onDeleted();
  }

  return (
    <div className="detail" data-testid="worker-detail">
      <div className="detail-head">
        <h2>
          {worker.name || t('worker.noName')} <span className="muted">{worker.phone}</span>
        </h2>
        {!deleted && (
          <div className="actions">
            <button
              type="button"
              onClick={() =>
                void printPage('document').then((r) => setPrintError(r.ok ? null : t('worker.printFailed', r)))
              }
              data-testid="print-card"
            >
              {t('worker.printCard')}
            </button>
            {printError && (
              <span className="banner bad" role="alert">
                {printError}
              </span>
            )}
            {confirmDelete ? (
              <>
                <span className="banner bad">{t('worker.deleteConfirm')}</span>
                <button type="button" className="danger" onClick={remove} data-testid="confirm-delete">
                  {t('worker.deleteYes')}
                </button>
                <button type="button" onClick={() => setConfirmDelete(false)}>
                  {t('ui.cancel')}
                </button>
              </>
            ) : (
              <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
                {t('worker.delete')}
              </button>
            )}
          </div>
        )}
      </div>
      {deleted ? (
        <p className="banner">{t('worker.deletedNote')}</p>
      ) : (
        <div className="columns">
          <section>
            <WorkerForm worker={worker} onSaved={() => undefined} />
          </section>
          <section>
            <WorkerCard worker={worker} siteName={site?.name ?? ''} />
            <h3>{t('worker.resetPin')}</h3>
            {pin?.locked ? (
              <p className="banner bad" data-testid="pin-locked">
                {t('worker.pinLocked')}
              </p>
            ) : pin && pin.failures > 0 ? (
              <p className="muted" data-testid="pin-failures">
                {t('worker.pinFailures', { count: pin.failures })}
              </p>
            ) : null}
            <form className="form inline" onSubmit={resetPin} noValidate>
              <Field id="worker-newpin" label={t('worker.newPin')} path="pin" errors={errors}>
                <input
                  id="worker-newpin"
                  value={newPin}
                  inputMode="numeric"
                  maxLength={6}
                  onChange={(e) => setNewPin(e.target.value)}
                />
              </Field>
              <button type="submit">{t('worker.resetPin')}</button>
            </form>
            <FormMessage errors={errors} saved={done} />
            <h3>{t('worker.history')}</h3>
            <ul className="history" data-testid="worker-history">
              {applications.map((a) => {
                const p = state.records.posting.get(a.postingId);
                return (
                  <li key={a.id}>
                    <b>{p?.title ?? a.postingId}</b> · {t(`application.statuses.${a.status}`)} ·{' '}
                    {t(`application.sources.${a.source}`)} · {formatTime(a.createdAt, zone)}
                    {a.note && <div className="muted">{a.note}</div>}
                  </li>
                );
              })}
              {!applications.length && <li className="muted">{t('ui.none')}</li>}
            </ul>
            <p className="muted">
              {t('worker.registeredAt', {
                at: formatTime(worker.createdAt, zone),
                source: t(`worker.sources.${worker.source}`),
              })}
            </p>
          </section>
        </div>
      )}
    </div>
  );
}
