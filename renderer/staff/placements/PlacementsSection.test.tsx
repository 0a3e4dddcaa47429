// The desk's working views hold what the shared rules say (call back after 7 hall days, tomorrow's interviews,
// wages overdue), a placement offers only the steps the lifecycle allows, and a step is sent with its own note.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderConsole } from '../../../tests/helpers/console';
import type { Application, Posting } from '../../../shared/domain/entities';
import { PlacementsSection } from './PlacementsSection';
import { PrintProvider } from '../print/PrintJob';

// The console's clock in these tests: 2026-11-29 08:00 in the hall.
const DAY = 86_400_000;
const NOW = Date.parse('2026-11-29T08:00:00+08:00');
const by = { kind: 'staff' as const, id: 'u1', name: '张敏' };

const posting = {
  id: 'p1',
  version: 1,
  updatedAt: 0,
  employerId: 'e1',
  employerName: '栾城区恒安装饰工程有限公司',
  employerKind: 'enterprise',
  title: '室内装修木工',
  trade: 'carpenter',
  jobType: 'daily',
  pay: { amount: 260, unit: 'day', settlement: 'daily' },
  district: '130102',
  address: '裕翔街18号',
  headcount: 3,
  filledCount: 0,
  startDate: '2026-11-20',
  endDate: '2026-12-31',
  dailyHours: null,
  requirements: { certificates: [], minExperienceYears: 0, note: '' },
  benefits: { meals: false, lodging: false, transport: false },
  description: '',
  publishedAt: 1,
  expiresAt: null,
  status: 'published',
  createdAt: 1,
  createdBy: null,
} as Posting;

function app(id: string, over: Partial<Application>): Application {
  return {
    id,
    version: 1,
    updatedAt: NOW,
    postingId: 'p1',
    workerId: null,
    phone: `1390000000${id.slice(-1)}`,
    source: 'desk',
    status: 'referred',
    note: '',
    createdAt: NOW - DAY,
    handledBy: null,
    history: [{ status: 'referred', at: NOW - DAY, by, note: '' }],
    referral: {
      slipNo: `130102-2026-00000${id.slice(-1)}`,
      issuedAt: NOW - DAY,
      by,
      interview: null,
      receipt: null,
    },
    wage: null,
    agreement: null,
    ...over,
  };
}

const apps = [
  // 8 hall days without a receipt: call back.
  app('a1', { referral: { ...app('a1', {}).referral!, issuedAt: NOW - 8 * DAY } }),
  // Interview tomorrow (the 30th in the hall).
  app('a2', {
    referral: {
      ...app('a2', {}).referral!,
      interview: { date: '2026-11-30', time: '09:00', place: '会议室', contact: '' },
    },
  }),
  // Hired, pay date passed with money owed: overdue.
  app('a3', {
    status: 'hired',
    wage: { agreedAmount: 1300, payDate: '2026-11-27', status: 'due', paidAmount: 0, paidOn: null, entries: [] },
  }),
];

function renderSection() {
  return renderConsole(
    <PrintProvider>
      <PlacementsSection />
    </PrintProvider>,
    {
      records: (r) => {
        r.posting.set('p1', posting);
        for (const a of apps) r.application.set(a.id, a);
      },
    },
  );
}

const rowsShown = () =>
  screen.queryAllByTestId('application-row').map((r) => within(r).getByText(/130102-2026/).textContent);

describe('placements section', () => {
  it('puts each placement in the views the shared rules say', () => {
    renderSection();
    fireEvent.click(screen.getByTestId('tab-followUp'));
    expect(rowsShown()).toEqual(['130102-2026-000001']);
    fireEvent.click(screen.getByTestId('tab-tomorrow'));
    expect(rowsShown()).toEqual(['130102-2026-000002']);
    fireEvent.click(screen.getByTestId('tab-overdue'));
    expect(rowsShown()).toEqual(['130102-2026-000003']);
    expect(screen.getByText('已逾期')).toBeVisible();
  });

  it('offers only the allowed next steps and sends a step with its own note', async () => {
    const { sent } = renderSection();
    fireEvent.click(screen.getByTestId('tab-tomorrow'));
    fireEvent.click(screen.getAllByTestId('application-row')[0]!);
    const steps = within(screen.getByTestId('step-form'))
      .getAllByRole('button')
      .map((b) => b.getAttribute('data-testid'));
    expect(steps).toEqual(['step-interviewed', 'step-hired', 'step-rejected', 'step-no_show', 'step-withdrawn']);
    fireEvent.change(screen.getByLabelText('本步备注'), { target: { value: '已到公司面试' } });
    fireEvent.click(screen.getByTestId('step-interviewed'));
    await Promise.resolve();
    expect(sent.at(-1)).toEqual({
      name: 'placement.step',
      args: { id: 'a2', baseVersion: 1, to: 'interviewed', note: '已到公司面试', wage: null },
    });
  });
});
