// GB 32100 unified social credit codes: published valid examples pass; each crafted fault names its own check.
import { describe, expect, it } from 'vitest';
import { checkCreditCode, creditCheck, organisationCheck } from './creditCode';

// The example printed in GB 32100-2015 and two codes from business licences on public record; each was run
// through the algorithm by hand (MOD 31 weights 3^i mod 31; GB 11714 weights 3 7 9 10 5 8 4 2) before use.
const VALID = ['91350100M000100Y43', '91110000600037341L', '91110108551385082Q'];

/** Replace one character of a code. */
function withChar(code: string, index: number, ch: string): string {
  return code.slice(0, index) + ch + code.slice(index + 1);
}

describe('checkCreditCode', () => {
  it.each(VALID)('accepts the published code %s', (code) => {
    expect(checkCreditCode(code)).toEqual({ ok: true });
  });

  it('accepts lower case and surrounding spaces, as a clerk may type them', () => {
    expect(checkCreditCode(' 91350100m000100y43 ')).toEqual({ ok: true });
  });

  it('computes the check characters of the standard example', () => {
    expect(organisationCheck('M000100Y')).toBe('4');
    expect(creditCheck('91350100M000100Y4')).toBe('3');
  });

  it('says the length is wrong for 17 or 19 characters', () => {
    expect(checkCreditCode('91350100M000100Y4')).toMatchObject({ ok: false, reason: 'length' });
    expect(checkCreditCode('91350100M000100Y433')).toMatchObject({ ok: false, reason: 'length' });
    expect(checkCreditCode('')).toMatchObject({ ok: false, reason: 'length' });
  });

  it('says which check failed when only the last character is wrong', () => {
    const res = checkCreditCode('91350100M000100Y44');
    expect(res).toMatchObject({ ok: false, reason: 'check_character' });
    if (!res.ok) {
      expect(res.message.zh).toContain('最后一位应为 3');
      expect(res.message.en).toContain('should be 3');
    }
  });

  it('reports a wrong embedded organisation code even when the final check character is recomputed to match', () => {
    // Change the organisation code's own check (position 16) from 4 to 5, then give the code a correct
    // 18th character: only the GB 11714 check can catch this.
    const body = withChar('91350100M000100Y4', 16, '5');
    const forged = body + creditCheck(body);
    expect(checkCreditCode(forged)).toMatchObject({ ok: false, reason: 'organisation_code_check' });
  });

  it('reports an organisation-code body change even with a matching final check', () => {
    const body = withChar('91110000600037341', 10, '1');
    expect(checkCreditCode(body + creditCheck(body))).toMatchObject({ ok: false, reason: 'organisation_code_check' });
  });

  it.each(['I', 'O', 'S', 'V', 'Z'])('rejects the forbidden letter %s and names it', (letter) => {
    const res = checkCreditCode(withChar('91350100M000100Y43', 9, letter));
    expect(res).toMatchObject({ ok: false, reason: 'forbidden_character' });
    if (!res.ok) {
      expect(res.message.zh).toContain(`“${letter}”`);
      expect(res.message.en).toContain(`"${letter}"`);
    }
  });

  it('rejects punctuation and Chinese characters as forbidden characters', () => {
    expect(checkCreditCode('91350100M000100Y-3')).toMatchObject({ ok: false, reason: 'forbidden_character' });
    expect(checkCreditCode('91350100M000100Y4码')).toMatchObject({ ok: false, reason: 'forbidden_character' });
  });

  it('every single-character change of a valid code fails some check', () => {
    const code = VALID[0]!;
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (let i = 0; i < 18; i++) {
      for (const ch of alphabet) {
        if (ch === code[i]) continue;
        expect(checkCreditCode(withChar(code, i, ch)).ok, `${i}:${ch}`).toBe(false);
      }
    }
  });
});
