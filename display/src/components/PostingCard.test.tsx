import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { PostingCard } from './PostingCard';
import { JobTypeBadge } from './JobTypeBadge';
import { initDisplayI18n } from '../i18n';
import { NOW, SITE, posting } from '../../../tests/helpers/display';
import { showDistrictsOf } from '../../../shared/domain/districts';
import { JOB_TYPES } from '../../../shared/domain/enums';

const withI18n = (ui: React.ReactNode, lang: 'zh' | 'en' = 'zh') =>
  render(<I18nextProvider i18n={initDisplayI18n(lang)}>{ui}</I18nextProvider>);

// DisplayApp names districts from the site record; a card rendered alone is given the demo hall's.
beforeAll(() => showDistrictsOf(SITE.districts));

describe('PostingCard', () => {
  it('shows trade, title, job type, pay with unit and settlement, district, people needed, start and age', () => {
    withI18n(<PostingCard posting={posting()} minute={NOW} />);
    const card = screen.getByTestId('posting-card');
    expect(card.textContent).toContain('电工');
    expect(card.textContent).toContain('小区电路检修电工');
    expect(card.textContent).toContain('260元/天');
    expect(card.textContent).toContain('长安区');
    expect(card.textContent).toContain('招2人');
    expect(card.textContent).toContain('12月1日开工');
    expect(card.textContent).toContain('08:00–17:00');
    expect(card.textContent).toContain('5分钟前发布');
    expect(card.textContent).toContain('包吃');
    expect(screen.getAllByText('日结').length).toBeGreaterThanOrEqual(2); // the job type and the settlement
  });

  it('reads in English too', () => {
    withI18n(
      <PostingCard
        posting={posting({ pay: { amount: 25, unit: 'hour', settlement: 'weekly' }, jobType: 'hourly' })}
        minute={NOW}
      />,
      'en',
    );
    const text = screen.getByTestId('posting-card').textContent!;
    expect(text).toContain('Electrician');
    expect(text).toContain('¥25/hour');
    expect(text).toContain('paid weekly');
    expect(text).toContain('Hourly');
    expect(text).toContain('2 needed');
  });

  it('never shows the employer (households are private people) or any number that is not on the public card', () => {
    withI18n(
      <PostingCard posting={posting({ employerKind: 'household', employerName: '', address: '' })} minute={NOW} />,
    );
    const text = screen.getByTestId('posting-card').textContent!;
    expect(text).not.toMatch(/1[3-9]\d{9}/);
    expect(text).not.toContain('恒达物业');
  });

  it('says "starts any time" once the start date has passed', () => {
    withI18n(<PostingCard posting={posting({ startDate: '2026-11-01' })} minute={NOW} />);
    expect(screen.getByTestId('posting-card').textContent).toContain('随时上岗');
  });
});

describe('JobTypeBadge', () => {
  it('gives every job type its word, its mark and its own outline class (not colour alone)', () => {
    withI18n(
      <>
        {JOB_TYPES.map((t) => (
          <JobTypeBadge key={t} jobType={t} />
        ))}
      </>,
    );
    const badges = JOB_TYPES.map((t) => document.querySelector(`[data-job-type="${t}"]`)!);
    expect(badges.map((b) => b.textContent)).toEqual(['●小时工', '■日结', '▲短期', '◆临时', '★季节工', '▼长期']);
    expect(new Set(badges.map((b) => b.className)).size).toBe(JOB_TYPES.length);
  });
});
