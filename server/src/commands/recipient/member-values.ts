/**
 * How a recipient's optional values are read, whichever way they arrive (addRecipients or a
 * JSON/NDJSON file): Webitel's member body writes "no value" as an empty string, so an empty or
 * blank string is absent, and a date may be ISO 8601 or a Unix timestamp in seconds. One
 * definition, so the API and the file import accept the same bodies and refuse them alike.
 */

/** The text, or undefined when it is empty or only spaces. */
export function presentText(v: string | null | undefined): string | undefined {
  return v === undefined || v === null || v.trim() === '' ? undefined : v;
}

export const MEMBER_DATE_HINT = 'must be an ISO 8601 date or a Unix timestamp';

/** A member's date: undefined when absent or empty, null when it cannot be a date. */
export function memberDate(v: unknown): Date | undefined | null {
  if (v === undefined || v === null || v === '') return undefined;
  const d = typeof v === 'number' ? new Date(v * 1000) : typeof v === 'string' ? new Date(v) : new Date(NaN);
  return Number.isNaN(d.getTime()) ? null : d;
}
