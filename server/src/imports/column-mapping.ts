import { classifyDirection } from '../domain/numbers/direction';
import { normalizePhone } from '../domain/numbers/phone-normalize';
import type { NumberRules } from '../commands/recipient/prepare-recipients';
import { BadFileError } from './sniff';
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
  /** Column names as reported (header names, or col1, col2… without a header). */
  columns: string[];
}

type Role = Exclude<keyof ColumnMapping, 'phones' | 'numberSeparator'>;
const ROLES: Role[] = ['name', 'externalId', 'timezone', 'priority', 'expireAt', 'notBefore', 'notAfter', 'tags', 'schedule'];

// Header names we map without being told: the ADS `*Schedule*` column and the obvious ones.
// FullName, CustomerCode… stay free fields on purpose (the ADS example keeps them as variables).
const AUTO: Record<Role, RegExp> = {
  name: /^name$/i,
  externalId: /^(external_?id|id)$/i,
  timezone: /^(time_?zone|tz)$/i,
  priority: /^priority$/i,
  expireAt: /^(expire_?at|expires?)$/i,
  notBefore: /^not_?before$/i,
  notAfter: /^not_?after$/i,
  tags: /^tags?$/i,
  schedule: /schedule/i,
};
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
  for (const role of ROLES) {
    const ref = mapping?.[role];
    if (ref) out[role] = findColumn(ref, columns, role);
    else {
      const auto = columns.findIndex((c, i) => AUTO[role].test(c) && !out.phones.includes(i));
      if (auto >= 0 && !isUsed(out, auto)) out[role] = auto;
    }
  }
  return out;
}

function isUsed(m: ResolvedMapping, index: number): boolean {
  return m.phones.includes(index) || ROLES.some((r) => m[r] === index);
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
