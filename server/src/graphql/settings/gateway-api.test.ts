import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../../test/test-app';
import { apiKey, assertError, userToken } from './settings-test-kit';

let t: TestApp;
let token: string;
before(async () => {
  t = await startTestApp();
  ({ token } = await t.tenant('acme'));
});
after(async () => {
  await t.stop();
});

interface Gw {
  id: string;
  name: string;
  dialString: string;
  enabled: boolean;
  maxConcurrent: number;
  callsPerSecond: number;
}
const FIELDS = 'id name dialString enabled maxConcurrent callsPerSecond createdAt';
const CREATE = `mutation($i: CreateGatewayInput!) { createGateway(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateGatewayInput!) { updateGateway(id: $id, input: $i) { ${FIELDS} } }`;
const DELETE = 'mutation($id: ID!) { deleteGateway(id: $id) { id name } }';
const LIST = `{ gateways { ${FIELDS} } }`;

async function names(tk = token): Promise<string[]> {
  return (await t.ok<{ gateways: Gw[] }>(LIST, {}, tk)).gateways.map((g) => g.name);
}

test('create with defaults, get, list by name, update, delete', async () => {
  const { createGateway: g } = await t.ok<{ createGateway: Gw }>(
    CREATE,
    { i: { name: ' trunk-b ', dialString: 'sofia/gateway/b/{number}' } },
    token,
  );
  assert.deepEqual(
    { ...g, id: undefined, createdAt: undefined },
    {
      id: undefined,
      createdAt: undefined,
      name: 'trunk-b',
      dialString: 'sofia/gateway/b/{number}',
      enabled: true,
      maxConcurrent: 30,
      // Half its concurrency per second by default (domain/campaign/default-speed.ts).
      callsPerSecond: 15,
    },
  );
  await t.ok(
    CREATE,
    { i: { name: 'trunk-a', dialString: 'sofia/gateway/a/{number}', enabled: false, maxConcurrent: 2, callsPerSecond: 0.5 } },
    token,
  );
  assert.deepEqual(await names(), ['trunk-a', 'trunk-b']);

  const got = await t.ok<{ gateway: Gw }>(`query($id: ID!) { gateway(id: $id) { ${FIELDS} } }`, { id: g.id }, token);
  assert.equal(got.gateway.name, 'trunk-b');

  const follows = await t.ok<{ updateGateway: Gw }>(UPDATE, { id: g.id, i: { maxConcurrent: 40 } }, token);
  assert.equal(follows.updateGateway.callsPerSecond, 20, 'a default speed follows maxConcurrent');
  const { updateGateway: u } = await t.ok<{ updateGateway: Gw }>(
    UPDATE,
    { id: g.id, i: { maxConcurrent: 10000, callsPerSecond: 1000, enabled: false } },
    token,
  );
  assert.equal(u.maxConcurrent, 10000);
  assert.equal(u.callsPerSecond, 1000);
  assert.equal(u.enabled, false);
  assert.equal(u.dialString, 'sofia/gateway/b/{number}', 'fields not given stay');

  const { deleteGateway: d } = await t.ok<{ deleteGateway: { id: string; name: string } }>(DELETE, { id: g.id }, token);
  assert.equal(d.id, g.id);
  assert.deepEqual(await names(), ['trunk-a']);
  assertError(await t.gql('query($id: ID!) { gateway(id: $id) { id } }', { id: g.id }, token), 'NOT_FOUND');
  assertError(await t.gql(DELETE, { id: g.id }, token), 'NOT_FOUND');
});

test('bad input is BAD_USER_INPUT naming the field, and nothing is written', async () => {
  const before = await names();
  const cases: Array<[Record<string, unknown>, string]> = [
    [{ name: 'x', dialString: 'sofia/gateway/x/' }, 'dialString'],
    [{ name: 'x', dialString: 'sofia/{num}' }, 'dialString'],
    [{ name: 'x', dialString: 'sofia/gateway/x/{number} &bridge(user/1000)' }, 'dialString'],
    [{ name: 'x', dialString: '{origination_caller_id_number=1}sofia/gateway/x/{number}' }, 'dialString'],
    [{ name: 'x', dialString: 'sofia/gateway/x/{number}\napi status' }, 'dialString'],
    [{ name: 'x', dialString: 'a/{number}', maxConcurrent: 0 }, 'maxConcurrent'],
    [{ name: 'x', dialString: 'a/{number}', maxConcurrent: 10001 }, 'maxConcurrent'],
    [{ name: 'x', dialString: 'a/{number}', callsPerSecond: 0.05 }, 'callsPerSecond'],
    [{ name: 'x', dialString: 'a/{number}', callsPerSecond: 1001 }, 'callsPerSecond'],
    [{ name: '', dialString: 'a/{number}' }, 'name'],
  ];
  for (const [i, field] of cases) {
    const e = assertError(await t.gql(CREATE, { i }, token), 'BAD_USER_INPUT', field);
    assert.match(e.message, new RegExp(field));
  }
  assert.match(assertError(await t.gql(CREATE, { i: { name: 'x', dialString: 'nope' } }, token), 'BAD_USER_INPUT').message, /\{number\}/);
  assert.deepEqual(await names(), before);

  const { createGateway: g } = await t.ok<{ createGateway: Gw }>(CREATE, { i: { name: 'valid', dialString: 'v/{number}' } }, token);
  assertError(await t.gql(UPDATE, { id: g.id, i: { dialString: 'v/', maxConcurrent: 5 } }, token), 'BAD_USER_INPUT', 'dialString');
  const still = await t.ok<{ gateway: Gw }>(`query($id: ID!) { gateway(id: $id) { ${FIELDS} } }`, { id: g.id }, token);
  assert.equal(still.gateway.dialString, 'v/{number}');
  assert.equal(still.gateway.maxConcurrent, 30);
  // Explicit nulls for settings that cannot be empty leave them as they are.
  const nulls = await t.ok<{ updateGateway: Gw }>(UPDATE, { id: g.id, i: { name: null, maxConcurrent: null } }, token);
  assert.equal(nulls.updateGateway.name, 'valid');
  assert.equal(nulls.updateGateway.maxConcurrent, 30);
});

test('names are unique per tenant: CONFLICT with a clear message, on create and rename', async () => {
  const { createGateway: g } = await t.ok<{ createGateway: Gw }>(CREATE, { i: { name: 'dup-1', dialString: 'a/{number}' } }, token);
  await t.ok(CREATE, { i: { name: 'dup-2', dialString: 'a/{number}' } }, token);
  assert.match(
    assertError(await t.gql(CREATE, { i: { name: 'dup-1', dialString: 'b/{number}' } }, token), 'CONFLICT').message,
    /"dup-1" already exists/,
  );
  assertError(await t.gql(UPDATE, { id: g.id, i: { name: 'dup-2' } }, token), 'CONFLICT');
  await t.ok(UPDATE, { id: g.id, i: { name: 'dup-1', dialString: 'c/{number}' } }, token); // its own name is fine
  const other = await t.tenant('other');
  await t.ok(CREATE, { i: { name: 'dup-1', dialString: 'a/{number}' } }, other.token); // another tenant may use it
});

test('a gateway used by a SCHEDULED campaign cannot be deleted; after cancel it can', async () => {
  const { createGateway: g } = await t.ok<{ createGateway: Gw }>(CREATE, { i: { name: 'in-use', dialString: 'u/{number}' } }, token);
  const { createCampaign: c } = await t.ok<{ createCampaign: { id: string } }>(
    'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
    { i: { name: 'Autumn', gatewayIds: [g.id], broadcastActions: [{ kind: 'PLAY', file: 'hello.wav' }] } },
    token,
  );
  await t.ok('mutation($id: ID!) { startCampaign(id: $id, delaySeconds: 86400) { status } }', { id: c.id }, token);
  const e = assertError(await t.gql(DELETE, { id: g.id }, token), 'CONFLICT');
  assert.match(e.message, /"Autumn" \(SCHEDULED\)/);
  assert.ok((await names()).includes('in-use'));
  await t.ok('mutation($id: ID!) { cancelCampaign(id: $id) { status } }', { id: c.id }, token);
  await t.ok(DELETE, { id: g.id }, token);
  const camp = await t.ok<{ campaign: { gateways: Array<{ id: string }> } }>(
    'query($id: ID!) { campaign(id: $id) { gateways { id } } }',
    { id: c.id },
    token,
  );
  assert.deepEqual(camp.campaign.gateways, []);
});

test('permissions: supervisors and READ keys read but cannot write; SETTINGS_WRITE keys can', async () => {
  const { createGateway: g } = await t.ok<{ createGateway: Gw }>(CREATE, { i: { name: 'perm', dialString: 'p/{number}' } }, token);
  const supervisor = await userToken(t, token, 'sup@acme.test', 'SUPERVISOR');
  const reader = (await apiKey(t, token, ['READ'])).key;
  for (const tk of [supervisor, reader]) {
    assert.ok((await names(tk)).includes('perm'));
    assertError(await t.gql(CREATE, { i: { name: 'no', dialString: 'n/{number}' } }, tk), 'FORBIDDEN');
    assertError(await t.gql(UPDATE, { id: g.id, i: { enabled: false } }, tk), 'FORBIDDEN');
    assertError(await t.gql(DELETE, { id: g.id }, tk), 'FORBIDDEN');
  }
  const writer = (await apiKey(t, token, ['SETTINGS_WRITE'])).key;
  await t.ok(UPDATE, { id: g.id, i: { enabled: false } }, writer);
  assertError(await t.gql(LIST), 'UNAUTHENTICATED');
});
