import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { safeStorage } from 'electron';
import { TOKEN_FILE_NAME, TokenStore } from './token-store';

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
    expect(await store.get()).toBeNull();
    expect(await store.set('tok_ABC-123.xyz')).toBe(true);
    expect(readFileSync(path.join(dir, TOKEN_FILE_NAME)).toString()).not.toContain('tok_ABC');
    expect(await new TokenStore(dir, fake()).get()).toBe('tok_ABC-123.xyz');
    expect(await store.set(null)).toBe(true);
    expect(await store.get()).toBeNull();
  });
  it('refuses junk tokens and storage without encryption', async () => {
    const store = new TokenStore(dir, fake());
    expect(await store.set('')).toBe(false);
    expect(await store.set('has space')).toBe(false);
    expect(await store.set('x'.repeat(513))).toBe(false);
    expect(await new TokenStore(dir, fake(false)).set('tok')).toBe(false);
    expect(await new TokenStore(dir, fake(false)).get()).toBeNull();
  });
  it('reads nothing from a file it cannot decrypt', async () => {
    await new TokenStore(dir, fake()).set('tok');
    const broken = {
      ...fake(),
      decryptString: () => {
        throw new Error('bad key');
      },
    };
    expect(await new TokenStore(dir, broken).get()).toBeNull();
  });
  it('flags the weak Linux fallback backend', () => {
    expect(new TokenStore(dir, fake(true, 'basic_text')).weak).toBe(true);
    expect(new TokenStore(dir, fake()).weak).toBe(false);
  });
  it('accepts Electron safeStorage as its backend', async () => {
    const store = new TokenStore(dir, safeStorage);
    expect(await store.set('tok')).toBe(true);
    expect(await store.get()).toBe('tok');
  });
});
