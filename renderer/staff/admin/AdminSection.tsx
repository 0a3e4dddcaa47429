// Accounts, site settings, the city's numbers and the audit log. Admins manage accounts and settings; every
// clerk can change their own password and read the numbers and the log.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STAFF_ROLES, type StaffRole } from '../../../shared/domain/enums';
import { StaffUserInput } from '../../../shared/domain/schemas';
import { SiteUpdate, isSetUp } from '../../../shared/domain/site';
import { SiteSetupForm } from './SiteSetupForm';
import type { Site, StaffUser } from '../../../shared/domain/entities';
import { hallZoneOf } from '../../../shared/rules/hallTime';
import type { CommandResultOf } from '../../../shared/protocol/commands';
import { useConsole, useHallZone } from '../context';
import { Field } from '../ui/Field';
import { FormMessage } from '../ui/FormMessage';
import { SearchBox } from '../ui/SearchBox';
import { formatTime, langOf } from '../lib/labels';
import { checkWith, fromAppError, type FieldErrors } from '../lib/formErrors';

export function AdminSection() {
  const { user, state } = useConsole();
  const site = state.records.site.get('site');
  const admin = user.role === 'admin';
  return (
    <div className="section" data-testid="admin">
      <div className="list-pane">
        <Counts />
        {admin && <StaffUsers />}
        <OwnPassword />
      </div>
      <div className="detail-pane">
        {admin && site && <SiteForm key={site.version} site={site} />}
        <AuditLog />
      </div>
    </div>
  );
}

function Counts() {
  const { t } = useTranslation();
  const { send, state } = useConsole();
  const [counts, setCounts] = useState<CommandResultOf<'report.counts'> | null>(null);
  useEffect(() => {
    let live = true;
    void send('report.counts', {}).then((r) => live && r.ok && setCounts(r.result));
    return () => {
      live = false;
    };
  }, [send, state.lastSeq]);
  if (!counts) return null;
  return (
    <section>
      <h2>{t('admin.counts')}</h2>
      <dl className="counts" data-testid="counts">
        {(Object.keys(counts) as (keyof typeof counts)[]).map((k) => (
          <div key={k}>
            <dt>{t(`admin.count.${k}`)}</dt>
            <dd>{counts[k]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function StaffUsers() {
  const { t } = useTranslation();
  const { state, send } = useConsole();
  const users = [...state.records.staffUser.values()].sort((a, b) => a.username.localeCompare(b.username));
  const [v, setV] = useState({ username: '', displayName: '', role: 'clerk' as StaffRole, password: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  async function create(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    const checked = checkWith(StaffUserInput, v);
    if (!checked.ok) return setErrors(checked.errors);
    const reply = await send('staff.create', checked.data);
    if (!reply.ok) return setErrors(fromAppError(reply.error));
    setErrors({});
    setV({ username: '', displayName: '', role: 'clerk', password: '' });
    setSaved(t('ui.saved'));
  }
  return (
    <section>
      <h2>{t('admin.staff')}</h2>
      <table className="list">
        <thead>
          <tr>
            <th>{t('admin.username')}</th>
            <th>{t('admin.displayName')}</th>
            <th>{t('admin.role')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <StaffRow key={u.id} user={u} />
          ))}
        </tbody>
      </table>
      <h3>{t('admin.newStaff')}</h3>
      <form className="form" onSubmit={create} noValidate>
        <div className="grid">
          <Field id="staff-username" label={t('admin.username')} path="username" errors={errors}>
            <input
              id="staff-username"
              value={v.username}
              autoComplete="off"
              onChange={(e) => setV({ ...v, username: e.target.value })}
            />
          </Field>
          <Field id="staff-displayName" label={t('admin.displayName')} path="displayName" errors={errors}>
            <input
              id="staff-displayName"
              value={v.displayName}
              onChange={(e) => setV({ ...v, displayName: e.target.value })}
            />
          </Field>
          <Field id="staff-role" label={t('admin.role')} path="role" errors={errors}>
            <select id="staff-role" value={v.role} onChange={(e) => setV({ ...v, role: e.target.value as StaffRole })}>
              {STAFF_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`admin.roles.${r}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="staff-password" label={t('admin.password')} path="password" errors={errors}>
            <input
              id="staff-password"
              type="password"
              autoComplete="new-password"
              value={v.password}
              onChange={(e) => setV({ ...v, password: e.target.value })}
            />
          </Field>
        </div>
        <FormMessage errors={errors} saved={saved} />
        <div className="actions">
          <button type="submit" className="primary">
            {t('admin.createStaff')}
          </button>
        </div>
      </form>
    </section>
  );
}

function StaffRow({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const { send } = useConsole();
  const [errors, setErrors] = useState<FieldErrors>({});
  const update = async (patch: { role?: StaffRole; active?: boolean }) => {
    const reply = await send('staff.update', { id: user.id, ...patch });
    setErrors(reply.ok ? {} : fromAppError(reply.error));
  };
  return (
    <tr className={user.active ? '' : 'muted'}>
      <td>{user.username}</td>
      <td>{user.displayName}</td>
      <td>
        <select
          aria-label={t('admin.role')}
          value={user.role}
          onChange={(e) => update({ role: e.target.value as StaffRole })}
        >
          {STAFF_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`admin.roles.${r}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <button type="button" onClick={() => update({ active: !user.active })}>
          {user.active ? t('admin.deactivate') : t('admin.activate')}
        </button>
        <FormMessage errors={errors} />
      </td>
    </tr>
  );
}

function OwnPassword() {
  const { t } = useTranslation();
  const { send, user } = useConsole();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    const reply = await send('staff.setPassword', { id: user.id, password });
    if (!reply.ok) return setErrors(fromAppError(reply.error));
    setErrors({});
    setPassword('');
    setSaved(t('ui.saved'));
  }
  return (
    <section>
      <h3>{t('admin.ownPassword')}</h3>
      <form className="form inline" onSubmit={submit} noValidate>
        <Field id="own-password" label={t('admin.newPassword')} path="password" errors={errors}>
          <input
            id="own-password"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <button type="submit">{t('ui.save')}</button>
        <FormMessage errors={errors} saved={saved} />
      </form>
    </section>
  );
}

function SiteForm({ site }: { site: Site }) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const { send } = useConsole();
  const [changingCity, setChangingCity] = useState(false);
  const [v, setV] = useState({
    name: site.name,
    district: site.district ?? '',
    minHourlyWage: site.minHourlyWage == null ? '' : String(site.minHourlyWage),
    publicUrl: site.publicUrl,
    timeZone: hallZoneOf(site),
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = checkWith(SiteUpdate, { ...v, minHourlyWage: Number(v.minHourlyWage) });
    if (!checked.ok) return setErrors(checked.errors);
    const reply = await send('site.update', checked.data);
    if (!reply.ok) return setErrors(fromAppError(reply.error));
    setErrors({});
    setSaved(t('ui.saved'));
  }
  if (changingCity || !isSetUp(site))
    return (
      <section>
        <h2>{t('setup.changeTitle')}</h2>
        <SiteSetupForm site={site} onDone={() => setChangingCity(false)} />
      </section>
    );
  return (
    <section>
      <h2>{t('admin.site')}</h2>
      <p data-testid="site-city">
        {t('setup.current')}：<strong>{site.city[lang]}</strong>（{site.city.province}）{site.city.code}{' '}
        <button type="button" onClick={() => setChangingCity(true)} data-testid="change-city">
          {t('setup.changeCity')}
        </button>
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <div className="grid">
          <Field id="site-name" label={t('admin.siteName')} path="name" errors={errors}>
            <input id="site-name" value={v.name} onChange={(e) => setV({ ...v, name: e.target.value })} />
          </Field>
          <Field id="site-district" label={t('admin.siteDistrict')} path="district" errors={errors}>
            <select id="site-district" value={v.district} onChange={(e) => setV({ ...v, district: e.target.value })}>
              {site.districts.map((d) => (
                <option key={d.code} value={d.code}>
                  {d[lang]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="site-minHourlyWage" label={t('admin.minHourlyWage')} path="minHourlyWage" errors={errors}>
            <input
              id="site-minHourlyWage"
              value={v.minHourlyWage}
              inputMode="decimal"
              onChange={(e) => setV({ ...v, minHourlyWage: e.target.value })}
            />
          </Field>
          <Field id="site-publicUrl" label={t('admin.publicUrl')} path="publicUrl" errors={errors}>
            <input
              id="site-publicUrl"
              value={v.publicUrl}
              onChange={(e) => setV({ ...v, publicUrl: e.target.value })}
            />
          </Field>
          <Field
            id="site-timeZone"
            label={t('admin.timeZone')}
            path="timeZone"
            errors={errors}
            hint={t('admin.timeZoneHint')}
          >
            <input
              id="site-timeZone"
              value={v.timeZone}
              spellCheck={false}
              onChange={(e) => setV({ ...v, timeZone: e.target.value })}
            />
          </Field>
        </div>
        <FormMessage errors={errors} saved={saved} />
        <div className="actions">
          <button type="submit" className="primary">
            {t('ui.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

function AuditLog() {
  const { t } = useTranslation();
  const zone = useHallZone();
  const { send, state } = useConsole();
  const [q, setQ] = useState('');
  const [items, setItems] = useState<CommandResultOf<'audit.list'>['items']>([]);
  useEffect(() => {
    let live = true;
    void send('audit.list', { limit: 50, q }).then((r) => live && r.ok && setItems(r.result.items));
    return () => {
      live = false;
    };
  }, [send, q, state.lastSeq]);
  return (
    <section>
      <h2>{t('admin.audit')}</h2>
      <SearchBox id="audit-search" value={q} onChange={setQ} />
      <table className="list compact" data-testid="audit">
        <thead>
          <tr>
            <th>{t('admin.auditAt')}</th>
            <th>{t('admin.auditWho')}</th>
            <th>{t('admin.auditWhat')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id}>
              <td>{formatTime(i.at, zone)}</td>
              <td>
                {i.who ?? '—'}
                {i.station && <div className="muted">{i.station}</div>}
              </td>
              <td>
                <code>{i.command}</code> {i.summary}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
