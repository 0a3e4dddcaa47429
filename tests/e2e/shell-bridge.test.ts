// The built pages loaded exactly as the Electron shell loads them — no Electron binary runs here, so this is the
// shell's part played by the test, once: the bundle served from another origin than the hub (as app://bundle is),
// under the shell's own CSP (electron/security.ts buildCsp with the configured hub), with no ?hub= in the URL,
// and a stand-in `window.gighall` installed before the page's scripts. Main's side of the bridge (safeStorage per
// window, silent printing) is played by functions exposed to the page that record what they are asked. The pages
// must reach the hub the bridge names, pair, hand the token to the bridge (none in localStorage), and print
// through it. Also: a hub-served page ignores ?hub= and its CSP names only that hub.
import { describe, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { buildCsp } from '../../electron/security';
import type { StationInfo } from '../../shared/ipc/contract';
import { ADMIN_PASSWORD, waitFor } from '../helpers/hub';
import { approvedEmployer, postingArgs } from '../helpers/fixtures';
import { SCREENS } from '../helpers/browser';
import { e2e } from '../helpers/e2e';

// No loopback auto-pairing: every page here pairs by its code, approved at the desk.
const test = e2e({ hub: {} });

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
};

/** dist/ on its own origin, HTML with the Electron shell's CSP for `hubUrl` (as electron/protocol.ts serves it). */
async function serveBundleLikeTheShell(hubUrl: string): Promise<{ url: string; server: Server }> {
  const root = join(process.cwd(), 'dist');
  const csp = buildCsp(hubUrl);
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    readFile(join(root, path)).then(
      (body) => {
        const type = TYPES[extname(path)] ?? 'application/octet-stream';
        const headers: Record<string, string> = { 'content-type': type };
        if (type.startsWith('text/html')) headers['content-security-policy'] = csp;
        res.writeHead(200, headers).end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server };
}

/** What "main" was asked by the pages: tokens per window key (safeStorage) and print jobs. */
interface ShellSide {
  tokens: Map<string, string | null>;
  prints: { windowKey: string; kind: string }[];
}

/**
 * A window of the app: `window.gighall` exactly as electron/preload.ts shapes it, its calls going to `shell` (the
 * stand-in main process) keyed by this window, like ipcMain handlers keyed by the sender's window.
 */
async function openShellWindow(
  browser: Browser,
  context: BrowserContext | null,
  shell: ShellSide,
  url: string,
  info: StationInfo,
  viewport: { width: number; height: number },
): Promise<{ context: BrowserContext; page: Page }> {
  const ctx = context ?? (await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' }));
  const page = await ctx.newPage();
  page.on('pageerror', (err) => console.error(`[${info.windowKey} pageerror]`, err.message));
  const key = info.windowKey;
  await page.exposeFunction('__shellGetToken', () => shell.tokens.get(key) ?? null);
  await page.exposeFunction('__shellSetToken', (token: string | null) => {
    shell.tokens.set(key, token);
    return true;
  });
  await page.exposeFunction('__shellPrint', (kind: string) => {
    shell.prints.push({ windowKey: key, kind });
    return { ok: true };
  });
  await page.addInitScript((station: StationInfo) => {
    const w = window as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    const api = {
      stationInfo: () => ({ ...station }),
      appVersion: () => '0.0.0-e2e',
      print: (kind = 'document') => w.__shellPrint!(kind),
      getToken: () => w.__shellGetToken!(),
      setToken: (token: string | null) => w.__shellSetToken!(token),
    };
    // contextBridge.exposeInMainWorld makes a frozen, read-only property.
    Object.defineProperty(window, 'gighall', { value: Object.freeze(api), writable: false, configurable: false });
  }, info);
  await page.goto(url);
  return { context: ctx, page };
}

const pairingCode = async (page: Page) => {
  const el = page.getByTestId('pairing-code');
  await page.waitForFunction(() =>
    /^\d{6}$/.test(document.querySelector('[data-testid="pairing-code"]')?.textContent?.trim() ?? ''),
  );
  return (await el.textContent())!.trim();
};

const localStorageText = (page: Page) => page.evaluate(() => JSON.stringify({ ...window.localStorage }));

describe('pages inside the shell: hub, token and printing through the bridge', () => {
  let bundle: { url: string; server: Server };
  const shell: ShellSide = { tokens: new Map(), prints: [] };

  test.beforeAll(async ({ hub, staff }) => {
    const employer = await approvedEmployer(staff);
    await staff.ok('posting.create', { ...postingArgs(employer), publish: true });
    await staff.ok('worker.register', {
      consent: { version: '1', at: Date.now() },
      name: '王建国',
      phone: '13700001111',
    });
    bundle = await serveBundleLikeTheShell(hub.url);
  });
  test.afterAll(() => {
    bundle?.server.close();
  });

  test('kiosk: reaches the hub the bridge names, pairs, keeps its token in the bridge, prints a slip through it', async ({
    hub,
    staff,
    browser,
  }) => {
    const info: StationInfo = { role: 'kiosk', hubUrl: hub.url, windowKey: 'kiosk' };
    const { context, page } = await openShellWindow(
      browser,
      null,
      shell,
      `${bundle.url}/renderer/kiosk/index.html`,
      info,
      SCREENS.portrait,
    );
    const code = await pairingCode(page);
    await staff.ok('station.approve', { code, role: 'kiosk', name: '一号自助机' });
    await page.getByRole('button', { name: /找工作/ }).waitFor();
    const token = await waitFor(() => shell.tokens.get('kiosk'), 'the token at the bridge');
    expect(hub.hub.stationForToken(token)?.name).toBe('一号自助机');
    expect(await localStorageText(page)).not.toContain(token);

    await page.getByRole('button', { name: /找工作/ }).click();
    await page.getByTestId('trade-electrician').click();
    await page.getByTestId('result-card').first().click();
    await page.getByTestId('print').click();
    await waitFor(() => shell.prints.length === 1, 'a print job');
    expect(shell.prints).toEqual([{ windowKey: 'kiosk', kind: 'slip' }]);

    // A reload (the shell's crash recovery) finds the token in the bridge: no new pairing code.
    await page.reload();
    await page.getByRole('button', { name: /找工作/ }).waitFor();
    expect(await page.getByTestId('pairing-code').count()).toBe(0);
    await context.close();
  });

  test('display: two windows on one PC pair as two stations, each token under its own window key', async ({
    hub,
    staff,
    browser,
  }) => {
    const left = await openShellWindow(
      browser,
      null,
      shell,
      `${bundle.url}/display/index.html?layout=landscape`,
      { role: 'display', hubUrl: hub.url, windowKey: 'display-0', displayIndex: 0, layout: 'landscape' },
      SCREENS.landscape,
    );
    // Same origin, same profile: the second window shares localStorage and IndexedDB with the first.
    const right = await openShellWindow(
      browser,
      left.context,
      shell,
      `${bundle.url}/display/index.html?layout=portrait`,
      { role: 'display', hubUrl: hub.url, windowKey: 'display-1', displayIndex: 1, layout: 'portrait' },
      SCREENS.landscape,
    );
    const codes = [await pairingCode(left.page), await pairingCode(right.page)];
    expect(codes[0]).not.toBe(codes[1]);
    await staff.ok('station.approve', { code: codes[0]!, role: 'display', name: '东墙大屏' });
    await staff.ok('station.approve', { code: codes[1]!, role: 'display', name: '西墙大屏' });
    for (const { page } of [left, right]) await page.waitForSelector('[data-testid="display"][data-status="online"]');
    const t0 = await waitFor(() => shell.tokens.get('display-0'), 'left token');
    const t1 = await waitFor(() => shell.tokens.get('display-1'), 'right token');
    expect(hub.hub.stationForToken(t0)?.name).toBe('东墙大屏');
    expect(hub.hub.stationForToken(t1)?.name).toBe('西墙大屏');
    const stored = await localStorageText(left.page);
    expect(stored).not.toContain(t0);
    expect(stored).not.toContain(t1);
    await left.context.close();
  });

  test('console: pairs through the bridge and prints a worker card through it', async ({ hub, staff, browser }) => {
    const { context, page } = await openShellWindow(
      browser,
      null,
      shell,
      `${bundle.url}/renderer/staff/index.html`,
      { role: 'staff', hubUrl: hub.url, windowKey: 'console', stationName: '服务台' },
      SCREENS.landscape,
    );
    const code = await pairingCode(page);
    await staff.ok('station.approve', { code, role: 'staff', name: '服务台二号' });
    await page.waitForSelector('[data-testid="sign-in"]');
    const token = await waitFor(() => shell.tokens.get('console'), 'the token at the bridge');
    expect(hub.hub.stationForToken(token)?.name).toBe('服务台二号');
    expect(await localStorageText(page)).not.toContain(token);
    await page.fill('#signin-username', 'admin');
    await page.fill('#signin-password', ADMIN_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByTestId('nav-workers').click();
    await page.locator('[data-testid="worker-row"]', { hasText: '王建国' }).click();
    await page.getByTestId('print-card').click();
    await waitFor(() => shell.prints.some((p) => p.windowKey === 'console'), 'a print job');
    expect(shell.prints.filter((p) => p.windowKey === 'console')).toEqual([{ windowKey: 'console', kind: 'document' }]);
    await context.close();
  });

  test('a page served by the hub ignores ?hub= and its CSP lets it reach that hub only', async ({ hub, browser }) => {
    const decoy = createServer((_req, res) => res.writeHead(404).end());
    const asked: string[] = [];
    decoy.on('request', (req) => asked.push(req.url ?? ''));
    decoy.on('upgrade', (req, socket) => {
      asked.push(req.url ?? '');
      socket.destroy();
    });
    await new Promise<void>((resolve) => decoy.listen(0, '127.0.0.1', resolve));
    const address = decoy.address();
    const elsewhere = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      const context = await browser.newContext({ viewport: SCREENS.landscape, locale: 'zh-CN' });
      const page = await context.newPage();
      const response = await page.goto(`${hub.url}/staff/?hub=${encodeURIComponent(elsewhere)}`);
      const csp = response?.headers()['content-security-policy'] ?? '';
      const host = new URL(hub.url).host;
      expect(csp).toMatch(new RegExp(`connect-src 'self' ws://${host} wss://${host}(;|$)`));
      // The page pairs with the hub that served it (a code from that hub) and never calls the decoy.
      const code = await pairingCode(page);
      expect(hub.hub.records.list('pairingRequest').map((r) => r.code)).toContain(code);
      expect(asked).toEqual([]);
      await context.close();
    } finally {
      decoy.close();
    }
  });
});
