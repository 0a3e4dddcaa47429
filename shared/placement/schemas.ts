// What a station may send about placements, as zod schemas: the referral and its interview, a step, wages, the
// agreement's fields, disputes and the numbers. The console checks its forms with these before sending; the hub
// validates every command with the same. Messages are catalogue keys (shared/i18n/errors.ts).
import { z } from 'zod';
import {
  APPLICATION_STATUSES,
  DISPUTE_OUTCOMES,
  DISPUTE_TYPES,
  MEDIATION_STEP_KINDS,
  RECEIPT_ANSWERS,
  WAGE_REPORTS,
} from '../domain/enums';
import { Pay, addIssues, claim, hhmm, id, isoDate, phone } from '../domain/schemas';
import { checkCreditCode } from '../validate/creditCode';
import { checkResidentId } from '../validate/residentId';
import type { RuleIssue } from '../errors';

const text = (max: number) => z.string().trim().max(max);
const reqText = (max: number) => z.string().trim().min(1, { error: 'required' }).max(max);

/** Yuan with at most two decimals (wages recorded to the fen), 0 allowed. */
export const money = z
  .number({ error: 'notNumber' })
  .min(0, { error: 'money' })
  .max(10_000_000, { error: 'money' })
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, { error: 'money' });

export const Interview = z.object({
  date: isoDate,
  time: hhmm,
  place: reqText(120),
  contact: text(60).default(''),
});
export type InterviewInput = z.input<typeof Interview>;

/** Refer a worker to a posting: a new referral, or an existing application (kiosk, phone) moved on to one. */
export const ReferInput = z.object({
  postingId: id,
  workerId: id,
  /** The application this referral continues (its history carries on); none: a new record. */
  applicationId: id.nullable().default(null),
  interview: Interview.nullable().default(null),
  note: text(500).default(''),
});

export const StepInput = z.object({
  id,
  /** When given, refused with `conflict` if someone else moved the placement meanwhile. */
  baseVersion: z.number().int().min(0).optional(),
  to: z.enum(APPLICATION_STATUSES).exclude(['new', 'referred']),
  note: text(500).default(''),
  /** On a hire: what was agreed and when it is paid (can be set later with placement.setWage). */
  wage: z.object({ agreedAmount: money, payDate: isoDate }).nullable().default(null),
});

export const SetWageInput = z.object({ id, agreedAmount: money, payDate: isoDate });

export const WageRecordInput = z.object({
  id,
  report: z.enum(WAGE_REPORTS),
  /** Yuan paid with a part payment. */
  amount: money.default(0),
  note: text(300).default(''),
});

export const ReceiptInput = z.object({ answer: z.enum(RECEIPT_ANSWERS) });

const idIssue = (path: string, res: ReturnType<typeof checkResidentId> | ReturnType<typeof checkCreditCode>) =>
  res.ok ? [] : [{ path: [path], key: res.key, ...(res.params ? { params: res.params } : {}) } as RuleIssue];

/** The agreement's fields, filled from the placement and checked by the clerk. */
export const AgreementFields = z
  .object({
    employer: z
      .object({
        name: reqText(60),
        idKind: z.enum(['credit_code', 'resident_id']),
        idNumber: z.string().trim().toUpperCase().min(1, { error: 'required' }).max(18),
        contact: reqText(20),
        phone,
        address: text(120).default(''),
      })
      .superRefine((e, ctx) =>
        addIssues(
          ctx,
          idIssue('idNumber', e.idKind === 'credit_code' ? checkCreditCode(e.idNumber) : checkResidentId(e.idNumber)),
        ),
      ),
    worker: z
      .object({
        name: reqText(20),
        idNumber: z.string().trim().toUpperCase().min(1, { error: 'required' }).max(18),
        phone,
        address: text(120).default(''),
      })
      .superRefine((w, ctx) => addIssues(ctx, idIssue('idNumber', checkResidentId(w.idNumber)))),
    work: z.object({ title: reqText(40), description: text(300).default(''), place: reqText(120) }),
    period: z
      .object({ start: isoDate, end: isoDate, hours: reqText(60) })
      .superRefine((p, ctx) => addIssues(ctx, p.end < p.start ? [{ path: ['end'], key: 'endBeforeStart' }] : [])),
    pay: z.object({
      rate: Pay,
      total: money,
      payDate: isoDate,
      method: z.enum(['cash', 'bank', 'mobile']).default('bank'),
    }),
    insurance: z.object({
      kind: z.enum(['gig', 'other', 'none']).default('gig'),
      payer: z.enum(['employer', 'hall', 'worker']).default('employer'),
      note: text(60).default(''),
    }),
    extra: text(300).default(''),
  })
  .superRefine((f, ctx) =>
    addIssues(ctx, f.pay.payDate < f.period.start ? [{ path: ['pay', 'payDate'], key: 'payDateBeforeStart' }] : []),
  );
export type AgreementFields = z.output<typeof AgreementFields>;
export type AgreementFieldsInput = z.input<typeof AgreementFields>;

export const AgreementInput = z.object({ applicationId: id, fields: AgreementFields });

export const DisputeInput = z.object({
  type: z.enum(DISPUTE_TYPES),
  /** The placement it is about (opened from an overdue wage); none for a walk-in complaint. */
  applicationId: id.nullable().default(null),
  workerId: id.nullable().default(null),
  employerId: id,
  amountClaimed: money.default(0),
  note: text(500).default(''),
});

export const DisputeStepInput = z.object({
  id,
  kind: z.enum(MEDIATION_STEP_KINDS),
  note: reqText(500),
  recovered: money.default(0),
});

export const DisputeCloseInput = z.object({ id, outcome: z.enum(DISPUTE_OUTCOMES), note: text(500).default('') });

/** How the numbers are grouped. */
export const NUMBERS_BY = ['day', 'week', 'month', 'district', 'trade', 'jobType'] as const;
export type NumbersBy = (typeof NUMBERS_BY)[number];

export const NumbersQuery = z
  .object({ from: isoDate, to: isoDate, by: z.enum(NUMBERS_BY).default('day') })
  .superRefine((q, ctx) => addIssues(ctx, q.to < q.from ? [{ path: ['to'], key: 'endBeforeStart' }] : []));

export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'month' });

export const EXPORT_KINDS = ['placements', 'numbers', 'monthly'] as const;
export const ExportInput = z.object({
  kind: z.enum(EXPORT_KINDS),
  format: z.enum(['csv', 'xlsx']),
  from: isoDate.optional(),
  to: isoDate.optional(),
  by: z.enum(NUMBERS_BY).default('day'),
  month: month.optional(),
});
export type ExportInput = z.output<typeof ExportInput>;

claim(
  money,
  Interview,
  ReferInput,
  StepInput,
  SetWageInput,
  WageRecordInput,
  ReceiptInput,
  AgreementFields,
  AgreementInput,
  DisputeInput,
  DisputeStepInput,
  DisputeCloseInput,
  NumbersQuery,
  ExportInput,
);
