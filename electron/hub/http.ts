// Plain HTTP beside socket.io on the same port: the built pages, /health, and the light mobile job list that
// phones on the hall Wi-Fi open from the displays' QR code.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Hub } from './hub';
import { PROTOCOL_VERSION } from '../../shared/protocol/events';
import { renderMobileList, renderMobilePosting } from './mobile';
import { isSetUp } from '../../shared/domain/site';
import { handleReceipt } from './placement/receipt';
import { exportFileName, takeTicket, writeExport } from './placement/export';
import { hallZoneOf } from '../../shared/rules/hallTime';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.mp3': 'audio/mpeg',
};

/** A Host header that names a host and port, nothing else (it goes into a header). */
const HOST_RE = /^(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

/**
 * The pages' CSP. They may connect to this hub only — its own origin and its socket on the same host — so a page
 * talked into another address (a crafted link) could not reach it even if the page code tried.
 */
export function pageCsp(host: string | undefined): string {
  const socket = host && HOST_RE.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval' lets the kiosk compile its bundled voice (WebAssembly); JavaScript eval stays forbidden.
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${socket}`,
    "media-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The phones' job list: plain HTML with its own inline style, no script, nothing from elsewhere. */
const MOBILE_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Everything else (JSON, plain text, redirects, errors): nothing may run or load. */
const NOTHING_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Headers on every response the hub sends, socket.io's included (server.ts); a page may widen the CSP. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': NOTHING_CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

const PAGES: Record<string, string> = {
  kiosk: 'renderer/kiosk/index.html',
  staff: 'renderer/staff/index.html',
  display: 'display/index.html',
};

/** Resolve a URL path inside `root`, or null when it would escape it. */
export function safeJoin(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = resolve(root, normalize(`.${sep}${decoded}`));
  return full === resolve(root) || full.startsWith(resolve(root) + sep) ? full : null;
}

function sendFile(res: ServerResponse, file: string, cache: string, host: string | undefined): void {
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': cache,
    'content-security-policy': pageCsp(host),
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).pipe(res);
}

function send(res: ServerResponse, status: number, type: string, body: string, csp = NOTHING_CSP): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'content-security-policy': csp });
  res.end(body);
}

export function createRequestHandler(hub: Hub, distDir: string, startedAt: number) {
  const handle = route(hub, distDir, startedAt);
  return (req: IncomingMessage, res: ServerResponse): void => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    try {
      handle(req, res);
    } catch {
      // e.g. a damaged database page met while rendering: an error page, with the same headers, and no details.
      if (!res.headersSent) send(res, 500, 'application/json', JSON.stringify({ error: 'internal' }));
      else res.destroy();
    }
  };
}

function route(hub: Hub, distDir: string, startedAt: number) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://hub');
    const path = url.pathname;
    // The employer's return receipt: a phone page with a form (the only POST the hub takes).
    const receipt = /^\/r\/([A-Za-z0-9]{1,32})$/.exec(path);
    if (receipt && (req.method === 'GET' || req.method === 'POST'))
      return void handleReceipt(hub, req, res, receipt[1]!).catch(() => {
        if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', '系统出错 · Something went wrong');
        else res.destroy();
      });
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'application/json', JSON.stringify({ error: 'method_not_allowed' }));
    const exported = /^\/export\/([A-Za-z0-9_-]{20,64})$/.exec(path);
    if (exported) return void streamExport(hub, exported[1]!, res);
    if (path === '/health') {
      return send(
        res,
        200,
        'application/json',
        JSON.stringify({
          ok: true,
          service: 'gighall-hub',
          protocolVersion: PROTOCOL_VERSION,
          seq: hub.headSeq(),
          site: hub.site().name,
          setUp: isSetUp(hub.site()),
          uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
          stationsOnline: hub.sessions.stationsOnline(),
          pagesBuilt: existsSync(join(distDir, PAGES.kiosk!)),
        }),
      );
    }
    if (path === '/') {
      res.writeHead(302, { location: '/m/' });
      return void res.end();
    }
    if (path === '/m' || path === '/m/')
      return send(res, 200, 'text/html; charset=utf-8', renderMobileList(hub, url.searchParams), MOBILE_CSP);
    const posting = /^\/m\/p\/([A-Za-z0-9-]{1,64})$/.exec(path);
    if (posting) {
      const html = renderMobilePosting(hub, posting[1]!);
      return html
        ? send(res, 200, 'text/html; charset=utf-8', html, MOBILE_CSP)
        : send(res, 404, 'text/html; charset=utf-8', '<p>该岗位已下架 · This job is no longer listed</p>', MOBILE_CSP);
    }
    const page = /^\/(kiosk|staff|display)\/?$/.exec(path);
    if (page) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/${url.search}` });
        return void res.end();
      }
      const file = join(distDir, PAGES[page[1]!]!);
      if (!existsSync(file))
        return send(
          res,
          503,
          'text/plain; charset=utf-8',
          '页面尚未构建：请先运行 npm run build\nPages are not built yet: run npm run build',
        );
      return sendFile(res, file, 'no-cache', req.headers.host);
    }
    // Hashed assets (and anything else vite emitted next to the pages).
    const m = /^\/(?:(?:kiosk|staff|display)\/)?(assets\/.+|fonts\/.+|sounds\/.+)$/.exec(path);
    if (m) {
      const file = safeJoin(distDir, m[1]!);
      if (file && existsSync(file) && statSync(file).isFile())
        return sendFile(res, file, 'public, max-age=31536000, immutable', req.headers.host);
    }
    send(res, 404, 'application/json', JSON.stringify({ error: 'not_found' }));
  };
}

/** A one-time export ticket (report.exportTicket) downloads its CSV or XLSX, streamed from a read-only connection. */
async function streamExport(hub: Hub, ticket: string, res: ServerResponse): Promise<void> {
  const now = hub.clock();
  const input = takeTicket(hub.db, ticket, now);
  if (!input)
    return send(res, 404, 'text/plain; charset=utf-8', '导出链接已失效，请重新导出 · This export link has expired');
  const site = hub.site();
  const name = exportFileName(input, now, hallZoneOf(site));
  res.writeHead(200, {
    'content-type':
      input.format === 'csv'
        ? 'text/csv; charset=utf-8'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  try {
    await writeExport(hub.db.name, site, input, now, res);
    res.end();
  } catch (err) {
    hub.opts.log.error({ err }, 'export failed');
    res.destroy();
  }
}
