// One error catalogue, complete in both languages: the same keys, the same placeholders, a message for every
// error code; and messages resolve with the field's name and params in each language.
import { describe, expect, it } from 'vitest';
import { errorCatalogue } from './errors';
import { ERROR_CODES, appError, fieldError, say } from '../errors';

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the error catalogue', () => {
  it('has the same messages, field names and placeholders in Chinese and English', () => {
    for (const part of ['messages', 'fields', 'gender'] as const)
      expect(Object.keys(errorCatalogue.en[part]).sort()).toEqual(Object.keys(errorCatalogue.zh[part]).sort());
    for (const [key, zh] of Object.entries(errorCatalogue.zh.messages))
      expect([key, placeholders(errorCatalogue.en.messages[key as keyof typeof errorCatalogue.en.messages])]).toEqual([
        key,
        placeholders(zh),
      ]);
  });

  it('words every error code', () => {
    for (const code of ERROR_CODES) expect(appError(code).message.zh).toBe(errorCatalogue.zh.messages[code]);
  });

  it("fills in the field's name and the params in each language", () => {
    expect(fieldError('pay.amount', 'pay')).toMatchObject({
      field: 'pay.amount',
      message: { zh: '工资金额要在 1 到 1000000 元之间', en: 'Pay amount must be between 1 and 1,000,000 yuan' },
    });
    expect(say('idGenderMismatch', { gender: { zh: '女', en: 'female' } })).toEqual({
      zh: '性别与身份证号不符（身份证为女）',
      en: 'Gender does not match the ID number (female)',
    });
    expect(appError('bad_credentials', { key: 'wrongPhoneOrPin', field: 'pin' })).toMatchObject({
      code: 'bad_credentials',
      field: 'pin',
      message: { zh: '手机号或密码不正确' },
    });
  });
});
