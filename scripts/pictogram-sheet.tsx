// Draws every trade and job-type pictogram on one sheet (docs/screens/pictograms.png), at tile size and small, on
// a plain and a selected tile, so the set can be judged side by side as one style.
//   npx tsx scripts/pictogram-sheet.tsx [out.png]
import { renderToStaticMarkup } from 'react-dom/server';
import { TRADES } from '../shared/domain/trades';
import { JOB_TYPES } from '../shared/domain/enums';
import { JobTypeIcon, TradeIcon } from '../web/pictograms/icons';
import { launchBrowser } from '../tests/helpers/browser';

const JOB_TYPE_ZH: Record<string, string> = {
  hourly: '按小时',
  daily: '按天',
  short_term: '短期',
  temporary: '临时',
  seasonal: '季节',
  long_term: '长期',
};

const cell = (icon: React.ReactElement<{ code?: string; type?: string }>, label: string, selected = false) => (
  <div
    className={`cell${selected ? ' selected' : ''}`}
    key={`${label}-${selected}-${icon.props.code ?? icon.props.type}`}
  >
    {icon}
    <span>{label}</span>
  </div>
);

const html = renderToStaticMarkup(
  <html lang="zh-CN">
    <head>
      <meta charSet="utf-8" />
      <style>{`
        body { margin: 24px; font-family: 'Noto Sans CJK SC', sans-serif; color: #0b2545; background: #f4f6f9; }
        h2 { font-size: 28px; margin: 16px 0 8px; }
        .grid { display: grid; grid-template-columns: repeat(8, 1fr); gap: 12px; }
        .cell { display: flex; flex-direction: column; align-items: center; gap: 6px; padding: 12px 4px;
          background: #fff; border: 2px solid #9fb3c8; border-radius: 12px; font-size: 22px; --picto-tint: #d6e5f6; }
        .cell.selected { background: #0b3d75; color: #fff; border-color: #0b3d75; --picto-tint: #3d6ea8; --picto-paper: #0b3d75; }
        .cell .picto { width: 72px; height: 72px; }
        .small .picto { width: 32px; height: 32px; }
        .small .cell { font-size: 16px; }
      `}</style>
    </head>
    <body>
      <h2>工种 · trades (72 px)</h2>
      <div className="grid">{TRADES.map((t) => cell(<TradeIcon code={t.code} />, t.zh))}</div>
      <h2>工作时间 · job types</h2>
      <div className="grid">
        {JOB_TYPES.map((j) => cell(<JobTypeIcon type={j} />, JOB_TYPE_ZH[j] ?? j))}
        {cell(<TradeIcon code="electrician" />, '选中', true)}
        {cell(<JobTypeIcon type="daily" />, '选中', true)}
      </div>
      <h2>32 px</h2>
      <div className="grid small">
        {TRADES.map((t) => cell(<TradeIcon code={t.code} />, t.zh))}
        {JOB_TYPES.map((j) => cell(<JobTypeIcon type={j} />, JOB_TYPE_ZH[j] ?? j))}
      </div>
    </body>
  </html>,
);

const out = process.argv[2] ?? 'docs/screens/pictograms.png';
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1080, height: 800 } });
  await page.setContent(`<!doctype html>${html}`);
  await page.screenshot({ path: out, fullPage: true });
  console.log(`pictogram sheet: ${out}`);
} finally {
  await browser.close();
}
