// The employer form's values and their checks: the shared schema with its identity rule (GB 32100 for an
// enterprise, GB 11643 for a household, the failed check named in the message: shared/rules/identity.ts).
import { EmployerInput } from '../../../shared/domain/schemas';
import type { Employer } from '../../../shared/domain/entities';
import { employerIdentityIssues } from '../../../shared/rules/identity';
import { checkWith, withRules, type Checked } from '../lib/formErrors';
import type { z } from 'zod';

export interface EmployerValues {
  kind: 'enterprise' | 'household';
  name: string;
  creditCode: string;
  legalRep: string;
  householderId: string;
  contactName: string;
  contactPhone: string;
  address: string;
  district: string;
}

export const EMPTY_EMPLOYER: EmployerValues = {
  kind: 'enterprise',
  name: '',
  creditCode: '',
  legalRep: '',
  householderId: '',
  contactName: '',
  contactPhone: '',
  address: '',
  district: '',
};

export function employerValues(e: Employer): EmployerValues {
  return {
    kind: e.kind,
    name: e.name,
    creditCode: e.creditCode ?? '',
    legalRep: e.legalRep,
    householderId: e.householderId ?? '',
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    address: e.address,
    district: e.district,
  };
}

export type EmployerData = z.output<typeof EmployerInput>;

export function checkEmployer(v: EmployerValues): Checked<EmployerData> {
  const enterprise = v.kind === 'enterprise';
  const input = {
    ...v,
    creditCode: enterprise ? v.creditCode.trim() || null : null,
    householderId: enterprise ? null : v.householderId.trim() || null,
    legalRep: enterprise ? v.legalRep : '',
    district: v.district || undefined,
  };
  return withRules(checkWith(EmployerInput, input), employerIdentityIssues(input));
}
