// The kiosk-made PIN hash must be exactly what the hub's own hashing makes and verifies (electron/hub/secrets.ts):
// checked here against a known answer from Node's scrypt with the hub's parameters, and against the hub's
// verifySecret in tests/integration/station-client.test.ts.
import { describe, expect, it } from 'vitest';
import { base64, hashPin, PIN_HASH_RE, pinHash } from './pinHash';

describe('kiosk PIN hash', () => {
  it('is scrypt with the hub parameters, in the hub format', async () => {
    const salt = new Uint8Array(16).map((_, i) => i * 7);
    const hash = await hashPin('1357', salt);
    expect(hash).toMatch(PIN_HASH_RE);
    // Node: scryptSync('1357', salt, 32, { N: 16384, r: 8, p: 1 }).toString('base64')
    expect(hash).toBe('scrypt$16384$AAcOFRwjKjE4P0ZNVFtiaQ==$1lztOi/ZqzU7UB1ZjW6p3SVdXAZQoIQSRyqhwfEpTwo=');
  });
  it('encodes base64 with padding, for every length mod 3', () => {
    const bytes = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
    expect(base64(bytes(''))).toBe('');
    expect(base64(bytes('f'))).toBe('Zg==');
    expect(base64(bytes('fo'))).toBe('Zm8=');
    expect(base64(bytes('foo'))).toBe('Zm9v');
    expect(base64(bytes('foobar'))).toBe('Zm9vYmFy');
    expect(base64(new Uint8Array([0xfb, 0xff]))).toBe('+/8=');
  });
  it('accepts only that exact form', () => {
    const ok = `scrypt$16384$${'A'.repeat(22)}==$${'B'.repeat(43)}=`;
    expect(pinHash.safeParse(ok).success).toBe(true);
    for (const bad of [
      '1357',
      ok.replace('16384', '2'),
      ok.replace('scrypt', 'md5'),
      `scrypt$16384$${'A'.repeat(10)}==$${'B'.repeat(43)}=`,
      `${ok}x`,
    ])
      expect(pinHash.safeParse(bad).success).toBe(false);
  });
  it('refuses a salt of the wrong size', async () => {
    await expect(hashPin('1357', new Uint8Array(8))).rejects.toThrow();
  });
});
