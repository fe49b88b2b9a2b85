/**
 * How a campaign's (or list's) numbers are read. E164 normalises each number in a region and
 * derives its time zones; AS_DIALED keeps the digits exactly as the switch is to dial them
 * (telephony teams' lists: `4915112345678`, `07700900123`), so no region is guessed and no
 * zone is derived from the number.
 */
export enum NumberFormat {
  E164 = 'E164',
  AS_DIALED = 'AS_DIALED',
}

const AS_DIALED = /^\+?\d{3,20}$/;

/** The number as stored and dialed in AS_DIALED, or why it is refused (naming the number as given). */
export function asDialedNumber(raw: string): { number: string } | { problem: string } {
  const text = raw.trim();
  if (AS_DIALED.test(text)) return { number: text };
  const digits = text.replace(/^\+/, '');
  const why = /\D/.test(digits)
    ? 'holds something other than digits (as dialed: an optional leading + and digits only)'
    : digits.length < 3
      ? 'has fewer than 3 digits'
      : 'has more than 20 digits';
  return { problem: `"${raw}" ${why}` };
}
