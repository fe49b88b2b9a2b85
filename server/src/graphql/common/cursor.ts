import { badInput } from '../../errors/app-error';

/**
 * Opaque cursors: base64url JSON of the sort key of the last row. Keyset pagination stays
 * fast on page 10,000 of a million-row table, where OFFSET would scan everything before it.
 */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === length) return key;
  } catch {
    // fall through
  }
  throw badInput('after', 'is not a cursor this list returned');
}
