// Every HTTP response of the hub carries a Content-Security-Policy and the other security headers — the phones'
// job list, /health, redirects, errors and socket.io's own answers too — and the hall's public URL (the QR
// codes' target) only takes an http(s) address on the hall network (docs/security.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffStation, startTestHub, type TestHub, type TestStation } from '../helpers/hub';

describe('HTTP security headers', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(async () => hub.destroy());

  const cases: [string, string, RequestInit?][] = [
    ['/health', 'health'],
    ['/m/', 'mobile list'],
    ['/m/p/no-such-posting', 'mobile 404'],
    ['/', 'redirect'],
    ['/kiosk', 'page redirect'],
    ['/no/such/thing', 'not found'],
    ['/health', 'method not allowed', { method: 'POST' }],
    ['/socket.io/?EIO=4&transport=polling', 'socket.io handshake'],
  ];
  for (const [path, what, init] of cases)
    it(`sets a CSP, nosniff and frame denial on ${what} (${path})`, async () => {
      const res = await fetch(`${hub.url}${path}`, { redirect: 'manual', ...init });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/default-src '(none|self)'/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-eval');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      await res.arrayBuffer();
    });

  it('lets the phones’ job list run no script at all', async () => {
    const res = await fetch(`${hub.url}/m/`);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    await res.text();
  });
});

describe('the hall’s public URL', () => {
  let hub: TestHub;
  let staff: TestStation;
  beforeAll(async () => {
    hub = await startTestHub();
    staff = await staffStation(hub.url);
  });
  afterAll(async () => {
    staff.close();
    await hub.destroy();
  });

  const settings = (publicUrl: string) => ({
    name: '石家庄市零工市场',
    district: '130102',
    minHourlyWage: 22,
    publicUrl,
  });

  for (const bad of [
    'javascript:alert(document.cookie)',
    'https://evil.example/m/',
    'http://8.8.8.8',
    'http://u:p@10.0.0.2',
  ])
    it(`refuses ${bad}, saying why, and keeps the old value`, async () => {
      const before = hub.hub.site();
      const r = await staff.send('site.update', settings(bad));
      expect(!r.ok && r.error.field).toBe('publicUrl');
      expect(!r.ok && r.error.message.zh).toContain('局域网');
      expect(hub.hub.site()).toEqual(before);
    });

  it('accepts an address on the hall network', async () => {
    await staff.ok('site.update', settings('http://192.168.1.10:8420'));
    expect(hub.hub.site().publicUrl).toBe('http://192.168.1.10:8420');
  });
});
