// Stations: pairing requests waiting for approval (code, time, address); what stations saved offline that the hub
// refused when it arrived (for the desk to follow up); and every paired station with its health, what a display
// shows, rename, live layout and filters, and revoke.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PairingRequest, Posting, RefusedCommand, Station, StationHealth } from '../../../shared/domain/entities';
import { STATION_ROLES, type StationRole } from '../../../shared/domain/enums';
import { useConsole, useHallZone } from '../context';
import { Field } from '../ui/Field';
import { FormMessage } from '../ui/FormMessage';
import { formatTime, langOf } from '../lib/labels';
import { checkWith, fromAppError, type FieldErrors } from '../lib/formErrors';
import { COMMANDS } from '../../../shared/protocol/commands';
import { useStationHealth } from './useStationHealth';
import { DisplayConfigForm } from './DisplayConfigForm';

export function StationsSection() {
  const { t } = useTranslation();
  const zone = useHallZone();
  const { state, send } = useConsole();
  const health = useStationHealth(send);
  const requests = [...state.records.pairingRequest.values()].sort((a, b) => b.requestedAt - a.requestedAt);
  const stations = [...state.records.station.values()]
    .filter((s) => !s.revoked)
    .sort((a, b) => a.name.localeCompare(b.name));
  const [selected, setSelected] = useState<string | null>(null);
  const current = selected ? state.records.station.get(selected) : undefined;

  return (
    <div className="section" data-testid="stations">
      <div className="list-pane">
        <h2>
          {t('station.pending')} <span className="count">{requests.length}</span>
        </h2>
        <table className="list">
          <thead>
            <tr>
              <th>{t('station.code')}</th>
              <th>{t('station.requestedAt')}</th>
              <th>{t('station.address')}</th>
              <th>{t('station.approveAs')}</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((r) => (
              <PairingRow key={r.id} request={r} />
            ))}
          </tbody>
        </table>
        {!requests.length && <p className="empty">{t('station.noPending')}</p>}
        <ManualApprove />
        <RefusedList stations={stations} />
        <h2>
          {t('station.paired')} <span className="count">{stations.length}</span>
        </h2>
        <table className="list">
          <thead>
            <tr>
              <th>{t('station.name')}</th>
              <th>{t('station.role')}</th>
              <th>{t('station.health')}</th>
              <th>{t('station.lastHeartbeat')}</th>
              <th>{t('station.showing')}</th>
            </tr>
          </thead>
          <tbody>
            {stations.map((s) => {
              const h = health.get(s.id);
              return (
                <tr
                  key={s.id}
                  className={s.id === selected ? 'selected' : ''}
                  onClick={() => setSelected(s.id)}
                  tabIndex={0}
                  onKeyDown={(ev) => ev.key === 'Enter' && setSelected(s.id)}
                  data-testid="station-row"
                >
                  <td>{s.name}</td>
                  <td>{t(`station.roles.${s.role}`)}</td>
                  <td>
                    <OnlineBadge health={h} />
                  </td>
                  <td>{formatTime(h?.at, zone)}</td>
                  <td>{showing(s, h, t)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="detail-pane">
        {current && !current.revoked ? (
          <StationDetail
            key={current.id}
            station={current}
            health={health.get(current.id)}
            onRevoked={() => setSelected(null)}
          />
        ) : (
          <p className="muted">{t('station.pick')}</p>
        )}
      </div>
    </div>
  );
}

/** What a refused command was about, in a few words: who and what, for the clerk who follows it up. */
function refusedWhat(r: RefusedCommand, postings: ReadonlyMap<string, unknown>): string {
  const a = r.args;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  if (r.command === 'worker.register') return [str(a.name), str(a.phone)].filter(Boolean).join(' ');
  if (r.command === 'application.create') {
    const p = postings.get(str(a.postingId)) as Posting | undefined;
    return [p?.title ?? str(a.postingId), str(a.phone)].filter(Boolean).join(' · ');
  }
  return '';
}

function RefusedList({ stations }: { stations: Station[] }) {
  const { t, i18n } = useTranslation();
  const { state, send } = useConsole();
  const lang = langOf(i18n.language);
  const [errors, setErrors] = useState<FieldErrors>({});
  const rows = stations
    .flatMap((s) => (s.refused ?? []).map((r) => ({ station: s, r })))
    .sort((a, b) => b.r.reportedAt - a.r.reportedAt);
  if (!rows.length) return null;
  async function done(stationId: string, commandId: string) {
    const reply = await send('station.resolveRefused', { stationId, commandId });
    setErrors(reply.ok ? {} : fromAppError(reply.error));
  }
  return (
    <section className="refused" data-testid="refused">
      <h2>
        {t('station.refused.title')} <span className="count">{rows.length}</span>
      </h2>
      <p className="muted">{t('station.refused.hint')}</p>
      <table className="list">
        <thead>
          <tr>
            <th>{t('station.refused.station')}</th>
            <th>{t('station.refused.queuedAt')}</th>
            <th>{t('station.refused.what')}</th>
            <th>{t('station.refused.why')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map(({ station, r }) => (
            <tr key={`${station.id}:${r.commandId}`} data-testid="refused-row">
              <td>{station.name}</td>
              <td>{formatTime(r.queuedAt)}</td>
              <td>
                {[
                  t(`station.refused.commands.${COMMAND_LABELS[r.command] ?? 'other'}`),
                  refusedWhat(r, state.records.posting),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </td>
              <td>{r.error.message[lang]}</td>
              <td>
                <button type="button" onClick={() => void done(station.id, r.commandId)} data-testid="refused-done">
                  {t('station.refused.done')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FormMessage errors={errors} />
    </section>
  );
}

/** Commands with their own label under station.refused.commands (the rest read "other"). */
const COMMAND_LABELS: Record<string, string> = {
  'worker.register': 'worker_register',
  'application.create': 'application_create',
};

function showing(
  s: Station,
  h: StationHealth | undefined,
  t: (k: string, o?: Record<string, unknown>) => string,
): string {
  if (s.role !== 'display') return '';
  const layout = t(`station.layouts.${h?.layout ?? s.display?.layout ?? 'landscape'}`);
  return h?.postingsShown !== undefined ? t('station.showingCount', { layout, count: h.postingsShown }) : layout;
}

function OnlineBadge({ health }: { health: StationHealth | undefined }) {
  const { t } = useTranslation();
  const online = !!health?.online;
  return (
    <span className={`badge ${online ? 'good' : 'bad'}`}>{online ? t('station.online') : t('station.offline')}</span>
  );
}

function PairingRow({ request }: { request: PairingRequest }) {
  const { t } = useTranslation();
  const zone = useHallZone();
  const { send } = useConsole();
  const [role, setRole] = useState<StationRole>(request.requestedRole ?? 'display');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  async function approve(e: FormEvent) {
    e.preventDefault();
    const args = { code: request.code, role, name: name || t(`station.defaultName.${role}`, { code: request.code }) };
    const checked = checkWith(COMMANDS['station.approve'].args, args);
    if (!checked.ok) return setErrors(checked.errors);
    const reply = await send('station.approve', checked.data);
    if (!reply.ok) setErrors(fromAppError(reply.error));
  }
  return (
    <tr data-testid="pairing-row">
      <td className="code">{request.code}</td>
      <td>{formatTime(request.requestedAt, zone)}</td>
      <td>{request.address}</td>
      <td>
        <form className="form inline" onSubmit={approve}>
          <select
            aria-label={t('station.role')}
            value={role}
            onChange={(e) => setRole(e.target.value as StationRole)}
            data-testid="pairing-role"
          >
            {STATION_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`station.roles.${r}`)}
              </option>
            ))}
          </select>
          <input
            aria-label={t('station.name')}
            placeholder={t('station.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            data-testid="pairing-name"
          />
          <button type="submit" className="primary" data-testid="approve">
            {t('station.approve')}
          </button>
          <FormMessage errors={errors} />
        </form>
      </td>
    </tr>
  );
}

/** The code read off a station's screen, typed in (when the request is not in the list, e.g. another site PC). */
function ManualApprove() {
  const { t } = useTranslation();
  const { send } = useConsole();
  const [code, setCode] = useState('');
  const [role, setRole] = useState<StationRole>('display');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  async function approve(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    const checked = checkWith(COMMANDS['station.approve'].args, { code: code.trim(), role, name });
    if (!checked.ok) return setErrors(checked.errors);
    const reply = await send('station.approve', checked.data);
    if (!reply.ok) return setErrors(fromAppError(reply.error));
    setErrors({});
    setCode('');
    setName('');
    setSaved(t('station.approved'));
  }
  return (
    <form className="form inline manual" onSubmit={approve} noValidate>
      <Field id="manual-code" label={t('station.enterCode')} path="code" errors={errors}>
        <input
          id="manual-code"
          value={code}
          inputMode="numeric"
          maxLength={6}
          className="mono short"
          onChange={(e) => setCode(e.target.value)}
        />
      </Field>
      <Field id="manual-role" label={t('station.role')} path="role" errors={errors}>
        <select id="manual-role" value={role} onChange={(e) => setRole(e.target.value as StationRole)}>
          {STATION_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`station.roles.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="manual-name" label={t('station.name')} path="name" errors={errors}>
        <input id="manual-name" value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <button type="submit">{t('station.approve')}</button>
      <FormMessage errors={errors} saved={saved} />
    </form>
  );
}

function StationDetail({
  station,
  health,
  onRevoked,
}: {
  station: Station;
  health: StationHealth | undefined;
  onRevoked: () => void;
}) {
  const { t } = useTranslation();
  const zone = useHallZone();
  const { send, state } = useConsole();
  const [name, setName] = useState(station.name);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [confirm, setConfirm] = useState(false);
  const self = state.hello?.stationId === station.id;
  async function rename(e: FormEvent) {
    e.preventDefault();
    const reply = await send('station.rename', { stationId: station.id, name });
    setErrors(reply.ok ? {} : fromAppError(reply.error));
  }
  async function revoke() {
    const reply = await send('station.revoke', { stationId: station.id });
    if (!reply.ok) return setErrors(fromAppError(reply.error));
    onRevoked();
  }
  return (
    <div className="detail" data-testid="station-detail">
      <div className="detail-head">
        <h2>
          {station.name} <OnlineBadge health={health} />
        </h2>
        {!self &&
          (confirm ? (
            <div className="actions">
              <span className="banner bad">{t('station.revokeConfirm')}</span>
              <button type="button" className="danger" onClick={revoke}>
                {t('station.revoke')}
              </button>
              <button type="button" onClick={() => setConfirm(false)}>
                {t('ui.cancel')}
              </button>
            </div>
          ) : (
            <button type="button" className="danger" onClick={() => setConfirm(true)}>
              {t('station.revoke')}
            </button>
          ))}
      </div>
      <p className="muted">
        {t('station.meta', {
          role: t(`station.roles.${station.role}`),
          paired: formatTime(station.pairedAt, zone),
          version: health?.appVersion ?? '—',
        })}
      </p>
      <form className="form inline" onSubmit={rename}>
        <Field id="station-name" label={t('station.rename')} path="name" errors={errors}>
          <input id="station-name" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <button type="submit">{t('ui.save')}</button>
        <FormMessage errors={errors} />
      </form>
      {station.role === 'display' && station.display && <DisplayConfigForm station={station} />}
    </div>
  );
}
