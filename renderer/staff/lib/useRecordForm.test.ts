import { describe, expect, it } from 'vitest';
import { rebase } from './useRecordForm';

describe('rebase', () => {
  it("keeps the other clerk's saved fields and puts back only this clerk's own edits", () => {
    const base = { phone: '13722223333', address: '', trades: ['mover'] };
    const mine = { phone: '13722223333', address: '槐安东路8号', trades: ['mover'] };
    const current = { phone: '13755556666', address: '', trades: ['mover', 'cleaner'] };
    expect(rebase(mine, base, current)).toEqual({
      phone: '13755556666',
      address: '槐安东路8号',
      trades: ['mover', 'cleaner'],
    });
  });
  it('lets this clerk win a field both changed (they see it in the conflict table first)', () => {
    expect(rebase({ a: 'mine' }, { a: 'old' }, { a: 'theirs' })).toEqual({ a: 'mine' });
  });
});
