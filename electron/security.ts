// The lockdown rules as small pure functions (after Actual Budget's shell): which URLs are ours, which
// navigations / windows / permissions are allowed, which IPC senders are trusted, and the page CSP.
import type { ShellRole } from './config';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for pages of our own bundle: app://bundle/… */
export function isTrustedUrl(url: string): boolean {
  const u = parse(url);
  return !!u && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && !u.username && !u.password;
}

/** will-navigate / will-redirect / will-frame-navigate: the single-page apps never leave their own page, so only
 *  a navigation within the bundle (reload, hash or query change, another bundle page) is allowed. */
export function isNavigationAllowed(from: string, to: string): boolean {
  return isTrustedUrl(from) && isTrustedUrl(to);
}

/** setWindowOpenHandler: no page ever opens a window — not even a trusted one (a kiosk has nowhere to put it). */
export function windowOpenDecision(_url: string): { action: 'deny' } {
  return { action: 'deny' };
}

type Permission = string;

/** Permissions a role's pages may hold; everything else is denied.
 *  - local-network-access / local-network / loopback-network: the hub sits on the LAN (Chromium's Local Network
 *    Access asks before a page talks to a private address); every role needs its hub.
 *  - clipboard-sanitized-write: staff copy phone numbers and reference codes. */
const ROLE_PERMISSIONS: Record<ShellRole, readonly Permission[]> = {
  kiosk: ['local-network-access', 'local-network', 'loopback-network'],
  display: ['local-network-access', 'local-network', 'loopback-network'],
  hub: ['local-network-access', 'local-network', 'loopback-network', 'clipboard-sanitized-write'],
};

export function isPermissionAllowed(role: ShellRole, permission: Permission, requestingUrl: string): boolean {
  return isTrustedUrl(requestingUrl) && ROLE_PERMISSIONS[role].includes(permission);
}

/** What main knows about the frame that sent an IPC message. */
export interface SenderFacts {
  /** URL of the sending frame (event.senderFrame.url); null when the frame is gone. */
  frameUrl: string | null;
  /** The sender is the top frame of its page (senderFrame.parent === null). */
  isMainFrame: boolean;
  /** webContents id of the sender. */
  webContentsId: number;
}

/** Every IPC handler first asks this: the message must come from the top frame of one of our own windows, showing
 *  a page of our bundle. */
export function isTrustedSender(facts: SenderFacts, ownWebContentsIds: ReadonlySet<number>): boolean {
  return (
    facts.isMainFrame &&
    ownWebContentsIds.has(facts.webContentsId) &&
    facts.frameUrl !== null &&
    isTrustedUrl(facts.frameUrl)
  );
}

/** The hub's socket endpoints for connect-src: its http(s) origin and the matching ws(s) origin. */
export function hubConnectSources(hubUrl: string | null): string[] {
  const u = hubUrl ? parse(hubUrl) : null;
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) return [];
  const ws = u.protocol === 'https:' ? 'wss:' : 'ws:';
  return [u.origin, `${ws}//${u.host}`];
}

/** Strict CSP for bundle pages: only our own scripts and styles, no inline script, no eval, no frames, no plugins;
 *  the only remote endpoint is the hub's socket. */
export function buildCsp(hubUrl: string | null): string {
  const connect = ["'self'", ...hubConnectSources(hubUrl)].join(' ');
  return [
    "default-src 'none'",
    // 'wasm-unsafe-eval' lets the kiosk compile its bundled voice (WebAssembly); JavaScript eval stays forbidden.
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' data: blob:",
    `connect-src ${connect}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Origins Chromium must treat as secure so our secure app:// pages may reach a plain-http hub on the LAN
 *  (otherwise it is blocked as mixed content). https hubs need nothing. */
export function insecureHubOriginsToTrust(hubUrl: string | null): string[] {
  const u = hubUrl ? parse(hubUrl) : null;
  if (!u || u.protocol !== 'http:') return [];
  return [u.origin, `ws://${u.host}`];
}
