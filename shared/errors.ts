// Errors that cross the wire. Every error a person can see carries its text in both languages, so a kiosk, the
// console and a log all say the same thing; `field` names the offending input so a form can point at it.
import type { z } from 'zod';

export const ERROR_CODES = [
  'invalid_args',
  'unknown_command',
  'forbidden',
  'not_paired',
  'not_signed_in',
  'not_found',
  'conflict',
  'rate_limited',
  'protocol_version',
  'bad_credentials',
  'phone_taken',
  'employer_not_approved',
  'employer_blocked',
  'posting_not_publishable',
  'pairing_code_unknown',
  'site_not_set_up',
  'city_change_unconfirmed',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface Bilingual {
  zh: string;
  en: string;
}

export interface AppError {
  code: ErrorCode;
  message: Bilingual;
  /** Dotted path of the offending field, e.g. "pay.amount". */
  field?: string;
  /** For `conflict`: the record as it is now. */
  current?: unknown;
}

const MESSAGES: Record<ErrorCode, Bilingual> = {
  invalid_args: { zh: '填写的内容有误', en: 'Some input is not valid' },
  unknown_command: { zh: '无法识别的操作', en: 'Unknown operation' },
  forbidden: { zh: '本站点无权进行此操作', en: 'This station is not allowed to do that' },
  not_paired: { zh: '本站点尚未配对，请联系工作人员', en: 'This station is not paired yet; please ask staff' },
  not_signed_in: { zh: '请先登录', en: 'Please sign in first' },
  not_found: { zh: '找不到该记录', en: 'Record not found' },
  conflict: {
    zh: '该记录已被他人修改，请查看最新内容后再保存',
    en: 'Someone else changed this record; review the current values and save again',
  },
  rate_limited: { zh: '操作太频繁，请稍后再试', en: 'Too many requests; please wait a moment' },
  protocol_version: {
    zh: '站点软件版本与服务器不一致，请更新',
    en: 'Station software does not match the hub; please update',
  },
  bad_credentials: { zh: '账号或密码不正确', en: 'Wrong user name or password' },
  phone_taken: { zh: '该手机号已登记', en: 'This phone number is already registered' },
  employer_not_approved: {
    zh: '用工方尚未通过审核，岗位不能发布',
    en: 'The employer has not been approved; the posting cannot be published',
  },
  employer_blocked: { zh: '用工方已被列入黑名单', en: 'The employer is on the blocklist' },
  posting_not_publishable: { zh: '该岗位当前不能发布', en: 'This posting cannot be published now' },
  pairing_code_unknown: { zh: '配对码不存在或已过期', en: 'Unknown or expired pairing code' },
  site_not_set_up: {
    zh: '本站尚未完成设置：请管理员先选择所在城市',
    en: 'This hall is not set up yet: an admin must first choose its city',
  },
  city_change_unconfirmed: {
    zh: '更换城市须确认：原城市的区县将不再可选',
    en: "Changing the city must be confirmed: the old city's districts stop being valid",
  },
  internal: { zh: '系统出错，请稍后再试或联系工作人员', en: 'Something went wrong; please try again or ask staff' },
};

export function appError(code: ErrorCode, extra: Partial<AppError> = {}): AppError {
  return { code, message: MESSAGES[code], ...extra };
}

/** Names of fields as people know them, for error messages. Keys are the last path segment. */
const FIELD_LABELS: Record<string, Bilingual> = {
  phone: { zh: '手机号', en: 'Phone number' },
  contactPhone: { zh: '联系电话', en: 'Contact phone' },
  pin: { zh: '密码（4–6位数字）', en: 'PIN (4–6 digits)' },
  name: { zh: '姓名', en: 'Name' },
  title: { zh: '岗位名称', en: 'Title' },
  headcount: { zh: '招聘人数', en: 'Headcount' },
  amount: { zh: '工资金额', en: 'Pay amount' },
  unit: { zh: '工资单位', en: 'Pay unit' },
  settlement: { zh: '结算方式', en: 'Settlement' },
  trade: { zh: '工种', en: 'Trade' },
  trades: { zh: '工种', en: 'Trades' },
  jobType: { zh: '用工类型', en: 'Job type' },
  district: { zh: '区县', en: 'District' },
  districts: { zh: '区县', en: 'Districts' },
  cityCode: { zh: '所在城市', en: 'City' },
  minHourlyWage: { zh: '最低小时工资', en: 'Minimum hourly wage' },
  startDate: { zh: '开始日期', en: 'Start date' },
  endDate: { zh: '结束日期', en: 'End date' },
  birthYear: { zh: '出生年份', en: 'Birth year' },
  experienceYears: { zh: '工作年限', en: 'Years of experience' },
  idNumber: { zh: '身份证号', en: 'ID number' },
  householderId: { zh: '户主身份证号', en: "Householder's ID number" },
  creditCode: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  contactName: { zh: '联系人', en: 'Contact' },
  username: { zh: '用户名', en: 'User name' },
  password: { zh: '密码', en: 'Password' },
  text: { zh: '内容', en: 'Text' },
  expiresAt: { zh: '截止时间', en: 'Expiry' },
  consent: { zh: '隐私同意', en: 'Privacy consent' },
  ledWidth: { zh: 'LED宽度', en: 'LED width' },
  ledHeight: { zh: 'LED高度', en: 'LED height' },
  darkFrom: { zh: '关屏开始时间', en: 'Screen-off start' },
  darkTo: { zh: '关屏结束时间', en: 'Screen-off end' },
  dimFrom: { zh: '调暗开始时间', en: 'Dim start' },
  dimTo: { zh: '调暗结束时间', en: 'Dim end' },
  filledCount: { zh: '已招人数', en: 'Filled' },
  reason: { zh: '原因', en: 'Reason' },
  note: { zh: '备注', en: 'Note' },
  address: { zh: '地址', en: 'Address' },
  description: { zh: '工作内容', en: 'Description' },
};

/** Messages for our own message keys (schemas use `{ error: 'phone' }` etc.). */
const KEY_MESSAGES: Record<string, Bilingual> = {
  phone: { zh: '请输入11位手机号码（1开头）', en: 'Enter an 11-digit mobile number starting with 1' },
  pin: { zh: '密码须为4到6位数字', en: 'The PIN must be 4 to 6 digits' },
  date: { zh: '日期格式应为 年-月-日', en: 'Dates look like YYYY-MM-DD' },
  time: { zh: '时间格式应为 时:分', en: 'Times look like HH:MM' },
  required: { zh: '不能为空', en: 'is required' },
  integer: { zh: '须为整数', en: 'must be a whole number' },
  pay: { zh: '金额须在1到1000000元之间', en: 'must be between 1 and 1,000,000 yuan' },
  headcount: { zh: '人数至少为1', en: 'must be at least 1' },
  birthYear: { zh: '出生年份须在1940到2010之间', en: 'Birth year must be between 1940 and 2010' },
  years: { zh: '年限须在0到60之间', en: 'Years must be between 0 and 60' },
  username: { zh: '用户名为2–32位字母、数字或 _ . -', en: 'User names are 2–32 letters, digits or _ . -' },
  password: { zh: '密码至少6位', en: 'Passwords have at least 6 characters' },
  divisionCode: { zh: '须为6位行政区划代码', en: 'must be a 6-digit division code' },
  minWage: {
    zh: '须在10到60元/小时之间，最多一位小数',
    en: 'must be 10 to 60 yuan/hour, at most one decimal',
  },
};

function labelOf(path: readonly PropertyKey[]): Bilingual {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === 'string' && FIELD_LABELS[key]) return FIELD_LABELS[key];
  }
  const last = path.filter((p) => typeof p === 'string').pop();
  return { zh: String(last ?? '内容'), en: String(last ?? 'Input') };
}

/** Turn a zod failure into one bilingual error naming the first offending field. */
export function fromZodError(error: z.ZodError): AppError {
  const issue = error.issues[0];
  if (!issue) return appError('invalid_args');
  const field = issue.path.map(String).join('.');
  const label = labelOf(issue.path);
  const keyed = KEY_MESSAGES[issue.message];
  let detail: Bilingual;
  if (keyed) detail = keyed;
  else if (issue.code === 'invalid_type' && issue.input === undefined) detail = { zh: '不能为空', en: 'is required' };
  else if (issue.code === 'invalid_value') detail = { zh: '不是可选的值', en: 'is not one of the allowed values' };
  else if (issue.code === 'too_small') detail = { zh: '太小或太短', en: 'is too small or too short' };
  else if (issue.code === 'too_big') detail = { zh: '太大或太长', en: 'is too large or too long' };
  else if (issue.code === 'unrecognized_keys') detail = { zh: '包含无法识别的字段', en: 'has unrecognised fields' };
  else detail = { zh: '格式不正确', en: 'is not in the right format' };
  const zh = keyed ? `${label.zh}：${detail.zh}` : `${label.zh}${detail.zh}`;
  const en = keyed ? `${label.en}: ${detail.en}` : `${label.en} ${detail.en}`;
  return { code: 'invalid_args', field: field || undefined, message: { zh, en } };
}

/** A domain check failed for one field, with our own words (e.g. which ID check failed). */
export function fieldError(field: string, message: Bilingual): AppError {
  return { code: 'invalid_args', field, message };
}
