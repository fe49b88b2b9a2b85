import type { CombinedError } from 'urql';

/** The API's stable error codes (server/src/errors/app-error.ts), plus what the network gives. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'UNAVAILABLE'
  | 'TOO_MANY_REQUESTS'
  | 'NETWORK'
  | 'INTERNAL';

export function errorCode(error: CombinedError | undefined): ErrorCode | null {
  if (!error) return null;
  if (error.networkError) return 'NETWORK';
  const code = error.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? (code as ErrorCode) : 'INTERNAL';
}

/** A message a person can act on, without urql's "[GraphQL]" prefix. */
export function errorMessage(error: CombinedError | undefined): string | null {
  if (!error) return null;
  if (error.networkError) return 'The API cannot be reached. Check that the server is running.';
  return error.graphQLErrors.map((e) => e.message).join('; ') || error.message;
}

function isFieldEntry(v: unknown): v is { field: string; message: string } {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { field?: unknown }).field === 'string' &&
    typeof (v as { message?: unknown }).message === 'string'
  );
}

/**
 * BAD_USER_INPUT errors name their fields: `extensions.fields` = [{ field, message }] or
 * `extensions.field`. Returns field -> message, for messages under each input.
 */
export function fieldErrors(error: CombinedError | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!error) return out;
  for (const e of error.graphQLErrors) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') continue;
    const fields = e.extensions.fields;
    if (Array.isArray(fields)) {
      for (const f of fields) if (isFieldEntry(f)) out[f.field.replace(/^input\./, '')] = f.message;
    }
    const field = e.extensions.field;
    if (typeof field === 'string' && !out[field]) out[field] = e.message.replace(new RegExp(`^${field}:\\s*`), '');
  }
  return out;
}
