import { describe, expect, it, vi } from 'vitest';
import { discoverHub, hubUrlFromService, SERVICE_TYPE } from './discovery';
import type { Browsing, FoundService } from './discovery';

describe('hub address from an mDNS answer', () => {
  it('prefers a private IPv4 address', () => {
    expect(
      hubUrlFromService({
        port: 4080,
        host: 'hub.local',
        addresses: ['fe80::1', '169.254.3.3', '203.0.113.9', '192.168.1.10'],
      }),
    ).toBe('http://192.168.1.10:4080');
    expect(hubUrlFromService({ port: 4080, addresses: ['203.0.113.9'] })).toBe('http://203.0.113.9:4080');
  });
  it('falls back to IPv6, then the host name, and honours proto=https', () => {
    expect(hubUrlFromService({ port: 443, addresses: ['fd00::5'], txt: { proto: 'https' } })).toBe('https://[fd00::5]');
    expect(hubUrlFromService({ port: 4080, host: 'frontdesk.local', addresses: [] })).toBe(
      'http://frontdesk.local:4080',
    );
  });
  it('rejects answers it cannot use', () => {
    expect(hubUrlFromService({ port: 0, addresses: ['192.168.1.2'] })).toBeNull();
    expect(hubUrlFromService({ port: 4080, host: 'bad host/x', addresses: ['nonsense'] })).toBeNull();
  });
});

describe('discoverHub', () => {
  function fakeBonjour(answers: FoundService[], delayMs = 0) {
    const stop = vi.fn();
    const destroy = vi.fn();
    const find = vi.fn((opts: { type: string }, onUp: (s: FoundService) => void) => {
      expect(opts.type).toBe(SERVICE_TYPE);
      setTimeout(() => answers.forEach(onUp), delayMs);
      return { stop };
    });
    const b: Browsing = { find, destroy };
    return { b, stop, destroy };
  }
  it('resolves with the first usable hub and closes the browser', async () => {
    const { b, stop, destroy } = fakeBonjour([{ port: 0 }, { port: 4080, addresses: ['10.0.0.2'] }]);
    await expect(discoverHub(1_000, () => b)).resolves.toBe('http://10.0.0.2:4080');
    expect(stop).toHaveBeenCalled();
    expect(destroy).toHaveBeenCalled();
  });
  it('gives up after the timeout', async () => {
    const { b, destroy } = fakeBonjour([{ port: 4080, addresses: ['10.0.0.2'] }], 200);
    await expect(discoverHub(20, () => b)).resolves.toBeNull();
    expect(destroy).toHaveBeenCalled();
  });
  it('survives a network stack that cannot start mDNS', async () => {
    await expect(
      discoverHub(20, () => {
        throw new Error('EADDRINUSE');
      }),
    ).resolves.toBeNull();
  });
});
