// Form state for editing a synced record without ever silently overwriting someone else's save:
// - the form remembers the version and the values it started from;
// - while the clerk has not touched it, a newer version from another console simply refreshes it;
// - a save that the hub refuses with `conflict` keeps the clerk's input and holds the current record, so the
//   clerk can re-apply just their own edits on top of it, or take the current values.
import { useState } from 'react';
import type { FieldErrors } from './formErrors';
import { FORM } from './formErrors';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The current values with the clerk's own edits (fields they changed from where they started) put back on top. */
export function rebase<V extends object>(mine: V, base: V, current: V): V {
  const out = { ...current };
  for (const key of Object.keys(mine) as (keyof V)[]) {
    if (!same(mine[key], base[key])) out[key] = mine[key];
  }
  return out;
}

export function useRecordForm<R extends { version: number }, V extends object>(
  record: R | undefined,
  toValues: (r: R) => V,
  empty: V,
) {
  const [v, setValues] = useState<V>(record ? toValues(record) : empty);
  const [base, setBase] = useState<{ values: V; version: number }>({
    values: record ? toValues(record) : empty,
    version: record?.version ?? 0,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<R | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  // Another console saved this record while the form sat untouched: show the new values (adjusting state
  // during render, so there is no flash of the old ones).
  if (record && record.version > base.version && !conflict && same(v, base.values)) {
    const values = toValues(record);
    setBase({ values, version: record.version });
    setValues(values);
  }

  return {
    v,
    errors,
    setErrors,
    saved,
    setSaved,
    conflict,
    baseVersion: base.version,
    baseValues: base.values,
    set<K extends keyof V>(key: K, value: V[K]) {
      setValues((p) => ({ ...p, [key]: value }));
      setErrors((e) => {
        const { [key as string]: _drop, [FORM]: _form, ...rest } = e;
        return rest;
      });
      setSaved(null);
    },
    replace(values: V) {
      setValues(values);
      setErrors({});
    },
    /** After a successful save of `values` (the hub bumps the version by one). */
    savedAs(values: V, message: string, reset?: V) {
      setBase({ values, version: base.version + 1 });
      if (reset) setValues(reset);
      setErrors({});
      setConflict(null);
      setSaved(message);
    },
    onConflict(current: R) {
      setConflict(current);
    },
    keepMine() {
      if (!conflict) return;
      const currentValues = toValues(conflict);
      setValues(rebase(v, base.values, currentValues));
      setBase({ values: currentValues, version: conflict.version });
      setConflict(null);
      setErrors({});
    },
    useCurrent() {
      if (!conflict) return;
      const currentValues = toValues(conflict);
      setValues(currentValues);
      setBase({ values: currentValues, version: conflict.version });
      setConflict(null);
      setErrors({});
    },
  };
}
