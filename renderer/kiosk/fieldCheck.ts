// Checking a field as it is entered, with the same zod schemas the hub uses (shared/domain/schemas.ts), so the
// kiosk and the hub never disagree. The result is a message key of the error catalogue (shared/i18n/errors.ts),
// worded by fieldMessage exactly as the hub words the same problem, or null.
import { phone as phoneSchema, pin as pinSchema, WorkerFields, yuan } from '../../shared/domain/schemas';
import { say, type FieldKey } from '../../shared/errors';

export type FieldError = 'phone' | 'phoneStart' | 'pin' | 'years' | 'pay' | 'integer' | 'birthYear';

/** The field each kiosk check is about, for the message's wording. */
const FIELD_OF: Record<FieldError, FieldKey> = {
  phone: 'phone',
  phoneStart: 'phone',
  pin: 'pin',
  years: 'experienceYears',
  pay: 'expectedPay',
  integer: '_',
  birthYear: 'birthYear',
};

/** A check's message in the visitor's language, from the shared catalogue. */
export function fieldMessage(e: FieldError, lang: 'zh' | 'en'): string {
  return say(e, {}, FIELD_OF[e])[lang];
}

/** The message for "something went wrong, ask at the desk". */
export function genericMessage(lang: 'zh' | 'en'): string {
  return say('generic')[lang];
}

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

const yearsSchema = WorkerFields.shape.experienceYears.unwrap();
const birthYearSchema = WorkerFields.shape.birthYear.unwrap().unwrap();

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
