import Negotiator from 'negotiator';

export const APPLICATION_JSON = 'application/json';
export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/**
 * The media type a GraphQL-over-HTTP answer takes for this Accept header, as Apollo chooses
 * it: application/json when there is none or it prefers that, the newer
 * application/graphql-response+json when it prefers that; null when it accepts neither.
 */
export function graphqlMediaType(accept: string | undefined | null): string | null {
  if (!accept) return APPLICATION_JSON;
  return new Negotiator({ headers: { accept } }).mediaType([APPLICATION_JSON, GRAPHQL_RESPONSE_JSON]) ?? null;
}
