// The console shell: pairing → sign-in → sections. Alt+1…7 jump between sections, Alt+L switches language;
// an idle clerk is signed out (records dropped from memory); a lost hub session asks for the password again
// without throwing away what is on screen.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StationClient } from '../../shared/station/client';
import type { StaffUser } from '../../shared/domain/entities';
import type { CommandArgs, CommandName } from '../../shared/protocol/commands';
import type { CommandReply } from '../../shared/protocol/events';
import { useStation } from '../../web/station';
import { Console, useConsole, type ConsoleCtx, type Send } from './context';
import { isNoticeLive } from '../../shared/rules/notice';
import { PairingScreen } from './gate/PairingScreen';
import { SignInForm } from './gate/SignInForm';
import { LanguageSwitch } from './ui/LanguageSwitch';
import { useIdleTimeout } from './lib/useIdleTimeout';
import { WorkersSection } from './workers/WorkersSection';
import { EmployersSection } from './employers/EmployersSection';
import { PostingsSection, type PostingTarget } from './postings/PostingsSection';
import { ApplicationsSection } from './applications/ApplicationsSection';
import { StationsSection } from './stations/StationsSection';
import { NoticesSection } from './notices/NoticesSection';
import { AdminSection } from './admin/AdminSection';
import { SiteSetupForm } from './admin/SiteSetupForm';
import { showDistrictsOf } from '../../shared/domain/districts';
import { isSetUp } from '../../shared/domain/site';

export const SECTIONS = ['workers', 'employers', 'postings', 'applications', 'stations', 'notices', 'admin'] as const;
export type Section = (typeof SECTIONS)[number];
const WARN_MS = 60_000;

export function App({ client, idleMinutes = 15 }: { client: StationClient; idleMinutes?: number }) {
  const { t } = useTranslation();
  const state = useStation(client);
  const [user, setUser] = useState<StaffUser | null>(null);
  const [reauth, setReauth] = useState(false);
  const helloRef = useRef(state.hello);
  const site = state.records.site.get('site');
  // Labels (districtName) name the districts of this hall's city.
  showDistrictsOf(site?.districts);

  const send = useCallback<Send>(
    async <N extends CommandName>(name: N, args: CommandArgs<N>) => {
      const reply = (await client.send(name, args)) as CommandReply<N>;
      if (!reply.ok && reply.error.code === 'not_signed_in') setReauth(true);
      return reply;
    },
    [client],
  );

  // A new hello means a new socket session on the hub. After a network blip the hub resumes the sign-in
  // (hello.user); only when it could not (hub restarted, user deactivated) must the clerk sign in again.
  useEffect(() => {
    if (state.hello && state.hello !== helloRef.current && helloRef.current && user && !state.hello.user)
      setReauth(true);
    helloRef.current = state.hello;
  }, [state.hello, user]);

  const signOut = useCallback(async () => {
    if (client.getState().status === 'online') await client.send('staff.signOut', {});
    client.clearRecords();
    setUser(null);
    setReauth(false);
  }, [client]);

  // Revoked while signed in: the station client has already dropped the records; drop the clerk too.
  if (user && state.status === 'pairing') {
    setUser(null);
    setReauth(false);
  }

  const idle = useIdleTimeout(
    !!user,
    idleMinutes * 60_000,
    Math.min(WARN_MS, idleMinutes * 30_000),
    () => void signOut(),
  );

  if (!user) {
    if (state.status === 'pairing' || (!state.hello && state.pairingCode))
      return <PairingScreen client={client} code={state.pairingCode} />;
    return (
      <main className="gate" data-testid="signin-screen">
        <div className="gate-top">
          <ConnectionBadge status={state.status} />
          <LanguageSwitch />
        </div>
        <h1>{t('app.title')}</h1>
        <section className="gate-card narrow">
          <h2>{state.hello?.siteName || t('signIn.title')}</h2>
          {state.hello && <p className="muted">{t('signIn.station', { name: state.hello.stationName })}</p>}
          <SignInForm send={send} onSignedIn={setUser} />
        </section>
      </main>
    );
  }

  const ctx: ConsoleCtx = { state, user, send, now: () => client.now() };
  // A new hub has no city yet: the first signed-in admin chooses it; anyone else is asked to fetch an admin.
  const settingUp = !!site && !isSetUp(site);
  return (
    <Console.Provider value={ctx}>
      {settingUp ? (
        <main className="gate" data-testid="setup-screen">
          <div className="gate-top">
            <ConnectionBadge status={state.status} />
            <LanguageSwitch />
            <button type="button" onClick={() => void signOut()} data-testid="sign-out">
              {t('app.signOut')}
            </button>
          </div>
          <h1>{t('setup.notSetUp')}</h1>
          <section className="gate-card setup-card">
            {user.role === 'admin' ? (
              <>
                <h2>{t('setup.title')}</h2>
                <p className="muted">{t('setup.intro')}</p>
                <SiteSetupForm site={site} />
              </>
            ) : (
              <p data-testid="ask-admin">{t('setup.askAdmin')}</p>
            )}
          </section>
        </main>
      ) : (
        <Shell onSignOut={() => void signOut()} />
      )}
      {idle.secondsLeft !== null && (
        <div className="overlay" role="alertdialog" data-testid="idle-warning">
          <div className="gate-card narrow">
            <h2>{t('idle.title')}</h2>
            <p>{t('idle.body', { seconds: idle.secondsLeft })}</p>
            <div className="actions">
              <button type="button" className="primary" onClick={idle.stay} autoFocus>
                {t('idle.stay')}
              </button>
            </div>
          </div>
        </div>
      )}
      {reauth && (
        <div className="overlay" role="dialog" data-testid="reauth">
          <div className="gate-card narrow">
            <h2>{t('signIn.again')}</h2>
            <p>{t('signIn.againHint')}</p>
            {state.status === 'online' ? (
              <SignInForm
                send={send}
                username={user.username}
                onSignedIn={(u) => {
                  setUser(u);
                  setReauth(false);
                }}
              />
            ) : (
              <p className="banner warn">{t('connection.offline')}</p>
            )}
            <div className="actions">
              <button type="button" onClick={() => void signOut()}>
                {t('app.signOut')}
              </button>
            </div>
          </div>
        </div>
      )}
    </Console.Provider>
  );
}

function ConnectionBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${status === 'online' ? 'good' : 'bad'}`} data-testid="connection">
      {t(`connection.${status}`)}
    </span>
  );
}

function Shell({ onSignOut }: { onSignOut: () => void }) {
  const { t, i18n } = useTranslation();
  const ctx = useConsole();
  const [section, setSection] = useState<Section>('postings');
  const [postingTarget, setPostingTarget] = useState<PostingTarget>({ kind: 'new' });
  const { state, user } = ctx;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const n = Number(e.key);
      if (n >= 1 && n <= SECTIONS.length) {
        e.preventDefault();
        setSection(SECTIONS[n - 1]!);
      } else if (e.key.toLowerCase() === 'l') {
        e.preventDefault();
        void i18n.changeLanguage(i18n.language.startsWith('en') ? 'zh' : 'en');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [i18n]);

  const badges = {
    workers: 0,
    employers: [...state.records.employer.values()].filter((e) => e.vetting === 'pending' && !e.blocked).length,
    postings: 0,
    applications: [...state.records.application.values()].filter((a) => a.status === 'new').length,
    stations: state.records.pairingRequest.size,
    notices: [...state.records.notice.values()].filter((n) => isNoticeLive(n, ctx.now())).length,
    admin: 0,
  };

  return (
    <div className="shell">
      <header className="topbar">
        <h1>{t('app.title')}</h1>
        <span className="site">{state.records.site.get('site')?.name || state.hello?.siteName}</span>
        <span className="muted">{state.hello?.stationName}</span>
        <ConnectionBadge status={state.status} />
        <span className="spacer" />
        <span data-testid="user">
          {user.displayName} · {t(`admin.roles.${user.role}`)}
        </span>
        <LanguageSwitch />
        <button type="button" onClick={onSignOut} data-testid="sign-out">
          {t('app.signOut')}
        </button>
      </header>
      <nav className="sidebar" aria-label={t('nav.label')}>
        {SECTIONS.map((s, i) => (
          <button
            key={s}
            type="button"
            className={s === section ? 'active' : ''}
            onClick={() => setSection(s)}
            data-testid={`nav-${s}`}
            aria-current={s === section ? 'page' : undefined}
          >
            <span>{t(`nav.${s}`)}</span>
            {badges[s] > 0 && <span className="nav-badge">{badges[s]}</span>}
            <kbd>Alt+{i + 1}</kbd>
          </button>
        ))}
        <p className="muted keys">{t('nav.keys')}</p>
      </nav>
      <div className="content">
        {section === 'workers' && <WorkersSection />}
        {section === 'employers' && (
          <EmployersSection
            onNewPosting={(employerId) => {
              setPostingTarget({ kind: 'new', employerId });
              setSection('postings');
            }}
          />
        )}
        {section === 'postings' && <PostingsSection target={postingTarget} onTarget={setPostingTarget} />}
        {section === 'applications' && <ApplicationsSection />}
        {section === 'stations' && <StationsSection />}
        {section === 'notices' && <NoticesSection />}
        {section === 'admin' && <AdminSection />}
      </div>
    </div>
  );
}
