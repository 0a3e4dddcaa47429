// Field-level errors for the console's forms. The same zod schemas and rules the hub uses check a form before it
// is sent, and the hub's own errors (which carry `field`) land on the same field; every message comes from the
// one error catalogue (shared/errors.ts `say`), so a clerk sees one kind of message.
import type { z } from 'zod';
import { fromZodIssue, ruleError, type AppError, type Bilingual, type RuleIssue } from '../../../shared/errors';

/** Dotted field path → message in both languages. `_form` holds errors that belong to no field. */
export type FieldErrors = Record<string, Bilingual>;
export const FORM = '_form';

export type Checked<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Validate with a shared schema; every offending field gets its own bilingual message. */
export function checkWith<S extends z.ZodType>(schema: S, input: unknown): Checked<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const one = fromZodIssue(issue);
    const key = one.field ?? FORM;
    if (!errors[key]) errors[key] = one.message;
  }
  return { ok: false, errors };
}

/**
 * A form checked with a schema, plus the findings of shared rules run on the form's values directly: a rule the
 * schema runs as a refinement is skipped by zod while another field has the wrong type, but the clerk should see
 * every problem at once.
 */
export function withRules<T>(checked: Checked<T>, issues: readonly RuleIssue[]): Checked<T> {
  if (!issues.length) return checked;
  const errors: FieldErrors = checked.ok ? {} : { ...checked.errors };
  for (const issue of issues) {
    const e = ruleError(issue);
    if (!errors[e.field!]) errors[e.field!] = e.message;
  }
  return { ok: false, errors };
}

/** A hub error as field errors: at its field when it names one, else for the whole form. */
export function fromAppError(error: AppError, prefix = ''): FieldErrors {
  const key = error.field ? prefix + error.field : FORM;
  return { [key]: error.message };
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}
