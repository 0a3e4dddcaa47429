// The light mobile job list: plain HTML, no script, for phones on the hall Wi-Fi (the displays' QR code and the
// kiosk's "carry it away" QR code lead here). Public posting fields only.
import type { Hub } from './hub';
import type { PublicPosting } from '../../shared/domain/entities';
import { publicPosting } from './projection';
import { formatPay, formatSettlement } from '../../shared/domain/pay';
import { tradeByCode } from '../../shared/domain/trades';
import { districtIn, type District } from '../../shared/domain/districts';
import { NOT_SET_UP_TEXT, isSetUp } from '../../shared/domain/site';
import { common } from '../../shared/i18n/common';
import { isOpen, openSql, placesLeft } from '../../shared/rules/posting';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:0;background:#f5f5f0;color:#111;
font-size:18px;line-height:1.5}
header{background:#0b3d2e;color:#fff;padding:12px 16px}h1{font-size:22px;margin:0}main{padding:8px}
a.card,div.card{display:block;background:#fff;border-radius:8px;padding:12px 14px;margin:8px 0;color:inherit;
text-decoration:none;border:1px solid #ddd}
.t{font-weight:700;font-size:20px}.p{color:#8a1c00;font-weight:700}.m{color:#444}
.tag{display:inline-block;border:2px solid #0b3d2e;border-radius:4px;padding:0 6px;margin-right:6px;font-weight:700}
footer{padding:16px;color:#444;font-size:16px}`;

function page(title: string, body: string, siteName: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>${STYLE}</style></head><body><header><h1>${esc(siteName)}</h1></header><main>${body}</main>
<footer>报名请到服务台或在一体机上点“我想去”。To apply, visit the front desk or tap “I'm interested” at a kiosk.</footer></body></html>`;
}

function card(p: PublicPosting, link: boolean, districts: readonly District[]): string {
  const trade = tradeByCode(p.trade)?.zh ?? p.trade;
  const district = districtIn(districts, p.district)?.zh ?? p.district;
  const inner = `<div class="t"><span class="tag">${common.zh.jobType[p.jobType]}</span>${esc(p.title)}</div>
<div class="p">${esc(formatPay(p.pay))} · ${esc(formatSettlement(p.pay.settlement))}</div>
<div class="m">${esc(trade)} · ${esc(district)} · 还需 ${placesLeft(p)} 人 · ${esc(p.startDate)} 开始</div>`;
  return link ? `<a class="card" href="/m/p/${esc(p.id)}">${inner}</a>` : `<div class="card">${inner}</div>`;
}

export function renderMobileList(hub: Hub, params: URLSearchParams): string {
  const site = hub.site();
  if (!isSetUp(site)) return page('GigHall', `<p>${NOT_SET_UP_TEXT.zh} · ${NOT_SET_UP_TEXT.en}</p>`, '零工市场');
  const trade = params.get('trade');
  const now = hub.clock();
  let rows = hub.records.list('posting', `${openSql()} ORDER BY published_at DESC LIMIT 300`, now);
  if (trade) rows = rows.filter((p) => p.trade === trade);
  const body = rows.length
    ? rows.map((p) => card(publicPosting(p), true, site.districts)).join('')
    : '<p>暂无岗位 · No jobs right now</p>';
  return page('招聘信息', body, site.name);
}

export function renderMobilePosting(hub: Hub, id: string): string | null {
  const p = hub.records.get('posting', id);
  if (!p || !isOpen(p, hub.clock())) return null;
  const pub = publicPosting(p);
  const { districts, name } = hub.site();
  const extra = `<div class="card"><div>${esc(pub.description || '')}</div>
<div class="m">地址：${esc(pub.address || (districtIn(districts, pub.district)?.zh ?? ''))}</div>
${pub.dailyHours ? `<div class="m">工作时间：${esc(pub.dailyHours.from)}–${esc(pub.dailyHours.to)}</div>` : ''}
${pub.endDate ? `<div class="m">至 ${esc(pub.endDate)}</div>` : ''}</div>`;
  return page(pub.title, card(pub, false, districts) + extra, name);
}
