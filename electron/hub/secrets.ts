// Ids, tokens and password hashing. scrypt from Node's crypto (DESIGN.md: staff passwords and worker PINs are
// hashed with scrypt); tokens are random and only their SHA-256 is stored, so a stolen database pairs nothing.
// scrypt costs tens of milliseconds by design: while stations are connected it runs on libuv's thread pool
// (the async pair below), never on the event loop that serves every station's commands. The synchronous pair is
// for start-up and the command line, when no station waits.
import { randomBytes, randomInt, randomUUID, scrypt, scryptSync, timingSafeEqual, createHash } from 'node:crypto';

export const newId = (): string => randomUUID();

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A 6-digit pairing code. */
export function newPairingCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** A one-time admin password that is easy to read aloud and type: no 0/O, 1/l/I. */
export function newReadablePassword(length = 10): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(0, alphabet.length)];
  return out;
}

const N = 16384;
const KEYLEN = 32;

const encode = (salt: Buffer, key: Buffer) => `scrypt$${N}$${salt.toString('base64')}$${key.toString('base64')}`;

function parse(stored: string | null | undefined): { n: number; salt: Buffer; key: Buffer } | null {
  if (!stored) return null;
  const [scheme, n, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !salt || !key) return null;
  return { n: Number(n), salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
}

function scryptAsync(secret: string, salt: Buffer, keylen: number, n: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, keylen, { N: n, r: 8, p: 1 }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export function hashSecret(secret: string): string {
  const salt = randomBytes(16);
  return encode(salt, scryptSync(secret, salt, KEYLEN, { N, r: 8, p: 1 }));
}

export function verifySecret(secret: string, stored: string | null | undefined): boolean {
  const s = parse(stored);
  if (!s) return false;
  return timingSafeEqual(s.key, scryptSync(secret, s.salt, s.key.length, { N: s.n, r: 8, p: 1 }));
}

/** hashSecret on the thread pool. */
export async function hashSecretAsync(secret: string): Promise<string> {
  const salt = randomBytes(16);
  return encode(salt, await scryptAsync(secret, salt, KEYLEN, N));
}

/** verifySecret on the thread pool. */
export async function verifySecretAsync(secret: string, stored: string | null | undefined): Promise<boolean> {
  const s = parse(stored);
  if (!s) return false;
  return timingSafeEqual(s.key, await scryptAsync(secret, s.salt, s.key.length, s.n));
}
