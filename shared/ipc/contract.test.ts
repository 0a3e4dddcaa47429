// The page ↔ shell contract: channel names, the station argument the preload decodes, token and print-kind checks.
import { describe, expect, it } from 'vitest';
import { decodeStationArg, encodeStationArg, IPC_CHANNELS, isPrintKind, isValidToken, STATION_ARG } from './contract';

describe('IPC contract', () => {
  it('lists each channel once, all namespaced', () => {
    expect(new Set(IPC_CHANNELS).size).toBe(IPC_CHANNELS.length);
    for (const c of IPC_CHANNELS) expect(c).toMatch(/^gighall:[a-z-]+$/);
  });
  it('round-trips station info through a command-line argument', () => {
    const arg = {
      version: '1.0.0',
      info: {
        role: 'kiosk' as const,
        hubUrl: 'http://10.0.0.2:4080',
        windowKey: 'kiosk',
        stationName: '一号机 "A"&=',
      },
    };
    const encoded = encodeStationArg(arg);
    expect(encoded.startsWith(STATION_ARG)).toBe(true);
    expect(encoded).not.toMatch(/\s/);
    expect(decodeStationArg(['x', '--foo', encoded])).toEqual(arg);
  });
  it('ignores missing or malformed station arguments', () => {
    expect(decodeStationArg(['x'])).toBeNull();
    expect(decodeStationArg([`${STATION_ARG}%7Bbad`])).toBeNull();
    expect(
      decodeStationArg([`${STATION_ARG}${encodeURIComponent('{"info":{"role":"kiosk"},"version":"1"}')}`]),
    ).toBeNull();
    // A window key that could name a file outside the user data dir is refused.
    const bad = { role: 'display', hubUrl: 'http://h', windowKey: '../x' };
    expect(
      decodeStationArg([`${STATION_ARG}${encodeURIComponent(JSON.stringify({ info: bad, version: '1' }))}`]),
    ).toBeNull();
  });
  it('validates pairing tokens', () => {
    expect(isValidToken('abc.DEF-123_~')).toBe(true);
    expect(isValidToken('')).toBe(false);
    expect(isValidToken('a b')).toBe(false);
    expect(isValidToken('令牌')).toBe(false);
    expect(isValidToken(42)).toBe(false);
  });
  it('knows the print kinds', () => {
    expect(isPrintKind('slip')).toBe(true);
    expect(isPrintKind('document')).toBe(true);
    expect(isPrintKind('photo')).toBe(false);
  });
});
