import type { GqlResult } from '../../test/test-app';

/** One GraphQL POST with its HTTP status and Retry-After, for tests of refusals (429). */
export interface Posted<T> {
  status: number;
  retryAfter: string | null;
  body: GqlResult<T>;
}

export async function graphqlPost<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Posted<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as GqlResult<T> };
}

export const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

/** The error code of the first error, or 'OK' when the operation succeeded. */
export function outcome(p: Posted<unknown>): string {
  return p.body.errors?.[0]?.extensions?.code ?? 'OK';
}
