// 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and A–Z without I O S V Z.
//  [0] registration authority, [1] entity type, [2..7] administrative division, [8..16] organisation code
//  (GB 11714, whose own last character is a check), [17] the code's check character (MOD 31).
import { say, type Bilingual, type MessageKey, type MessageParams } from '../errors';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
// GB 11714 organisation code: 8 body characters (0-9, A-Z) and a check (0-9 or X).
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export type CreditCodeResult =
  | { ok: true }
  | {
      ok: false;
      reason: CreditCodeFault;
      /** Catalogue key and params, to word it at the field that holds the code. */
      key: MessageKey;
      params?: MessageParams;
      /** Worded for the credit code field. */
      message: Bilingual;
    };
type CreditCodeFault = 'length' | 'forbidden_character' | 'organisation_code_check' | 'check_character';

function fail(reason: CreditCodeFault, key: MessageKey, params?: MessageParams) {
  return { ok: false as const, reason, key, ...(params ? { params } : {}), message: say(key, params, 'creditCode') };
}

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
    return fail('length', 'ccLength');
  }
  const bad = [...code].find((ch) => !CHARSET.includes(ch));
  if (bad !== undefined) {
    return fail('forbidden_character', 'ccForbiddenChar', { char: bad });
  }
  const org = code.slice(8, 17);
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(org) || organisationCheck(org.slice(0, 8)) !== org[8]) {
    return fail('organisation_code_check', 'ccOrgCheck');
  }
  const expected = creditCheck(code.slice(0, 17));
  if (expected !== code[17]) {
    return fail('check_character', 'ccCheckChar', { expected });
  }
  return { ok: true };
}
