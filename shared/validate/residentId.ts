// 公民身份号码 (GB 11643-1999): 6-digit area code, 8-digit birth date, 3-digit sequence (odd = male), and an
// ISO 7064 MOD 11-2 check character (0–9 or X).
import type { Bilingual } from '../errors';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export type ResidentIdResult =
  | { ok: true; birthDate: string; birthYear: number; gender: 'male' | 'female' }
  | { ok: false; reason: 'format' | 'birth_date' | 'check_character'; message: Bilingual };

/**
 * Check an ID number. `now` (epoch ms) rejects birth dates in the future; the lower bound is 1800 because the
 * standard's own example (440524188001010014) was born in 1880.
 */
export function checkResidentId(raw: string, now: number = Date.now()): ResidentIdResult {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) {
    return {
      ok: false,
      reason: 'format',
      message: {
        zh: '身份证号应为18位：17位数字加1位数字或X',
        en: 'An ID number has 18 characters: 17 digits then a digit or X',
      },
    };
  }
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (
    y < 1800 ||
    date.getTime() > now ||
    date.getUTCFullYear() !== y ||
    date.getUTCMonth() !== m - 1 ||
    date.getUTCDate() !== d
  ) {
    return {
      ok: false,
      reason: 'birth_date',
      message: { zh: '身份证号中的出生日期无效', en: 'The birth date inside the ID number is not a real date' },
    };
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * WEIGHTS[i]!;
  if (CHECK[sum % 11] !== id[17]) {
    return {
      ok: false,
      reason: 'check_character',
      message: {
        zh: `身份证号校验位不正确（最后一位应为 ${CHECK[sum % 11]}）`,
        en: `The ID number's check character is wrong (the last character should be ${CHECK[sum % 11]})`,
      },
    };
  }
  return {
    ok: true,
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    birthYear: y,
    gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
  };
}
