import { describe, expect, it } from 'vitest';
import { StationConfig } from './config';
import { decodeStationArg } from '../shared/ipc/contract';
import { HIDE_CURSOR_CSS, pageUrl, windowSpecs } from './windows';
import type { WindowContext } from './windows';

const screens = [
  { x: 0, y: 0, width: 1920, height: 1080 },
  { x: 1920, y: 0, width: 1080, height: 1920 },
];
const ctx = (cfg: object, devTools = false): WindowContext => ({
  config: StationConfig.parse(cfg),
  hubUrl: 'http://192.168.1.10:4080',
  preloadPath: '/app/dist-electron/preload.cjs',
  version: '1.2.3',
  devTools,
});

describe('window options per role', () => {
  it('locks every window down the same way', () => {
    for (const role of ['hub', 'kiosk', 'display'] as const) {
      const { specs } = windowSpecs(ctx({ role }), screens);
      for (const { options } of specs) {
        expect(options.webPreferences).toMatchObject({
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          webviewTag: false,
          disableBlinkFeatures: 'Auxclick',
          devTools: false,
          preload: '/app/dist-electron/preload.cjs',
        });
        expect(options.webPreferences?.enableBlinkFeatures).toBeUndefined();
      }
    }
  });
  it('opens the kiosk fullscreen in kiosk mode on its monitor', () => {
    const { specs, missingMonitors } = windowSpecs(ctx({ role: 'kiosk', kioskMonitor: 1 }), screens);
    expect(missingMonitors).toEqual([]);
    expect(specs).toHaveLength(1);
    const [kiosk] = specs;
    expect(kiosk?.url).toBe('app://bundle/renderer/kiosk/index.html');
    expect(kiosk?.options).toMatchObject({ kiosk: true, fullscreen: true, frame: false, x: 1920, width: 1080 });
    expect(kiosk?.options.webPreferences).toMatchObject({ disableDialogs: true });
  });
  it('opens one display window per configured monitor with its layout, skipping missing ones', () => {
    const { specs, missingMonitors } = windowSpecs(
      ctx({
        role: 'display',
        displays: [
          { monitor: 0, layout: 'landscape' },
          { monitor: 1, layout: 'portrait' },
          { monitor: 3, layout: 'led' },
          { monitor: 1 },
        ],
      }),
      screens,
    );
    expect(missingMonitors).toEqual([3]);
    // Each window has its own key: its own token, queue and cache, though all share the app:// origin.
    expect(specs.map((s) => s.key)).toEqual(['display-0', 'display-1']);
    expect(specs.map((s) => s.info.windowKey)).toEqual(['display-0', 'display-1']);
    expect(specs[1]?.url).toBe('app://bundle/display/index.html?layout=portrait');
    expect(specs[1]?.info).toEqual({
      role: 'display',
      hubUrl: 'http://192.168.1.10:4080',
      windowKey: 'display-1',
      displayIndex: 1,
      layout: 'portrait',
    });
    expect(specs[1]?.options).toMatchObject({
      fullscreen: true,
      frame: false,
      x: 1920,
      y: 0,
      width: 1080,
      height: 1920,
    });
    expect(specs[0]?.options.webPreferences).toMatchObject({
      backgroundThrottling: false,
      autoplayPolicy: 'no-user-gesture-required',
    });
  });
  it('opens the staff console in a normal window on the hub PC', () => {
    const { specs } = windowSpecs(ctx({ role: 'hub', stationName: '服务台' }, true), screens);
    expect(specs[0]?.url).toBe(pageUrl('hub'));
    expect(specs[0]?.options.fullscreen).toBeUndefined();
    expect(specs[0]?.options.kiosk).toBeUndefined();
    expect(specs[0]?.options.webPreferences).toMatchObject({ devTools: true, disableDialogs: false });
    expect(specs[0]?.info).toEqual({
      role: 'staff',
      hubUrl: 'http://192.168.1.10:4080',
      windowKey: 'console',
      stationName: '服务台',
    });
  });
  it('hands the station info to the preload in one argument', () => {
    const { specs } = windowSpecs(ctx({ role: 'display', stationName: '东门大屏' }), screens);
    const args = specs[0]?.options.webPreferences?.additionalArguments ?? [];
    expect(decodeStationArg(['electron', ...args])).toEqual({ version: '1.2.3', info: specs[0]?.info });
  });
  it('hides the cursor with an !important rule', () => {
    expect(HIDE_CURSOR_CSS).toMatch(/cursor:\s*none\s*!important/);
  });
});
