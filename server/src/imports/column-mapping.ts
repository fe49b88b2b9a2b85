import { classifyDirection } from '../domain/numbers/direction';
import { normalizePhone } from '../domain/numbers/phone-normalize';
import type { NumberRules } from '../commands/recipient/prepare-recipients';
import { BadFileError } from './sniff';
import { asDialedNumber, NumberFormat } from '../domain/numbers/number-format';
import type { ColumnMapping } from './import-types';

/** A mapping turned into column indexes for one file's header. */
export interface ResolvedMapping {
  phones: number[];
  numberSeparator: string;
  name?: number;
  externalId?: number;
  timezone?: number;
  priority?: number;
  expireAt?: number;
  notBefore?: number;
  notAfter?: number;
  tags?: number;
  schedule?: number;
  /** E164 only: the column holding each row's region (ISO 3166 alpha-2), read as that row's default region. */
  region?: number;
  /** Without a name column: first and last name columns, joined with a space into the name. */
  nameParts?: number[];
  /** Column names as reported (header names, or col1, col2… without a header). */
  columns: string[];
}

type Role = Exclude<keyof ColumnMapping, 'phones' | 'numberSeparator' | 'fields'>;
const ROLES: Role[] = ['name', 'externalId', 'timezone', 'priority', 'expireAt', 'notBefore', 'notAfter', 'tags', 'schedule', 'region'];

// Header names we map without being told: the ADS `*Schedule*` column, name-like headers
// (the ADS `FullName` is the person's name, shown in the console and the screen-pop) and the
// obvious ones. CustomerCode and the like stay free fields. A region column is only ever named.
const SEP = '[ _.-]?';
const AUTO: Partial<Record<Role, RegExp>> = {
  name: new RegExp(`^(name|full${SEP}name|customer${SEP}name|contact(${SEP}name)?)$`, 'i'),
  externalId: /^(external_?id|id)$/i,
  timezone: /^(time_?zone|tz)$/i,
  priority: /^priority$/i,
  expireAt: /^(expire_?at|expires?)$/i,
  notBefore: /^not_?before$/i,
  notAfter: /^not_?after$/i,
  tags: /^tags?$/i,
  schedule: /schedule/i,
};
const FIRST_NAME = new RegExp(`^(first${SEP}name|given${SEP}name|forename)$`, 'i');
const LAST_NAME = new RegExp(`^(last${SEP}name|family${SEP}name|surname)$`, 'i');
const PHONE_HEADER = /(phone|tel|number|mobile|msisdn|cell|numero|destination)/i;

/** Column names for a header row (deduplicated, blanks named by position) or none. */
export function columnNames(header: string[] | null, width: number): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < width; i++) {
    let name = header?.[i]?.trim() || `col${i + 1}`;
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${header?.[i]?.trim() || `col${i + 1}`}_${k}`;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

/** True when some part of the cell reads as a number with these rules. */
export function looksLikeNumber(cell: string, separator: string, rules: NumberRules): boolean {
  return cell.split(separator).some((part) => {
    const p = part.trim();
    if (p === '' || !/\d/.test(p)) return false;
    if (rules.format === NumberFormat.AS_DIALED) return 'number' in asDialedNumber(p);
    if (classifyDirection(p.replace(/[\s().-]/g, ''), rules.internalPattern) === 'internal') return true;
    return normalizePhone(p, rules.defaultRegion).ok;
  });
}

function findColumn(ref: string, columns: string[], what: string): number {
  const byName = columns.findIndex((c) => c.toLowerCase() === ref.trim().toLowerCase());
  if (byName >= 0) return byName;
  if (/^\d+$/.test(ref.trim())) {
    const n = Number(ref.trim());
    if (n >= 1 && n <= columns.length) return n - 1;
  }
  throw new BadFileError(`mapping.${what}: no column "${ref}" in the file (columns: ${columns.join(', ')})`);
}

/**
 * Resolves the user's mapping (or guesses one) against the file's columns. Without a usable
 * number column the file is refused here, before any row is read.
 */
export function resolveMapping(columns: string[], mapping: ColumnMapping | null, sample: string[][], rules: NumberRules): ResolvedMapping {
  const separator = mapping?.numberSeparator || '|';
  const out: ResolvedMapping = { phones: [], numberSeparator: separator, columns };
  if (mapping && mapping.phones.length > 0) {
    out.phones = mapping.phones.map((ref) => findColumn(ref, columns, 'phones'));
  } else {
    out.phones = guessPhoneColumn(columns, sample, separator, rules);
  }
  // Columns the user keeps as fields are never guessed as a role.
  const kept = new Set((mapping?.fields ?? []).map((ref) => findColumn(ref, columns, 'fields')));
  for (const role of ROLES) {
    const ref = mapping?.[role];
    if (ref) out[role] = findColumn(ref, columns, role);
    else {
      const pattern = AUTO[role];
      const auto = pattern ? columns.findIndex((c, i) => pattern.test(c) && !out.phones.includes(i) && !kept.has(i)) : -1;
      if (auto >= 0 && !isUsed(out, auto)) out[role] = auto;
    }
  }
  if (out.name === undefined) {
    const parts = [FIRST_NAME, LAST_NAME]
      .map((re) => columns.findIndex((c, i) => re.test(c) && !isUsed(out, i) && !kept.has(i)))
      .filter((i) => i >= 0);
    if (parts.length > 0) out.nameParts = parts;
  }
  return out;
}

/** The columns a mapping gives a role (phones, name parts included); every other column is a field. */
export function usedColumns(m: ResolvedMapping): number[] {
  return [...m.phones, ...(m.nameParts ?? []), ...ROLES.map((r) => m[r]).filter((i): i is number => i !== undefined)];
}

function isUsed(m: ResolvedMapping, index: number): boolean {
  return usedColumns(m).includes(index);
}

function guessPhoneColumn(columns: string[], sample: string[][], separator: string, rules: NumberRules): number[] {
  const scores = columns.map((_, i) => {
    const cells = sample.map((r) => r[i] ?? '').filter((c) => c.trim() !== '');
    const hits = cells.filter((c) => looksLikeNumber(c, separator, rules)).length;
    return cells.length === 0 ? 0 : hits / cells.length;
  });
  const named = columns.findIndex((c, i) => PHONE_HEADER.test(c) && (sample.length === 0 || (scores[i] ?? 0) > 0));
  if (named >= 0) return [named];
  const best = scores.reduce((b, s, i) => (s > (scores[b] ?? 0) ? i : b), 0);
  if ((scores[best] ?? 0) >= 0.5) return [best];
  throw new BadFileError(`no phone number column found (columns: ${columns.join(', ')}); choose one with mapping.phones`);
}

/** AUTO header: the first row is a header when none of its cells reads as a number. */
export function isHeaderRow(first: string[], separator: string, rules: NumberRules): boolean {
  return !first.some((c) => looksLikeNumber(c, separator, rules));
}
