import type { ApolloServerPlugin } from '@apollo/server';
import { APPLICATION_JSON, graphqlMediaType } from './graphql-media-type';

/** Request errors of a well-formed request: the document or variables are wrong, or refused. */
const REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
]);

/**
 * GraphQL over HTTP: a well-formed request answered as application/json gets 200 even when the
 * document does not parse, validate or fit its variables (clients of the older media type read
 * the errors from the body, not the status); application/graphql-response+json keeps Apollo's
 * 400. Requests that are not well-formed (no query, bad JSON) never reach this and keep 400.
 */
export const graphqlHttpStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ request, response }) {
        if (response.body.kind !== 'single' || response.http.status !== 400) return;
        if (response.body.singleResult.data !== undefined) return;
        if (graphqlMediaType(request.http?.headers.get('accept')) !== APPLICATION_JSON) return;
        const errors = response.body.singleResult.errors ?? [];
        if (errors.length > 0 && errors.every((e) => REQUEST_ERRORS.has(String(e.extensions?.code)))) response.http.status = 200;
      },
    };
  },
};
