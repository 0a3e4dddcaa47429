// The console's setup step: a new hall picks its city by pinyin initials or province → city, gets its name
// offered and its districts listed from the hub, is held to the minimum-wage range, and a later change of city
// must be confirmed. The hub's answers come from the real division data.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SiteSetupForm } from './SiteSetupForm';
import { renderConsole } from '../../../tests/helpers/console';
import { NOT_SET_UP } from '../../../shared/domain/site';
import type { Site } from '../../../shared/domain/entities';
import type { CommandReply } from '../../../shared/protocol/events';
import { answerSiteQueries, setUpSite } from '../../../tests/helpers/site';

const fresh: Site = { id: 'site', version: 1, updatedAt: 0, ...NOT_SET_UP };
const answer = (name: string, args: unknown) =>
  (answerSiteQueries(name, args) ?? { ok: true, result: null }) as CommandReply;
function fill(id: string, value: string) {
  fireEvent.change(document.getElementById(id)!, { target: { value } });
}
const errorAt = (field: string) => document.querySelector(`[data-error-for="${field}"]`)?.textContent ?? null;

describe('site setup step', { timeout: 30_000 }, () => {
  it('finds 郑州市 by pinyin initials, offers its name and districts, checks the wage, then sends site.setup', async () => {
    const { sent } = renderConsole(<SiteSetupForm site={fresh} />, { site: fresh, answer });
    await waitFor(() => expect(sent.some((s) => s.name === 'site.cities')).toBe(true));
    fill('setup-search', 'zz');
    const matches = within(document.getElementById('setup-matches')!);
    await waitFor(() => expect(matches.getByRole('button', { name: /郑州市/ })).toBeVisible());
    expect(matches.getByRole('button', { name: /株洲市/ })).toBeVisible();
    fireEvent.click(matches.getByRole('button', { name: /郑州市/ }));
    await waitFor(() => expect(screen.getByTestId('setup-chosen').textContent).toContain('郑州市（河南省）410100'));
    expect((document.getElementById('setup-name') as HTMLInputElement).value).toBe('郑州市零工市场');
    const districts = [...(document.getElementById('setup-district') as HTMLSelectElement).options].map((o) => o.text);
    expect(districts).toContain('金水区');
    expect(districts).not.toContain('长安区');
    fill('setup-district', '410105');

    // Outside 10–60 yuan/hour, or finer than a jiao: refused at the field, nothing sent.
    fill('setup-wage', '5');
    fireEvent.submit(screen.getByTestId('site-setup'));
    await waitFor(() => expect(errorAt('minHourlyWage')).toContain('10到60'));
    fill('setup-wage', '22.55');
    fireEvent.submit(screen.getByTestId('site-setup'));
    await waitFor(() => expect(errorAt('minHourlyWage')).not.toBeNull());
    expect(sent.some((s) => s.name === 'site.setup')).toBe(false);

    fill('setup-wage', '22.5');
    fireEvent.submit(screen.getByTestId('site-setup'));
    await waitFor(() => expect(sent.some((s) => s.name === 'site.setup')).toBe(true));
    expect(sent.find((s) => s.name === 'site.setup')!.args).toEqual({
      cityCode: '410100',
      name: '郑州市零工市场',
      district: '410105',
      minHourlyWage: 22.5,
      publicUrl: '',
      confirmCityChange: false,
    });
  });

  it('picks province → city too, and keeps a name the admin typed', async () => {
    const { sent } = renderConsole(<SiteSetupForm site={fresh} />, { site: fresh, answer });
    await waitFor(() => expect(document.querySelectorAll('#setup-province option').length).toBeGreaterThan(30));
    fill('setup-name', '金水区零工驿站');
    fill('setup-province', '410000');
    fill('setup-city', '410100');
    await waitFor(() => expect(screen.getByTestId('setup-chosen').textContent).toContain('郑州市'));
    expect((document.getElementById('setup-name') as HTMLInputElement).value).toBe('金水区零工驿站');
    expect(
      sent.some((s) => s.name === 'site.cityDistricts' && (s.args as { cityCode: string }).cityCode === '410100'),
    ).toBe(true);
  });

  it('asks for confirmation before changing a set-up hall to another city', async () => {
    const site = setUpSite();
    const { sent } = renderConsole(<SiteSetupForm site={site} onDone={() => undefined} />, { site, answer });
    await waitFor(() => expect(sent.some((s) => s.name === 'site.cities')).toBe(true));
    fill('setup-search', '郑州');
    await waitFor(() => expect(document.querySelector('[data-city="410100"]')).not.toBeNull());
    fireEvent.click(document.querySelector('[data-city="410100"]')!);
    await waitFor(() => expect(screen.getByTestId('setup-chosen').textContent).toContain('郑州市'));
    // The hall's name was its own: it stays.
    expect((document.getElementById('setup-name') as HTMLInputElement).value).toBe('石家庄市零工市场');
    fireEvent.submit(screen.getByTestId('site-setup'));
    const confirm = await screen.findByTestId('confirm-city-change');
    expect(confirm.textContent).toContain('确认更换城市为 郑州市');
    expect(sent.some((s) => s.name === 'site.setup')).toBe(false);
    fireEvent.click(within(confirm).getByRole('button', { name: '确认更换' }));
    await waitFor(() => expect(sent.some((s) => s.name === 'site.setup')).toBe(true));
    expect(sent.find((s) => s.name === 'site.setup')!.args).toMatchObject({
      cityCode: '410100',
      confirmCityChange: true,
    });
  });
});
