import { afterEach, describe, expect, it, vi } from 'vitest';
import { contextBridge, ipcRenderer } from 'electron';
import { encodeStationArg } from '../shared/ipc/contract';
import type { GigHallApi } from '../shared/ipc/contract';

describe('preload', () => {
  const argv = process.argv;
  afterEach(() => {
    process.argv = argv;
    vi.resetModules();
    vi.mocked(contextBridge.exposeInMainWorld).mockClear();
  });

  it('exposes the typed API, backed by invoke on the listed channels', async () => {
    const info = { role: 'kiosk' as const, hubUrl: 'http://10.0.0.2:4080', windowKey: 'kiosk' };
    process.argv = [...argv, encodeStationArg({ info, version: '9.9.9' })];
    await import('./preload');
    const call = vi.mocked(contextBridge.exposeInMainWorld).mock.calls[0];
    expect(call?.[0]).toBe('gighall');
    const api = call?.[1] as GigHallApi;
    expect(api.stationInfo()).toEqual(info);
    expect(api.appVersion()).toBe('9.9.9');
    vi.mocked(ipcRenderer.invoke).mockResolvedValue({ ok: true });
    await api.print('slip');
    await api.print();
    await api.setToken('tok');
    await api.getToken();
    expect(vi.mocked(ipcRenderer.invoke).mock.calls).toEqual([
      ['gighall:print', 'slip'],
      ['gighall:print', 'document'],
      ['gighall:set-token', 'tok'],
      ['gighall:get-token'],
    ]);
    // No raw ipcRenderer or Node handle leaks through the bridge.
    expect(Object.keys(api).sort()).toEqual(['appVersion', 'getToken', 'print', 'setToken', 'stationInfo']);
  });

  it('exposes nothing without station info', async () => {
    await import('./preload');
    expect(contextBridge.exposeInMainWorld).not.toHaveBeenCalled();
  });
});
