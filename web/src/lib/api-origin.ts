/** Server-only: the API's base URL (PACER_API_URL without its /graphql path), read per request. */
export function apiUrl(): string {
  return process.env.PACER_API_URL ?? 'http://127.0.0.1:4000/graphql';
}

export function apiOrigin(): string {
  const u = new URL(apiUrl());
  return `${u.protocol}//${u.host}`;
}
