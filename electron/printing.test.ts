import { describe, expect, it } from 'vitest';
import { isPrintKind } from '../shared/ipc/contract';
import { planPrint } from './printing';

const cfg = { printer: null, slipPaper: 'receipt80', documentPaper: 'A4' } as const;
const printers = [{ name: 'Office', isDefault: true }, { name: 'Slip80' }];

describe('silent printing', () => {
  it('prints a slip silently on the configured printer, receipt-sized', () => {
    const plan = planPrint({ ...cfg, printer: 'Slip80' }, 'slip', printers);
    expect(plan).toEqual({
      ok: true,
      options: expect.objectContaining({
        silent: true,
        deviceName: 'Slip80',
        pageSize: { width: 80_000, height: 297_000 },
        color: false,
      }),
    });
  });
  it('uses the system default printer when none is configured', () => {
    const plan = planPrint(cfg, 'document', printers);
    expect(plan.ok).toBe(true);
    if (plan.ok) {
      expect(plan.options.deviceName).toBeUndefined();
      expect(plan.options.pageSize).toBe('A4');
      expect(plan.options.silent).toBe(true);
    }
  });
  it('never falls back to another printer', () => {
    expect(planPrint({ ...cfg, printer: 'Gone' }, 'slip', printers)).toEqual({ ok: false, error: 'printer_not_found' });
    expect(planPrint(cfg, 'slip', [{ name: 'Slip80' }])).toEqual({ ok: false, error: 'no_default_printer' });
    expect(planPrint(cfg, 'slip', [])).toEqual({ ok: false, error: 'no_printer' });
  });
  it('accepts only known kinds', () => {
    expect(isPrintKind('slip')).toBe(true);
    expect(isPrintKind('document')).toBe(true);
    expect(isPrintKind('pdf')).toBe(false);
    expect(isPrintKind(undefined)).toBe(false);
  });
});
