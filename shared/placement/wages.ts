// Wage follow-up: what a placement owes and when, what a report of paid / part paid / not paid does to it, and
// when it is overdue (the hall's today is past the pay date and something is still owed). The hub applies
// reports with `withWageEntry`; the console's overdue list, the kiosk's "my jobs", reliability and the numbers all
// ask `isOverdue` / `paidLate`.
import type { Wage, WageEntry } from '../domain/entities';

/** A new wage record at hire. */
export function newWage(agreedAmount: number, payDate: string): Wage {
  return { agreedAmount, payDate, status: 'due', paidAmount: 0, paidOn: null, entries: [] };
}

/** Yuan still owed. */
export function owed(w: Pick<Wage, 'agreedAmount' | 'paidAmount'>): number {
  return Math.max(0, round2(w.agreedAmount - w.paidAmount));
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The wage after one more report. `paid` settles the rest (its amount is what was still owed); `part_paid` adds
 * its amount (all of what is owed makes it paid); `not_paid` adds nothing. `paidOn` is the hall date the last
 * yuan was recorded.
 */
export function withWageEntry(w: Wage, entry: Omit<WageEntry, 'amount'> & { amount?: number }, hallDay: string): Wage {
  const rest = owed(w);
  let amount = 0;
  if (entry.report === 'paid') amount = rest;
  else if (entry.report === 'part_paid') amount = Math.min(rest, Math.max(0, entry.amount ?? 0));
  const paidAmount = round2(w.paidAmount + amount);
  const settled = paidAmount >= w.agreedAmount;
  return {
    ...w,
    paidAmount,
    status: settled ? 'paid' : entry.report === 'paid' ? 'paid' : entry.report,
    paidOn: settled ? (w.paidOn ?? hallDay) : null,
    entries: [...w.entries, { ...entry, amount }],
  };
}

/** Overdue on hall day `today`: the pay date is past and something is owed. */
export function isOverdue(
  w: Pick<Wage, 'agreedAmount' | 'paidAmount' | 'payDate'> | null | undefined,
  today: string,
): boolean {
  return !!w && owed(w) > 0 && today > w.payDate;
}

/** Paid in full, but after the pay date. */
export function paidLate(w: Wage | null | undefined): boolean {
  return !!w && w.paidOn !== null && w.paidOn > w.payDate;
}

/** What the console and exports show: paid, part paid, not paid, due — or overdue once past the pay date. */
export function wageState(
  w: Pick<Wage, 'agreedAmount' | 'paidAmount' | 'payDate' | 'status'>,
  today: string,
): Wage['status'] | 'overdue' {
  if (w.status === 'paid') return 'paid';
  return isOverdue(w, today) ? 'overdue' : w.status;
}
