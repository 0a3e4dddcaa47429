// The fixed vocabularies of the hall. Codes are stable identifiers stored in the database and sent on the
// wire; what people read comes from the i18n catalogues (shared/i18n) keyed by these codes.

export const JOB_TYPES = ['hourly', 'daily', 'short_term', 'temporary', 'seasonal', 'long_term'] as const;
export type JobType = (typeof JOB_TYPES)[number];

export const PAY_UNITS = ['hour', 'day', 'piece', 'month'] as const;
export type PayUnit = (typeof PAY_UNITS)[number];

/** 日结 / 周结 / 月结 */
export const SETTLEMENTS = ['daily', 'weekly', 'monthly'] as const;
export type Settlement = (typeof SETTLEMENTS)[number];

export const POSTING_STATUSES = ['draft', 'published', 'filled', 'closed', 'expired'] as const;
export type PostingStatus = (typeof POSTING_STATUSES)[number];

/** What a paired station is for. The hub decides what each role may see and do. */
export const STATION_ROLES = ['kiosk', 'display', 'staff'] as const;
export type StationRole = (typeof STATION_ROLES)[number];

export const STAFF_ROLES = ['admin', 'clerk'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const EMPLOYER_KINDS = ['enterprise', 'household'] as const;
export type EmployerKind = (typeof EMPLOYER_KINDS)[number];

export const VETTING_OUTCOMES = ['approved', 'rejected', 'needs_info'] as const;
export type VettingOutcome = (typeof VETTING_OUTCOMES)[number];

/** Availability slots: weekdays / weekends × daytime / evening. */
export const AVAILABILITY_SLOTS = ['weekday_day', 'weekday_evening', 'weekend_day', 'weekend_evening'] as const;
export type AvailabilitySlot = (typeof AVAILABILITY_SLOTS)[number];

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

export const WORKER_STATUSES = ['active', 'inactive', 'deleted'] as const;
export type WorkerStatus = (typeof WORKER_STATUSES)[number];

/** Where an application came from: a kiosk, a phone call, the desk, a referral from matching, the worker's phone page. */
export const APPLICATION_SOURCES = ['kiosk', 'phone', 'desk', 'match', 'me'] as const;
export type ApplicationSource = (typeof APPLICATION_SOURCES)[number];

/**
 * Where an application or referral stands (shared/placement/lifecycle.ts moves it): 新报名 → 已联系 → 已推荐 →
 * 已面试 → 已录用 / 未录用 / 未到 / 本人放弃. The last four end it.
 */
export const APPLICATION_STATUSES = [
  'new',
  'contacted',
  'referred',
  'interviewed',
  'hired',
  'rejected',
  'no_show',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The employer's answers on the return receipt (回执): 已到岗 / 未录用 / 未到. */
export const RECEIPT_ANSWERS = ['arrived', 'not_hired', 'no_show'] as const;
export type ReceiptAnswer = (typeof RECEIPT_ANSWERS)[number];

/** What staff (or the worker at a kiosk) record about wages on or after the pay date. */
export const WAGE_REPORTS = ['paid', 'part_paid', 'not_paid'] as const;
export type WageReport = (typeof WAGE_REPORTS)[number];

/** 欠薪 / 克扣工资 / 工伤 / 其他 */
export const DISPUTE_TYPES = ['unpaid', 'deducted', 'injury', 'other'] as const;
export type DisputeType = (typeof DISPUTE_TYPES)[number];

/** How a mediation step happened. */
export const MEDIATION_STEP_KINDS = ['call', 'meeting', 'visit', 'guidance', 'note'] as const;
export type MediationStepKind = (typeof MEDIATION_STEP_KINDS)[number];

/**
 * How a dispute ended: wages recovered in full or in part, not recovered (the worker was guided to arbitration),
 * the employer was found not at fault, or the worker withdrew it.
 */
export const DISPUTE_OUTCOMES = ['recovered', 'part_recovered', 'not_recovered', 'no_fault', 'withdrawn'] as const;
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number];

export const NOTICE_KINDS = ['normal', 'emergency'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const DISPLAY_LAYOUTS = ['landscape', 'portrait', 'led'] as const;
export type DisplayLayout = (typeof DISPLAY_LAYOUTS)[number];

export const CERTIFICATES = [
  'electrician', // 电工证
  'welder', // 焊工证
  'health', // 健康证
  'driver_c', // 驾驶证 C
  'driver_b', // 驾驶证 B（货车）
  'forklift', // 叉车证
  'height_work', // 高处作业证
  'refrigeration', // 制冷与空调作业证
  'security_guard', // 保安员证
  'nanny', // 育婴师证
  'maternity', // 母婴护理证
  'chef', // 厨师证
] as const;
export type Certificate = (typeof CERTIFICATES)[number];
