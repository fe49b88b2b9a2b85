import { MEMBER_DATE_HINT, memberDate } from '../commands/recipient/member-values';
import type { RecipientData } from '../commands/recipient/recipient-data';

/** Why a JSON member does not fit the RecipientData body; `field` is its path. */
export class MemberError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

type Json = Record<string, unknown>;

function optString(m: Json, key: string, max: number): string | undefined {
  const v = m[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' && typeof v !== 'number') throw new MemberError(key, 'must be a string');
  const s = String(v);
  if (s.length > max) throw new MemberError(key, `longer than ${max} characters`);
  return s;
}

function optDate(m: Json, key: string): Date | undefined {
  const d = memberDate(m[key]);
  if (d === null) throw new MemberError(key, MEMBER_DATE_HINT);
  return d;
}

function optInt(m: Json, key: string): number | undefined {
  const v = m[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 100) throw new MemberError(key, 'must be an integer 0-100');
  return v;
}

/**
 * A JSON/NDJSON member checked against the GraphQL `RecipientData` shape (the same body an
 * integrator sends to addRecipients); number rules are applied afterwards by prepareRecipients.
 */
export function memberToInput(value: unknown): RecipientData {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new MemberError('', 'each member must be an object');
  const m = value as Json;
  const comms = m.communications;
  if (!Array.isArray(comms)) throw new MemberError('communications', 'must be a list of { number, priority }');
  const communications = comms.map((c: unknown, j) => {
    const entry = (typeof c === 'string' ? { number: c } : c) as Json | null;
    if (!entry || typeof entry.number !== 'string') throw new MemberError(`communications[${j}].number`, 'must be a string');
    return { number: entry.number, priority: optInt(entry, 'priority') };
  });
  const vars = m.variables;
  if (vars !== undefined && vars !== null && (typeof vars !== 'object' || Array.isArray(vars)))
    throw new MemberError('variables', 'must be an object');
  const tags = m.tags;
  if (tags !== undefined && tags !== null && (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string')))
    throw new MemberError('tags', 'must be a list of strings');
  return {
    communications,
    externalId: optString(m, 'externalId', 200),
    name: optString(m, 'name', 200),
    priority: optInt(m, 'priority'),
    timezone: optString(m, 'timezone', 64),
    expireAt: optDate(m, 'expireAt'),
    notBefore: optDate(m, 'notBefore'),
    notAfter: optDate(m, 'notAfter'),
    callbackAt: optDate(m, 'callbackAt'),
    callbackExtension: optString(m, 'callbackExtension', 40),
    variables: (vars ?? undefined) as Record<string, unknown> | undefined,
    tags: (tags ?? undefined) as string[] | undefined,
  };
}
