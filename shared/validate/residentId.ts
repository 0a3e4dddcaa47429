// 公民身份号码 (GB 11643-1999): 6-digit area code, 8-digit birth date, 3-digit sequence (odd = male), and an
// ISO 7064 MOD 11-2 check character (0–9 or X).
import { say, type Bilingual, type MessageKey, type MessageParams } from '../errors';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export type ResidentIdResult =
  | { ok: true; birthDate: string; birthYear: number; gender: 'male' | 'female' }
  | {
      ok: false;
      reason: 'format' | 'birth_date' | 'check_character';
      /** Catalogue key and params, to word it at whichever field holds the number (ID, householder's ID). */
      key: MessageKey;
      params?: MessageParams;
      /** Worded for the ID number field. */
      message: Bilingual;
    };

function fail(reason: 'format' | 'birth_date' | 'check_character', key: MessageKey, params?: MessageParams) {
  return { ok: false as const, reason, key, ...(params ? { params } : {}), message: say(key, params, 'idNumber') };
}

/**
 * Check an ID number. `now` (epoch ms) rejects birth dates in the future; the lower bound is 1800 because the
 * standard's own example (440524188001010014) was born in 1880.
 */
export function checkResidentId(raw: string, now: number = Date.now()): ResidentIdResult {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) {
    return fail('format', 'idFormat');
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
    return fail('birth_date', 'idBirthDate');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * WEIGHTS[i]!;
  if (CHECK[sum % 11] !== id[17]) {
    return fail('check_character', 'idCheckChar', { expected: CHECK[sum % 11]! });
  }
  return {
    ok: true,
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    birthYear: y,
    gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
  };
}
