// Electron main process: the station shell. Thin wiring of the pure modules beside it; see docs/electron.md.
//   role hub     → starts the site hub in-process, advertises it on the LAN, opens the staff console
//   role kiosk   → one locked-down fullscreen kiosk window
//   role display → one fullscreen window per configured monitor, each with its own layout
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerSaveBlocker,
  protocol,
  safeStorage,
  screen,
  session,
} from 'electron';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE_NAME, parseFlags, resolveConfig } from './config';
import type { StationConfig } from './config';
import { advertiseHub, discoverHub } from './discovery';
import { isPrintKind, isValidToken } from '../shared/ipc/contract';
import type { IpcChannel } from '../shared/ipc/contract';
import { createLogger } from './logger';
import { planPrint } from './printing';
import { createBundleHandler } from './protocol';
import { CrashTracker, HangTracker, loadRetryDelayMs, msUntilNextLocalTime, nightlyRestartDue } from './recovery';
import type { RecoveryAction } from './recovery';
import {
  APP_ORIGIN,
  APP_SCHEME,
  buildCsp,
  insecureHubOriginsToTrust,
  isNavigationAllowed,
  isPermissionAllowed,
  isTrustedSender,
  windowOpenDecision,
} from './security';
import { isBlockedShortcut } from './shortcuts';
import { initRequested, maintenanceCommand, runMaintenance } from './maintenance';
import { WAITING_PATH, waitingPageHtml } from './status-page';
import { TokenStore } from './token-store';
import { HIDE_CURSOR_CSS, windowSpecs } from './windows';
import type { WindowContext, WindowSpec } from './windows';

const here = path.dirname(fileURLToPath(import.meta.url)); // dist-electron/
const bundleRoot = path.join(app.getAppPath(), 'dist');
const preloadPath = path.join(here, 'preload.cjs');
const startedAt = Date.now();

// ---- before ready -------------------------------------------------------------------------------------------
// app:// is standard (relative URLs, storage) and secure (a secure context: crypto.randomUUID, no mixed-content
// downgrade of our own pages); fetch() works on it.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
Menu.setApplicationMenu(null);
// Every renderer sandboxed, whatever a window's options say.
app.enableSandbox();

// `--backup`, `--restore=<file>`, `--reset-admin-password`: run that on the hub's data dir and exit (maintenance.ts).
const maintenance = maintenanceCommand(process.argv);
const gotLock = maintenance ? false : app.requestSingleInstanceLock();
if (!gotLock && !maintenance) app.quit();

const userData = app.getPath('userData');
const log = createLogger(userData);
const flags = parseFlags(process.argv);
const configPath = flags.configPath ? path.resolve(flags.configPath) : path.join(userData, CONFIG_FILE_NAME);
let configText: string | null = null;
try {
  configText = readFileSync(configPath, 'utf8');
} catch {
  log.info({ configPath }, 'no config file; using defaults and flags');
}
const { config, errors: configErrors } = resolveConfig(configText, process.argv, configPath);
for (const e of configErrors) log.error({ configPath }, `config: ${e}`);
if (maintenance) {
  const { code, lines } = await runMaintenance(maintenance, config.dataDir ?? path.join(userData, 'hub-data'));
  for (const line of lines) (code ? console.error : console.log)(line);
  // On the hub PC nobody reads stdout: say it on screen too.
  if (!process.stdout.isTTY) {
    await app.whenReady();
    dialog.showMessageBoxSync({ type: code ? 'error' : 'info', title: 'GigHall', message: lines.join('\n') });
  }
  app.exit(code);
}
const devTools = config.devTools && !app.isPackaged;
const canRelaunch = config.role !== 'hub';
const crashes = new CrashTracker(undefined, canRelaunch);
const tokens = new TokenStore(userData, safeStorage);
const windows = new Map<string, BrowserWindow>();
/** Our windows' web contents → the window's key (which token is theirs). */
const ownWebContents = new Map<number, string>();
let quitting = false;
let stopHub: (() => Promise<void>) | null = null;
let stopAdvert: (() => void) | null = null;

/** The hub this station talks to: known now (role hub: ourselves; or configured), or null → discover. */
function knownHubUrl(cfg: StationConfig): string | null {
  if (cfg.role === 'hub') return `http://127.0.0.1:${cfg.hubPort}`;
  return cfg.hubUrl;
}

// The hall works in Chinese: date and time inputs, number formats and the spell-checker follow Chromium's UI
// language, which otherwise follows the OS (mm/dd/yyyy on an English Windows image).
app.commandLine.appendSwitch('lang', 'zh-CN');

function trustHubOrigin(hubUrl: string | null): void {
  const origins = insecureHubOriginsToTrust(hubUrl);
  // Secure app:// pages may then reach a plain-http hub on the LAN (otherwise blocked as mixed content).
  if (origins.length) app.commandLine.appendSwitch('unsafely-treat-insecure-origin-as-secure', origins.join(','));
}

// ---- every web contents: no navigation away, no new windows, no webviews ------------------------------------
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(contents.getURL(), url)) {
      event.preventDefault();
      log.warn({ url }, 'navigation blocked');
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isNavigationAllowed(contents.getURL() || APP_ORIGIN, url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isNavigationAllowed(contents.getURL(), event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => windowOpenDecision(details.url));
});

// ---- IPC: one handler per channel, sender checked first ------------------------------------------------------
function senderTrusted(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  const ok = isTrustedSender(
    { frameUrl: frame?.url ?? null, isMainFrame: !!frame && frame.parent === null, webContentsId: event.sender.id },
    new Set(ownWebContents.keys()),
  );
  if (!ok) log.warn({ url: frame?.url }, 'IPC from untrusted sender refused');
  return ok;
}

/** The handler gets the sender's window key: per-window state (the token) is looked up by it, never by an argument. */
function handle(
  channel: IpcChannel,
  fn: (event: IpcMainInvokeEvent, windowKey: string, ...args: unknown[]) => Promise<unknown>,
): void {
  ipcMain.handle(channel, async (event, ...args: unknown[]) => {
    const windowKey = ownWebContents.get(event.sender.id);
    if (!senderTrusted(event) || !windowKey) throw new Error('forbidden');
    return fn(event, windowKey, ...args);
  });
}

function printPage(contents: WebContents, kind: unknown): Promise<{ ok: true } | { ok: false; error: string }> {
  if (!isPrintKind(kind)) return Promise.resolve({ ok: false, error: 'bad_kind' });
  return contents.getPrintersAsync().then(
    (printers) =>
      new Promise((resolve) => {
        const plan = planPrint(config, kind, printers);
        if (!plan.ok) {
          log.warn({ error: plan.error, printer: config.printer }, 'print refused');
          resolve(plan);
          return;
        }
        contents.print(plan.options, (success, failureReason) => {
          if (!success) log.warn({ failureReason }, 'print failed');
          resolve(success ? { ok: true } : { ok: false, error: failureReason || 'print_failed' });
        });
      }),
  );
}

function registerIpc(): void {
  handle('gighall:print', (event, _windowKey, kind) => printPage(event.sender, kind));
  handle('gighall:get-token', (_event, windowKey) => tokens.get(windowKey));
  handle('gighall:set-token', async (_event, windowKey, token) => {
    if (token !== null && !isValidToken(token)) return false;
    return tokens.set(windowKey, token);
  });
}

// ---- windows -------------------------------------------------------------------------------------------------
function act(spec: WindowSpec, win: BrowserWindow, action: RecoveryAction): void {
  log.warn({ window: spec.key, action: action.action }, 'recovering window');
  switch (action.action) {
    case 'reload':
      setTimeout(() => {
        if (!win.isDestroyed()) void win.loadURL(spec.url);
      }, action.delayMs);
      break;
    case 'recreate':
      setTimeout(() => {
        if (!win.isDestroyed()) win.destroy();
        openWindow(spec);
      }, action.delayMs);
      break;
    case 'relaunch':
      app.relaunch();
      app.exit(0);
      break;
    case 'none':
      break;
  }
}

function guardWindow(spec: WindowSpec, win: BrowserWindow): void {
  const wc = win.webContents;
  const hang = new HangTracker();
  let loadFailures = 0;

  wc.on('render-process-gone', (_event, details) => act(spec, win, crashes.onGone(details.reason, Date.now())));
  wc.on('unresponsive', () => {
    const { checkAfterMs } = hang.onUnresponsive(Date.now());
    setTimeout(() => {
      if (!win.isDestroyed() && hang.shouldKill(Date.now())) {
        log.warn({ window: spec.key }, 'renderer hung; killing it');
        hang.onResponsive();
        wc.forcefullyCrashRenderer();
      }
    }, checkAfterMs + 50);
  });
  wc.on('responsive', () => hang.onResponsive());
  wc.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    if (!isMainFrame || code === -3) return; // -3: aborted by a newer navigation
    const delay = loadRetryDelayMs(loadFailures++);
    log.warn({ window: spec.key, code, description, url, delay }, 'page failed to load; retrying');
    setTimeout(() => {
      if (!win.isDestroyed()) void win.loadURL(spec.url);
    }, delay);
  });
  wc.on('did-finish-load', () => {
    loadFailures = 0;
    if (config.role === 'display') void wc.insertCSS(HIDE_CURSOR_CSS);
  });
  wc.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(config.role, input, devTools)) event.preventDefault();
  });
  if (config.role !== 'hub') {
    // No pinch zoom on touch screens.
    void wc.setVisualZoomLevelLimits(1, 1);
  }
  win.on('close', (event) => {
    if (quitting) return;
    if (config.role === 'hub') {
      const choice = dialog.showMessageBoxSync(win, {
        type: 'warning',
        buttons: ['取消 Cancel', '退出并停止服务器 Quit and stop the hub'],
        defaultId: 0,
        cancelId: 0,
        title: 'GigHall',
        message:
          '关闭工作台将停止本站点服务器，所有一体机和大屏会离线。\nClosing the console stops the site hub: every kiosk and display goes offline.',
      });
      if (choice === 1) {
        quitting = true;
        app.quit();
      } else event.preventDefault();
      return;
    }
    // Kiosks and displays are closed only by quitting the app (from the OS, see docs/electron.md).
    event.preventDefault();
  });
}

function openWindow(spec: WindowSpec): BrowserWindow {
  const old = windows.get(spec.key);
  if (old && !old.isDestroyed()) old.destroy();
  // The security preferences are restated last so no spec can weaken them.
  const win = new BrowserWindow({
    ...spec.options,
    webPreferences: {
      ...spec.options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      devTools,
    },
  });
  const id = win.webContents.id;
  ownWebContents.set(id, spec.key);
  windows.set(spec.key, win);
  win.on('closed', () => {
    ownWebContents.delete(id);
    if (windows.get(spec.key) === win) windows.delete(spec.key);
  });
  guardWindow(spec, win);
  win.once('ready-to-show', () => {
    if (config.role === 'hub') win.maximize();
    win.show();
  });
  void win.loadURL(spec.url);
  return win;
}

function openStation(hubUrl: string, waiting: boolean): void {
  const ctx: WindowContext = { config, hubUrl, preloadPath, version: app.getVersion(), devTools };
  const { specs, missingMonitors } = windowSpecs(
    ctx,
    screen.getAllDisplays().map((d) => d.bounds),
  );
  if (missingMonitors.length) log.error({ missingMonitors }, 'configured monitors not connected');
  for (const spec of specs) openWindow(waiting ? { ...spec, url: `${APP_ORIGIN}${WAITING_PATH}` } : spec);
}

// ---- hub role ------------------------------------------------------------------------------------------------
async function startLocalHub(): Promise<void> {
  const { startHub } = await import('./hub/server');
  const hub = await startHub({
    port: config.hubPort,
    host: '0.0.0.0',
    dataDir: config.dataDir ?? path.join(userData, 'hub-data'),
    demo: config.demo,
    init: initRequested(process.argv),
    distDir: bundleRoot,
    log: true,
  });
  stopHub = () => hub.close();
  log.info({ url: hub.url }, 'hub started');
  if (hub.initialAdminPassword) {
    // First start: nobody reads the hub's stdout on the front-desk PC, so show the admin password once.
    const password = hub.initialAdminPassword;
    app.once('browser-window-created', () => {
      setTimeout(() => {
        void dialog.showMessageBox({
          type: 'info',
          title: 'GigHall',
          message:
            '首次启动：管理员初始密码（只显示一次，请登录后修改）\n' +
            `First start: the initial admin password (shown once; change it after signing in)\n\n${password}`,
        });
      }, 1_500);
    });
  }
  try {
    stopAdvert = advertiseHub(hub.port, config.stationName ?? 'GigHall hub');
  } catch (e) {
    log.warn({ err: e }, 'mDNS advertisement failed; stations need the hub address in their config');
  }
}

// ---- nightly restart -----------------------------------------------------------------------------------------
function scheduleNightlyRestart(at: string): void {
  const delay = msUntilNextLocalTime(new Date(), at);
  setTimeout(
    () => {
      if (!nightlyRestartDue(startedAt, Date.now())) return scheduleNightlyRestart(at);
      log.info({ at }, 'nightly restart');
      if (canRelaunch) {
        app.relaunch();
        app.exit(0);
      } else {
        // The hub PC keeps its hub running; only the console is reloaded.
        for (const w of windows.values()) if (!w.isDestroyed()) w.webContents.reloadIgnoringCache();
        scheduleNightlyRestart(at);
      }
    },
    Math.min(delay, 2 ** 31 - 1),
  );
}

// ---- start ---------------------------------------------------------------------------------------------------
async function findHubBeforeReady(): Promise<string | null> {
  const known = knownHubUrl(config);
  if (known) return known;
  const found = await discoverHub(config.discoveryTimeoutMs);
  log.info({ hubUrl: found }, found ? 'hub found by mDNS' : 'no hub found by mDNS yet');
  return found;
}

async function main(hubUrl: string | null): Promise<void> {
  await app.whenReady();

  const csp = buildCsp(hubUrl);
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, permission, callback, details) =>
    callback(isPermissionAllowed(config.role, permission, details.requestingUrl)),
  );
  ses.setPermissionCheckHandler((_wc, permission, requestingOrigin) =>
    isPermissionAllowed(config.role, permission, requestingOrigin),
  );
  ses.setDevicePermissionHandler(() => false);
  protocol.handle(
    APP_SCHEME,
    createBundleHandler({ root: bundleRoot, csp, pages: { [WAITING_PATH]: waitingPageHtml() } }),
  );
  registerIpc();
  if (tokens.weak)
    log.warn('safeStorage uses the basic_text backend (no OS keyring): the pairing token is only obfuscated');

  if (config.role === 'hub') {
    try {
      await startLocalHub();
    } catch (e) {
      log.fatal({ err: e }, 'hub failed to start');
      dialog.showErrorBox('GigHall', `站点服务器无法启动 · The hub could not start:\n${(e as Error).message}`);
      app.exit(1);
      return;
    }
  }
  if (config.role === 'display') powerSaveBlocker.start('prevent-display-sleep');
  if (config.nightlyRestart) scheduleNightlyRestart(config.nightlyRestart);

  if (hubUrl) {
    openStation(hubUrl, false);
    return;
  }
  // No hub yet: show the waiting page and keep looking; once found, relaunch with its address (the Chromium switch
  // above can only be set before ready).
  openStation('', true);
  const look = async (): Promise<void> => {
    const found = await discoverHub(config.discoveryTimeoutMs);
    if (!found) {
      setTimeout(() => void look(), 10_000);
      return;
    }
    log.info({ hubUrl: found }, 'hub found by mDNS; relaunching');
    app.relaunch({ args: [...process.argv.slice(1).filter((a) => !a.startsWith('--hub=')), `--hub=${found}`] });
    app.exit(0);
  };
  void look();
}

app.on('second-instance', () => {
  const first = windows.values().next().value;
  if (first && !first.isDestroyed()) {
    if (first.isMinimized()) first.restore();
    first.focus();
  }
});

app.on('window-all-closed', () => {
  if (quitting || config.role === 'hub') app.quit();
});

app.on('before-quit', (event) => {
  quitting = true;
  if (stopHub) {
    const stop = stopHub;
    stopHub = null;
    event.preventDefault();
    stopAdvert?.();
    stop()
      .catch((e: unknown) => log.error({ err: e }, 'hub close failed'))
      .finally(() => app.quit());
  }
});

if (gotLock) {
  // Top-level await: Electron emits 'ready' only after the entry module settles, so the hub's origin found here
  // can still be handed to Chromium as a command-line switch.
  const hubUrl = await findHubBeforeReady();
  trustHubOrigin(hubUrl);
  main(hubUrl).catch((e: unknown) => {
    log.fatal({ err: e }, 'station failed to start');
    app.exit(1);
  });
}
