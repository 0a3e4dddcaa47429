// A built-in page shown while a station looks for its hub: static, no script, bilingual, large type.
export const WAITING_PATH = '/__station/waiting.html';

export function waitingPageHtml(): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>GigHall 零工大厅</title>
<style>
body{margin:0;background:#10325c;color:#fff;font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;cursor:none}
main{display:flex;flex-direction:column;align-items:center;justify-content:center;height:100vh;text-align:center;line-height:1.4}
.big{font-size:56px;margin:0 0 24px}.en{font-size:32px;margin:0 0 48px}.help{font-size:28px;margin:0;opacity:.85}
</style></head>
<body><main>
<p class="big">正在连接本站点服务器…</p>
<p class="en">Looking for the site hub…</p>
<p class="help">如长时间未连接，请联系服务台工作人员。<br>If this persists, please ask the front desk.</p>
</main></body></html>`;
}
