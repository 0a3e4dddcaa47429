// The job form (企业用工登记表) as form values, and back into PostingInput for the hub.
import { PostingInput } from '../../../shared/domain/schemas';
import type { Posting } from '../../../shared/domain/entities';
import type { Certificate, JobType, PayUnit, Settlement } from '../../../shared/domain/enums';
import { checkWith, withRules, type Checked } from '../lib/formErrors';
import { postingIssues } from '../../../shared/rules/posting';
import type { z } from 'zod';

export interface PostingValues {
  employerId: string;
  trade: string;
  title: string;
  headcount: string;
  jobType: JobType;
  payAmount: string;
  payUnit: PayUnit;
  settlement: Settlement;
  district: string;
  address: string;
  startDate: string;
  endDate: string;
  hoursFrom: string;
  hoursTo: string;
  certificates: Certificate[];
  minExperienceYears: string;
  requirementNote: string;
  meals: boolean;
  lodging: boolean;
  transport: boolean;
  description: string;
}

export function emptyPosting(employerId: string, today: string, district = ''): PostingValues {
  return {
    employerId,
    trade: '',
    title: '',
    headcount: '1',
    jobType: 'daily',
    payAmount: '',
    payUnit: 'day',
    settlement: 'daily',
    district,
    address: '',
    startDate: today,
    endDate: '',
    hoursFrom: '',
    hoursTo: '',
    certificates: [],
    minExperienceYears: '0',
    requirementNote: '',
    meals: false,
    lodging: false,
    transport: false,
    description: '',
  };
}

export function postingValues(p: Posting): PostingValues {
  return {
    employerId: p.employerId,
    trade: p.trade,
    title: p.title,
    headcount: String(p.headcount),
    jobType: p.jobType,
    payAmount: String(p.pay.amount),
    payUnit: p.pay.unit,
    settlement: p.pay.settlement,
    district: p.district,
    address: p.address,
    startDate: p.startDate,
    endDate: p.endDate ?? '',
    hoursFrom: p.dailyHours?.from ?? '',
    hoursTo: p.dailyHours?.to ?? '',
    certificates: [...p.requirements.certificates],
    minExperienceYears: String(p.requirements.minExperienceYears),
    requirementNote: p.requirements.note,
    meals: p.benefits.meals,
    lodging: p.benefits.lodging,
    transport: p.benefits.transport,
    description: p.description,
  };
}

/** Numbers typed as text: '' stays missing so zod says "required"; anything else not a number says so. */
function num(s: string): number | undefined {
  const trimmed = s.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

export type PostingData = z.output<typeof PostingInput>;

/** Paths of the form's inputs by the schema path that zod and the hub report. */
export const FIELD_OF_PATH: Record<string, string> = {
  'pay.amount': 'payAmount',
  'pay.unit': 'payUnit',
  'pay.settlement': 'settlement',
  'dailyHours.from': 'hoursFrom',
  'dailyHours.to': 'hoursTo',
  dailyHours: 'hoursFrom',
  'requirements.minExperienceYears': 'minExperienceYears',
  'requirements.note': 'requirementNote',
  'requirements.certificates': 'certificates',
};

export function toPostingInput(v: PostingValues): unknown {
  const hours = v.hoursFrom || v.hoursTo ? { from: v.hoursFrom, to: v.hoursTo } : null;
  return {
    employerId: v.employerId,
    trade: v.trade || undefined,
    title: v.title,
    headcount: num(v.headcount),
    jobType: v.jobType,
    pay: { amount: num(v.payAmount), unit: v.payUnit, settlement: v.settlement },
    district: v.district || undefined,
    address: v.address,
    startDate: v.startDate,
    endDate: v.endDate || null,
    dailyHours: hours,
    requirements: {
      certificates: v.certificates,
      minExperienceYears: num(v.minExperienceYears) ?? 0,
      note: v.requirementNote,
    },
    benefits: { meals: v.meals, lodging: v.lodging, transport: v.transport },
    description: v.description,
  };
}

/** The job form against PostingInput and the posting rules (dates in order, no phone or ID in public text). */
export function checkPosting(v: PostingValues): Checked<PostingData> {
  const input = toPostingInput(v) as Parameters<typeof postingIssues>[0];
  const res = withRules(checkWith(PostingInput, input), postingIssues(input));
  return res.ok ? res : { ok: false, errors: remap(res.errors) };
}

export function remap<T>(errors: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(errors).map(([k, e]) => [FIELD_OF_PATH[k] ?? k, e]));
}
