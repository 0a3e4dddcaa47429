// 统计报表: the hall's numbers — 登记 / 推荐 / 就业, employers by kind, postings, disputes and wages recovered — for a
// range of hall dates, grouped by day, week, month, district, trade or job type, as a chart and a table; and the
// exports (CSV, Excel) of the numbers, of every placement, and of the monthly report a district bureau collects.
// The hub computes everything (placement/numbers.ts) and streams the files; the console only asks.
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobType } from '../../../shared/domain/enums';
import { NUMBER_FIELDS, type NumbersResult } from '../../../shared/placement/numbers';
import { NUMBERS_BY, type NumbersBy } from '../../../shared/placement/schemas';
import { addDays, hallDate } from '../../../shared/rules/hallTime';
import { pageBridge } from '../../../web/bridge';
import { useConsole, useHallZone } from '../context';
import { districtName, langOf, tradeName } from '../lib/labels';

const NumbersChart = lazy(() => import('./NumbersChart'));

export function NumbersSection() {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const zone = useHallZone();
  const { send, now, state } = useConsole();
  const today = hallDate(now(), zone);
  const [from, setFrom] = useState(addDays(today, -29));
  const [to, setTo] = useState(today);
  const [by, setBy] = useState<NumbersBy>('day');
  const [month, setMonth] = useState(today.slice(0, 7));
  const [result, setResult] = useState<NumbersResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void send('report.numbers', { from, to, by }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setResult(r.result);
        setError(null);
      } else setError(r.error.message[lang]);
    });
    return () => {
      live = false;
    };
  }, [send, from, to, by, lang, state.lastSeq]);

  const label = (key: string) =>
    by === 'district'
      ? districtName(key, lang) || t('numbers.unknown')
      : by === 'trade'
        ? tradeName(key, lang) || t('numbers.unknown')
        : by === 'jobType'
          ? key
            ? t(`jobType.${key as JobType}`)
            : t('numbers.unknown')
          : key;

  async function download(kind: 'numbers' | 'placements' | 'monthly', format: 'csv' | 'xlsx') {
    const reply = await send('report.exportTicket', { kind, format, from, to, by, month });
    if (!reply.ok) return setError(reply.error.message[lang]);
    const base = pageBridge('staff').info?.hubUrl ?? window.location.origin;
    const a = document.createElement('a');
    a.href = `${base.replace(/\/+$/, '')}${reply.result.path}`;
    a.download = '';
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  const names = {
    registered: t('numbers.fields.registered'),
    recommended: t('numbers.fields.recommended'),
    employed: t('numbers.fields.employed'),
  };
  return (
    <div className="section single" data-testid="numbers">
      <div className="detail-pane wide">
        <h2>{t('numbers.title')}</h2>
        <div className="filters">
          <label>
            {t('numbers.from')}{' '}
            <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="numbers-from" />
          </label>
          <label>
            {t('numbers.to')}{' '}
            <input type="date" value={to} onChange={(e) => setTo(e.target.value)} data-testid="numbers-to" />
          </label>
          <label>
            {t('numbers.by')}{' '}
            <select value={by} onChange={(e) => setBy(e.target.value as NumbersBy)} data-testid="numbers-by">
              {NUMBERS_BY.map((b) => (
                <option key={b} value={b}>
                  {t(`numbers.bys.${b}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => void download('numbers', 'csv')}>
            {t('numbers.exportNumbers')} · {t('numbers.csv')}
          </button>
          <button type="button" onClick={() => void download('numbers', 'xlsx')} data-testid="export-numbers-xlsx">
            {t('numbers.exportNumbers')} · {t('numbers.xlsx')}
          </button>
          <button type="button" onClick={() => void download('placements', 'xlsx')}>
            {t('numbers.exportPlacements')} · {t('numbers.xlsx')}
          </button>
        </div>
        {error && <p className="banner bad">{error}</p>}
        {result && (
          <>
            <p className="three" data-testid="numbers-three">
              {t('numbers.three', { ...result.totals })}
            </p>
            <Suspense fallback={<div className="numbers-chart" />}>
              <NumbersChart rows={result.rows.map((r) => ({ ...r, label: label(r.key) }))} names={names} />
            </Suspense>
            <table className="list compact" data-testid="numbers-table">
              <thead>
                <tr>
                  <th>{t(`numbers.bys.${by}`)}</th>
                  {NUMBER_FIELDS.map((f) => (
                    <th key={f}>{t(`numbers.fields.${f}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.rows.map((r) => (
                  <tr key={r.key}>
                    <td>{label(r.key)}</td>
                    {NUMBER_FIELDS.map((f) => (
                      <td key={f}>{r[f]}</td>
                    ))}
                  </tr>
                ))}
                <tr className="total">
                  <th>{t('numbers.total')}</th>
                  {NUMBER_FIELDS.map((f) => (
                    <th key={f}>{result.totals[f]}</th>
                  ))}
                </tr>
              </tbody>
            </table>
          </>
        )}
        <h3>{t('numbers.monthly')}</h3>
        <div className="filters">
          <label>
            {t('numbers.month')} <input type="month" value={month} onChange={(e) => setMonth(e.target.value)} />
          </label>
          <button type="button" onClick={() => void download('monthly', 'xlsx')} data-testid="export-monthly-xlsx">
            {t('numbers.exportMonthly')} · {t('numbers.xlsx')}
          </button>
          <button type="button" onClick={() => void download('monthly', 'csv')}>
            {t('numbers.exportMonthly')} · {t('numbers.csv')}
          </button>
        </div>
      </div>
    </div>
  );
}
