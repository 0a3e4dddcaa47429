import { describe, expect, it } from 'vitest';
import {
  buildCsp,
  hubConnectSources,
  insecureHubOriginsToTrust,
  isNavigationAllowed,
  isPermissionAllowed,
  isTrustedSender,
  isTrustedUrl,
  windowOpenDecision,
} from './security';

describe('trusted URL', () => {
  it('trusts only pages of our bundle', () => {
    expect(isTrustedUrl('app://bundle/renderer/kiosk/index.html')).toBe(true);
    expect(isTrustedUrl('app://bundle')).toBe(true);
    expect(isTrustedUrl('app://other/renderer/kiosk/index.html')).toBe(false);
    expect(isTrustedUrl('app://x@bundle/')).toBe(false);
    expect(isTrustedUrl('http://bundle/')).toBe(false);
    expect(isTrustedUrl('https://example.com/')).toBe(false);
    expect(isTrustedUrl('file:///etc/passwd')).toBe(false);
    expect(isTrustedUrl('javascript:alert(1)')).toBe(false);
    expect(isTrustedUrl('not a url')).toBe(false);
    expect(isTrustedUrl('app://bundle.evil.com/')).toBe(false);
  });
});

describe('navigation and window.open', () => {
  it('allows moves within the bundle only', () => {
    expect(
      isNavigationAllowed('app://bundle/renderer/kiosk/index.html', 'app://bundle/renderer/kiosk/index.html#/jobs'),
    ).toBe(true);
    expect(isNavigationAllowed('app://bundle/renderer/kiosk/index.html', 'https://example.com/')).toBe(false);
    expect(isNavigationAllowed('app://bundle/x', 'http://192.168.1.10:4080/kiosk/')).toBe(false);
    expect(isNavigationAllowed('https://evil/', 'app://bundle/x')).toBe(false);
  });
  it('denies every new window', () => {
    expect(windowOpenDecision('app://bundle/renderer/kiosk/index.html')).toEqual({ action: 'deny' });
    expect(windowOpenDecision('https://example.com')).toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  const page = 'app://bundle/renderer/kiosk/index.html';
  it('denies what no role needs', () => {
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'fullscreen',
      'clipboard-read',
      'hid',
      'usb',
      'serial',
      'display-capture',
    ]) {
      expect(isPermissionAllowed('kiosk', p, page)).toBe(false);
      expect(isPermissionAllowed('display', p, page)).toBe(false);
      expect(isPermissionAllowed('hub', p, page)).toBe(false);
    }
  });
  it('grants LAN access to our pages, and clipboard writes to staff only', () => {
    expect(isPermissionAllowed('kiosk', 'local-network-access', page)).toBe(true);
    expect(isPermissionAllowed('display', 'local-network-access', 'app://bundle')).toBe(true);
    expect(isPermissionAllowed('kiosk', 'local-network-access', 'https://evil/')).toBe(false);
    expect(isPermissionAllowed('hub', 'clipboard-sanitized-write', 'app://bundle/renderer/staff/index.html')).toBe(
      true,
    );
    expect(isPermissionAllowed('kiosk', 'clipboard-sanitized-write', page)).toBe(false);
  });
});

describe('IPC sender', () => {
  const own = new Set([7]);
  it('accepts the top frame of our own window on a bundle page', () => {
    expect(
      isTrustedSender({ frameUrl: 'app://bundle/renderer/staff/index.html', isMainFrame: true, webContentsId: 7 }, own),
    ).toBe(true);
  });
  it('refuses subframes, foreign pages, other web contents and gone frames', () => {
    expect(isTrustedSender({ frameUrl: 'app://bundle/x.html', isMainFrame: false, webContentsId: 7 }, own)).toBe(false);
    expect(isTrustedSender({ frameUrl: 'https://evil/', isMainFrame: true, webContentsId: 7 }, own)).toBe(false);
    expect(isTrustedSender({ frameUrl: 'app://bundle/x.html', isMainFrame: true, webContentsId: 8 }, own)).toBe(false);
    expect(isTrustedSender({ frameUrl: null, isMainFrame: true, webContentsId: 7 }, own)).toBe(false);
  });
});

describe('CSP', () => {
  it('is strict and names the hub socket as the only remote endpoint', () => {
    const csp = buildCsp('http://192.168.1.10:4080');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self' http://192.168.1.10:4080 ws://192.168.1.10:4080");
    // WebAssembly compilation only (the kiosk's bundled voice); no inline script, no JavaScript eval, no wildcard.
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(csp.replace("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });
  it('uses wss for an https hub and nothing for none', () => {
    expect(hubConnectSources('https://hub.example:8443')).toEqual([
      'https://hub.example:8443',
      'wss://hub.example:8443',
    ]);
    expect(hubConnectSources(null)).toEqual([]);
    expect(hubConnectSources('ftp://x')).toEqual([]);
    expect(buildCsp(null)).toContain("connect-src 'self';");
  });
  it('asks Chromium to trust only a plain-http hub', () => {
    expect(insecureHubOriginsToTrust('http://10.0.0.2:4080')).toEqual(['http://10.0.0.2:4080', 'ws://10.0.0.2:4080']);
    expect(insecureHubOriginsToTrust('https://hub')).toEqual([]);
    expect(insecureHubOriginsToTrust(null)).toEqual([]);
  });
});
