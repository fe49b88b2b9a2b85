import { unwrapResolverError } from '@apollo/server/errors';
import { DriverException, UniqueConstraintViolationException, ConnectionException } from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { logger } from '../logger';
import { AppError, ErrorCode } from '../errors/app-error';
import { asLimitRefusal } from './limits/operation-limits';

const KNOWN = new Set<string>(Object.values(ErrorCode));
// Codes Apollo itself produces for malformed requests; safe to show as they are.
const APOLLO = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

function flatten(errors: ValidationError[], prefix = ''): Array<{ field: string; message: string }> {
  return errors.flatMap((e) => {
    // Array items come back as numeric properties: write them as `list[1].field`, like the commands do.
    const field = /^\d+$/.test(e.property) ? `${prefix}[${e.property}]` : prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

function isDatabaseDown(err: unknown): boolean {
  if (err instanceof ConnectionException) return true;
  const code = (err as { code?: string } | null)?.code;
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '08006', '08001'].includes(code ?? '') ||
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
      String((err as Error)?.message),
    )
  );
}

/** Apollo's formatError: maps application errors to extensions.code, keeps GraphQL's own, translates known library errors, masks the rest. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // Operation limits (tokens, depth, aliases, directives, cost): QUERY_TOO_COMPLEX naming the limit.
  const refused = asLimitRefusal(formatted, error);
  if (refused) return refused;
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  // Application errors (commands, the dialer, imports): their code and detail become extensions.
  if (original instanceof AppError) {
    return { ...base, message: original.message, extensions: { ...original.extensions } };
  }
  if (original instanceof ArgumentValidationError) {
    const fields = flatten(original.extensions.validationErrors as ValidationError[]);
    const message = `Invalid input: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`;
    return { ...base, message, extensions: { code: ErrorCode.BAD_USER_INPUT, field: fields[0]?.field, fields } };
  }
  if (original instanceof AuthenticationError) {
    return {
      ...base,
      message: 'Sign in or send an API key: Authorization: Bearer <token>',
      extensions: { code: ErrorCode.UNAUTHENTICATED },
    };
  }
  if (original instanceof AuthorizationError) {
    return { ...base, message: 'You do not have permission to do this', extensions: { code: ErrorCode.FORBIDDEN } };
  }
  if (original instanceof GraphQLError) {
    const code = String(original.extensions?.code ?? '');
    if (KNOWN.has(code) || APOLLO.has(code)) return formatted;
    if (!original.originalError && !code) return formatted; // schema validation errors
  }
  if (isDatabaseDown(original)) {
    return {
      ...base,
      message: 'The database is unavailable; nothing was changed. Try again in a moment.',
      extensions: { code: ErrorCode.UNAVAILABLE },
    };
  }
  if (original instanceof UniqueConstraintViolationException) {
    return {
      ...base,
      message: 'This conflicts with an existing record (a name or number that must be unique).',
      extensions: { code: ErrorCode.CONFLICT },
    };
  }
  logger.error(
    { err: original instanceof DriverException ? { message: original.message, code: original.code } : original },
    'unexpected error',
  );
  return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
