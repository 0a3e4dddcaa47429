// The registration form as the visitor fills it, step by step, and its conversion to the hub's WorkerInput.
// It lives in the session (not in a step), so going back never loses anything.
import type { AvailabilitySlot, Certificate, Gender, JobType, PayUnit } from '../../../shared/domain/enums';
import { WorkerInput } from '../../../shared/domain/schemas';
import type { CommandArgs } from '../../../shared/protocol/commands';

export const STEPS = [
  'consent',
  'name',
  'phone',
  'basics',
  'trades',
  'certs',
  'years',
  'availability',
  'jobTypes',
  'districts',
  'pay',
  'summary',
  'pin',
] as const;
export type StepName = (typeof STEPS)[number];

/** Which privacy notice text the visitor agreed to (bump when shared/i18n/kiosk.ts register.consent changes). */
export const CONSENT_VERSION = 'kiosk-1';

export interface RegisterForm {
  step: number;
  /** Came to this step from the summary's "change": Next returns there. */
  fromSummary: boolean;
  consentAt: number | null;
  surname: string;
  given: string;
  nameIncomplete: boolean;
  phone: string;
  gender: Gender | null;
  decade: number | null;
  birthYear: number | null;
  trades: string[];
  certificates: Certificate[];
  years: string;
  availability: AvailabilitySlot[];
  jobTypes: JobType[];
  districts: string[];
  payUnit: Extract<PayUnit, 'hour' | 'day' | 'month'>;
  payAmount: string;
  pin: string;
  pinAgain: string;
  pinStage: 1 | 2;
}

export const EMPTY_FORM: RegisterForm = {
  step: 0,
  fromSummary: false,
  consentAt: null,
  surname: '',
  given: '',
  nameIncomplete: false,
  phone: '',
  gender: null,
  decade: null,
  birthYear: null,
  trades: [],
  certificates: [],
  years: '',
  availability: [],
  jobTypes: [],
  districts: [],
  payUnit: 'day',
  payAmount: '',
  pin: '',
  pinAgain: '',
  pinStage: 1,
};

export function fullName(f: Pick<RegisterForm, 'surname' | 'given'>): string {
  return `${f.surname}${f.given}`;
}

export function toWorkerInput(f: RegisterForm): CommandArgs<'worker.register'> {
  return {
    consent: { version: CONSENT_VERSION, at: f.consentAt ?? 0 },
    name: fullName(f),
    nameIncomplete: f.nameIncomplete,
    phone: f.phone,
    gender: f.gender,
    birthYear: f.birthYear,
    trades: f.trades as CommandArgs<'worker.register'>['trades'],
    certificates: f.certificates,
    experienceYears: f.years === '' ? 0 : Number(f.years),
    availability: f.availability,
    jobTypes: f.jobTypes,
    districts: f.districts as CommandArgs<'worker.register'>['districts'],
    expectedPay: f.payAmount === '' ? null : { amount: Number(f.payAmount), unit: f.payUnit },
    pin: f.pin,
  };
}

/** The whole form checked with the hub's own schema before anything is sent: a registration is all or nothing. */
export function checkForm(f: RegisterForm): { ok: true } | { ok: false; field: string } {
  const r = WorkerInput.safeParse(toWorkerInput(f));
  return r.success ? { ok: true } : { ok: false, field: String(r.error.issues[0]?.path[0] ?? '') };
}
