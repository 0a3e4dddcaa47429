// The worker form's values and checks: the shared WorkerInput schema, then the resident ID number (GB 11643)
// with birth year and gender derived from it and cross-checked against what the clerk entered.
import { WorkerInput } from '../../../shared/domain/schemas';
import type { Worker } from '../../../shared/domain/entities';
import type { AvailabilitySlot, Certificate, Gender, JobType, PayUnit } from '../../../shared/domain/enums';
import { checkResidentId } from '../../../shared/validate/residentId';
import type { Bilingual } from '../../../shared/errors';
import { checkWith, type Checked, type FieldErrors } from '../lib/formErrors';
import type { z } from 'zod';

/** Version of the privacy notice the clerk reads out at the desk. */
export const DESK_CONSENT_VERSION = 'desk-1';

export interface WorkerValues {
  name: string;
  nameIncomplete: boolean;
  phone: string;
  idNumber: string;
  gender: Gender | '';
  birthYear: string;
  trades: string[];
  certificates: Certificate[];
  experienceYears: string;
  availability: AvailabilitySlot[];
  jobTypes: JobType[];
  districts: string[];
  payAmount: string;
  payUnit: PayUnit;
  pin: string;
  consent: boolean;
}

export const EMPTY_WORKER: WorkerValues = {
  name: '',
  nameIncomplete: false,
  phone: '',
  idNumber: '',
  gender: '',
  birthYear: '',
  trades: [],
  certificates: [],
  experienceYears: '0',
  availability: [],
  jobTypes: [],
  districts: [],
  payAmount: '',
  payUnit: 'day',
  pin: '',
  consent: false,
};

export function workerValues(w: Worker): WorkerValues {
  return {
    name: w.name,
    nameIncomplete: w.nameIncomplete,
    phone: w.phone,
    idNumber: w.idNumber ?? '',
    gender: w.gender ?? '',
    birthYear: w.birthYear ? String(w.birthYear) : '',
    trades: [...w.trades],
    certificates: [...w.certificates],
    experienceYears: String(w.experienceYears),
    availability: [...w.availability],
    jobTypes: [...w.jobTypes],
    districts: [...w.districts],
    payAmount: w.expectedPay ? String(w.expectedPay.amount) : '',
    payUnit: w.expectedPay?.unit ?? 'day',
    pin: '',
    consent: true,
  };
}

export type WorkerData = z.output<typeof WorkerInput>;

const num = (s: string) => (s.trim() === '' ? null : Number(s.trim()));

/**
 * What the ID number says about birth year and gender, and whether the entered values agree. When the clerk left
 * them blank the ID's values are used; when they disagree the error sits at the field that disagrees.
 */
export function crossCheckId(
  v: Pick<WorkerValues, 'idNumber' | 'birthYear' | 'gender'>,
  say: (key: string, opts?: Record<string, unknown>) => Bilingual,
): { errors: FieldErrors; birthYear: number | null; gender: Gender | null } {
  const errors: FieldErrors = {};
  let birthYear = num(v.birthYear);
  let gender: Gender | null = v.gender || null;
  if (!v.idNumber.trim()) return { errors, birthYear, gender };
  const res = checkResidentId(v.idNumber);
  if (!res.ok) {
    errors.idNumber = res.message;
    return { errors, birthYear, gender };
  }
  if (birthYear !== null && birthYear !== res.birthYear)
    errors.birthYear = say('worker.birthYearMismatch', { year: res.birthYear });
  if (gender !== null && gender !== res.gender) errors.gender = say('worker.genderMismatch', { context: res.gender });
  birthYear ??= res.birthYear;
  gender ??= res.gender;
  return { errors, birthYear, gender };
}

export function checkWorker(
  v: WorkerValues,
  opts: { creating: boolean; now: number },
  say: (key: string, opts?: Record<string, unknown>) => Bilingual,
): Checked<WorkerData> {
  const id = crossCheckId(v, say);
  const input = {
    consent: { version: DESK_CONSENT_VERSION, at: opts.now },
    name: v.name,
    nameIncomplete: v.nameIncomplete,
    phone: v.phone,
    gender: id.gender,
    birthYear: id.birthYear,
    idNumber: v.idNumber.trim() ? v.idNumber : null,
    trades: v.trades,
    certificates: v.certificates,
    experienceYears: num(v.experienceYears) ?? 0,
    availability: v.availability,
    jobTypes: v.jobTypes,
    districts: v.districts,
    expectedPay: v.payAmount.trim() ? { amount: Number(v.payAmount), unit: v.payUnit } : null,
    pin: opts.creating && v.pin ? v.pin : null,
  };
  const res = checkWith(WorkerInput, input);
  const errors: FieldErrors = { ...(res.ok ? {} : res.errors), ...id.errors };
  // The schema reports expectedPay.amount; the form's field is payAmount.
  if (errors['expectedPay.amount']) {
    errors.payAmount = errors['expectedPay.amount'];
    delete errors['expectedPay.amount'];
  }
  if (!v.name.trim() && !v.nameIncomplete) errors.name = say('worker.nameNeeded');
  if (opts.creating && !v.consent) errors.consent = say('worker.consentNeeded');
  if (Object.keys(errors).length || !res.ok) return { ok: false, errors };
  return res;
}
