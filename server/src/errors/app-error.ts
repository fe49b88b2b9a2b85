/**
 * The expected failures, each with a stable code clients can branch on and a message a person
 * can act on. Commands, the dialer and imports raise them; the GraphQL edge
 * (graphql/format-error.ts) turns them into `extensions.code`, HTTP routes into a status.
 * Anything else is unexpected: logged and masked there.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  CONFLICT = 'CONFLICT',
  UNAVAILABLE = 'UNAVAILABLE',
  /** Refused by a rate limit or a login lockout; `extensions.retryAfterSeconds` says when to try again. */
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
}

/** One wrong field of an input, by its path (`recipients[2].communications[0].number`). */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * An application error: code, message, and the field at fault when there is one. `extensions`
 * is the error's public detail (code, field, ids) exactly as clients receive it; it keeps that
 * name because graphql-js copies an original error's `extensions` when it wraps one.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, detail: Record<string, unknown> = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = typeof detail.field === 'string' ? detail.field : undefined;
    this.extensions = { code, ...detail };
  }
}

export function badInput(field: string, message: string): AppError {
  const fields: FieldProblem[] = [{ field, message }];
  return new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field, fields });
}

/** Not found, and also what another tenant's object looks like: no existence leak. */
export function notFound(what: string, id: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `${what} ${id} was not found`, { id });
}

export function conflict(message: string, extra: Record<string, unknown> = {}): AppError {
  return new AppError(ErrorCode.CONFLICT, message, extra);
}

export function forbidden(message = 'You do not have permission to do this'): AppError {
  return new AppError(ErrorCode.FORBIDDEN, message);
}

export function unauthenticated(message = 'Sign in or send an API key: Authorization: Bearer <token>'): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, message);
}

export function unavailable(message: string): AppError {
  return new AppError(ErrorCode.UNAVAILABLE, message);
}

/** Refused for now: the caller may try again after `retryAfterSeconds` (whole seconds, at least 1). */
export function tooManyRequests(message: string, retryAfterSeconds: number): AppError {
  return new AppError(ErrorCode.TOO_MANY_REQUESTS, message, { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) });
}

/** True for an application error of this code (any code when none is given). */
export function isAppError(err: unknown, code?: ErrorCode): err is AppError {
  return err instanceof AppError && (code === undefined || err.code === code);
}
