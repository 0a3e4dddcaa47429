// Station-generated ids (command ids, page loads, kiosk visits).
interface WebCrypto {
  randomUUID?: () => string;
  getRandomValues(a: Uint8Array): Uint8Array;
}

/**
 * A v4 UUID. `crypto.randomUUID` exists only in secure contexts, and a thin-client station opens the hub at
 * http://<LAN address>, so fall back to building one from getRandomValues (available everywhere).
 */
export function uuid(): string {
  const c = (globalThis as unknown as { crypto: WebCrypto }).crypto;
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Random bytes from the platform's CSPRNG (Web Crypto, present in browsers, Node and Electron). */
export function randomBytes(n: number): Uint8Array {
  return (globalThis as unknown as { crypto: WebCrypto }).crypto.getRandomValues(new Uint8Array(n));
}
