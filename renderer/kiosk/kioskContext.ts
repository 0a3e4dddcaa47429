// What every kiosk screen needs from the shell: the station client, the visitor's language, navigation within
// the session, and the read-aloud voice. Navigation is in-app state (never browser history), so a reset wipes it.
import { createContext, useContext, useEffect } from 'react';
import type { StationClient } from '../../shared/station/client';
import type { PublicPosting } from '../../shared/domain/entities';

export type Route =
  | { name: 'attract' }
  | { name: 'trades' }
  | { name: 'search' }
  | { name: 'results' }
  | { name: 'detail'; postingId: string }
  | { name: 'apply'; postingId: string }
  | { name: 'applied'; queued: boolean }
  | { name: 'register' }
  | { name: 'registered'; queued: boolean }
  | { name: 'identify' }
  | { name: 'matches' };

export interface KioskSession {
  client: StationClient;
  lang: 'zh' | 'en';
  go(route: Route): void;
  back(): void;
  /** End the visit: back to the attract screen with everything wiped. */
  reset(): void;
  /** Speak now, whatever the read-aloud switch says (validation messages, confirmations). */
  sayNow(text: string): void;
  /** Declare the current screen's key text: spoken on arrival when read-aloud is on. */
  setScreenText(text: string): void;
  /** Remember a posting the visitor opened, so its detail page works from the hub's search answer too. */
  rememberPosting(p: PublicPosting): void;
  postingById(id: string): PublicPosting | undefined;
}

export const SessionContext = createContext<KioskSession | null>(null);

export function useSession(): KioskSession {
  const s = useContext(SessionContext);
  if (!s) throw new Error('kiosk screen outside a session');
  return s;
}

/** A screen's key text for read-aloud. */
export function useScreenText(text: string): void {
  const { setScreenText } = useSession();
  useEffect(() => setScreenText(text), [setScreenText, text]);
}
