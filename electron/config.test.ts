import { describe, expect, it } from 'vitest';
import { pageRole, parseFlags, resolveConfig, StationConfig } from './config';

describe('station config', () => {
  it('defaults to a kiosk that discovers its hub', () => {
    const { config, errors } = resolveConfig(null, []);
    expect(errors).toEqual([]);
    expect(config).toMatchObject({
      role: 'kiosk',
      hubUrl: null,
      hubPort: 8420,
      printer: null,
      nightlyRestart: null,
      devTools: false,
      demo: false,
    });
    expect(config.displays).toEqual([{ monitor: 0, layout: 'landscape' }]);
  });

  it('reads the file and lets flags override it', () => {
    const file = JSON.stringify({
      role: 'display',
      hubUrl: 'http://192.168.1.10:4080/some/path',
      displays: [{ monitor: 0 }, { monitor: 1, layout: 'portrait' }],
      printer: 'Slip',
    });
    const { config, errors } = resolveConfig(file, [
      '/usr/bin/gighall',
      '--printer=Front Desk',
      '--nightly-restart=03:30',
      '--no-sandbox',
    ]);
    expect(errors).toEqual([]);
    expect(config.role).toBe('display');
    expect(config.hubUrl).toBe('http://192.168.1.10:4080');
    expect(config.displays).toEqual([
      { monitor: 0, layout: 'landscape' },
      { monitor: 1, layout: 'portrait' },
    ]);
    expect(config.printer).toBe('Front Desk');
    expect(config.nightlyRestart).toBe('03:30');
  });

  it('parses every flag', () => {
    const { values, configPath, errors } = parseFlags([
      '--config=/etc/gighall.json',
      '--role=hub',
      '--hub=auto',
      '--name=东门',
      '--port=5000',
      '--data-dir=/var/gh',
      '--printer=default',
      '--kiosk-monitor=1',
      '--displays=0:led,2:portrait',
      '--demo',
      '--devtools=off',
    ]);
    expect(errors).toEqual([]);
    expect(configPath).toBe('/etc/gighall.json');
    expect(values).toEqual({
      role: 'hub',
      hubUrl: null,
      stationName: '东门',
      hubPort: 5000,
      dataDir: '/var/gh',
      printer: null,
      kioskMonitor: 1,
      displays: [
        { monitor: 0, layout: 'led' },
        { monitor: 2, layout: 'portrait' },
      ],
      demo: true,
      devTools: false,
    });
  });

  it('rejects a broken file as a whole and says why', () => {
    const bad = resolveConfig('{"role":"kiosk","hubUrl":"ftp://x"}', []);
    expect(bad.config.hubUrl).toBeNull();
    expect(bad.errors.join()).toMatch(/hubUrl/);
    const notJson = resolveConfig('{role: kiosk', []);
    expect(notJson.errors[0]).toMatch(/not valid JSON/);
    const typo = resolveConfig('{"rol":"display"}', []);
    expect(typo.config.role).toBe('kiosk');
    expect(typo.errors.length).toBe(1);
  });

  it('ignores bad flags but keeps the file', () => {
    const { config, errors } = resolveConfig('{"role":"display"}', ['--role=server', '--port=abc']);
    expect(config.role).toBe('display');
    expect(errors.some((e) => e.includes('--port'))).toBe(true);
    expect(errors.some((e) => e.startsWith('command line'))).toBe(true);
  });

  it('validates times, URLs with credentials and monitor counts', () => {
    expect(StationConfig.safeParse({ nightlyRestart: '24:00' }).success).toBe(false);
    expect(StationConfig.safeParse({ hubUrl: 'http://u:p@hub:4080' }).success).toBe(false);
    expect(StationConfig.safeParse({ displays: [] }).success).toBe(false);
    expect(StationConfig.parse({ hubUrl: 'https://hub.local' }).hubUrl).toBe('https://hub.local');
  });

  it('maps the hub PC to the staff console page role', () => {
    expect(pageRole('hub')).toBe('staff');
    expect(pageRole('kiosk')).toBe('kiosk');
    expect(pageRole('display')).toBe('display');
  });
});
