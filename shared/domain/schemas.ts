// zod schemas for everything a station may send. The hub validates every command with these; the pages use
// the same schemas to check a form before sending it, so a field error reads the same everywhere.
// Custom messages are message keys (see shared/errors.ts), never prose: prose comes from the catalogues.
import { z } from 'zod';
import {
  APPLICATION_SOURCES,
  APPLICATION_STATUSES,
  AVAILABILITY_SLOTS,
  CERTIFICATES,
  DISPLAY_LAYOUTS,
  EMPLOYER_KINDS,
  GENDERS,
  JOB_TYPES,
  NOTICE_KINDS,
  PAY_UNITS,
  SETTLEMENTS,
  STAFF_ROLES,
  STATION_ROLES,
  VETTING_OUTCOMES,
} from './enums';
import { TRADE_CODES } from './trades';
import { divisionCode } from './districts';

/** 11-digit mainland mobile number: 1, then 3–9, then nine digits. */
export const PHONE_RE = /^1[3-9]\d{9}$/;
export const phone = z.string().trim().regex(PHONE_RE, { error: 'phone' });
export const pin = z.string().regex(/^\d{4,6}$/, { error: 'pin' });
export const id = z.string().min(1).max(64);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date' });
export const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'time' });
const text = (max: number) => z.string().trim().max(max);
const reqText = (max: number) => z.string().trim().min(1, { error: 'required' }).max(max);

export const jobType = z.enum(JOB_TYPES);
export const payUnit = z.enum(PAY_UNITS);
export const settlement = z.enum(SETTLEMENTS);
export const trade = z.enum(TRADE_CODES);
/** A district's division code; whether it is one of the hall's is checked against the site (domain/site.ts). */
export const district = divisionCode;
export const certificate = z.enum(CERTIFICATES);
export const stationRole = z.enum(STATION_ROLES);

/** Money is integer yuan on the wire: the hall quotes whole yuan. */
export const yuan = z.number().int({ error: 'integer' }).min(1, { error: 'pay' }).max(1_000_000, { error: 'pay' });

export const Pay = z.object({ amount: yuan, unit: payUnit, settlement });
export type Pay = z.infer<typeof Pay>;

export const DailyHours = z.object({ from: hhmm, to: hhmm });
export type DailyHours = z.infer<typeof DailyHours>;

export const Requirements = z.object({
  certificates: z.array(certificate).max(12).default([]),
  minExperienceYears: z.number().int().min(0).max(60).default(0),
  note: text(200).default(''),
});
export type Requirements = z.infer<typeof Requirements>;

export const Benefits = z.object({
  meals: z.boolean().default(false),
  lodging: z.boolean().default(false),
  transport: z.boolean().default(false),
});
export type Benefits = z.infer<typeof Benefits>;

export const PostingInput = z.object({
  employerId: id,
  trade,
  title: reqText(40),
  headcount: z.number().int().min(1, { error: 'headcount' }).max(9999),
  jobType,
  pay: Pay,
  district,
  address: text(120).default(''),
  startDate: isoDate,
  endDate: isoDate.nullable().default(null),
  dailyHours: DailyHours.nullable().default(null),
  requirements: Requirements.default({ certificates: [], minExperienceYears: 0, note: '' }),
  benefits: Benefits.default({ meals: false, lodging: false, transport: false }),
  description: text(500).default(''),
});
export type PostingInput = z.infer<typeof PostingInput>;

export const Consent = z.object({
  /** Which text of the privacy notice the worker agreed to. */
  version: z.string().min(1).max(20),
  /** Hub-clock epoch ms when they agreed. */
  at: z.number().int().positive(),
});
export type Consent = z.infer<typeof Consent>;

export const ExpectedPay = z.object({ amount: yuan, unit: payUnit });

export const WorkerInput = z.object({
  consent: Consent,
  name: text(20).default(''),
  /** "Staff will finish this": the visitor could not enter a name on the kiosk. */
  nameIncomplete: z.boolean().default(false),
  phone,
  gender: z.enum(GENDERS).nullable().default(null),
  birthYear: z
    .number()
    .int()
    .min(1940, { error: 'birthYear' })
    .max(2010, { error: 'birthYear' })
    .nullable()
    .default(null),
  idNumber: z.string().trim().toUpperCase().nullable().default(null),
  trades: z.array(trade).max(10).default([]),
  certificates: z.array(certificate).max(12).default([]),
  experienceYears: z
    .number()
    .int({ error: 'integer' })
    .min(0, { error: 'years' })
    .max(60, { error: 'years' })
    .default(0),
  availability: z.array(z.enum(AVAILABILITY_SLOTS)).max(4).default([]),
  jobTypes: z.array(jobType).max(6).default([]),
  districts: z.array(district).max(12).default([]),
  expectedPay: ExpectedPay.nullable().default(null),
  pin: pin.nullable().default(null),
});
export type WorkerInput = z.input<typeof WorkerInput>;

export const EmployerInput = z.object({
  kind: z.enum(EMPLOYER_KINDS),
  name: reqText(60),
  /** Enterprise: 统一社会信用代码 (GB 32100). */
  creditCode: z.string().trim().toUpperCase().nullable().default(null),
  legalRep: text(20).default(''),
  /** Household: 户主身份证号 (GB 11643). */
  householderId: z.string().trim().toUpperCase().nullable().default(null),
  contactName: reqText(20),
  contactPhone: phone,
  address: text(120).default(''),
  district,
});
export type EmployerInput = z.input<typeof EmployerInput>;

export const VettingInput = z.object({
  employerId: id,
  checks: z.object({
    creditSystemChecked: z.boolean(),
    operatingNormal: z.boolean(),
    notOnAbnormalList: z.boolean(),
    licenceSeen: z.boolean(),
  }),
  outcome: z.enum(VETTING_OUTCOMES),
  note: text(500).default(''),
});

export const DisplayConfig = z.object({
  layout: z.enum(DISPLAY_LAYOUTS).default('landscape'),
  /** LED wall pixel size; ignored by TV layouts. */
  ledWidth: z.number().int().min(64).max(7680).default(384),
  ledHeight: z.number().int().min(32).max(4320).default(192),
  ledMode: z.enum(['page', 'ticker']).default('page'),
  filters: z
    .object({
      jobTypes: z.array(jobType).default([]),
      trades: z.array(trade).default([]),
      districts: z.array(district).default([]),
    })
    .default({ jobTypes: [], trades: [], districts: [] }),
  /** Local hub-clock times; from > to wraps midnight (22:00–06:00). */
  schedule: z
    .object({
      darkFrom: hhmm.nullable().default(null),
      darkTo: hhmm.nullable().default(null),
      dimFrom: hhmm.nullable().default(null),
      dimTo: hhmm.nullable().default(null),
    })
    .default({ darkFrom: null, darkTo: null, dimFrom: null, dimTo: null }),
});
export type DisplayConfig = z.infer<typeof DisplayConfig>;

export const NoticeInput = z.object({
  text: reqText(200),
  kind: z.enum(NOTICE_KINDS).default('normal'),
  expiresAt: z.number().int().positive(),
});

export const ApplicationInput = z.object({
  postingId: id,
  phone,
  source: z.enum(APPLICATION_SOURCES).default('kiosk'),
  note: text(500).default(''),
});

export const ApplicationUpdate = z.object({
  id,
  /** When given, the update is refused with `conflict` if someone else changed the application meanwhile. */
  baseVersion: z.number().int().min(0).optional(),
  status: z.enum(APPLICATION_STATUSES),
  note: text(500).default(''),
});

export const StaffUserInput = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-z0-9_.-]{2,32}$/i, { error: 'username' }),
  displayName: reqText(20),
  role: z.enum(STAFF_ROLES),
  password: z.string().min(6, { error: 'password' }).max(128),
});

// The site's settings and their checks live in ./site.
export { SiteSettings, SiteSetup, SiteUpdate } from './site';
