// Checking a field as it is entered, with the same zod schemas the hub uses (shared/domain/schemas.ts), so the
// kiosk and the hub never disagree. The result is a message key of the kiosk catalogue (error.*), or null.
import { phone as phoneSchema, pin as pinSchema, WorkerInput, yuan } from '../../shared/domain/schemas';

export type FieldError = 'phone' | 'phoneStart' | 'pin' | 'years' | 'pay' | 'integer' | 'birthYear';

/** While typing: a wrong start is flagged at once; a complete number must pass the schema. */
export function checkPhone(digits: string, complete = digits.length >= 11): FieldError | null {
  if (digits.length >= 1 && digits[0] !== '1') return 'phoneStart';
  if (digits.length >= 2 && !/[3-9]/.test(digits[1]!)) return 'phoneStart';
  if (digits.length > 11) return 'phone';
  if (complete && !phoneSchema.safeParse(digits).success) return 'phone';
  return null;
}

export function checkPin(digits: string, complete: boolean): FieldError | null {
  if (digits.length > 6) return 'pin';
  if (complete && !pinSchema.safeParse(digits).success) return 'pin';
  return null;
}

const yearsSchema = WorkerInput.shape.experienceYears.unwrap();
const birthYearSchema = WorkerInput.shape.birthYear.unwrap().unwrap();

function keyOf(result: { success: boolean; error?: { issues: { message: string }[] } }): FieldError | null {
  if (result.success) return null;
  const key = result.error?.issues[0]?.message;
  return key === 'integer' || key === 'years' || key === 'pay' || key === 'birthYear' ? key : 'integer';
}

export function checkYears(digits: string): FieldError | null {
  if (digits === '') return null;
  return keyOf(yearsSchema.safeParse(Number(digits)));
}

export function checkPay(digits: string): FieldError | null {
  if (digits === '') return null;
  return keyOf(yuan.safeParse(Number(digits)));
}

export function checkBirthYear(year: number | null): FieldError | null {
  if (year === null) return null;
  return keyOf(birthYearSchema.safeParse(year));
}
