import type { RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import { formatError } from '../graphql/format-error';
import { limitRules, type OperationLimits } from '../graphql/limits/operation-limits';
import { preflight } from '../graphql/limits/preflight';
import { APPLICATION_JSON, graphqlMediaType } from './graphql-media-type';

/** One GraphQL-over-HTTP request as it arrives: POST body or GET parameters. */
function requestOf(
  method: string,
  body: unknown,
  query: Record<string, unknown>,
): { query?: unknown; variables?: unknown; operationName?: unknown } {
  if (method === 'POST') return typeof body === 'object' && body !== null ? body : {};
  let variables: unknown;
  try {
    variables = typeof query.variables === 'string' ? JSON.parse(query.variables) : undefined;
  } catch {
    variables = undefined; // Apollo answers the bad parameter itself.
  }
  return { query: query.query, variables, operationName: query.operationName };
}

/**
 * The operation limits on /graphql before Apollo: an operation past a limit is answered here,
 * so its refusal costs a parse and a few counting walks, not graphql-js's full validation nor
 * the request's authentication (a database round trip). Apollo checks the same limits again
 * (apollo-limits.ts) for what this does not see (persisted queries sent by hash).
 * Status as GraphQL over HTTP gives it for a request error: 200 under application/json,
 * 400 under application/graphql-response+json.
 */
export function limitsPreflight(schema: GraphQLSchema, limits: OperationLimits): RequestHandler {
  const rules = limitRules(limits);
  return (req, res, next) => {
    const request = requestOf(req.method, req.body, req.query as Record<string, unknown>);
    if (typeof request.query !== 'string') return next();
    const variables =
      typeof request.variables === 'object' && request.variables !== null ? (request.variables as Record<string, unknown>) : undefined;
    const operationName = typeof request.operationName === 'string' ? request.operationName : undefined;
    const { refusal } = preflight(schema, request.query, variables, operationName, limits, rules);
    if (!refusal) return next();
    const type = graphqlMediaType(req.headers.accept) ?? APPLICATION_JSON;
    res
      .status(type === APPLICATION_JSON ? 200 : 400)
      .type(type)
      .send(JSON.stringify({ errors: [formatError(refusal.toJSON(), refusal)] }));
  };
}
