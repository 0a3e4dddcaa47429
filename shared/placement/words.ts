// The placement vocabulary in both languages, once: the console's labels (shared/i18n/staff.ts), the hub's
// refusals, the receipt phone page and the exports all read these, so 已录用 is 已录用 on every screen and sheet.
import type { Bilingual } from '../errors';
import type {
  ApplicationStatus,
  DisputeOutcome,
  DisputeType,
  MediationStepKind,
  ReceiptAnswer,
  WageReport,
} from '../domain/enums';

export const STATUS_WORDS: Record<ApplicationStatus, Bilingual> = {
  new: { zh: '新报名', en: 'New' },
  contacted: { zh: '已联系', en: 'Contacted' },
  referred: { zh: '已推荐', en: 'Referred' },
  interviewed: { zh: '已面试', en: 'Interviewed' },
  hired: { zh: '已录用', en: 'Hired' },
  rejected: { zh: '未录用', en: 'Not hired' },
  no_show: { zh: '未到', en: 'Did not show' },
  withdrawn: { zh: '本人放弃', en: 'Withdrew' },
};

export const RECEIPT_WORDS: Record<ReceiptAnswer, Bilingual> = {
  arrived: { zh: '已到岗', en: 'Started work' },
  not_hired: { zh: '未录用', en: 'Not hired' },
  no_show: { zh: '未到', en: 'Did not come' },
};

export const WAGE_WORDS: Record<WageReport | 'due' | 'overdue', Bilingual> = {
  due: { zh: '待发放', en: 'Due' },
  paid: { zh: '已发放', en: 'Paid' },
  part_paid: { zh: '部分发放', en: 'Part paid' },
  not_paid: { zh: '未发放', en: 'Not paid' },
  overdue: { zh: '已逾期', en: 'Overdue' },
};

export const DISPUTE_TYPE_WORDS: Record<DisputeType, Bilingual> = {
  unpaid: { zh: '欠薪', en: 'Unpaid wages' },
  deducted: { zh: '克扣工资', en: 'Wages withheld' },
  injury: { zh: '工伤', en: 'Work injury' },
  other: { zh: '其他', en: 'Other' },
};

export const OUTCOME_WORDS: Record<DisputeOutcome, Bilingual> = {
  recovered: { zh: '已全额追回', en: 'Recovered in full' },
  part_recovered: { zh: '部分追回', en: 'Partly recovered' },
  not_recovered: { zh: '未追回，已引导仲裁', en: 'Not recovered; guided to arbitration' },
  no_fault: { zh: '用工方无过错', en: 'Employer not at fault' },
  withdrawn: { zh: '劳动者撤回', en: 'Withdrawn by the worker' },
};

export const STEP_KIND_WORDS: Record<MediationStepKind, Bilingual> = {
  call: { zh: '电话沟通', en: 'Phone call' },
  meeting: { zh: '当面调解', en: 'Mediation meeting' },
  visit: { zh: '上门走访', en: 'Visit' },
  guidance: { zh: '维权指导', en: 'Rights guidance' },
  note: { zh: '记录', en: 'Note' },
};
