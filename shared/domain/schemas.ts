// zod schemas for everything a station may send. The hub validates every command with these; the pages use
// the same schemas to check a form before sending it, so a field error reads the same everywhere.
// Custom messages are message keys (see shared/i18n/errors.ts), never prose: prose comes from the catalogue.
// The domain's rules that a record's own fields must satisfy (identity, dates, no personal numbers in public
// text) are refinements here, from shared/rules/; an update's patch has no defaults (patchOf) and the hub checks
// the same rules again on the record the patch produces.
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
import { City, SiteSettings, SiteSetup, SiteUpdate, timeZone } from './site';
import { typeMessageKey, type RuleIssue } from '../errors';
import { isRealDate } from '../rules/hallTime';
import { postingIssues } from '../rules/posting';
import { noticeTextIssues } from '../rules/publicText';
import { employerIdentityIssues, workerIdentityIssues, workerNameIssues } from '../rules/identity';

// A value of the wrong kind says what it should be ("must be a number"); a missing one says it is required. zod
// hands the input only to its error map, so the key is chosen there. The map is zod's global one, so it words
// only our own schemas (claimed below and in shared/protocol/commands.ts) and leaves any other zod user alone.
const OWN = new WeakSet<object>();
z.config({
  customError: (issue) =>
    issue.code === 'invalid_type' && issue.inst && OWN.has(issue.inst)
      ? typeMessageKey(issue.expected, issue.input)
      : undefined,
});

/** Mark schemas, and every schema inside them, as ours (their wrong-type issues are worded by message key). */
export function claim(...schemas: z.ZodType[]): void {
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object' || !('_zod' in node) || OWN.has(node)) return;
    OWN.add(node);
    const def = (node as { _zod: { def: Record<string, unknown> } })._zod.def;
    for (const [key, value] of Object.entries(def)) {
      if (key === 'shape' && value && typeof value === 'object') Object.values(value).forEach(walk);
      else if (Array.isArray(value)) value.forEach(walk);
      else walk(value);
    }
  };
  schemas.forEach(walk);
}

/** Report rule findings as zod issues (message = catalogue key, params kept for the wording). */
export function addIssues(ctx: z.RefinementCtx, issues: RuleIssue[]): void {
  for (const i of issues) ctx.addIssue({ code: 'custom', path: i.path, message: i.key, params: i.params });
}

/**
 * The patch form of an object schema: every field optional and WITHOUT its default, so a patch that names one
 * field changes that field only (a default would fill every unnamed field with an empty value).
 */
type Undefaulted<T> = T extends z.ZodDefault<infer I> ? I : T;
export function patchOf<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
): z.ZodObject<{ [K in keyof Shape]: z.ZodOptional<Undefaulted<Shape[K]>> }> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const inner = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
    shape[key] = inner.optional();
  }
  return z.object(shape) as never;
}

/** 11-digit mainland mobile number: 1, then 3–9, then nine digits. */
export const PHONE_RE = /^1[3-9]\d{9}$/;
export const phone = z.string().trim().regex(PHONE_RE, { error: 'phone' });
export const pin = z.string().regex(/^\d{4,6}$/, { error: 'pin' });
export const id = z.string().min(1).max(64);
/** A real calendar day written YYYY-MM-DD: 2099-99-99 or 30 February is named as not a real date. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date', abort: true })
  .refine(isRealDate, { error: 'dateNotReal' });
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

/** The job form's fields (no cross-field rules): the base of PostingInput and of the update's patch. */
export const PostingFields = z.object({
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
export const PostingInput = PostingFields.superRefine((p, ctx) => addIssues(ctx, postingIssues(p)));
export type PostingInput = z.infer<typeof PostingInput>;
/** posting.update: the fields it names, checked alone here and on the whole record by the hub. */
export const PostingPatch = patchOf(PostingFields.omit({ employerId: true })).superRefine((p, ctx) =>
  addIssues(ctx, postingIssues(p)),
);

export const Consent = z.object({
  /** Which text of the privacy notice the worker agreed to. */
  version: z.string().min(1).max(20),
  /** Hub-clock epoch ms when they agreed. */
  at: z.number().int().positive(),
});
export type Consent = z.infer<typeof Consent>;

export const ExpectedPay = z.object({ amount: yuan, unit: payUnit });

/** A worker's fields (no cross-field rules): the base of WorkerInput and of the update's patch. */
export const WorkerFields = z.object({
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
export const WorkerInput = WorkerFields.superRefine((w, ctx) =>
  addIssues(ctx, [...workerNameIssues(w), ...workerIdentityIssues(w)]),
);
export type WorkerInput = z.input<typeof WorkerInput>;
/** worker.update: the fields it names; identity and name are checked on the whole record by the hub. */
export const WorkerPatch = patchOf(WorkerFields.omit({ consent: true, pin: true }));

/** An employer's fields (no cross-field rules): the base of EmployerInput and of the update's patch. */
export const EmployerFields = z.object({
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
export const EmployerInput = EmployerFields.superRefine((e, ctx) => addIssues(ctx, employerIdentityIssues(e)));
export type EmployerInput = z.input<typeof EmployerInput>;
/** employer.update: the fields it names; identity is checked on the whole record by the hub. */
export const EmployerPatch = patchOf(EmployerFields);

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
/** A display's configuration before staff change anything: the schema's defaults, nothing written twice. */
export const DEFAULT_DISPLAY_CONFIG: DisplayConfig = DisplayConfig.parse({});
/** A stored configuration with every default filled in; none stored, or an unreadable one, gives the defaults. */
export function displayConfigOf(stored: unknown): DisplayConfig {
  if (!stored) return DEFAULT_DISPLAY_CONFIG;
  const parsed = DisplayConfig.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_DISPLAY_CONFIG;
}

export const NoticeInput = z
  .object({
    text: reqText(200),
    kind: z.enum(NOTICE_KINDS).default('normal'),
    expiresAt: z.number().int().positive(),
  })
  .superRefine((n, ctx) => addIssues(ctx, noticeTextIssues(n)));

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
export { SiteSettings, SiteSetup, SiteUpdate, timeZone };

claim(
  phone,
  pin,
  id,
  isoDate,
  timeZone,
  hhmm,
  yuan,
  Pay,
  DailyHours,
  PostingFields,
  PostingInput,
  PostingPatch,
  WorkerFields,
  WorkerInput,
  WorkerPatch,
  EmployerFields,
  EmployerInput,
  EmployerPatch,
  VettingInput,
  DisplayConfig,
  NoticeInput,
  ApplicationInput,
  ApplicationUpdate,
  StaffUserInput,
  City,
  SiteSettings,
  SiteUpdate,
  SiteSetup,
);
