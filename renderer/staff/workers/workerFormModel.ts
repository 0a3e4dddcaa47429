// The worker form's values and checks: the shared WorkerInput schema with its rules (shared/rules/identity.ts:
// the resident ID number (GB 11643) valid and agreeing with birth year and gender, which it fills in when left
// blank; a name unless staff will finish it).
import { WorkerInput } from '../../../shared/domain/schemas';
import type { Worker } from '../../../shared/domain/entities';
import type { AvailabilitySlot, Certificate, Gender, JobType, PayUnit } from '../../../shared/domain/enums';
import { fromIdNumber, workerIdentityIssues, workerNameIssues } from '../../../shared/rules/identity';
import { say } from '../../../shared/errors';
import { checkWith, withRules, type Checked } from '../lib/formErrors';
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

export function checkWorker(v: WorkerValues, opts: { creating: boolean; now: number }): Checked<WorkerData> {
  const given = {
    name: v.name,
    nameIncomplete: v.nameIncomplete,
    idNumber: v.idNumber.trim() ? v.idNumber : null,
    birthYear: num(v.birthYear),
    gender: v.gender || null,
  };
  // Issues are found on what the clerk entered; blank birth year and gender are then taken from the ID number.
  const issues = [...workerNameIssues(given), ...workerIdentityIssues(given)];
  const { birthYear, gender } = fromIdNumber(given);
  const input = {
    consent: { version: DESK_CONSENT_VERSION, at: opts.now },
    name: v.name,
    nameIncomplete: v.nameIncomplete,
    phone: v.phone,
    gender,
    birthYear,
    idNumber: given.idNumber,
    trades: v.trades,
    certificates: v.certificates,
    experienceYears: num(v.experienceYears) ?? 0,
    availability: v.availability,
    jobTypes: v.jobTypes,
    districts: v.districts,
    expectedPay: v.payAmount.trim() ? { amount: Number(v.payAmount), unit: v.payUnit } : null,
    pin: opts.creating && v.pin ? v.pin : null,
  };
  const res = withRules(checkWith(WorkerInput, input), issues);
  const errors = res.ok ? {} : { ...res.errors };
  // The schema reports expectedPay.amount; the form's field is payAmount.
  if (errors['expectedPay.amount']) {
    errors.payAmount = errors['expectedPay.amount'];
    delete errors['expectedPay.amount'];
  }
  if (opts.creating && !v.consent) errors.consent = say('consentNeeded');
  if (Object.keys(errors).length || !res.ok) return { ok: false, errors };
  return res;
}
