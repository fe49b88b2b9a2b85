import { isDeepStrictEqual } from 'node:util';

/**
 * The changed-fields shape of audit entries, and the guard that keeps secrets out of them
 * (the audit log is readable by the operator and every tenant admin).
 */

/** Field names never stored in an audit entry, whatever a caller passes. */
const SECRET = /pass(word)?|hash|secret|token|^key$/i;

/** The fields whose values differ, as `{ field: { from, to } }` (dates as ISO strings). */
export function fieldChanges<T extends object>(before: T, after: T, fields: ReadonlyArray<keyof T & string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const from = plain(before[f]);
    const to = plain(after[f]);
    if (!isDeepStrictEqual(from, to)) out[f] = { from, to };
  }
  return out;
}

/** The named fields of an object, for a creation's entry. */
export function pickFields<T extends object>(obj: T, fields: ReadonlyArray<keyof T & string>): Record<string, unknown> {
  // A deep copy: lists such as a calendar's hours may be changed in place afterwards.
  return Object.fromEntries(fields.map((f) => [f, structuredClone(plain(obj[f]))]));
}

/** A copy of the fields that a snapshot needs, to compare with after the change. */
export function snapshotFields<T extends object>(obj: T, fields: ReadonlyArray<keyof T & string>): T {
  return pickFields(obj, fields) as T;
}

export function withoutSecrets(changes: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(changes)) {
    if (SECRET.test(k)) continue;
    out[k] =
      v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) ? withoutSecrets(v as Record<string, unknown>) : v;
  }
  return out;
}

function plain(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (v === undefined) return null;
  return v;
}

/** Numbers an entry names: the first 100 as given and how many there were (an import of 100 000 stays one small row). */
export function auditedNumbers(numbers: readonly string[]): { numbers: string[]; numberCount: number } {
  return { numbers: numbers.slice(0, 100), numberCount: numbers.length };
}
