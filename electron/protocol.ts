// The app:// protocol: serves the built pages (dist/) from inside the app bundle, never anything outside it.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './security';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export function mimeType(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Map app://bundle/<path> to a file under root, or null. Rejects other schemes and hosts, encoded or literal `..`,
 * backslashes, NUL bytes, dot-files and anything that would resolve outside root. A path ending in `/` means its
 * index.html. The query and hash are ignored.
 */
export function resolveBundlePath(url: string, root: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST || u.username || u.password) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || s.startsWith('.'))) return null;
  let rel = path.posix.normalize(decoded).replace(/^\/+/, '');
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const base = path.resolve(root);
  const full = path.resolve(base, ...rel.split('/'));
  if (!full.startsWith(base + path.sep)) return null;
  return full;
}

export interface BundleHandlerOptions {
  root: string;
  /** Content-Security-Policy sent with every HTML page. */
  csp: string;
  /** Built-in pages held in memory, by pathname (e.g. '/__station/waiting.html' → HTML). */
  pages?: Readonly<Record<string, string>>;
}

/** Built-in pages are script-free; their only allowance is inline style. */
export const BUILT_IN_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function builtInPage(url: string, pages: BundleHandlerOptions['pages']): string | null {
  if (!pages) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
    return Object.hasOwn(pages, u.pathname) ? (pages[u.pathname] ?? null) : null;
  } catch {
    return null;
  }
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
  });
}

/** The handler for protocol.handle('app', …): GET/HEAD of regular files under root, symlinks that leave root refused. */
export function createBundleHandler(opts: BundleHandlerOptions): (request: Request) => Promise<Response> {
  const base = path.resolve(opts.root);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'method not allowed');
    const builtIn = builtInPage(request.url, opts.pages);
    if (builtIn !== null) {
      return new Response(request.method === 'HEAD' ? null : builtIn, {
        status: 200,
        headers: {
          'content-type': MIME['.html'] as string,
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-store',
          'content-security-policy': BUILT_IN_CSP,
        },
      });
    }
    const file = resolveBundlePath(request.url, base);
    if (!file) return plain(404, 'not found');
    try {
      const real = await fs.realpath(file);
      const realBase = await fs.realpath(base);
      if (!real.startsWith(realBase + path.sep)) return plain(404, 'not found');
      const stat = await fs.stat(real);
      if (!stat.isFile()) return plain(404, 'not found');
      const type = mimeType(real);
      const headers: Record<string, string> = {
        'content-type': type,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
        'cross-origin-opener-policy': 'same-origin',
        'referrer-policy': 'no-referrer',
      };
      if (type.startsWith('text/html')) headers['content-security-policy'] = opts.csp;
      const body = request.method === 'HEAD' ? null : new Uint8Array(await fs.readFile(real));
      return new Response(body, { status: 200, headers });
    } catch {
      return plain(404, 'not found');
    }
  };
}
