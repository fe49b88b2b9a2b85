import type { ErrorRequestHandler, RequestHandler } from 'express';
import { logger } from '../logger';
import { APPLICATION_JSON, graphqlMediaType } from './graphql-media-type';

/**
 * Every failure of the HTTP layer answered in JSON, never Express's HTML page (which carries a
 * stack trace and file paths outside NODE_ENV=production) and never a stack on stderr:
 * - on /graphql, the GraphQL-over-HTTP shape `{"errors":[{"message","extensions":{"code"}}]}`;
 * - elsewhere the routes' own `{"error":{"code","message"}}`.
 * A client's mistake (bad JSON, too large, unknown route) is logged as one line; only our own
 * failures are logged with their stack, and answered with a fixed message.
 */

interface Failure {
  status: number;
  code: string;
  message: string;
}

/** What body-parser and Express raise (http-errors): a status, and for body-parser a `type`. */
interface HttpishError {
  status?: unknown;
  statusCode?: unknown;
  type?: unknown;
  limit?: unknown;
}

function statusOf(err: HttpishError): number {
  const s = typeof err.status === 'number' ? err.status : typeof err.statusCode === 'number' ? err.statusCode : 500;
  return s >= 400 && s < 600 ? s : 500;
}

function megabytes(limit: unknown): string {
  return typeof limit === 'number' ? `${Math.round(limit / 1024 / 1024)} MB` : 'the limit';
}

/** The client-facing failure: fixed wording per kind, never the error's own message or stack. */
function failureOf(err: unknown): Failure {
  const e = (typeof err === 'object' && err !== null ? err : {}) as HttpishError;
  const status = statusOf(e);
  switch (e.type) {
    case 'entity.parse.failed':
      return { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON' };
    case 'entity.too.large':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `The request body is larger than ${megabytes(e.limit)}` };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return {
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'The request body is in an encoding or charset this server does not read',
      };
    case 'request.aborted':
    case 'request.size.invalid':
      return { status: 400, code: 'BAD_REQUEST', message: 'The request body arrived incomplete' };
  }
  if (status === 404) return { status, code: 'NOT_FOUND', message: 'Not found' };
  if (status < 500) return { status, code: 'BAD_REQUEST', message: 'The request cannot be read' };
  return { status: 500, code: 'INTERNAL', message: 'Internal server error' };
}

function log(err: unknown, failure: Failure, method: string, path: string): void {
  if (failure.status >= 500) logger.error({ err, method, path }, 'request failed');
  // One line: what was wrong and where, no stack (a client's mistake is not our failure).
  else logger.warn({ method, path, status: failure.status, reason: (err as HttpishError | null)?.type ?? failure.code }, failure.message);
}

/** Mounted on /graphql after its body parser and Apollo: the GraphQL-over-HTTP error shape. */
export const graphqlHttpErrors: ErrorRequestHandler = (err, req, res, next) => {
  if (res.headersSent) return next(err);
  const failure = failureOf(err);
  log(err, failure, req.method, req.originalUrl.split('?')[0] ?? '');
  // Not well-formed requests get their 4xx under either media type; the type follows Accept.
  res
    .status(failure.status)
    .type(graphqlMediaType(req.headers.accept) ?? APPLICATION_JSON)
    .send(JSON.stringify({ errors: [{ message: failure.message, extensions: { code: failure.code } }] }));
};

/** The last route: anything no route answered. */
export const notFoundRoute: RequestHandler = (req, res) => {
  res.status(404).json({ error: { code: 'NOT_FOUND', message: `No route for ${req.method} ${req.path}` } });
};

/** The last error handler, for every route: `{error:{code,message}}`. */
export const jsonErrors: ErrorRequestHandler = (err, req, res, _next) => {
  const failure = failureOf(err);
  log(err, failure, req.method, req.path);
  if (res.headersSent) {
    // Part of an answer is out (a streamed CSV): cutting the connection is all that is left.
    req.socket.destroy();
    return;
  }
  res.status(failure.status).json({ error: { code: failure.code, message: failure.message } });
};
