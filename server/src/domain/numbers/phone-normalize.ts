import { isSupportedCountry, parsePhoneNumberWithError, ParseError, validatePhoneNumberLength } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';

/** Why a raw number could not be normalised; stable codes for import reports and API errors. */
export type PhoneError =
  | 'EMPTY'
  | 'NOT_A_NUMBER'
  /** No country code in the number and no (or an unknown) default region. */
  | 'INVALID_COUNTRY'
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'INVALID_LENGTH'
  /** The right length but not a number any operator hands out. */
  | 'INVALID';

/** Either the E.164 form or the reason it could not be made. */
export type NormalizedPhone = { ok: true; e164: string; region: string | null } | { ok: false; reason: PhoneError };

const PARSE_ERRORS: ReadonlySet<string> = new Set(['NOT_A_NUMBER', 'INVALID_COUNTRY', 'TOO_SHORT', 'TOO_LONG', 'INVALID_LENGTH']);

function asPhoneError(message: string | undefined): PhoneError {
  return message && PARSE_ERRORS.has(message) ? (message as PhoneError) : 'INVALID';
}

/** True for an ISO 3166 region libphonenumber knows; validates list/campaign "default region". */
export function isSupportedRegion(region: string): boolean {
  return isSupportedCountry(region.toUpperCase());
}

/**
 * Normalises a number as typed in a CSV or an API call ("(212) 555-0199", "+49 30 123456",
 * "030 123456" with region DE) to E.164, using full metadata so impossible numbers are
 * caught at import rather than as failed calls. Internal extensions are not phone numbers:
 * check {@link classifyDirection} first and keep them as given.
 */
export function normalizePhone(raw: string, defaultRegion?: string | null): NormalizedPhone {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'EMPTY' };
  let region: CountryCode | undefined;
  if (defaultRegion) {
    const upper = defaultRegion.toUpperCase();
    if (!isSupportedCountry(upper)) return { ok: false, reason: 'INVALID_COUNTRY' };
    region = upper;
  }

  try {
    const parsed = parsePhoneNumberWithError(text, { defaultCountry: region, extract: false });
    // A valid number is a possible one: the length check only names why an invalid one fails.
    if (parsed.isValid()) return { ok: true, e164: parsed.number, region: parsed.country ?? null };
    if (!parsed.isPossible()) {
      const why = validatePhoneNumberLength(text, { defaultCountry: region });
      return { ok: false, reason: asPhoneError(why) };
    }
    return { ok: false, reason: 'INVALID' };
  } catch (error) {
    if (error instanceof ParseError) return { ok: false, reason: asPhoneError(error.message) };
    throw error;
  }
}
