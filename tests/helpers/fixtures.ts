// Valid-looking domain data for tests: credit codes and ID numbers that pass their checks, an approved employer,
// a published posting.
import { creditCheck, organisationCheck } from '../../shared/validate/creditCode';
import type { TestStation } from './hub';
import type { CommandArgs } from '../../shared/protocol/commands';

/** A unified social credit code that passes GB 32100 (seeded so tests can make many distinct ones). */
export function validCreditCode(seed: number): string {
  const body = String(10_000_000 + (seed % 89_999_999)).slice(0, 8);
  const org = body + organisationCheck(body);
  const head = `91130100${org}`.slice(0, 17);
  return head + creditCheck(head);
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** A resident ID number that passes GB 11643 for the given birth date and gender. */
export function validResidentId(birth = '19690315', gender: 'male' | 'female' = 'male', seq = 12): string {
  const seqDigit = gender === 'male' ? 1 : 2;
  const body = `130102${birth}${String(seq).padStart(2, '0')}${seqDigit}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * ID_WEIGHTS[i]!;
  return body + '10X98765432'[sum % 11];
}

let seed = 1;
export async function approvedEmployer(
  staff: TestStation,
  name = '石家庄恒达物业服务有限公司',
  district = '130102',
): Promise<string> {
  const { id } = await staff.ok('employer.create', {
    kind: 'enterprise',
    name,
    creditCode: validCreditCode(seed++),
    legalRep: '王建国',
    contactName: '李经理',
    contactPhone: '13931112222',
    address: '长安区中山东路100号',
    district,
  });
  await staff.ok('employer.vet', {
    employerId: id,
    outcome: 'approved',
    note: '',
    checks: { creditSystemChecked: true, operatingNormal: true, notOnAbnormalList: true, licenceSeen: true },
  });
  return id;
}

export function postingArgs(
  employerId: string,
  over: Partial<CommandArgs<'posting.create'>> = {},
): CommandArgs<'posting.create'> {
  return {
    employerId,
    trade: 'electrician',
    title: '小区电路检修电工',
    headcount: 3,
    jobType: 'daily',
    pay: { amount: 260, unit: 'day', settlement: 'daily' },
    district: '130102',
    address: '长安区建设北大街18号',
    startDate: '2026-12-01',
    endDate: '2027-12-31',
    dailyHours: { from: '08:00', to: '17:00' },
    requirements: { certificates: ['electrician'], minExperienceYears: 2, note: '' },
    benefits: { meals: true, lodging: false, transport: false },
    description: '负责小区配电检修',
    publish: true,
    ...over,
  };
}
