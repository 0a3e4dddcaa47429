// Keeping personal data out of the hub's logs (个人信息保护法, docs/security.md "Erasure"): the audit log stores
// command arguments with secrets removed and phone and ID numbers masked, and a reference to the record touched,
// so erasing a person can find every entry about them.
import { maskIdNumber, maskPhone } from '../../../shared/domain/mask';

const SECRET_KEYS = new Set(['password', 'pin', 'newPassword']);
const PHONE_KEYS = new Set(['phone', 'contactPhone']);
const ID_KEYS = new Set(['idNumber', 'householderId']);

/** Command arguments as the audit log keeps them. */
export function redactArgs(args: unknown): string {
  return JSON.stringify(args, (key, value: unknown) => {
    if (SECRET_KEYS.has(key)) return '***';
    if (typeof value !== 'string') return value;
    if (PHONE_KEYS.has(key)) return maskPhone(value);
    if (ID_KEYS.has(key)) return maskIdNumber(value);
    return value;
  });
}

/** The record an audited command touched: its `id` argument, else the id its result names. */
export function auditRef(args: unknown, result: unknown): string | null {
  const fromArgs = (args as { id?: unknown } | null)?.id;
  if (typeof fromArgs === 'string') return fromArgs;
  const r = result as { id?: unknown; workerId?: unknown } | null;
  if (typeof r?.id === 'string') return r.id;
  if (typeof r?.workerId === 'string') return r.workerId;
  return null;
}
