// Any city, not only Shijiazhuang: a real hub on a fresh non-demo data dir is not set up, the CLI's --city flags
// set it up as another city, and from then on only that city's districts are accepted — with a clear error in
// Chinese and English for a district of another city.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN_PASSWORD, startTestHub, staffStation, type TestHub, type TestStation } from '../helpers/hub';
import { approvedEmployer, postingArgs, validCreditCode } from '../helpers/fixtures';
import { isSetUp } from '../../shared/domain/site';
import { promptSetup } from '../../electron/hub/setup-cli';
import { districtsOf } from '../../electron/hub/divisions';
import type { Site } from '../../shared/domain/entities';
import { runHubCli } from '../helpers/cli';

/** `npm run hub` with these flags. */
const runCli = (dataDir: string, flags: string[]) =>
  runHubCli(dataDir, flags, { GIGHALL_ADMIN_PASSWORD: ADMIN_PASSWORD });

const ZHENGZHOU = ['--city', '410100', '--district', '410105', '--min-wage', '22.5'];
const dirs: string[] = [];
const hubs: TestHub[] = [];
const stations: TestStation[] = [];
afterEach(async () => {
  for (const s of stations.splice(0)) s.close();
  for (const h of hubs.splice(0)) await h.destroy();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'gighall-setup-'));
  dirs.push(d);
  return d;
};

describe('choosing the hall’s city', () => {
  it('leaves a fresh non-demo hub not set up, and refuses writes that need a district', async () => {
    const hub = await startTestHub({ notSetUp: true });
    hubs.push(hub);
    expect(isSetUp(hub.hub.site())).toBe(false);
    expect(hub.hub.site()).toMatchObject({ name: '', city: null, districts: [], minHourlyWage: null });
    expect(await (await fetch(`${hub.url}/health`)).json()).toMatchObject({ setUp: false });
    expect(await (await fetch(`${hub.url}/m/`)).text()).toContain('本站尚未完成设置 · This hall is not set up yet');

    const staff = await staffStation(hub.url);
    stations.push(staff);
    // Pages get the site record: not set up, no wrong city.
    expect(staff.table<Site>('site').get('site')?.city).toBeNull();
    const reply = await staff.send('employer.create', {
      kind: 'enterprise',
      name: '郑州恒达物业服务有限公司',
      creditCode: validCreditCode(7),
      contactName: '李经理',
      contactPhone: '13931112222',
      district: '130102',
    });
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('site_not_set_up');
      expect(reply.error.message.zh).toContain('本站尚未完成设置');
      expect(reply.error.message.en).toContain('not set up yet');
    }
  });

  it('is set up by the CLI flags as 郑州市, and then takes only 郑州市 districts (zh/en errors otherwise)', async () => {
    const dir = tempDir();
    const cli = runCli(dir, ZHENGZHOU);
    const url = await cli.ready;
    expect(await (await fetch(`${url}/health`)).json()).toMatchObject({ setUp: true, site: '郑州市零工市场' });
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
    expect(cli.output()).not.toMatch(/Not set up yet/);

    const hub = await startTestHub({ notSetUp: true }, dir);
    hubs.push(hub);
    const site = hub.hub.site();
    expect(isSetUp(site)).toBe(true);
    expect(site).toMatchObject({
      name: '郑州市零工市场',
      city: { code: '410100', zh: '郑州市', en: 'Zhengzhou', province: '河南省' },
      district: '410105',
      minHourlyWage: 22.5,
    });
    expect(site.districts.map((d) => d.zh)).toEqual(expect.arrayContaining(['金水区', '中原区', '二七区']));

    const staff = await staffStation(hub.url);
    stations.push(staff);
    // A Shijiazhuang district is refused for an employer, a posting and a worker, saying which city and why.
    const employer = await staff.send('employer.create', {
      kind: 'enterprise',
      name: '郑州恒达物业服务有限公司',
      creditCode: validCreditCode(8),
      contactName: '李经理',
      contactPhone: '13931112222',
      district: '130102',
    });
    expect(employer.ok).toBe(false);
    if (!employer.ok) {
      expect(employer.error).toMatchObject({ code: 'invalid_args', field: 'district' });
      expect(employer.error.message).toEqual({
        zh: '区县代码 130102 不是郑州市的区县',
        en: 'District code 130102 is not a district of Zhengzhou',
      });
    }
    const employerId = await approvedEmployer(staff, '郑州顺达搬家服务有限公司', '410105');
    const wrong = await staff.send('posting.create', postingArgs(employerId, { district: '130104' }));
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error.message.en).toBe('District code 130104 is not a district of Zhengzhou');
    const right = await staff.send('posting.create', postingArgs(employerId, { district: '410102' }));
    expect(right.ok).toBe(true);
    const worker = await staff.send('worker.register', {
      consent: { version: '2025-01', at: 1 },
      name: '张三',
      phone: '13912345678',
      districts: ['410105', '130102'],
    });
    expect(worker.ok).toBe(false);
    if (!worker.ok) expect(worker.error).toMatchObject({ field: 'districts.1' });
  });

  it('changes the city only when asked explicitly, and lists the cities for the picker', async () => {
    const hub = await startTestHub();
    hubs.push(hub);
    const staff = await staffStation(hub.url);
    stations.push(staff);
    const cities = await staff.ok('site.cities', {});
    expect(cities.provinces.find((p) => p.zh === '河南省')?.cities.map((c) => c.zh)).toContain('郑州市');
    const setup = { cityCode: '410100', name: '郑州市零工市场', district: '410105', minHourlyWage: 22 };
    const unconfirmed = await staff.send('site.setup', setup);
    expect(unconfirmed.ok).toBe(false);
    if (!unconfirmed.ok) expect(unconfirmed.error.code).toBe('city_change_unconfirmed');
    expect(hub.hub.site().city?.code).toBe('130100');
    const wrongDistrict = await staff.send('site.setup', { ...setup, district: '130102', confirmCityChange: true });
    expect(wrongDistrict.ok).toBe(false);
    if (!wrongDistrict.ok) expect(wrongDistrict.error.field).toBe('district');
    expect((await staff.send('site.setup', { ...setup, confirmCityChange: true })).ok).toBe(true);
    expect(hub.hub.site()).toMatchObject({ city: { code: '410100' }, district: '410105' });
    // site.update keeps the city and checks the district against it.
    const update = await staff.send('site.update', { name: '金水零工驿站', district: '130102', minHourlyWage: 22 });
    expect(update.ok).toBe(false);
  });

  it('refuses bad city flags with a clear message and does not start', async () => {
    const unknown = runCli(tempDir(), ['--city', '999999', '--district', '410105', '--min-wage', '22']);
    expect(await unknown.exited).toBe(2);
    expect(unknown.output()).toContain('No city has the division code 999999');
    const missing = runCli(tempDir(), ['--city', '410100', '--min-wage', '22']);
    expect(await missing.exited).toBe(2);
    expect(missing.output()).toContain('410105 金水区');
    const otherCity = runCli(tempDir(), ['--city', '410100', '--district', '130102', '--min-wage', '22']);
    expect(await otherCity.exited).toBe(2);
    expect(otherCity.output()).toContain(
      'Setup refused: 区县代码 130102 不是郑州市的区县 / District code 130102 is not a district of Zhengzhou',
    );
    const wage = runCli(tempDir(), [...ZHENGZHOU.slice(0, 4), '--min-wage', '200']);
    expect(await wage.exited).toBe(2);
    expect(wage.output()).toContain('10 to 60 yuan/hour');
  });

  it('asks in a terminal: city by initials, offered name, district by number, wage until valid', async () => {
    const hub = await startTestHub({ notSetUp: true });
    hubs.push(hub);
    const answers = ['zz', 'nowhere', '410100', '', '99', '4', '5', '23.5'];
    const said: string[] = [];
    await promptSetup(hub.hub, {
      ask: async (q) => {
        said.push(q);
        return answers.shift() ?? '';
      },
      say: (line) => said.push(line),
    });
    expect(answers).toEqual([]);
    const text = said.join('\n');
    expect(text).toContain('郑州市（河南省）410100'); // "zz" lists the candidates
    expect(text).toContain('No such city');
    expect(text).toContain('Hall name [郑州市零工市场]');
    expect(text).toContain('Type an amount'); // 5 yuan/hour is refused
    const site = hub.hub.site();
    const fourth = districtsOf('410100')[3]!;
    expect(site).toMatchObject({
      name: '郑州市零工市场',
      city: { code: '410100' },
      district: fourth.code,
      minHourlyWage: 23.5,
    });
    expect(text).toContain(`已设置 / Set up: 郑州市零工市场 · 郑州市 · ${fourth.zh} · 23.5 元/小时`);
  });
});
