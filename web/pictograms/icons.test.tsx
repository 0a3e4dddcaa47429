// Every trade and job type has its own drawing (none falls back to the plain badge, no two are the same), and the
// pictograms stay decorative so screen readers read the word beside them, not the drawing.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { TRADES } from '../../shared/domain/trades';
import { JOB_TYPES } from '../../shared/domain/enums';
import { JobTypeIcon, TradeIcon } from './icons';

const inner = (html: string) => html.replace(/^<svg[^>]*>/, '');

describe('pictograms', () => {
  const unknown = inner(renderToStaticMarkup(<TradeIcon code="no_such_trade" />));
  const drawings = [
    ...TRADES.map((t) => [t.code, renderToStaticMarkup(<TradeIcon code={t.code} />)] as const),
    ...JOB_TYPES.map((j) => [j, renderToStaticMarkup(<JobTypeIcon type={j} />)] as const),
  ];

  it('draws each of the 24 trades and 6 job types, each differently, none as the unknown badge', () => {
    expect(TRADES).toHaveLength(24);
    for (const [name, html] of drawings) {
      expect(inner(html), name).not.toBe(unknown);
      expect(html, name).toMatch(/viewBox="0 0 48 48"/);
    }
    expect(new Set(drawings.map(([, html]) => inner(html))).size).toBe(drawings.length);
  });

  it('is hidden from assistive technology and names what it draws for tests and tools', () => {
    const html = renderToStaticMarkup(<JobTypeIcon type="daily" />);
    expect(html).toContain('aria-hidden="true"');
    expect(html).toContain('data-picto="job-type:daily"');
    expect(renderToStaticMarkup(<TradeIcon code="electrician" />)).toContain('data-picto="trade:electrician"');
  });
});
