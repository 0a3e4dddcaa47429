// Setting a new hall up from the command line: the --city flags (non-interactive, for scripts and services) and,
// when the hub runs in a terminal and is not set up, a short prompt. Both end in Hub.setUpSite, which applies the
// same checks as the console's site.setup.
import { createInterface } from 'node:readline/promises';
import type { Hub } from './hub';
import { HubError } from './commands/context';
import { cityByCode, districtsOf, findCities } from './divisions';
import { defaultHallName, isSetUp, minHourlyWage, MIN_WAGE_RANGE, type SiteSetup } from '../../shared/domain/site';

/** parseArgs options for the city flags, spread into the CLI's own. */
export const CITY_OPTIONS = {
  city: { type: 'string' },
  'hall-name': { type: 'string' },
  district: { type: 'string' },
  'min-wage': { type: 'string' },
  'change-city': { type: 'boolean', default: false },
} as const;

export interface CityFlags {
  city?: string;
  'hall-name'?: string;
  district?: string;
  'min-wage'?: string;
  'change-city'?: boolean;
}

/** A refused setup, in both languages. */
export class SetupInputError extends Error {}

function districtList(cityCode: string): string {
  return districtsOf(cityCode)
    .map((d) => `${d.code} ${d.zh}`)
    .join(', ');
}

/**
 * The setup the flags ask for, or null when --city is absent. Names the missing or wrong flag in zh and en;
 * the hub then checks the rest (the district belongs to the city, the wage is in range).
 */
export function setupFromFlags(flags: CityFlags): SiteSetup | null {
  const given = ['hall-name', 'district', 'min-wage'].filter((k) => flags[k as keyof CityFlags] !== undefined);
  if (flags.city === undefined) {
    if (given.length)
      throw new SetupInputError(`--${given[0]} 须与 --city 一起使用 / --${given[0]} needs --city as well`);
    return null;
  }
  const city = cityByCode(flags.city.trim());
  if (!city)
    throw new SetupInputError(
      `找不到代码为 ${flags.city} 的城市（例如 石家庄市 130100，郑州市 410100）/ ` +
        `No city has the division code ${flags.city} (e.g. Shijiazhuang 130100, Zhengzhou 410100)`,
    );
  if (flags.district === undefined)
    throw new SetupInputError(
      `请用 --district 指定本站所在区县 / Give the hall's district with --district: ${districtList(city.code)}`,
    );
  if (flags['min-wage'] === undefined)
    throw new SetupInputError(
      `请用 --min-wage 指定当地最低小时工资（元/小时）/ Give the local minimum hourly wage with --min-wage (yuan/hour)`,
    );
  return {
    cityCode: city.code,
    name: flags['hall-name'] ?? defaultHallName(city),
    district: flags.district,
    minHourlyWage: Number(flags['min-wage']),
    confirmCityChange: flags['change-city'] ?? false,
  };
}

/** A HubError from a refused setup as one line in both languages. */
export function describeSetupError(err: unknown): string {
  if (err instanceof HubError) return `${err.error.message.zh} / ${err.error.message.en}`;
  return err instanceof Error ? err.message : String(err);
}

export interface Prompter {
  ask(question: string): Promise<string>;
  say(line: string): void;
}

/** Ask until `parse` accepts the answer (returns non-undefined). */
async function askUntil<T>(io: Prompter, question: string, parse: (answer: string) => T | undefined): Promise<T> {
  for (;;) {
    const value = parse((await io.ask(question)).trim());
    if (value !== undefined) return value;
  }
}

/** The interactive setup: city by name, pinyin or code; hall name; its district; the minimum wage. */
export async function promptSetup(hub: Hub, io: Prompter): Promise<void> {
  io.say('本站尚未完成设置，请选择所在城市。 / This hall is not set up yet: choose its city.');
  const city = await askUntil(io, '所在城市（名称、拼音首字母或代码）/ City (name, pinyin initials or code): ', (q) => {
    const found = findCities(q);
    if (found.length === 1) return found[0];
    if (!found.length) io.say('找不到该城市 / No such city');
    else if (found.length > 30) io.say(`${found.length} 个城市符合，请多输入几个字 / ${found.length} match: type more`);
    else {
      found.forEach((c, i) => io.say(`  ${i + 1}) ${c.zh}（${c.province}）${c.code}`));
      io.say('请输入代码 / Type the code of the one you mean');
    }
    return undefined;
  });
  const name = await askUntil(io, `本站名称 / Hall name [${defaultHallName(city)}]: `, (a) =>
    a.length > 40 ? undefined : a || defaultHallName(city),
  );
  const districts = districtsOf(city.code);
  districts.forEach((d, i) => io.say(`  ${i + 1}) ${d.zh} ${d.code}`));
  const district = await askUntil(io, '本站所在区县（编号或代码）/ Hall district (number or code): ', (a) => {
    const d = districts.find((x) => x.code === a) ?? districts[Number(a) - 1];
    return d?.code;
  });
  const wage = await askUntil(
    io,
    `当地最低小时工资（元/小时，${MIN_WAGE_RANGE.min}–${MIN_WAGE_RANGE.max}）/ Local minimum hourly wage (yuan/hour): `,
    (a) => {
      const parsed = minHourlyWage.safeParse(Number(a));
      if (!a || !parsed.success) io.say('请输入如 22 或 25.5 的金额 / Type an amount such as 22 or 25.5');
      return a && parsed.success ? parsed.data : undefined;
    },
  );
  hub.setUpSite({ cityCode: city.code, name, district, minHourlyWage: wage });
  const site = hub.site();
  if (isSetUp(site)) {
    const d = districts.find((x) => x.code === site.district);
    io.say(
      `已设置 / Set up: ${site.name} · ${site.city.zh} · ${d?.zh ?? site.district} · ${site.minHourlyWage} 元/小时`,
    );
  }
}

/**
 * After start: a hall that is still not set up is set up by prompt in a terminal, else told how to do it.
 * Ctrl+C during the prompt stops the hub as it would at any other time.
 */
export async function setupIfNeeded(hub: Hub, interactive: boolean): Promise<void> {
  if (isSetUp(hub.site())) return;
  if (!interactive) {
    console.log(
      'Not set up yet (本站尚未完成设置): sign in to the console as admin to choose the city, ' +
        'or start with --city <code> --district <code> --min-wage <yuan> [--hall-name <name>].',
    );
    return;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const aborted = new AbortController();
  rl.on('SIGINT', () => {
    aborted.abort();
    rl.close();
    process.emit('SIGINT');
  });
  try {
    await promptSetup(hub, {
      ask: (q) => rl.question(q, { signal: aborted.signal }),
      say: (line) => console.log(line),
    });
  } catch (err) {
    if (!aborted.signal.aborted) console.error(describeSetupError(err));
  } finally {
    rl.close();
  }
}
