import { CONTROL_CHARACTERS } from './switch-text';

/**
 * A recipient's fields (CSV columns, API `variables`) as channel variables, so an IVR or the
 * dialplan can read them: `pacer_f_<name>` per field and `pacer_recipient` for the id. The
 * data is the customer's, not the tenant's configuration, so nothing is refused: names and
 * values are made safe instead, and the whole set is bounded so a recipient with many or large
 * fields cannot make the originate command unwieldy (FreeSWITCH reads at most 1024 variables
 * from one `{…}` block).
 */

export const RECIPIENT_FIELD_PREFIX = 'pacer_f_';
export const RECIPIENT_ID_VARIABLE = 'pacer_recipient';
/** Characters of a field's name kept after the prefix. */
export const MAX_FIELD_NAME = 56;
/** Characters of a field's value kept (after control characters are taken out). */
export const MAX_FIELD_VALUE = 500;
/** Fields put on one call; the rest are left off, in the recipient's field order. */
export const MAX_FIELDS = 100;
/** Total `name=value` characters of the fields on one call; a field that would pass it is left off. */
export const MAX_FIELDS_TOTAL = 8000;

const CONTROL = new RegExp(CONTROL_CHARACTERS.source, 'g');

/** `pacer_f_` + the name with every character outside [A-Za-z0-9_] made `_`, or undefined when nothing is left. */
export function recipientFieldVariable(name: string): string | undefined {
  const clean = name.replace(/[^A-Za-z0-9_]/g, '_').slice(0, MAX_FIELD_NAME);
  return /[A-Za-z0-9]/.test(clean) ? `${RECIPIENT_FIELD_PREFIX}${clean}` : undefined;
}

/**
 * A value the switch reads back unchanged: no control characters (an ESL command is one line),
 * braces made parentheses (FreeSWITCH ends the `{…}` block at a brace whatever the escaping,
 * and `${…}` is an expansion), `:_:` made `:-:` (FreeSWITCH splits the whole originate into
 * failover legs there before it reads any variable: seen on the real switch), outer spaces
 * trimmed (the switch trims them), length bounded. Commas, quotes and backslashes stay: the
 * adapter escapes them for the originate string.
 */
export function recipientFieldValue(value: string): string {
  let v = value.replace(CONTROL, '').replace(/\{/g, '(').replace(/\}/g, ')');
  while (v.includes(FAILOVER)) v = v.replaceAll(FAILOVER, ':-:');
  return v.trim().slice(0, MAX_FIELD_VALUE).trim();
}

/** FreeSWITCH's failover separator (SWITCH_ENT_ORIGINATE_DELIM), read anywhere in an originate. */
const FAILOVER = ':_:';

/**
 * The channel variables for one recipient: its id, then its fields in order. Two names that
 * become the same variable (`First Name`, `first-name`; FreeSWITCH compares names without
 * case) keep the first; empty values are left off.
 */
export function recipientChannelVariables(
  recipientId: string,
  fields: Readonly<Record<string, string>> | undefined,
): Record<string, string> {
  const out: Record<string, string> = { [RECIPIENT_ID_VARIABLE]: recipientId };
  const seen = new Set<string>();
  let total = 0;
  let count = 0;
  for (const [name, raw] of Object.entries(fields ?? {})) {
    if (count >= MAX_FIELDS) break;
    const variable = recipientFieldVariable(name);
    if (!variable || seen.has(variable.toLowerCase())) continue;
    const value = recipientFieldValue(raw);
    if (value === '') continue;
    const size = variable.length + 1 + value.length;
    if (total + size > MAX_FIELDS_TOTAL) continue;
    seen.add(variable.toLowerCase());
    out[variable] = value;
    total += size;
    count++;
  }
  return out;
}
