import type { ColumnMappingInput, ImportPreviewQuery } from '@/gql/graphql';

type DetectedMapping = NonNullable<ImportPreviewQuery['importPreview']['mapping']>;

/** What one CSV column becomes. Unmapped columns are kept as free-form fields. */
export type ColumnRole =
  | 'phone'
  | 'name'
  | 'externalId'
  | 'tags'
  | 'timezone'
  | 'priority'
  | 'expireAt'
  | 'notBefore'
  | 'notAfter'
  | 'schedule'
  | 'region'
  | 'field';

export const ROLE_LABELS: Array<[ColumnRole, string]> = [
  ['phone', 'Phone number(s)'],
  ['name', 'Name'],
  ['externalId', 'External id'],
  ['tags', 'Tags'],
  ['timezone', 'Time zone'],
  ['priority', 'Priority'],
  ['expireAt', 'Expires at'],
  ['notBefore', 'Not before'],
  ['notAfter', 'Not after'],
  ['schedule', 'Callback (UNIX_TS:EXT)'],
  ['region', "Region of the row's numbers (ISO, E.164 only)"],
  ['field', 'Field (kept for IVR / screen-pop)'],
];

const SINGLE = ['name', 'externalId', 'tags', 'timezone', 'priority', 'expireAt', 'notBefore', 'notAfter', 'schedule', 'region'] as const;

export function rolesFromMapping(columns: string[], m: DetectedMapping | null | undefined): Record<string, ColumnRole> {
  const roles: Record<string, ColumnRole> = {};
  for (const c of columns) roles[c] = 'field';
  if (!m) return roles;
  for (const p of m.phones) roles[p] = 'phone';
  for (const k of SINGLE) {
    const col = m[k];
    if (col) roles[col] = k;
  }
  // First + last name columns joined into the name: both show as Name.
  for (const c of m.nameColumns ?? []) roles[c] = 'name';
  return roles;
}

export function mappingFromRoles(columns: string[], roles: Record<string, ColumnRole>, numberSeparator: string): ColumnMappingInput {
  const m: ColumnMappingInput = { phones: columns.filter((c) => roles[c] === 'phone'), numberSeparator: numberSeparator || undefined };
  for (const k of SINGLE) {
    const named = columns.filter((c) => roles[c] === k);
    // Several Name columns: left to the server, which joins first and last name columns.
    if (named.length === 1 || (named.length > 1 && k !== 'name')) m[k] = named[0];
  }
  // Chosen as fields: the server must not guess them as the name (or any role).
  const fields = columns.filter((c) => (roles[c] ?? 'field') === 'field');
  if (fields.length > 0) m.fields = fields;
  return m;
}
