// The return receipt (回执) on the employer's phone: the QR code on the referral slip opens /r/<code> on the hub.
// The page shows the slip number and three answers — 已到岗 / 未录用 / 未到 — and nothing else: no name, no
// phone, no posting (whoever holds the paper already knows; whoever guessed a code learns nothing). No script,
// a strict CSP (the one style block by hash, forms to this origin only), no account: the code is the key, good
// once, for 30 hall days. Wrong codes count against the asking address; too many and it is told to wait.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Hub } from '../hub';
import { RECEIPT_ANSWERS, type ReceiptAnswer } from '../../../shared/domain/enums';
import { isReceiptCode, receiptRefusal } from '../../../shared/placement/referral';
import { RECEIPT_WORDS } from '../../../shared/placement/words';
import { hallZoneOf } from '../../../shared/rules/hallTime';
import { answerReceipt, placementByReceipt, type ReceiptOutcome } from './core';

const STYLE = `body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:0;background:#f5f5f0;color:#111;
font-size:20px;line-height:1.5}
header{background:#0b3d2e;color:#fff;padding:14px 16px}h1{font-size:22px;margin:0}main{padding:16px;max-width:480px;margin:0 auto}
.slip{font-size:18px;color:#333}.slip b{font-size:24px;letter-spacing:1px;color:#111}
form{margin:0}button{display:block;width:100%;min-height:64px;margin:12px 0;font-size:24px;font-weight:700;
border-radius:10px;border:2px solid #0b3d2e;background:#fff;color:#0b3d2e}
button.yes{background:#0b3d2e;color:#fff}.done{background:#e6f4ea;border:2px solid #1e7b34;border-radius:10px;padding:16px;font-size:22px}
.warn{background:#fdecea;border:2px solid #b3261e;border-radius:10px;padding:16px}.en{color:#444;font-size:16px}`;
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

/** The receipt page's CSP: nothing but its own style block, and forms posting back here. */
export const RECEIPT_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${STYLE_HASH}'`,
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer"><title>介绍信回执</title><style>${STYLE}</style></head>
<body><header><h1>零工市场 · 介绍信回执</h1></header><main>${body}</main></body></html>`;
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': RECEIPT_CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  res.end(html);
}

const MESSAGES = {
  receiptUnknown: { zh: '回执码不正确，请核对介绍信上的二维码。', en: 'Unknown receipt code.' },
  receiptUsed: { zh: '这张介绍信的回执已经填写过了，谢谢。', en: 'This receipt has already been answered.' },
  receiptExpired: {
    zh: '这张介绍信已超过 30 天，回执不能再提交。如有情况请致电零工市场。',
    en: 'This slip is more than 30 days old; please call the hall.',
  },
  rateLimited: { zh: '尝试次数太多，请稍后再试。', en: 'Too many attempts; please wait a few minutes.' },
} as const;

function notice(key: keyof typeof MESSAGES): string {
  return page(`<div class="warn"><p>${MESSAGES[key].zh}</p><p class="en">${MESSAGES[key].en}</p></div>`);
}

function form(code: string, slipNo: string): string {
  const button = (a: ReceiptAnswer, cls = '') =>
    `<button type="submit" name="answer" value="${a}"${cls ? ` class="${cls}"` : ''}>${RECEIPT_WORDS[a].zh}` +
    `<span class="en"> · ${RECEIPT_WORDS[a].en}</span></button>`;
  return page(`<p class="slip">介绍信编号 · Slip No.<br><b>${esc(slipNo)}</b></p>
<p>请告诉我们推荐人员的情况：<span class="en">How did it go?</span></p>
<form method="post" action="/r/${esc(code)}">${button('arrived', 'yes')}${button('not_hired')}${button('no_show')}</form>`);
}

function thanks(slipNo: string, answer: ReceiptAnswer): string {
  return page(`<p class="slip">介绍信编号 · Slip No.<br><b>${esc(slipNo)}</b></p>
<div class="done" data-answer="${answer}"><p>已收到：${RECEIPT_WORDS[answer].zh}</p>
<p class="en">Received: ${RECEIPT_WORDS[answer].en}. Thank you.</p></div>`);
}

/** Reads a small urlencoded body (the one-field form). */
function readBody(req: IncomingMessage, limit = 512): Promise<string | null> {
  return new Promise((resolve) => {
    let body = '';
    let over = false;
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > limit) {
        over = true;
        req.destroy();
      }
    });
    req.on('end', () => resolve(over ? null : body));
    req.on('error', () => resolve(null));
  });
}

/** Wrong receipt codes per asking address: 10 in 10 minutes, then it waits out the window. In memory only. */
export class GuessLimiter {
  private readonly seen = new Map<string, { count: number; first: number }>();
  constructor(
    private readonly clock: () => number,
    private readonly max = 10,
    private readonly windowMs = 10 * 60_000,
  ) {}
  private current(key: string) {
    const e = this.seen.get(key);
    if (e && this.clock() - e.first > this.windowMs) {
      this.seen.delete(key);
      return undefined;
    }
    return e;
  }
  tooMany(key: string): boolean {
    return (this.current(key)?.count ?? 0) >= this.max;
  }
  fail(key: string): void {
    const e = this.current(key);
    if (e) e.count++;
    else {
      // Keep the table small: an address that stopped guessing is forgotten with its window.
      if (this.seen.size > 10_000) this.seen.clear();
      this.seen.set(key, { count: 1, first: this.clock() });
    }
  }
}

const limiters = new WeakMap<Hub, GuessLimiter>();
function limiterOf(hub: Hub): GuessLimiter {
  let l = limiters.get(hub);
  if (!l) limiters.set(hub, (l = new GuessLimiter(hub.clock)));
  return l;
}

/** GET or POST /r/<code>. */
export async function handleReceipt(hub: Hub, req: IncomingMessage, res: ServerResponse, raw: string): Promise<void> {
  const limiter = limiterOf(hub);
  const who = `receipt:${req.socket.remoteAddress ?? ''}`;
  if (limiter.tooMany(who)) return send(res, 429, notice('rateLimited'));
  const code = raw.toUpperCase();
  const app = isReceiptCode(code) ? placementByReceipt(hub.records, code) : undefined;
  if (!app?.referral) {
    limiter.fail(who);
    return send(res, 404, notice('receiptUnknown'));
  }
  const slipNo = app.referral.slipNo;
  if (req.method !== 'POST') {
    const refusal = receiptRefusal(app, hub.clock(), hallZoneOf(hub.site()));
    if (refusal === 'receiptUsed' && app.referral.receipt)
      return send(res, 200, thanks(slipNo, app.referral.receipt.answer));
    return refusal ? send(res, 410, notice(refusal)) : send(res, 200, form(code, slipNo));
  }
  const body = await readBody(req);
  const answer = body === null ? null : new URLSearchParams(body).get('answer');
  if (!answer || !(RECEIPT_ANSWERS as readonly string[]).includes(answer)) return send(res, 400, form(code, slipNo));
  const result: { outcome: ReceiptOutcome } = { outcome: { ok: false, key: 'receiptUnknown' } };
  hub.writePlacement((w) => {
    result.outcome = answerReceipt(w, code, answer as ReceiptAnswer);
  });
  const outcome = result.outcome;
  if (!outcome.ok)
    return send(res, { receiptUnknown: 404, receiptUsed: 409, receiptExpired: 410 }[outcome.key], notice(outcome.key));
  send(res, 200, thanks(slipNo, outcome.answer));
}
