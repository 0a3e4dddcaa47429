// Which hub a page talks to. A page may talk only to the hub its station is configured for, never to one named in
// its URL: a link like http://HUB/staff/?hub=http://elsewhere looks like the real hub in the address bar, and a
// page that obeyed it would hand its station token, and then a clerk's password, to `elsewhere`. So, in order:
//   1. inside the Electron app: the hub from the shell's station.json / --hub / mDNS (the bridge says which);
//   2. a copy of the pages served locally on the station: the hub in that copy's own /station.json;
//   3. otherwise the hub that served the page: its own origin.
// The query string is never read for this.
import type { PageBridge } from './bridge';

export type HubSource = 'shell' | 'config' | 'origin';

/** Where a locally served copy of dist/ names its hub: `{ "hubUrl": "http://192.168.1.10:8420" }`. */
export const STATION_CONFIG_PATH = '/station.json';

/** The http(s) origin of a hub address, or null for anything else. */
export function hubOrigin(url: unknown): string | null {
  if (typeof url !== 'string' || !url) return null;
  try {
    const u = new URL(url);
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.username || u.password) return null;
    return u.origin;
  } catch {
    return null;
  }
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

async function configuredHub(fetchFn: Fetch): Promise<string | null> {
  try {
    const res = await fetchFn(STATION_CONFIG_PATH, { cache: 'no-store', credentials: 'omit', redirect: 'error' });
    if (!res.ok) return null;
    const body = (await res.json()) as { hubUrl?: unknown } | null;
    return hubOrigin(body?.hubUrl);
  } catch {
    return null;
  }
}

export async function resolveHub(
  bridge: Pick<PageBridge, 'info'>,
  origin: string = window.location.origin,
  fetchFn: Fetch = (input, init) => window.fetch(input, init),
): Promise<{ url: string; source: HubSource }> {
  const shell = hubOrigin(bridge.info?.hubUrl);
  if (shell) return { url: shell, source: 'shell' };
  const config = await configuredHub(fetchFn);
  if (config) return { url: config, source: 'config' };
  return { url: origin, source: 'origin' };
}
