// The stations' pairing tokens, kept encrypted with Electron's safeStorage (OS keychain / DPAPI / libsecret) in
// files in the user data dir — never in the page's localStorage, where anyone with the profile folder could read
// them. One token per window (its `windowKey`): two display windows on one PC are two stations to the hub.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isValidToken, WINDOW_KEY_RE } from '../shared/ipc/contract';

/** `pairing-token-<windowKey>.bin`; null for a key that could not safely name a file. */
export function tokenFileName(windowKey: string): string | null {
  return WINDOW_KEY_RE.test(windowKey) ? `pairing-token-${windowKey}.bin` : null;
}

/** The part of Electron's safeStorage used here (injected, so tests can pass a fake). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

export class TokenStore {
  constructor(
    private readonly userDataDir: string,
    private readonly storage: SafeStorageLike,
  ) {}

  private file(windowKey: string): string | null {
    const name = tokenFileName(windowKey);
    return name ? path.join(this.userDataDir, name) : null;
  }

  /** On Linux without a keyring Electron falls back to a fixed key ('basic_text'): still stored, but weakly. */
  get weak(): boolean {
    return this.storage.getSelectedStorageBackend?.() === 'basic_text';
  }

  async get(windowKey: string): Promise<string | null> {
    const file = this.file(windowKey);
    if (!file || !this.storage.isEncryptionAvailable()) return null;
    let data: Buffer;
    try {
      data = await fs.readFile(file);
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

  /** Store (or with null, forget) a window's token. False when it cannot be stored safely. */
  async set(windowKey: string, token: string | null): Promise<boolean> {
    const file = this.file(windowKey);
    if (!file) return false;
    if (token === null) {
      await fs.rm(file, { force: true });
      return true;
    }
    if (!isValidToken(token) || !this.storage.isEncryptionAvailable()) return false;
    const tmp = `${file}.tmp`;
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(tmp, this.storage.encryptString(token), { mode: 0o600 });
    await fs.rename(tmp, file);
    return true;
  }
}
