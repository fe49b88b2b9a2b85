import { IANAZone } from 'luxon';
import { classifyDirection } from '../../domain/numbers/direction';
import { normalizePhone } from '../../domain/numbers/phone-normalize';
import { dialableNumberProblem } from '../../domain/telephony/switch-text';
import { presentText } from './member-values';
import type { RecipientData } from './recipient-data';
import { DuplicatePolicy } from '../../domain/recipient/duplicate-policy';
import { badInput } from '../../errors/app-error';

/** A recipient checked and normalised, ready for a set-based insert. */
export interface PreparedRecipient {
  index: number;
  externalId: string | null;
  name: string;
  priority: number;
  timeZone: string | null;
  expireAt: string | null;
  notBefore: string | null;
  notAfter: string | null;
  callbackAt: string | null;
  callbackExtension: string | null;
  fields: Record<string, string>;
  tags: string[];
  phones: Array<{ number: string; priority: number }>;
}

export interface NumberRules {
  defaultRegion: string;
  internalPattern: string;
}

/**
 * Validates a batch as a whole before anything is written: every number normalised (E.164,
 * or kept as given when it is an internal extension), zones real, windows ordered. The first
 * problem fails the batch with its path (`recipients[3].communications[0].number`).
 */
export function prepareRecipients(
  input: RecipientData[],
  rules: NumberRules,
  onDuplicate: DuplicatePolicy,
): { prepared: PreparedRecipient[]; skipped: number } {
  const seen = new Map<string, number>();
  const prepared: PreparedRecipient[] = [];
  let skipped = 0;
  input.forEach((given, i) => {
    const at = `recipients[${i}]`;
    const r = withoutBlanks(given);
    if (r.timezone && !IANAZone.isValidZone(r.timezone))
      throw badInput(`${at}.timezone`, `"${r.timezone}" is not an IANA time zone (e.g. Europe/Berlin)`);
    if (r.notBefore && r.notAfter && r.notBefore >= r.notAfter) throw badInput(`${at}.notAfter`, 'must be after notBefore');
    const checked = r.communications.map((c, j) => ({ j, ...normaliseNumber(c.number, rules) }));
    const bad = checked.filter((c) => c.problem !== undefined);
    // Every bad number of the recipient is named at once, so one fix of the row is enough.
    if (bad.length === 1) throw badInput(`${at}.communications[${bad[0]!.j}].number`, bad[0]!.problem!);
    if (bad.length > 1) {
      const each = bad.map((c) => `${c.problem} (number ${c.j + 1})`).join('; ');
      throw badInput(`${at}.communications[${bad[0]!.j}].number`, `${bad.length} of its ${checked.length} numbers are refused: ${each}`);
    }
    const phones = checked.map((c) => ({ number: c.number!, priority: r.communications[c.j]!.priority ?? r.communications.length - c.j }));
    const numbers = phones.map((p) => p.number);
    const dupInside = numbers.find((n, k) => numbers.indexOf(n) !== k);
    if (dupInside) throw badInput(`${at}.communications`, `${dupInside} is listed twice`);
    const clash = numbers.find((n) => seen.has(n));
    if (clash !== undefined) {
      if (onDuplicate === DuplicatePolicy.REJECT) {
        throw badInput(`${at}.communications`, `${clash} is also in recipients[${seen.get(clash)}]; a number appears once per campaign`);
      }
      skipped++;
      return;
    }
    numbers.forEach((n) => seen.set(n, i));
    prepared.push({
      index: i,
      externalId: r.externalId ?? null,
      name: r.name?.trim() ?? '',
      priority: r.priority ?? 0,
      timeZone: r.timezone ?? null,
      expireAt: r.expireAt?.toISOString() ?? null,
      notBefore: r.notBefore?.toISOString() ?? null,
      notAfter: r.notAfter?.toISOString() ?? null,
      callbackAt: r.callbackAt?.toISOString() ?? null,
      callbackExtension: r.callbackExtension ?? null,
      fields: toFields(r.variables ?? {}, `${at}.variables`),
      tags: [...new Set(r.tags ?? [])],
      phones,
    });
  });
  return { prepared, skipped };
}

/** The number as stored, or why it is refused (a sentence naming the number as given). */
function normaliseNumber(raw: string, rules: NumberRules): { number?: string; problem?: string } {
  const compact = raw.replace(/[\s().-]/g, '');
  if (classifyDirection(compact, rules.internalPattern) === 'internal') {
    // Kept as given, so it must be something the switch can dial as one value.
    const why = dialableNumberProblem(compact);
    return why ? { problem: `"${raw}" ${why}` } : { number: compact };
  }
  const result = normalizePhone(raw, rules.defaultRegion);
  if (!result.ok) return { problem: `"${raw}" is not a valid phone number (${result.reason}; default region ${rules.defaultRegion})` };
  return { number: result.e164 };
}

/** Empty strings of optional fields are absent (Webitel's member body writes "none" as ""). */
function withoutBlanks(r: RecipientData): RecipientData {
  return {
    ...r,
    externalId: presentText(r.externalId),
    timezone: presentText(r.timezone),
    callbackExtension: presentText(r.callbackExtension),
  };
}

function toFields(vars: Record<string, unknown>, field: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(vars)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
    else if (v !== null) throw badInput(`${field}.${k}`, 'must be a string, number or boolean');
  }
  return out;
}
