// The employer form's values and their checks: the shared schema, then GB 32100 / GB 11643 with the check that
// failed named in the message.
import { EmployerInput } from '../../../shared/domain/schemas';
import type { Employer } from '../../../shared/domain/entities';
import { checkCreditCode } from '../../../shared/validate/creditCode';
import { checkResidentId } from '../../../shared/validate/residentId';
import { checkWith, type Checked } from '../lib/formErrors';
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
  const res = checkWith(EmployerInput, {
    ...v,
    creditCode: enterprise ? v.creditCode : null,
    householderId: enterprise ? null : v.householderId,
    legalRep: enterprise ? v.legalRep : '',
    district: v.district || undefined,
  });
  const errors = res.ok ? {} : { ...res.errors };
  if (enterprise) {
    const cc = checkCreditCode(v.creditCode);
    if (!cc.ok) errors.creditCode = cc.message;
  } else {
    const id = checkResidentId(v.householderId);
    if (!id.ok) errors.householderId = id.message;
  }
  if (Object.keys(errors).length || !res.ok) return { ok: false, errors };
  return res;
}
