// The station's pairing token, kept encrypted with Electron's safeStorage (OS keychain / DPAPI / libsecret) in a
// file in the user data dir — never in the page's localStorage, where anyone with the profile folder could read it.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isValidToken } from './ipc';

export const TOKEN_FILE_NAME = 'pairing-token.bin';

/** The part of Electron's safeStorage used here (injected, so tests can pass a fake). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

export class TokenStore {
  private readonly file: string;

  constructor(
    userDataDir: string,
    private readonly storage: SafeStorageLike,
  ) {
    this.file = path.join(userDataDir, TOKEN_FILE_NAME);
  }

  /** On Linux without a keyring Electron falls back to a fixed key ('basic_text'): still stored, but weakly. */
  get weak(): boolean {
    return this.storage.getSelectedStorageBackend?.() === 'basic_text';
  }

  async get(): Promise<string | null> {
    if (!this.storage.isEncryptionAvailable()) return null;
    let data: Buffer;
    try {
      data = await fs.readFile(this.file);
    } catch {
      return null;
    }
    try {
      const token = this.storage.decryptString(data);
      return isValidToken(token) ? token : null;
    } catch {
      return null;
    }
  }

  /** Store (or with null, forget) the token. False when it cannot be stored safely. */
  async set(token: string | null): Promise<boolean> {
    if (token === null) {
      await fs.rm(this.file, { force: true });
      return true;
    }
    if (!isValidToken(token) || !this.storage.isEncryptionAvailable()) return false;
    const tmp = `${this.file}.tmp`;
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await fs.writeFile(tmp, this.storage.encryptString(token), { mode: 0o600 });
    await fs.rename(tmp, this.file);
    return true;
  }
}
