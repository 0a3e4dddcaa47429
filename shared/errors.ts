// Errors that cross the wire, and the one way any error text is made. Every message is a key of the error
// catalogue (shared/i18n/errors.ts) resolved here into both languages, on the hub and on every page alike, so a
// kiosk, the console and a log all say the same thing; `field` names the offending input so a form can point at it.
import type { z } from 'zod';
import { errorCatalogue, type FieldKey, type MessageKey } from './i18n/errors';

export type { MessageKey, FieldKey } from './i18n/errors';

export const ERROR_CODES = [
  'invalid_args',
  'unknown_command',
  'forbidden',
  'not_paired',
  'not_signed_in',
  'not_found',
  'conflict',
  'rate_limited',
  'locked',
  'password_change_required',
  'protocol_version',
  'bad_credentials',
  'phone_taken',
  'employer_not_approved',
  'employer_blocked',
  'posting_not_publishable',
  'pairing_code_unknown',
  'site_not_set_up',
  'city_change_unconfirmed',
  'internal',
] as const satisfies readonly MessageKey[];
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface Bilingual {
  zh: string;
  en: string;
}

/** A value put into a message: a number or text the same in both languages, or a word per language. */
export type MessageParam = string | number | Bilingual;
export type MessageParams = Record<string, MessageParam>;

export interface AppError {
  code: ErrorCode;
  /** The catalogue key the message was made from (the code itself when nothing more specific applies). */
  key?: MessageKey;
  params?: MessageParams;
  message: Bilingual;
  /** Dotted path of the offending field, e.g. "pay.amount". */
  field?: string;
  /** For `conflict`: the record as it is now. */
  current?: unknown;
  /** For `rate_limited` (and a wrong PIN or password that must now wait): hub time (epoch ms) of the next try. */
  retryAt?: number;
}

/** A domain rule's finding about one field, before it is worded: what the rule modules and refinements return. */
export interface RuleIssue {
  path: (string | number)[];
  key: MessageKey;
  params?: MessageParams;
}

const LANGS = ['zh', 'en'] as const;

function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(errorCatalogue.zh.messages, key);
}

/** The field's name as people know it: the last segment of its path that has one. */
export function fieldLabel(path: string | readonly PropertyKey[]): Bilingual {
  const segments = typeof path === 'string' ? path.split('.') : path;
  for (let i = segments.length - 1; i >= 0; i--) {
    const key = segments[i];
    if (typeof key === 'string' && Object.prototype.hasOwnProperty.call(errorCatalogue.zh.fields, key))
      return { zh: errorCatalogue.zh.fields[key as FieldKey], en: errorCatalogue.en.fields[key as FieldKey] };
  }
  return { zh: errorCatalogue.zh.fields._, en: errorCatalogue.en.fields._ };
}

/**
 * A catalogue message in both languages. `{{field}}` takes the name of `field` (a field path), other
 * `{{name}}`s the params; a param given per language is used per language.
 */
export function say(key: MessageKey, params: MessageParams = {}, field?: string | readonly PropertyKey[]): Bilingual {
  const label = fieldLabel(field ?? []);
  const out = {} as Bilingual;
  for (const lang of LANGS) {
    const template = errorCatalogue[lang].messages[key];
    out[lang] = template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      if (name === 'field') return label[lang];
      const value = params[name];
      if (value === undefined) return '';
      return typeof value === 'object' ? value[lang] : String(value);
    });
  }
  return out;
}

/** A refusal of the whole command (or of one field, with `field`), worded from its code or a more specific key. */
export function appError(
  code: ErrorCode,
  extra: {
    key?: MessageKey;
    params?: MessageParams;
    field?: string;
    current?: unknown;
    retryAt?: number;
    message?: Bilingual;
  } = {},
): AppError {
  const key = extra.key ?? code;
  const { message, ...rest } = extra;
  return { code, ...rest, key, message: message ?? say(key, extra.params, extra.field) };
}

/** A domain check failed for one field. */
export function fieldError(field: string, key: MessageKey, params?: MessageParams): AppError {
  return { code: 'invalid_args', field, key, ...(params ? { params } : {}), message: say(key, params, field) };
}

/** A rule module's finding as an error. */
export function ruleError(issue: RuleIssue): AppError {
  return fieldError(issue.path.map(String).join('.'), issue.key, issue.params);
}

/**
 * The message key for an invalid_type issue, named by what was expected: nothing given is "required", something
 * of the wrong kind says what it should be. zod reports the input only to its error map (not in the final issue),
 * so this runs as the error map (see shared/domain/schemas.ts).
 */
export function typeMessageKey(expected: string | undefined, input: unknown): MessageKey {
  if (input === undefined || input === null) return 'required';
  switch (expected) {
    case 'number':
    case 'nan':
      return 'notNumber';
    case 'int':
      return typeof input === 'number' && Number.isFinite(input) ? 'integer' : 'notNumber';
    case 'string':
      return 'notText';
    case 'boolean':
      return 'notYesNo';
    case 'array':
      return 'notList';
    case 'object':
      return 'notGroup';
    default:
      return 'wrongType';
  }
}

type Issue = z.core.$ZodIssue;

function sizeKey(issue: Issue & { code: 'too_small' | 'too_big' }): { key: MessageKey; params: MessageParams } {
  const small = issue.code === 'too_small';
  const bound = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'string')
    return bound === 1 && small
      ? { key: 'required', params: {} }
      : small
        ? { key: 'tooShort', params: { min: bound } }
        : { key: 'tooLong', params: { max: bound } };
  if (issue.origin === 'array' || issue.origin === 'set')
    return small ? { key: 'tooFew', params: { min: bound } } : { key: 'tooMany', params: { max: bound } };
  return small ? { key: 'tooSmall', params: { min: bound } } : { key: 'tooBig', params: { max: bound } };
}

/** One zod issue as a field error. An update's `patch.x` is the record's field `x`, and is named so. */
export function fromZodIssue(issue: Issue): AppError {
  const path = issue.path[0] === 'patch' && issue.path.length > 1 ? issue.path.slice(1) : issue.path;
  const field = path.map(String).join('.') || undefined;
  let key: MessageKey;
  let params: MessageParams = {};
  if (isMessageKey(issue.message)) {
    key = issue.message;
    if (issue.code === 'custom' && issue.params) params = issue.params as MessageParams;
  } else if (issue.code === 'invalid_type') key = typeMessageKey(issue.expected, undefined);
  else if (issue.code === 'invalid_value' || issue.code === 'invalid_union') key = 'notAllowed';
  else if (issue.code === 'too_small' || issue.code === 'too_big') ({ key, params } = sizeKey(issue));
  else if (issue.code === 'unrecognized_keys') key = 'unknownFields';
  else key = 'badFormat';
  return {
    code: 'invalid_args',
    ...(field ? { field } : {}),
    key,
    ...(Object.keys(params).length ? { params } : {}),
    message: say(key, params, issue.path),
  };
}

/** Turn a zod failure into one error naming the first offending field. */
export function fromZodError(error: z.ZodError): AppError {
  const issue = error.issues[0];
  return issue ? fromZodIssue(issue) : appError('invalid_args');
}
