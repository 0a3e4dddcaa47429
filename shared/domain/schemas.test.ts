// The shared schemas with the domain's rules on them, as the hub and the console both run them: identity
// (credit code, householder ID, ID vs birth year and gender, a name unless staff will finish), real calendar dates,
// end ≥ start, no personal numbers in public text, messages that name the real problem, patches without
// defaults, and display defaults taken from the schema.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DISPLAY_CONFIG,
  DisplayConfig,
  EmployerInput,
  NoticeInput,
  PostingInput,
  PostingPatch,
  SiteSettings,
  SiteUpdate,
  WorkerInput,
  WorkerPatch,
  EmployerPatch,
  displayConfigOf,
} from './schemas';
import { fromZodError, type AppError } from '../errors';
import { NOT_SET_UP } from './site';
import { hallZoneOf } from '../rules/hallTime';
import { z } from 'zod';

const CREDIT = '91350100M000100Y43';
const ID_1969_MALE = '13010219690315011X';

function errorOf(schema: z.ZodType, input: unknown): AppError | null {
  const r = schema.safeParse(input);
  return r.success ? null : fromZodError(r.error);
}

const enterprise = {
  kind: 'enterprise',
  name: '石家庄恒达物业服务有限公司',
  creditCode: CREDIT,
  contactName: '李经理',
  contactPhone: '13931112222',
  district: '130102',
};
const posting = {
  employerId: 'e1',
  trade: 'electrician',
  title: '小区电路检修电工',
  headcount: 3,
  jobType: 'daily',
  pay: { amount: 260, unit: 'day', settlement: 'daily' },
  district: '130102',
  startDate: '2026-12-01',
};
const worker = { consent: { version: '1', at: 1 }, name: '刘德福', phone: '13512345678' };

describe('identity refinements', () => {
  it('an enterprise needs a valid credit code; the failed check is named at the field', () => {
    expect(errorOf(EmployerInput, enterprise)).toBeNull();
    expect(errorOf(EmployerInput, { ...enterprise, creditCode: null })).toMatchObject({
      field: 'creditCode',
      key: 'creditCodeNeeded',
      message: { zh: '企业须填写统一社会信用代码' },
    });
    const wrong = errorOf(EmployerInput, { ...enterprise, creditCode: '91350100M000100Y44' });
    expect(wrong).toMatchObject({ field: 'creditCode', key: 'ccCheckChar', params: { expected: '3' } });
    expect(wrong?.message.zh).toBe('统一社会信用代码校验位不正确（最后一位应为 3）');
  });

  it("a household needs the householder's valid ID number", () => {
    const household = { ...enterprise, kind: 'household', creditCode: null, name: '王女士' };
    expect(errorOf(EmployerInput, household)).toMatchObject({ field: 'householderId', key: 'householderIdNeeded' });
    expect(errorOf(EmployerInput, { ...household, householderId: '110105194912310020' })).toMatchObject({
      field: 'householderId',
      key: 'idCheckChar',
      message: { zh: '户主身份证号校验位不正确（最后一位应为 X）' },
    });
    expect(errorOf(EmployerInput, { ...household, householderId: '11010519491231002X' })).toBeNull();
  });

  it("a worker's ID number must agree with the birth year and gender given", () => {
    expect(errorOf(WorkerInput, { ...worker, idNumber: ID_1969_MALE, birthYear: 1969, gender: 'male' })).toBeNull();
    expect(errorOf(WorkerInput, { ...worker, idNumber: ID_1969_MALE, birthYear: 1970 })).toMatchObject({
      field: 'birthYear',
      key: 'idBirthYearMismatch',
      message: {
        zh: '出生年份与身份证号不符（身份证为 1969 年）',
        en: 'Birth year does not match the ID number (1969)',
      },
    });
    expect(errorOf(WorkerInput, { ...worker, idNumber: ID_1969_MALE, gender: 'female' })).toMatchObject({
      field: 'gender',
      message: { zh: '性别与身份证号不符（身份证为男）', en: 'Gender does not match the ID number (male)' },
    });
  });

  it('a worker needs a name unless staff will finish it', () => {
    expect(errorOf(WorkerInput, { ...worker, name: '' })).toMatchObject({ field: 'name', key: 'nameNeeded' });
    expect(errorOf(WorkerInput, { ...worker, name: '  ' })).toMatchObject({ field: 'name', key: 'nameNeeded' });
    expect(errorOf(WorkerInput, { ...worker, name: '', nameIncomplete: true })).toBeNull();
  });
});

describe('dates', () => {
  it.each(['2099-99-99', '2026-02-30', '2026-13-01'])('names %s as not a real date', (startDate) => {
    expect(errorOf(PostingInput, { ...posting, startDate })).toMatchObject({
      field: 'startDate',
      key: 'dateNotReal',
      message: { zh: '开始日期不是真实存在的日期', en: 'Start date is not a real date' },
    });
  });

  it('says what a date looks like when it is not written as one', () => {
    expect(errorOf(PostingInput, { ...posting, endDate: '1/12/2026' })).toMatchObject({
      field: 'endDate',
      key: 'date',
      message: { en: 'End date must be a date like 2026-12-01' },
    });
  });

  it('refuses an end before the start, at the end date', () => {
    expect(errorOf(PostingInput, { ...posting, endDate: '2026-11-30' })).toMatchObject({
      field: 'endDate',
      key: 'endBeforeStart',
    });
    expect(errorOf(PostingInput, { ...posting, endDate: '2026-12-01' })).toBeNull();
  });
});

describe('what is wrong with a value', () => {
  it.each([
    [
      'a number as text',
      { headcount: '3' },
      'headcount',
      'notNumber',
      '招聘人数须为数字',
      'Headcount must be a number',
    ],
    ['not a number at all', { headcount: Number.NaN }, 'headcount', 'notNumber', '招聘人数须为数字', ''],
    ['a fraction', { headcount: 1.5 }, 'headcount', 'integer', '招聘人数请填整数', 'Headcount must be a whole number'],
    ['text as a number', { title: 42 }, 'title', 'notText', '岗位名称须为文字', 'Title must be text'],
    ['a yes/no as text', { benefits: { meals: 'yes' } }, 'benefits.meals', 'notYesNo', '', ''],
    [
      'a list as text',
      { requirements: { certificates: 'electrician' } },
      'requirements.certificates',
      'notList',
      '',
      '',
    ],
    ['a missing value', { headcount: undefined }, 'headcount', 'required', '招聘人数不能为空', 'Headcount is required'],
    ['a value not on the list', { jobType: 'forever' }, 'jobType', 'notAllowed', '', ''],
    ['text too long', { title: '很'.repeat(41) }, 'title', 'tooLong', '岗位名称最多40个字', ''],
  ])('%s', (_what, over, field, key, zh, en) => {
    const e = errorOf(PostingInput, { ...posting, ...over });
    expect(e).toMatchObject({ code: 'invalid_args', field, key });
    if (zh) expect(e?.message.zh).toBe(zh);
    if (en) expect(e?.message.en).toBe(en);
  });
});

describe("zod's error map", () => {
  it("words only our own schemas: another zod user (the station's config file) keeps zod's messages", () => {
    const other = z.object({ hubPort: z.number() }).safeParse({ hubPort: '8420' });
    expect(!other.success && other.error.issues[0]?.message).toContain('expected number');
    const ours = PostingInput.safeParse({ ...posting, headcount: '3' });
    expect(!ours.success && ours.error.issues[0]?.message).toBe('notNumber');
  });
});

describe('public text', () => {
  it('refuses a phone or ID number in a posting or a notice, at the field', () => {
    expect(errorOf(PostingInput, { ...posting, description: '有意者联系138 1234 5678' })).toMatchObject({
      field: 'description',
      key: 'contactInText',
    });
    expect(errorOf(PostingInput, { ...posting, requirements: { note: '身份证130102196903150114' } })).toMatchObject({
      field: 'requirements.note',
    });
    expect(errorOf(NoticeInput, { text: '咨询电话0311-87654321', expiresAt: 2 })).toMatchObject({
      field: 'text',
      message: { zh: '通知内容里不能写电话号码或身份证号：联系方式只填在用工方的联系人和联系电话里' },
    });
  });
});

describe('patches', () => {
  it('carry only the fields they name: no default fills the others', () => {
    expect(PostingPatch.parse({ title: '新标题' })).toEqual({ title: '新标题' });
    expect(WorkerPatch.parse({ name: '刘德福' })).toEqual({ name: '刘德福' });
    expect(EmployerPatch.parse({ address: '长安区' })).toEqual({ address: '长安区' });
  });

  it('still check the fields they name, and can clear a nullable one', () => {
    expect(PostingPatch.safeParse({ endDate: '2026-02-30' }).success).toBe(false);
    expect(PostingPatch.safeParse({ description: '电话13812345678' }).success).toBe(false);
    expect(PostingPatch.parse({ endDate: null })).toEqual({ endDate: null });
  });
});

describe('defaults and settings', () => {
  it("takes a display's defaults from the schema and fills a stored config in", () => {
    expect(DEFAULT_DISPLAY_CONFIG).toEqual(DisplayConfig.parse({}));
    expect(displayConfigOf(null)).toEqual(DEFAULT_DISPLAY_CONFIG);
    expect(displayConfigOf({ layout: 'led', schedule: { darkFrom: '22:00', darkTo: '06:00' } })).toEqual({
      ...DEFAULT_DISPLAY_CONFIG,
      layout: 'led',
      schedule: { ...DEFAULT_DISPLAY_CONFIG.schedule, darkFrom: '22:00', darkTo: '06:00' },
    });
    expect(displayConfigOf({ layout: 'hologram' })).toEqual(DEFAULT_DISPLAY_CONFIG);
  });

  it('takes a real time zone for the hall, leaves it as it is when not given, and reads none as Shanghai', () => {
    const update = { name: '石家庄市零工市场', district: '130102', minHourlyWage: 22 };
    expect(SiteUpdate.parse({ ...update, timeZone: 'Asia/Urumqi' }).timeZone).toBe('Asia/Urumqi');
    expect(SiteUpdate.parse(update).timeZone).toBeUndefined();
    expect(errorOf(SiteUpdate, { ...update, timeZone: 'China/Beijing' })).toMatchObject({
      field: 'timeZone',
      key: 'timeZone',
    });
    expect(hallZoneOf(SiteSettings.parse({ ...NOT_SET_UP, timeZone: undefined }))).toBe('Asia/Shanghai');
  });
});
