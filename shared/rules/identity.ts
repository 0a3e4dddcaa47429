// Who an employer or a worker is, as the hall must record it: an enterprise needs a valid unified social credit
// code (GB 32100), a household the householder's resident ID number (GB 11643); a worker's ID number must be
// valid and agree with the birth year and gender given; a worker needs a name unless staff will finish it.
// The zod schemas run these as refinements (so the console checks a form with them before sending) and the hub
// runs them again on the record an update would produce.
import type { EmployerKind, Gender, VettingOutcome } from '../domain/enums';
import type { RuleIssue } from '../errors';
import { checkCreditCode } from '../validate/creditCode';
import { checkResidentId } from '../validate/residentId';
import { errorCatalogue } from '../i18n/errors';

export interface EmployerIdentity {
  kind: EmployerKind;
  creditCode?: string | null;
  householderId?: string | null;
}

export function employerIdentityIssues(e: EmployerIdentity): RuleIssue[] {
  if (e.kind === 'enterprise') {
    if (!e.creditCode) return [{ path: ['creditCode'], key: 'creditCodeNeeded' }];
    const res = checkCreditCode(e.creditCode);
    return res.ok ? [] : [{ path: ['creditCode'], key: res.key, ...(res.params ? { params: res.params } : {}) }];
  }
  if (!e.householderId) return [{ path: ['householderId'], key: 'householderIdNeeded' }];
  const res = checkResidentId(e.householderId);
  return res.ok ? [] : [{ path: ['householderId'], key: res.key, ...(res.params ? { params: res.params } : {}) }];
}

export interface WorkerIdentity {
  idNumber?: string | null;
  birthYear?: number | null;
  gender?: Gender | null;
}

export function workerIdentityIssues(w: WorkerIdentity): RuleIssue[] {
  if (!w.idNumber) return [];
  const res = checkResidentId(w.idNumber);
  if (!res.ok) return [{ path: ['idNumber'], key: res.key, ...(res.params ? { params: res.params } : {}) }];
  const issues: RuleIssue[] = [];
  if (w.birthYear != null && w.birthYear !== res.birthYear)
    issues.push({ path: ['birthYear'], key: 'idBirthYearMismatch', params: { year: res.birthYear } });
  if (w.gender != null && w.gender !== res.gender)
    issues.push({
      path: ['gender'],
      key: 'idGenderMismatch',
      params: { gender: { zh: errorCatalogue.zh.gender[res.gender], en: errorCatalogue.en.gender[res.gender] } },
    });
  return issues;
}

/** Birth year and gender as the ID number gives them, where none were given (and the number is valid). */
export function fromIdNumber<W extends WorkerIdentity>(w: W): W {
  if (!w.idNumber) return w;
  const res = checkResidentId(w.idNumber);
  if (!res.ok) return w;
  return { ...w, birthYear: w.birthYear ?? res.birthYear, gender: w.gender ?? res.gender };
}

/** A name, unless the visitor could not enter one and staff will finish it ("姓名待补全"). */
export function workerNameIssues(w: { name?: string; nameIncomplete?: boolean }): RuleIssue[] {
  return !w.name?.trim() && !w.nameIncomplete ? [{ path: ['name'], key: 'nameNeeded' }] : [];
}

export interface VettingChecks {
  creditSystemChecked: boolean;
  operatingNormal: boolean;
  notOnAbnormalList: boolean;
  licenceSeen: boolean;
}

/** Approval needs every check for an enterprise, and the householder's ID seen for a household. */
export function vettingIssues(kind: EmployerKind, checks: VettingChecks, outcome: VettingOutcome): RuleIssue[] {
  if (outcome !== 'approved') return [];
  if (kind === 'enterprise' && !Object.values(checks).every(Boolean))
    return [{ path: ['checks'], key: 'enterpriseChecks' }];
  if (kind === 'household' && !checks.licenceSeen) return [{ path: ['checks'], key: 'householderIdSeen' }];
  return [];
}
