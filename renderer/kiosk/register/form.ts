// The registration form as the visitor fills it, the steps it is filled in, and its conversion to the hub's
// WorkerInput. It lives in the session (not in a step), so going back never loses anything.
import type { AvailabilitySlot, Certificate, Gender, JobType, PayUnit } from '../../../shared/domain/enums';
import { WorkerInput } from '../../../shared/domain/schemas';
import type { CommandArgs } from '../../../shared/protocol/commands';

/**
 * The path every visitor takes: agree, name, phone, trades, check, PIN — six screens. The rest of the record has
 * a default the summary shows (not given / any time / any district / pay to be agreed); one tap on its 改 opens its
 * screen, and staff can complete it later at the desk.
 */
export const MAIN_STEPS = ['consent', 'name', 'phone', 'trades', 'summary', 'pin'] as const;
/** Screens reached only from the summary's 改 (their 确定 returns there). */
export const LATER_STEPS = ['basics', 'skills', 'when', 'districts', 'pay'] as const;
export const STEPS = [...MAIN_STEPS, ...LATER_STEPS] as const;
export type StepName = (typeof STEPS)[number];
export function isLaterStep(step: StepName): step is (typeof LATER_STEPS)[number] {
  return (LATER_STEPS as readonly string[]).includes(step);
}
/** The kiosk asks for four digits (the hub accepts 4–6, e.g. set at the desk): the pad moves on by itself. */
export const KIOSK_PIN_LENGTH = 4;

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
