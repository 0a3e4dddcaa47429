// Records of the hall, as the hub stores them (RecordMap) and as stations receive them (EntityMap). Every record
// carries `version` (bumped on each write, used to detect two people editing at once) and `updatedAt` (hub clock,
// epoch ms).
import type {
  ApplicationSource,
  ApplicationStatus,
  AvailabilitySlot,
  Certificate,
  DisputeOutcome,
  DisputeType,
  MediationStepKind,
  ReceiptAnswer,
  WageReport,
  EmployerKind,
  Gender,
  JobType,
  NoticeKind,
  PostingStatus,
  StaffRole,
  StationRole,
  VettingOutcome,
  WorkerStatus,
} from './enums';
import type {
  Benefits,
  Consent,
  DailyHours,
  DisplayConfig,
  Pay,
  PayUnit,
  Requirements,
  SiteSettings,
} from './schemas-types';

export interface Versioned {
  id: string;
  version: number;
  updatedAt: number;
}

export interface Site extends SiteSettings {
  id: 'site';
  version: number;
  updatedAt: number;
}

/** A posting's fields that anyone may see: what displays and kiosks receive. */
export interface PublicPosting extends Versioned {
  trade: string;
  title: string;
  jobType: JobType;
  pay: Pay;
  district: string;
  /** Work address; for household employers only the district is public, so this is ''. */
  address: string;
  headcount: number;
  filledCount: number;
  startDate: string;
  endDate: string | null;
  dailyHours: DailyHours | null;
  requirements: Requirements;
  benefits: Benefits;
  description: string;
  employerKind: EmployerKind;
  /** Enterprise name; households show as a generic label (never the householder's name). */
  employerName: string;
  publishedAt: number | null;
  expiresAt: number | null;
  status: PostingStatus;
}

/** The full posting, for staff. */
export interface Posting extends PublicPosting {
  employerId: string;
  createdAt: number;
  createdBy: string | null;
}

export interface Worker extends Versioned {
  name: string;
  nameIncomplete: boolean;
  phone: string;
  idNumber: string | null;
  gender: Gender | null;
  birthYear: number | null;
  trades: string[];
  certificates: Certificate[];
  experienceYears: number;
  availability: AvailabilitySlot[];
  jobTypes: JobType[];
  districts: string[];
  expectedPay: { amount: number; unit: PayUnit } | null;
  hasPin: boolean;
  consent: Consent | null;
  status: WorkerStatus;
  createdAt: number;
  source: 'kiosk' | 'desk';
}

export interface Employer extends Versioned {
  kind: EmployerKind;
  name: string;
  creditCode: string | null;
  legalRep: string;
  householderId: string | null;
  contactName: string;
  contactPhone: string;
  address: string;
  district: string;
  vetting: VettingOutcome | 'pending';
  blocked: boolean;
  blockReason: string;
  createdAt: number;
  /**
   * Set when a dispute the employer lost is closed (shared/placement/disputes.ts): staff should vet it again.
   * Cleared by the next vetting. Absent on records from before.
   */
  review?: { disputeId: string; at: number } | null;
}

export interface Vetting extends Versioned {
  employerId: string;
  checks: { creditSystemChecked: boolean; operatingNormal: boolean; notOnAbnormalList: boolean; licenceSeen: boolean };
  outcome: VettingOutcome;
  note: string;
  by: string;
  at: number;
}

/**
 * Who did something to a placement: a staff user (id, and the display name they had then, so the history reads
 * the same after a rename or a deactivation), the employer on the return-receipt page, the worker at a kiosk, or
 * the hub itself.
 */
export type Actor =
  { kind: 'staff'; id: string; name: string } | { kind: 'employer' } | { kind: 'worker' } | { kind: 'system' };

/** One step of a placement's history: never overwritten, only appended. */
export interface PlacementStep {
  status: ApplicationStatus;
  at: number;
  by: Actor;
  note: string;
}

/** Where and when the employer interviews the referred worker (hall date and time). */
export interface Interview {
  /** YYYY-MM-DD in the hall */
  date: string;
  /** HH:MM */
  time: string;
  place: string;
  /** The employer's person to ask for, and how to reach them. */
  contact: string;
}

/** The referral slip (介绍信): its number, who issued it, the interview, and the employer's return receipt. */
export interface Referral {
  /** Per hall and year, never repeated: "130111-2026-000123". */
  slipNo: string;
  issuedAt: number;
  by: Actor;
  interview: Interview | null;
  receipt: { answer: ReceiptAnswer; at: number } | null;
}

export interface WageEntry {
  report: WageReport;
  /** Yuan paid with this entry (0 for not paid). */
  amount: number;
  at: number;
  by: Actor;
  note: string;
}

/** What the worker is owed for this placement and when, and what has been recorded since. */
export interface Wage {
  /** Yuan agreed for the work (the whole amount due on the pay date). */
  agreedAmount: number;
  /** YYYY-MM-DD in the hall. */
  payDate: string;
  /** 'due' until something is recorded; then the latest report. */
  status: 'due' | WageReport;
  /** Yuan paid so far. */
  paidAmount: number;
  /** The hall date the last of the agreed amount was recorded paid. */
  paidOn: string | null;
  entries: WageEntry[];
}

/** The work agreement made for this placement; its text (with identity numbers) is kept apart, for staff only. */
export interface AgreementRef {
  id: string;
  templateVersion: number;
  /** SHA-256 of the agreement text, hex. */
  hash: string;
  createdAt: number;
  by: Actor;
}

/** An application (我想去) or a referral (推荐), and everything that follows it: the placement record. */
export interface Application extends Versioned {
  postingId: string;
  workerId: string | null;
  phone: string;
  source: ApplicationSource;
  status: ApplicationStatus;
  note: string;
  createdAt: number;
  /** Staff user id of the last staff step (names come from `history`). */
  handledBy: string | null;
  /** Every step, oldest first. */
  history: PlacementStep[];
  referral: Referral | null;
  wage: Wage | null;
  agreement: AgreementRef | null;
}

/** One step of mediating a dispute. */
export interface MediationStep {
  at: number;
  by: Actor;
  kind: MediationStepKind;
  note: string;
  /** Yuan recovered with this step, if any. */
  recovered: number;
}

/** 纠纷调解: a wage or injury dispute between a worker and an employer, mediated by the hall. Staff only. */
export interface Dispute extends Versioned {
  type: DisputeType;
  applicationId: string | null;
  workerId: string | null;
  employerId: string;
  /** Yuan the worker claims. */
  amountClaimed: number;
  openedAt: number;
  openedBy: Actor;
  note: string;
  steps: MediationStep[];
  outcome: DisputeOutcome | null;
  /** Yuan recovered so far (sum of the steps'). */
  amountRecovered: number;
  closedAt: number | null;
}

export interface Notice extends Versioned {
  text: string;
  kind: NoticeKind;
  expiresAt: number;
  cleared: boolean;
  createdAt: number;
}

export interface Station extends Versioned {
  name: string;
  role: StationRole;
  display: DisplayConfig | null;
  pairedAt: number;
  revoked: boolean;
  /** Staff only: commands this station queued that the hub refused when nobody was there to see it. */
  refused?: RefusedCommand[];
}

/** A queued command refused on replay (a registration whose phone was registered meanwhile…), for the desk. */
export interface RefusedCommand {
  commandId: string;
  command: string;
  queuedAt: number;
  /** Hub time it was reported. */
  reportedAt: number;
  visit: string | null;
  error: { code: string; message: { zh: string; en: string }; field?: string };
  /** The command's arguments without PIN, PIN hash or password. */
  args: Record<string, unknown>;
}

export interface PairingRequest extends Versioned {
  code: string;
  address: string;
  requestedRole: StationRole | null;
  requestedAt: number;
  expiresAt: number;
}

export interface StaffUser extends Versioned {
  username: string;
  displayName: string;
  role: StaffRole;
  active: boolean;
}

/** Latest heartbeat of a station: kept by the hub for the console, not in the changes log. */
export interface StationHealth {
  stationId: string;
  online: boolean;
  at: number;
  layout?: string;
  postingsShown?: number;
  contentVersion?: number;
  lastSyncAt?: number;
  frameP99Ms?: number;
  screenOn?: boolean;
  appVersion?: string;
}

/**
 * Records as the hub stores them: always the whole record. Only the hub's store and command handlers hold these;
 * nothing reaches a station without passing through the hub's projection first.
 */
export interface RecordMap {
  site: Site;
  station: Station;
  pairingRequest: PairingRequest;
  staffUser: StaffUser;
  worker: Worker;
  employer: Employer;
  vetting: Vetting;
  posting: Posting;
  application: Application;
  notice: Notice;
  dispute: Dispute;
}

/**
 * Records as a station receives them (changes, snapshots, its local cache): the hub's records projected for the
 * viewer. Only postings differ: a display, a kiosk or a console before sign-in sees the public view.
 */
export type EntityMap = Omit<RecordMap, 'posting'> & { posting: Posting | PublicPosting };
export type EntityName = keyof EntityMap;
export const ENTITY_NAMES = [
  'site',
  'station',
  'pairingRequest',
  'staffUser',
  'worker',
  'employer',
  'vetting',
  'posting',
  'application',
  'notice',
  'dispute',
] as const satisfies readonly EntityName[];
