// One visitor's session: navigation, filters, the registration form, language, large text and read-aloud.
// Everything a visitor leaves behind lives in this component's state, so ending the visit (exit, home or idle)
// is a remount: nothing survives it. Navigation is an in-app stack, never browser history.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { StationClient } from '../../shared/station/client';
import type { PublicPosting } from '../../shared/domain/entities';
import { useStation } from '../../web/station';
import { SessionContext, type KioskSession, type Route } from './kioskContext';
import { prepareSpeech, speak, stopSpeaking } from './speech';
import { useIdle } from './useIdle';
import type { IdleConfig } from './idleConfig';
import { EMPTY_FILTER, type PostingFilter } from './postingQuery';
import { EMPTY_FORM, type RegisterForm } from './register/form';
import { Register } from './register/Register';
import { Attract } from './screens/Attract';
import { TradeTiles } from './screens/TradeTiles';
import { SearchScreen } from './screens/SearchScreen';
import { Results } from './screens/Results';
import { Detail } from './screens/Detail';
import { Apply, Done } from './screens/Apply';
import { Identify, Matches, type SelfView } from './screens/Matches';
import { IdleWarning } from './screens/IdleWarning';
import { Icon } from './Icon';

export function Visit({
  client,
  i18n,
  idle,
  onEnd,
}: {
  client: StationClient;
  i18n: I18n;
  idle: IdleConfig;
  onEnd(): void;
}) {
  const { t } = useTranslation();
  const state = useStation(client);
  const [stack, setStack] = useState<Route[]>([{ name: 'attract' }]);
  const [filter, setFilter] = useState<PostingFilter>(EMPTY_FILTER);
  const [form, setForm] = useState<RegisterForm>(EMPTY_FORM);
  const [lang, setLang] = useState<'zh' | 'en'>('zh');
  const [large, setLarge] = useState(false);
  const [speakOn, setSpeakOn] = useState(false);
  const [identified, setIdentified] = useState<SelfView | null>(null);
  const screenText = useRef('');
  const speakOnRef = useRef(false);
  const langRef = useRef<'zh' | 'en'>('zh');
  const postings = useRef(new Map<string, PublicPosting>());
  const route = stack[stack.length - 1]!;

  useEffect(() => {
    document.documentElement.classList.toggle('large', large);
    return () => document.documentElement.classList.remove('large');
  }, [large]);

  const sayNow = useCallback((text: string) => speak(text, langRef.current, 'interrupt'), []);
  const setScreenText = useCallback((text: string) => {
    screenText.current = text;
    if (speakOnRef.current) speak(text, langRef.current, 'screen');
  }, []);
  // With read-aloud on, every tap reads what was tapped (a tile, a card, a key): its label, else its words.
  const readTapped = (event: React.MouseEvent) => {
    if (!speakOnRef.current) return;
    const button = (event.target as Element).closest?.('button, [role="button"]');
    if (!button || button.closest('[data-no-readout]')) return;
    const text = button.getAttribute('data-say') ?? button.getAttribute('aria-label') ?? button.textContent ?? '';
    speak(text.replace(/\s+/g, ' ').trim(), langRef.current, 'interrupt');
  };
  const go = useCallback((r: Route) => {
    setStack((s) => [...s, r]);
    window.scrollTo?.(0, 0);
  }, []);
  const back = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);
  const reset = onEnd;

  const session: KioskSession = useMemo(
    () => ({
      client,
      lang,
      go,
      back,
      reset,
      sayNow,
      setScreenText,
      rememberPosting: (p) => postings.current.set(p.id, p),
      postingById: (id) => postings.current.get(id),
    }),
    [client, lang, go, back, reset, sayNow, setScreenText],
  );

  const chooseLang = (next: 'zh' | 'en') => {
    langRef.current = next;
    setLang(next);
    void i18n.changeLanguage(next);
    document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  };
  const toggleSpeak = () => {
    const on = !speakOnRef.current;
    speakOnRef.current = on;
    setSpeakOn(on);
    if (on) {
      prepareSpeech(langRef.current);
      speak(t('top.speakStarted'), langRef.current, 'interrupt');
      speak(screenText.current, langRef.current, 'screen');
    } else stopSpeaking();
  };

  const active = route.name !== 'attract' || lang !== 'zh' || large || speakOn;
  const idleState = useIdle(active, idle, onEnd);

  let screen: React.ReactNode;
  switch (route.name) {
    case 'attract':
      screen = <Attract />;
      break;
    case 'trades':
      screen = <TradeTiles filter={filter} setFilter={setFilter} />;
      break;
    case 'search':
      screen = <SearchScreen filter={filter} setFilter={setFilter} />;
      break;
    case 'results':
      screen = <Results filter={filter} setFilter={setFilter} />;
      break;
    case 'detail':
      screen = <Detail postingId={route.postingId} />;
      break;
    case 'apply':
      screen = <Apply postingId={route.postingId} />;
      break;
    case 'applied':
      screen = (
        <Done
          message={route.queued ? t('apply.queued') : t('apply.done')}
          say={route.queued ? t('apply.queuedSay') : t('apply.doneSay')}
        >
          <button
            type="button"
            className="wide-button"
            onClick={() =>
              setStack((s) =>
                s.slice(
                  0,
                  s.findIndex((r) => r.name === 'apply'),
                ),
              )
            }
          >
            <Icon name="back" /> {t('top.back')}
          </button>
          <button type="button" className="primary wide-button" onClick={onEnd}>
            <Icon name="home" /> {t('top.home')}
          </button>
        </Done>
      );
      break;
    case 'register':
      screen = (
        <Register
          form={form}
          setForm={setForm}
          onDone={(queued, self) => {
            if (self) setIdentified(self);
            setStack([{ name: 'attract' }, { name: 'registered', queued }]);
          }}
        />
      );
      break;
    case 'registered':
      screen = (
        <Done
          message={route.queued ? t('register.queued') : t('register.done')}
          say={route.queued ? t('register.queuedSay') : t('register.doneSay')}
        >
          {!route.queued && (state.self ?? identified) && (
            <button type="button" className="wide-button" onClick={() => go({ name: 'matches' })}>
              <Icon name="star" /> {t('register.seeMatches')}
            </button>
          )}
          <button type="button" className="primary wide-button" onClick={onEnd}>
            <Icon name="home" /> {t('top.home')}
          </button>
        </Done>
      );
      break;
    case 'identify':
      screen = <Identify onIdentified={setIdentified} />;
      break;
    case 'matches':
      screen = <Matches identified={identified} />;
      break;
  }

  return (
    <SessionContext.Provider value={session}>
      <div
        className={`kiosk ${large ? 'large' : ''}`}
        lang={lang === 'zh' ? 'zh-CN' : 'en'}
        onClickCapture={readTapped}
      >
        <header className="topbar">
          <div className="topbar-nav">
            {route.name !== 'attract' && (
              <button type="button" className="top-button" onClick={onEnd}>
                <Icon name="home" /> {t('top.home')}
              </button>
            )}
            {stack.length > 1 && !['register', 'registered', 'applied'].includes(route.name) && (
              <button type="button" className="top-button" onClick={back} data-testid="back">
                <Icon name="back" /> {t('top.back')}
              </button>
            )}
          </div>
          <div className="topbar-tools">
            <button
              type="button"
              className="top-button"
              onClick={() => chooseLang(lang === 'zh' ? 'en' : 'zh')}
              lang={lang === 'zh' ? 'en' : 'zh-CN'}
            >
              <Icon name="globe" /> {t('top.switchLang')}
            </button>
            <button
              type="button"
              className="top-button"
              aria-pressed={large}
              onClick={() => setLarge((v) => !v)}
              data-testid="large"
            >
              <Icon name="text" /> {large ? t('top.largeOn') : t('top.large')}
            </button>
            <button
              type="button"
              className="top-button speak-button"
              aria-pressed={speakOn}
              onClick={toggleSpeak}
              data-testid="speak"
              data-no-readout
            >
              <Icon name="speaker" /> {speakOn ? t('top.speakOn') : t('top.speak')}
            </button>
          </div>
        </header>
        {(state.status === 'offline' || state.queued > 0) && (
          <p className="status-line" role="status">
            {state.status === 'offline' && (
              <>
                <Icon name="offline" /> {t('status.offline')}
              </>
            )}{' '}
            {state.queued > 0 && t('status.queued', { count: state.queued })}
          </p>
        )}
        <main className="screen" data-screen={route.name}>
          {screen}
        </main>
        {idleState.warning && <IdleWarning seconds={idleState.secondsLeft} onContinue={idleState.stillHere} />}
      </div>
    </SessionContext.Provider>
  );
}
