import { normalizePhone, type PhoneError } from '../../domain/numbers/phone-normalize';
import { badInput } from '../../errors/app-error';

const WHY: Record<PhoneError, string> = {
  EMPTY: 'is empty',
  NOT_A_NUMBER: 'is not a phone number',
  INVALID_COUNTRY: 'has no country code that can be read (write it as +<country code>…)',
  TOO_SHORT: 'is too short',
  TOO_LONG: 'is too long',
  INVALID_LENGTH: 'has a length no number of that country has',
  INVALID: 'is not a number in use in that country',
};

/**
 * E.164 for a number as a person wrote it, read in `region` when it has no country code.
 * The same normalisation as recipients' numbers, so a DNC entry matches exactly the number
 * the dialer would dial. BAD_USER_INPUT names `field` (e.g. `numbers[3]`) when it cannot be read.
 */
export function normalizeDncNumber(raw: string, region: string, field: string): string {
  const result = normalizePhone(raw, region);
  if (result.ok) return result.e164;
  const hint = result.reason === 'INVALID_COUNTRY' ? ` in region ${region}` : '';
  throw badInput(field, `"${raw}" ${WHY[result.reason]}${hint}`);
}

/** Normalises every number or fails on the first bad one, before anything is written. */
export function normalizeDncNumbers(raws: readonly string[], region: string, field = 'numbers'): string[] {
  const out = raws.map((raw, i) => normalizeDncNumber(raw, region, `${field}[${i}]`));
  return [...new Set(out)];
}

/** The list name as stored: trimmed, 'default' when not given. */
export function dncListName(listName: string | undefined | null): string {
  const name = listName?.trim();
  return name ? name : 'default';
}
