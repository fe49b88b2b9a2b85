import assert from 'node:assert/strict';
import type { GqlResult, TestApp } from '../../test/test-app';

// `openHours.1.day` (class-validator's path) and `openHours[1].day` (ours) name the same field.
const samePath = (field: unknown): string => String(field).replace(/\.(\d+)/g, '[$1]');

/** Asserts the first error's code (and the field it names, when given); returns the error. */
export function assertError<T>(r: GqlResult<T>, code: string, field?: string): { message: string } {
  const e = r.errors?.[0];
  assert.ok(e, `expected ${code}, got data ${JSON.stringify(r.data)}`);
  assert.equal(e.extensions?.code, code, e.message);
  if (field !== undefined) assert.equal(samePath(e.extensions?.field), samePath(field), e.message);
  return e;
}

/** A user of the admin's tenant with `role`, signed in; returns their token. */
export async function userToken(t: TestApp, adminToken: string, email: string, role: string): Promise<string> {
  await t.ok(
    'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    { i: { email, name: email, password: 'password-123', role } },
    adminToken,
  );
  return login(t, email, 'password-123');
}

export async function login(t: TestApp, email: string, password: string): Promise<string> {
  const r = await t.ok<{ login: { token: string } }>('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
    e: email,
    p: password,
  });
  return r.login.token;
}

/** An API key of the admin's tenant with these scopes; returns the clear key. */
export async function apiKey(t: TestApp, adminToken: string, scopes: string[], name = 'test key'): Promise<{ key: string; id: string }> {
  const r = await t.ok<{ createApiKey: { key: string; apiKey: { id: string } } }>(
    'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key apiKey { id } } }',
    { i: { name, scopes } },
    adminToken,
  );
  return { key: r.createApiKey.key, id: r.createApiKey.apiKey.id };
}
