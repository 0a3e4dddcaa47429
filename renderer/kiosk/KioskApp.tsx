// The kiosk page: the pairing code while unpaired, otherwise one visit after another. Ending a visit wipes every
// trace of the visitor: the React state (remount), the identified worker on the hub socket, session storage,
// the history entry's state, any focus, and the voice.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { StationClient } from '../../shared/station/client';
import { useStation } from '../../web/station';
import { showDistrictsOf } from '../../shared/domain/districts';
import { isSetUp } from '../../shared/domain/site';
import { Visit } from './Visit';
import { stopSpeaking } from './speech';
import type { IdleConfig } from './idleConfig';

export function wipeVisitorTraces(client: StationClient, i18n: I18n): void {
  // Whatever the last visitor queued is a replay from now on: its replies and refusals never reach the next one.
  client.beginVisit();
  // The hub answers worker.identify without pushing `worker:self`, so the client may not know someone was
  // identified: tell the hub to forget whoever it was, every time, so nothing personal reaches the next visitor.
  if (client.getState().self) client.forgetSelf();
  else if (client.getState().status === 'online') void client.send('worker.forget', {});
  stopSpeaking();
  try {
    window.sessionStorage.clear();
  } catch {
    // Storage disabled: nothing was stored there either.
  }
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  (document.activeElement as HTMLElement | null)?.blur?.();
  window.scrollTo?.(0, 0);
  void i18n.changeLanguage('zh');
  document.documentElement.lang = 'zh-CN';
}

function Pairing({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <main className="pairing">
      <h1>{t('pairing.title')}</h1>
      <p className="lead">{t('pairing.code')}</p>
      <p className="pairing-code" data-testid="pairing-code">
        {code}
      </p>
      <p className="lead">{t('pairing.hint')}</p>
    </main>
  );
}

/** A hub with no city yet: say so calmly rather than show a wrong city's districts. */
function NotSetUp() {
  const { t } = useTranslation();
  return (
    <main className="pairing" data-testid="not-set-up">
      <h1>{t('notSetUp.title')}</h1>
      <p className="lead">{t('notSetUp.hint')}</p>
    </main>
  );
}

export function KioskApp({ client, i18n, idle }: { client: StationClient; i18n: I18n; idle: IdleConfig }) {
  const state = useStation(client);
  const site = state.records.site.get('site');
  // Labels (districtName) name the districts of this hall's city.
  showDistrictsOf(site?.districts);
  const [visit, setVisit] = useState(0);
  const endVisit = useCallback(() => {
    wipeVisitorTraces(client, i18n);
    setVisit((v) => v + 1);
  }, [client, i18n]);
  if (state.pairingCode) return <Pairing code={state.pairingCode} />;
  if (site && !isSetUp(site)) return <NotSetUp />;
  return <Visit key={visit} client={client} i18n={i18n} idle={idle} onEnd={endVisit} />;
}
