// GB 11643 resident ID numbers: the standard's example passes and yields birth date and gender; crafted
// faults are told apart (format, birth date, check character).
import { describe, expect, it } from 'vitest';
import { checkResidentId } from './residentId';

/** Build a number that passes the MOD 11-2 check, to craft cases beyond the published example. */
function withCheck(body17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body17[i]) * w[i]!;
  return body17 + '10X98765432'[sum % 11];
}

describe('checkResidentId', () => {
  it('accepts the GB 11643 example 11010519491231002X and derives birth date and gender', () => {
    expect(checkResidentId('11010519491231002X')).toEqual({
      ok: true,
      birthDate: '1949-12-31',
      birthYear: 1949,
      gender: 'female',
    });
  });

  it('accepts a lower-case x and surrounding spaces', () => {
    expect(checkResidentId(' 11010519491231002x ')).toMatchObject({ ok: true, birthYear: 1949 });
  });

  it('derives male from an odd sequence digit', () => {
    const id = withCheck('13010219690315011');
    expect(checkResidentId(id)).toEqual({ ok: true, birthDate: '1969-03-15', birthYear: 1969, gender: 'male' });
  });

  it('names the right check character when the last one is wrong', () => {
    const res = checkResidentId('110105194912310020');
    expect(res).toMatchObject({ ok: false, reason: 'check_character' });
    if (!res.ok) {
      expect(res.message.zh).toContain('最后一位应为 X');
      expect(res.message.en).toContain('should be X');
    }
  });

  it('rejects a transposition of two digits (caught by the check character)', () => {
    expect(checkResidentId('11001519491231002X')).toMatchObject({ ok: false, reason: 'check_character' });
  });

  it.each([
    ['17 characters', '11010519491231002'],
    ['19 characters', '11010519491231002X1'],
    ['an X before the end', '1101051949123100X2'],
    ['a letter other than X', '11010519491231002Y'],
    ['a 15-digit first-generation number', '110105491231002'],
  ])('rejects %s as a format error', (_what, id) => {
    expect(checkResidentId(id)).toMatchObject({ ok: false, reason: 'format' });
  });

  it.each([
    ['30 February', '19690230'],
    ['month 13', '19691301'],
    ['day 00', '19690300'],
    ['29 February of a non-leap year', '19690229'],
  ])('rejects a birth date of %s even with a matching check character', (_what, birth) => {
    expect(checkResidentId(withCheck(`130102${birth}011`))).toMatchObject({ ok: false, reason: 'birth_date' });
  });

  it('accepts 29 February of a leap year', () => {
    expect(checkResidentId(withCheck('13010219680229011'))).toMatchObject({ ok: true, birthDate: '1968-02-29' });
  });
});

describe('birth date bounds', () => {
  it("accepts the standard's own 1880 example and rejects birth dates in the future", () => {
    expect(checkResidentId('440524188001010014').ok).toBe(true);
    const future = '13010220990101001';
    const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const sum = [...future].reduce((s, d, i) => s + Number(d) * W[i]!, 0);
    const id = future + '10X98765432'[sum % 11];
    const res = checkResidentId(id, Date.parse('2026-11-29'));
    expect(res.ok).toBe(false);
    expect(!res.ok && res.reason).toBe('birth_date');
  });
});
