import type { ColumnMappingInput, ImportPreviewQuery } from '@/gql/graphql';

type DetectedMapping = NonNullable<ImportPreviewQuery['importPreview']['mapping']>;

/** What one CSV column becomes. Unmapped columns are kept as free-form fields. */
export type ColumnRole =
  'phone' | 'name' | 'externalId' | 'tags' | 'timezone' | 'priority' | 'expireAt' | 'notBefore' | 'notAfter' | 'schedule' | 'field';

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
  ['field', 'Field (kept for IVR / screen-pop)'],
];

const SINGLE = ['name', 'externalId', 'tags', 'timezone', 'priority', 'expireAt', 'notBefore', 'notAfter', 'schedule'] as const;

export function rolesFromMapping(columns: string[], m: DetectedMapping | null | undefined): Record<string, ColumnRole> {
  const roles: Record<string, ColumnRole> = {};
  for (const c of columns) roles[c] = 'field';
  if (!m) return roles;
  for (const p of m.phones) roles[p] = 'phone';
  for (const k of SINGLE) {
    const col = m[k];
    if (col) roles[col] = k;
  }
  return roles;
}

export function mappingFromRoles(columns: string[], roles: Record<string, ColumnRole>, numberSeparator: string): ColumnMappingInput {
  const m: ColumnMappingInput = { phones: columns.filter((c) => roles[c] === 'phone'), numberSeparator: numberSeparator || undefined };
  for (const k of SINGLE) {
    const col = columns.find((c) => roles[c] === k);
    if (col) m[k] = col;
  }
  return m;
}
