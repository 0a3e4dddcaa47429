// Window options per role, the page each window loads, and what each page is told about its station. Pure.
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { DisplayLayout } from '../shared/domain';
import type { ShellRole, StationConfig } from './config';
import { pageRole } from './config';
import type { StationInfo } from '../shared/ipc/contract';
import { encodeStationArg } from '../shared/ipc/contract';
import { APP_ORIGIN } from './security';

export interface WindowSpec {
  /** 'console' for the hub's staff window, 'kiosk', or 'display-<monitor>'; also the page's `windowKey`. */
  key: string;
  url: string;
  info: StationInfo;
  options: BrowserWindowConstructorOptions;
}

/** Pages of the bundle (vite's dist/ layout). */
export function pageUrl(role: ShellRole, layout?: DisplayLayout): string {
  switch (role) {
    case 'kiosk':
      return `${APP_ORIGIN}/renderer/kiosk/index.html`;
    case 'hub':
      return `${APP_ORIGIN}/renderer/staff/index.html`;
    case 'display':
      return `${APP_ORIGIN}/display/index.html${layout ? `?layout=${layout}` : ''}`;
  }
}

/** Hides the pointer on wall displays (inserted into every load; insertCSS is not subject to the page's CSP). */
export const HIDE_CURSOR_CSS = '*, *::before, *::after { cursor: none !important; }';

export interface WindowContext {
  config: StationConfig;
  hubUrl: string;
  preloadPath: string;
  version: string;
  /** Developer tools may be opened: config.devTools and not packaged. */
  devTools: boolean;
}

/** The security web preferences every window gets, whatever its role. */
export function secureWebPreferences(
  ctx: WindowContext,
  info: StationInfo,
  role: ShellRole,
): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  const unattended = role !== 'hub';
  return {
    preload: ctx.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // Middle-click (auxclick) could open links outside the window.open handler.
    disableBlinkFeatures: 'Auxclick',
    navigateOnDragDrop: false,
    safeDialogs: true,
    // A blocking alert() on a kiosk nobody can dismiss with a keyboard would freeze it.
    disableDialogs: unattended,
    devTools: ctx.devTools,
    spellcheck: false,
    // Displays animate unattended; kiosks read aloud without a prior tap.
    backgroundThrottling: role !== 'display',
    autoplayPolicy: unattended ? 'no-user-gesture-required' : 'document-user-activation-required',
    additionalArguments: [encodeStationArg({ info, version: ctx.version })],
  };
}

function info(ctx: WindowContext, windowKey: string, extra: Partial<StationInfo> = {}): StationInfo {
  const base: StationInfo = { role: pageRole(ctx.config.role), hubUrl: ctx.hubUrl, windowKey };
  if (ctx.config.stationName) base.stationName = ctx.config.stationName;
  return { ...base, ...extra };
}

function fullscreenOn(bounds: Rectangle | undefined, background: string): BrowserWindowConstructorOptions {
  return {
    ...(bounds ? { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height } : {}),
    show: false,
    frame: false,
    fullscreen: true,
    resizable: false,
    movable: false,
    minimizable: false,
    maximizable: false,
    skipTaskbar: true,
    autoHideMenuBar: true,
    backgroundColor: background,
  };
}

/** The windows a station opens. `displays` are the OS displays' bounds in OS order (screen.getAllDisplays()). */
export function windowSpecs(
  ctx: WindowContext,
  displays: readonly Rectangle[],
): { specs: WindowSpec[]; missingMonitors: number[] } {
  const { config } = ctx;
  const withPrefs = (key: string, url: string, i: StationInfo, base: BrowserWindowConstructorOptions): WindowSpec => ({
    key,
    url,
    info: i,
    options: { ...base, title: 'GigHall 零工大厅', webPreferences: secureWebPreferences(ctx, i, config.role) },
  });
  if (config.role === 'hub') {
    const i = info(ctx, 'console');
    return {
      specs: [
        withPrefs('console', pageUrl('hub'), i, {
          width: 1366,
          height: 860,
          minWidth: 1024,
          minHeight: 700,
          show: false,
          autoHideMenuBar: true,
          backgroundColor: '#ffffff',
        }),
      ],
      missingMonitors: [],
    };
  }
  if (config.role === 'kiosk') {
    const i = info(ctx, 'kiosk');
    const bounds = displays[config.kioskMonitor] ?? displays[0];
    return {
      specs: [
        withPrefs('kiosk', pageUrl('kiosk'), i, { ...fullscreenOn(bounds, '#ffffff'), kiosk: true, alwaysOnTop: true }),
      ],
      missingMonitors: displays[config.kioskMonitor] ? [] : [config.kioskMonitor],
    };
  }
  const specs: WindowSpec[] = [];
  const missingMonitors: number[] = [];
  const seen = new Set<number>();
  for (const screen of config.displays) {
    if (seen.has(screen.monitor)) continue;
    seen.add(screen.monitor);
    const bounds = displays[screen.monitor];
    if (!bounds) {
      missingMonitors.push(screen.monitor);
      continue;
    }
    const key = `display-${screen.monitor}`;
    const i = info(ctx, key, { displayIndex: screen.monitor, layout: screen.layout });
    specs.push(withPrefs(key, pageUrl('display', screen.layout), i, fullscreenOn(bounds, '#000000')));
  }
  return { specs, missingMonitors };
}
