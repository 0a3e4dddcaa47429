// Finding the site hub on the LAN by mDNS / DNS-SD (service type _gighall._tcp), and advertising it from the hub PC.
import { isIP } from 'node:net';
import Bonjour from 'bonjour-service';

export const SERVICE_TYPE = 'gighall';

/** What a discovered service looks like (a subset of bonjour-service's Service). */
export interface FoundService {
  name?: string;
  host?: string;
  port: number;
  addresses?: string[];
  txt?: Record<string, unknown>;
}

/** Turn an mDNS answer into the hub's origin. Prefers a private IPv4 address (works without mDNS name resolution
 *  in Chromium), then any IPv4, then IPv6, then the host name. TXT `proto=https` selects https. */
export function hubUrlFromService(s: FoundService): string | null {
  if (!Number.isInteger(s.port) || s.port < 1 || s.port > 65_535) return null;
  const proto = s.txt?.proto === 'https' ? 'https' : 'http';
  const addrs = (s.addresses ?? []).filter((a) => isIP(a) !== 0);
  const v4 = addrs.filter((a) => isIP(a) === 4 && !a.startsWith('127.') && !a.startsWith('169.254.'));
  const isPrivate = (a: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(a);
  const v6 = addrs.filter((a) => isIP(a) === 6 && !a.toLowerCase().startsWith('fe80'));
  let host: string | undefined = v4.find(isPrivate) ?? v4[0];
  if (!host && v6[0]) host = `[${v6[0]}]`;
  if (!host && s.host && /^[a-z0-9.-]+$/i.test(s.host)) host = s.host;
  if (!host) return null;
  try {
    return new URL(`${proto}://${host}:${s.port}`).origin;
  } catch {
    return null;
  }
}

/** The bit of bonjour-service used for browsing (injectable for tests). */
export interface Browsing {
  find(opts: { type: string; protocol: 'tcp' }, onUp: (s: FoundService) => void): { stop(): void };
  destroy(): void;
}

function realBonjour(): Browsing {
  const b = new Bonjour();
  return {
    find: (opts, onUp) => b.find(opts, (s) => onUp(s as unknown as FoundService)),
    destroy: () => b.destroy(),
  };
}

/** Look for the hub for up to timeoutMs; resolves with its origin or null. */
export function discoverHub(timeoutMs: number, makeBonjour: () => Browsing = realBonjour): Promise<string | null> {
  return new Promise((resolve) => {
    let bonjour: Browsing;
    try {
      bonjour = makeBonjour();
    } catch {
      resolve(null);
      return;
    }
    let done = false;
    const finish = (url: string | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        browser.stop();
        bonjour.destroy();
      } catch {
        /* already closed */
      }
      resolve(url);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    // Answers may arrive synchronously; finish in a microtask, once `browser` exists.
    const browser = bonjour.find({ type: SERVICE_TYPE, protocol: 'tcp' }, (s) => {
      const url = hubUrlFromService(s);
      if (url) queueMicrotask(() => finish(url));
    });
  });
}

/** Advertise the in-process hub on the LAN. Returns a function that withdraws the advertisement. */
export function advertiseHub(port: number, name: string): () => void {
  const b = new Bonjour();
  b.publish({ name, type: SERVICE_TYPE, protocol: 'tcp', port, txt: { proto: 'http', v: '1' } });
  return () => b.unpublishAll(() => b.destroy());
}
