// A worker's PIN hashed on the kiosk, in exactly the form the hub stores PINs (scrypt, N=16384, r=8, p=1, a random
// 16-byte salt per registration, 32-byte key: `scrypt$16384$<salt b64>$<key b64>`). A registration that must wait
// for the hub sits in the kiosk's storage; with this it holds only what the hub keeps anyway, never the PIN itself,
// and the visitor's PIN still works when the registration reaches the hub hours later. The hub accepts only this
// exact format and these parameters, so no station can hand it a weaker hash.
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { z } from 'zod';

export const PIN_SCRYPT = { N: 16384, r: 8, p: 1, dkLen: 32, saltBytes: 16 } as const;

const B64 = '[A-Za-z0-9+/]';
/** base64 of 16 bytes is 22 characters and `==`; of 32 bytes, 43 characters and `=`. */
export const PIN_HASH_RE = new RegExp(`^scrypt\\$${PIN_SCRYPT.N}\\$${B64}{22}==\\$${B64}{43}=$`);
export const pinHash = z.string().regex(PIN_HASH_RE, { error: 'pin' });

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding (as Node's Buffer writes it); btoa is not in every runtime shared/ code runs in. */
export function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
  }
  return out;
}

/** Hash a PIN (already checked with the `pin` schema) with a fresh salt; ~0.1 s, off the input path. */
export async function hashPin(pin: string, salt: Uint8Array): Promise<string> {
  if (salt.length !== PIN_SCRYPT.saltBytes) throw new Error('salt must be 16 bytes');
  const { N, r, p, dkLen } = PIN_SCRYPT;
  const key = await scryptAsync(pin, salt, { N, r, p, dkLen });
  return `scrypt$${N}$${base64(salt)}$${base64(key)}`;
}
