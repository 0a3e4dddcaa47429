import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { safeStorage } from 'electron';
import { tokenFileName, TokenStore } from './token-store';

// A stand-in with a real (if toy) transformation, so the test can see the file is not plain text.
const xor = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
const fake = (available = true, backend = 'gnome_libsecret') => ({
  isEncryptionAvailable: () => available,
  encryptString: (s: string) => xor(Buffer.from(s, 'utf8')),
  decryptString: (b: Buffer) => xor(b).toString('utf8'),
  getSelectedStorageBackend: () => backend,
});

describe('pairing token store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'gighall-token-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips a token through an encrypted file', async () => {
    const store = new TokenStore(dir, fake());
    expect(await store.get('kiosk')).toBeNull();
    expect(await store.set('kiosk', 'tok_ABC-123.xyz')).toBe(true);
    expect(readFileSync(path.join(dir, tokenFileName('kiosk')!)).toString()).not.toContain('tok_ABC');
    expect(await new TokenStore(dir, fake()).get('kiosk')).toBe('tok_ABC-123.xyz');
    expect(await store.set('kiosk', null)).toBe(true);
    expect(await store.get('kiosk')).toBeNull();
  });
  it('keeps one token per window, so two display windows on one PC are two stations', async () => {
    const store = new TokenStore(dir, fake());
    await store.set('display-0', 'tok-left');
    await store.set('display-1', 'tok-right');
    expect(await store.get('display-0')).toBe('tok-left');
    expect(await store.get('display-1')).toBe('tok-right');
    await store.set('display-0', null);
    expect(await store.get('display-0')).toBeNull();
    expect(await store.get('display-1')).toBe('tok-right');
  });
  it('refuses window keys that could name a file elsewhere', async () => {
    const store = new TokenStore(dir, fake());
    for (const key of ['../x', 'a/b', '', 'Display', 'x'.repeat(40)]) {
      expect(tokenFileName(key)).toBeNull();
      expect(await store.set(key, 'tok')).toBe(false);
      expect(await store.get(key)).toBeNull();
    }
  });
  it('refuses junk tokens and storage without encryption', async () => {
    const store = new TokenStore(dir, fake());
    expect(await store.set('kiosk', '')).toBe(false);
    expect(await store.set('kiosk', 'has space')).toBe(false);
    expect(await store.set('kiosk', 'x'.repeat(513))).toBe(false);
    expect(await new TokenStore(dir, fake(false)).set('kiosk', 'tok')).toBe(false);
    expect(await new TokenStore(dir, fake(false)).get('kiosk')).toBeNull();
  });
  it('reads nothing from a file it cannot decrypt', async () => {
    await new TokenStore(dir, fake()).set('kiosk', 'tok');
    const broken = {
      ...fake(),
      decryptString: () => {
        throw new Error('bad key');
      },
    };
    expect(await new TokenStore(dir, broken).get('kiosk')).toBeNull();
  });
  it('flags the weak Linux fallback backend', () => {
    expect(new TokenStore(dir, fake(true, 'basic_text')).weak).toBe(true);
    expect(new TokenStore(dir, fake()).weak).toBe(false);
  });
  it('accepts Electron safeStorage as its backend', async () => {
    const store = new TokenStore(dir, safeStorage);
    expect(await store.set('console', 'tok')).toBe(true);
    expect(await store.get('console')).toBe('tok');
  });
});
