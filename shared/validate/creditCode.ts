// 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and A–Z without I O S V Z.
//  [0] registration authority, [1] entity type, [2..7] administrative division, [8..16] organisation code
//  (GB 11714, whose own last character is a check), [17] the code's check character (MOD 31).
import type { Bilingual } from '../errors';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
// GB 11714 organisation code: 8 body characters (0-9, A-Z) and a check (0-9 or X).
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export type CreditCodeResult =
  | { ok: true }
  | {
      ok: false;
      reason: 'length' | 'forbidden_character' | 'organisation_code_check' | 'check_character';
      message: Bilingual;
    };

function orgValue(ch: string): number {
  return /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55; // A=10 … Z=35
}

/** The check character an organisation code body of 8 characters should end with. */
export function organisationCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += orgValue(body[i]!) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** The 18th character a 17-character credit-code body should end with. */
export function creditCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(body[i]!) * WEIGHTS[i]!;
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

export function checkCreditCode(raw: string): CreditCodeResult {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) {
    return {
      ok: false,
      reason: 'length',
      message: { zh: '统一社会信用代码应为18位', en: 'A unified social credit code has 18 characters' },
    };
  }
  const bad = [...code].find((ch) => !CHARSET.includes(ch));
  if (bad !== undefined) {
    return {
      ok: false,
      reason: 'forbidden_character',
      message: {
        zh: `统一社会信用代码不能含有字符“${bad}”（不使用 I、O、S、V、Z）`,
        en: `The code may not contain "${bad}" (I, O, S, V and Z are never used)`,
      },
    };
  }
  const org = code.slice(8, 17);
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(org) || organisationCheck(org.slice(0, 8)) !== org[8]) {
    return {
      ok: false,
      reason: 'organisation_code_check',
      message: {
        zh: '统一社会信用代码中第9–17位（组织机构代码）的校验位不正确',
        en: 'The embedded organisation code (characters 9–17) fails its check',
      },
    };
  }
  const expected = creditCheck(code.slice(0, 17));
  if (expected !== code[17]) {
    return {
      ok: false,
      reason: 'check_character',
      message: {
        zh: `统一社会信用代码校验位不正确（最后一位应为 ${expected}）`,
        en: `The check character is wrong (the last character should be ${expected})`,
      },
    };
  }
  return { ok: true };
}
