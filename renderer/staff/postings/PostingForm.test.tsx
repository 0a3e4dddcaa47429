import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { PostingForm } from './PostingForm';
import { renderConsole } from '../../../tests/helpers/console';

function fill(id: string, value: string) {
  fireEvent.change(document.getElementById(id)!, { target: { value } });
}
const errorAt = (field: string) => document.querySelector(`[data-error-for="${field}"]`)?.textContent ?? null;

describe('PostingForm', () => {
  it('warns below the site minimum wage, comparing across pay units', () => {
    renderConsole(<PostingForm onSaved={() => undefined} />);
    fill('posting-payUnit', 'hour');
    fill('posting-payAmount', '20');
    expect(screen.getByTestId('min-wage-warning').textContent).toContain('22');
    fill('posting-payAmount', '22');
    expect(screen.queryByTestId('min-wage-warning')).toBeNull();
    fill('posting-payUnit', 'day');
    fill('posting-payAmount', '160'); // 20 an hour over an 8-hour day
    expect(screen.queryByTestId('min-wage-warning')).not.toBeNull();
    fill('posting-payUnit', 'piece'); // piece rates are not comparable: no warning
    expect(screen.queryByTestId('min-wage-warning')).toBeNull();
  });

  it('puts schema errors at the form fields (pay.amount → the pay box) and sends nothing', async () => {
    const { sent } = renderConsole(<PostingForm onSaved={() => undefined} />);
    fill('posting-headcount', '0');
    fill('posting-endDate', '2026-01-01');
    fireEvent.submit(screen.getByTestId('posting-form'));
    await waitFor(() => expect(errorAt('title')).not.toBeNull());
    expect(errorAt('payAmount')).not.toBeNull();
    expect(errorAt('headcount')).toContain('至少为1');
    expect(errorAt('trade')).not.toBeNull();
    expect(sent).toHaveLength(0);
  });

  it('shows a refusal to publish as a message for the whole form', async () => {
    const { sent, records } = renderConsole(<PostingForm employerId="e1" onSaved={() => undefined} />, {
      answer: () => ({
        ok: false,
        error: {
          code: 'employer_not_approved',
          message: {
            zh: '用工方尚未通过审核，岗位不能发布',
            en: 'The employer has not been approved; the posting cannot be published',
          },
        },
      }),
    });
    expect(records.employer.size).toBe(0);
    fill('posting-title', '仓库搬运工');
    fill('posting-trade', 'mover');
    fill('posting-payAmount', '200');
    fill('posting-district', '130104');
    fireEvent.click(screen.getByTestId('posting-publish'));
    await waitFor(() => expect(errorAt('_form')).toContain('尚未通过审核'));
    expect(sent[0]).toMatchObject({
      name: 'posting.create',
      args: { publish: true, employerId: 'e1', pay: { amount: 200, unit: 'day', settlement: 'daily' } },
    });
  });
});
