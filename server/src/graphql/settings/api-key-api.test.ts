import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { hashToken } from '../../auth/tokens';
import { startTestApp, type TestApp } from '../../test/test-app';
import { assertError, userToken } from './settings-test-kit';

let t: TestApp;
let token: string;
before(async () => {
  t = await startTestApp();
  ({ token } = await t.tenant('acme'));
});
after(async () => {
  await t.stop();
});

interface Key {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
const FIELDS = 'id name prefix scopes createdAt lastUsedAt revokedAt';
const CREATE = `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key apiKey { ${FIELDS} } } }`;
const LIST = `{ apiKeys { ${FIELDS} } }`;
const REVOKE = `mutation($id: ID!) { revokeApiKey(id: $id) { ${FIELDS} } }`;
const READ_SOMETHING = '{ me { kind label permissions } gateways { id } }';

async function create(name: string, scopes: string[], tk = token): Promise<{ key: string; apiKey: Key }> {
  return (await t.ok<{ createApiKey: { key: string; apiKey: Key } }>(CREATE, { i: { name, scopes } }, tk)).createApiKey;
}

test('create returns the clear key once; lists show prefix and scopes, never the key or its hash', async () => {
  const { key, apiKey } = await create(' CRM ', ['READ', 'RESULTS_WRITE', 'READ']);
  assert.match(key, /^pck_[A-Za-z0-9_-]{40,}$/);
  assert.equal(apiKey.name, 'CRM');
  assert.equal(apiKey.prefix, key.slice(0, 12));
  assert.deepEqual(apiKey.scopes, ['READ', 'RESULTS_WRITE']);
  assert.equal(apiKey.lastUsedAt, null);
  assert.equal(apiKey.revokedAt, null);

  const listRaw = await t.gql<{ apiKeys: Key[] }>(LIST, {}, token);
  assert.deepEqual(
    listRaw.data?.apiKeys.map((k) => k.id),
    [apiKey.id],
  );
  const text = JSON.stringify(listRaw);
  assert.ok(!text.includes(key) && !text.includes(hashToken(key)), 'neither the key nor its hash leaves the server');
  assert.equal(
    assertError(await t.gql('{ apiKeys { keyHash } }', {}, token), 'GRAPHQL_VALIDATION_FAILED').message.includes('keyHash'),
    true,
  );
  const one = await t.ok<{ apiKey: Key }>(`query($id: ID!) { apiKey(id: $id) { ${FIELDS} } }`, { id: apiKey.id }, token);
  assert.deepEqual(one.apiKey, apiKey);
});

test('a READ key reads (and is marked used) but gets FORBIDDEN on writes', async () => {
  const { key, apiKey } = await create('reader', ['READ']);
  const me = await t.ok<{ me: { kind: string; label: string; permissions: string[] } }>(READ_SOMETHING, {}, key);
  assert.deepEqual(me.me, { kind: 'API_KEY', label: 'key:reader', permissions: ['READ'] });
  const writes: Array<[string, Record<string, unknown>]> = [
    ['mutation { createGateway(input: { name: "g", dialString: "g/{number}" }) { id } }', {}],
    ['mutation { createCampaign(input: { name: "c" }) { id } }', {}],
    ['mutation { updateSettings(input: { maxActiveCampaigns: 2 }) { maxActiveCampaigns } }', {}],
    [CREATE, { i: { name: 'escalate', scopes: ['ADMIN'] } }],
    [REVOKE, { id: apiKey.id }],
  ];
  for (const [q, v] of writes) assertError(await t.gql(q, v, key), 'FORBIDDEN');
  const listed = (await t.ok<{ apiKeys: Key[] }>(LIST, {}, token)).apiKeys.find((k) => k.id === apiKey.id);
  assert.ok(listed?.lastUsedAt, 'lastUsedAt is set once the key was used');
  assert.ok(listed.revokedAt === null);
});

test('a revoked key is UNAUTHENTICATED from the next request on; revoking again keeps the first time', async () => {
  const { key, apiKey } = await create('to revoke', ['SETTINGS_WRITE']);
  await t.ok(READ_SOMETHING, {}, key);
  const { revokeApiKey: r } = await t.ok<{ revokeApiKey: Key }>(REVOKE, { id: apiKey.id }, token);
  assert.ok(r.revokedAt);
  assertError(await t.gql(READ_SOMETHING, {}, key), 'UNAUTHENTICATED');
  assertError(await t.gql('mutation { createGateway(input: { name: "g", dialString: "g/{number}" }) { id } }', {}, key), 'UNAUTHENTICATED');
  const again = await t.ok<{ revokeApiKey: Key }>(REVOKE, { id: apiKey.id }, token);
  assert.equal(again.revokeApiKey.revokedAt, r.revokedAt);
  const listed = (await t.ok<{ apiKeys: Key[] }>(LIST, {}, token)).apiKeys.find((k) => k.id === apiKey.id);
  assert.equal(listed?.revokedAt, r.revokedAt, 'revoked keys stay listed');
});

test('an ADMIN key manages keys; other scopes cannot', async () => {
  const admin = (await create('admin key', ['ADMIN'])).key;
  const made = await create('made by key', ['RECIPIENTS_WRITE'], admin);
  await t.ok(REVOKE, { id: made.apiKey.id }, admin);
  const campaigns = (await create('campaigns', ['CAMPAIGNS_WRITE', 'SETTINGS_WRITE'])).key;
  assertError(await t.gql(LIST, {}, campaigns), 'FORBIDDEN');
  assertError(await t.gql(CREATE, { i: { name: 'x', scopes: ['READ'] } }, campaigns), 'FORBIDDEN');
});

test('bad input is BAD_USER_INPUT naming the field, and nothing is written', async () => {
  const before = (await t.ok<{ apiKeys: Key[] }>(LIST, {}, token)).apiKeys.length;
  assertError(await t.gql(CREATE, { i: { name: 'none', scopes: [] } }, token), 'BAD_USER_INPUT', 'scopes');
  assertError(await t.gql(CREATE, { i: { name: '', scopes: ['READ'] } }, token), 'BAD_USER_INPUT', 'name');
  assertError(await t.gql(CREATE, { i: { name: 'x', scopes: ['SUPERUSER'] } }, token), 'BAD_USER_INPUT');
  assert.equal((await t.ok<{ apiKeys: Key[] }>(LIST, {}, token)).apiKeys.length, before);
});

test('supervisors get FORBIDDEN on keys, reads included', async () => {
  const supervisor = await userToken(t, token, 'sup@acme.test', 'SUPERVISOR');
  const { apiKey } = await create('victim', ['READ']);
  assertError(await t.gql(LIST, {}, supervisor), 'FORBIDDEN');
  assertError(await t.gql(`query($id: ID!) { apiKey(id: $id) { id } }`, { id: apiKey.id }, supervisor), 'FORBIDDEN');
  assertError(await t.gql(CREATE, { i: { name: 'mine', scopes: ['READ'] } }, supervisor), 'FORBIDDEN');
  assertError(await t.gql(REVOKE, { id: apiKey.id }, supervisor), 'FORBIDDEN');
});
