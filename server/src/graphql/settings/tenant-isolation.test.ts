import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Role } from '../../domain/auth/role';
import { startTestApp, type TestApp } from '../../test/test-app';
import { apiKey, assertError, login } from './settings-test-kit';

// Tenant A, and the platform operator (issue 21: it manages tenants, not their settings), try
// tenant B's users, keys, limits, gateways, calendars and DNC lists through the normal paths.
let t: TestApp;
let a: string;
let b: string;
let op: string;
let bTenant = '';
/** Tenant B's objects, which tenant A must not see or touch. */
const ids = { gateway: '', calendar: '', dnc: '', apiKey: '', user: '' };
let bKey = '';

before(async () => {
  t = await startTestApp();
  ({ token: a } = await t.tenant('tenant-a'));
  ({ token: b, tenantId: bTenant } = await t.tenant('tenant-b'));
  ({ token: op } = await t.tenant('platform', Role.PLATFORM_ADMIN));
  const made = await t.ok<{ g: { id: string }; c: { id: string }; d: { entries: Array<{ id: string }> }; u: { id: string } }>(
    `mutation {
    g: createGateway(input: { name: "b-gw", dialString: "sofia/gateway/b/{number}" }) { id }
    c: createCalendar(input: { name: "b-cal", timeZone: "UTC" }) { id }
    d: addDncNumbers(input: { numbers: ["+12125550100"] }) { entries { id } }
    u: createUser(input: { email: "bob@b.test", name: "Bob", password: "password-123", role: AGENT }) { id }
  }`,
    {},
    b,
  );
  const key = await apiKey(t, b, ['READ'], 'b-key');
  Object.assign(ids, { gateway: made.g.id, calendar: made.c.id, dnc: made.d.entries[0]!.id, apiKey: key.id, user: made.u.id });
  bKey = key.key;
  await t.ok(
    `mutation {
    createGateway(input: { name: "a-gw", dialString: "sofia/gateway/a/{number}" }) { id }
    createCalendar(input: { name: "a-cal", timeZone: "UTC" }) { id }
    addDncNumbers(input: { numbers: ["+12125550111"] }) { added }
    createUser(input: { email: "alice@a.test", name: "Alice", password: "password-123", role: AGENT }) { id }
    createApiKey(input: { name: "a-key", scopes: [READ] }) { key }
  }`,
    {},
    a,
  );
});
after(async () => {
  await t.stop();
});

test("every get, update and delete of another tenant's object is NOT_FOUND, as if it did not exist (tenant and operator)", async () => {
  const attempts: Array<[string, Record<string, unknown>]> = [
    ['query($id: ID!) { gateway(id: $id) { id } }', { id: ids.gateway }],
    ['mutation($id: ID!) { updateGateway(id: $id, input: { enabled: false }) { id } }', { id: ids.gateway }],
    ['mutation($id: ID!) { deleteGateway(id: $id) { id } }', { id: ids.gateway }],
    ['query($id: ID!) { calendar(id: $id) { id } }', { id: ids.calendar }],
    ['mutation($id: ID!) { updateCalendar(id: $id, input: { timeZone: "Europe/Paris" }) { id } }', { id: ids.calendar }],
    ['mutation($id: ID!) { deleteCalendar(id: $id) { id } }', { id: ids.calendar }],
    ['query($id: ID!) { dncEntry(id: $id) { id } }', { id: ids.dnc }],
    ['mutation($id: ID!) { removeDncEntry(id: $id) { id } }', { id: ids.dnc }],
    ['query($id: ID!) { apiKey(id: $id) { id } }', { id: ids.apiKey }],
    ['mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: ids.apiKey }],
    ['query($id: ID!) { user(id: $id) { id } }', { id: ids.user }],
    ['mutation($id: ID!) { updateUser(id: $id, input: { disabled: true, role: ADMIN }) { id } }', { id: ids.user }],
    ['mutation($id: ID!) { resetUserPassword(id: $id, input: { password: "hijacked-123" }) { id } }', { id: ids.user }],
  ];
  const missing = '00000000-0000-4000-8000-000000000000';
  for (const caller of [a, op]) {
    for (const [q, v] of attempts) {
      const theirs = assertError(await t.gql(q, v, caller), 'NOT_FOUND');
      const none = assertError(await t.gql(q, { id: missing }, caller), 'NOT_FOUND');
      assert.equal(theirs.message.replace(String(v.id), '<id>'), none.message.replace(missing, '<id>'), 'same answer as a missing id');
    }
    const removed = await t.ok<{ removeDncNumbers: number }>('mutation { removeDncNumbers(numbers: ["+12125550100"]) }', {}, caller);
    assert.equal(removed.removeDncNumbers, 0);
  }
});

test("nothing of tenant B changed after tenant A's and the operator's attempts", async () => {
  const r = await t.ok<{
    gateway: { enabled: boolean };
    calendar: { timeZone: string };
    dncEntry: { number: string };
    user: { disabled: boolean; role: string };
    apiKey: { revokedAt: string | null };
  }>(
    `query($g: ID!, $c: ID!, $d: ID!, $u: ID!, $k: ID!) {
      gateway(id: $g) { enabled } calendar(id: $c) { timeZone } dncEntry(id: $d) { number }
      user(id: $u) { disabled role } apiKey(id: $k) { revokedAt }
    }`,
    { g: ids.gateway, c: ids.calendar, d: ids.dnc, u: ids.user, k: ids.apiKey },
    b,
  );
  assert.deepEqual(r, {
    gateway: { enabled: true },
    calendar: { timeZone: 'UTC' },
    dncEntry: { number: '+12125550100' },
    user: { disabled: false, role: 'AGENT' },
    apiKey: { revokedAt: null },
  });
  await login(t, 'bob@b.test', 'password-123');
  await t.ok('{ gateways { id } }', {}, bKey);
  const isDnc = await t.ok<{ b: boolean }>('{ b: isDnc(number: "+12125550100") }', {}, b);
  assert.equal(isDnc.b, true);
});

test("lists show only the caller's tenant, in both directions", async () => {
  const q = `{
    gateways { name } calendars { name } dncEntries { nodes { number } } apiKeys { name } users { email }
    settings { maxActiveCampaigns }
  }`;
  interface Lists {
    gateways: Array<{ name: string }>;
    calendars: Array<{ name: string }>;
    dncEntries: { nodes: Array<{ number: string }> };
    apiKeys: Array<{ name: string }>;
    users: Array<{ email: string }>;
  }
  const flat = (l: Lists) => ({
    gateways: l.gateways.map((x) => x.name),
    calendars: l.calendars.map((x) => x.name),
    dnc: l.dncEntries.nodes.map((x) => x.number),
    apiKeys: l.apiKeys.map((x) => x.name),
    users: l.users.map((x) => x.email),
  });
  assert.deepEqual(flat(await t.ok<Lists>(q, {}, a)), {
    gateways: ['a-gw'],
    calendars: ['a-cal'],
    dnc: ['+12125550111'],
    apiKeys: ['a-key'],
    users: ['admin@tenant-a.test', 'alice@a.test'],
  });
  assert.deepEqual(flat(await t.ok<Lists>(q, {}, b)), {
    gateways: ['b-gw'],
    calendars: ['b-cal'],
    dnc: ['+12125550100'],
    apiKeys: ['b-key'],
    users: ['admin@tenant-b.test', 'bob@b.test'],
  });
  const aIsDnc = await t.ok<{ x: boolean }>('{ x: isDnc(number: "+12125550100") }', {}, a);
  assert.equal(aIsDnc.x, false, "B's DNC list does not apply to A");
  // The operator's settings lists are its own tenant's, like anyone's.
  assert.deepEqual(flat(await t.ok<Lists>(q, {}, op)), {
    gateways: [],
    calendars: [],
    dnc: [],
    apiKeys: [],
    users: ['platform_admin@platform.test'],
  });
  const opIsDnc = await t.ok<{ x: boolean }>('{ x: isDnc(number: "+12125550100") }', {}, op);
  assert.equal(opIsDnc.x, false, "B's DNC list does not apply to the operator's tenant");
});

test("the audit log: a tenant admin naming another tenant is FORBIDDEN; its own log holds none of B's entries", async () => {
  const q = 'query($t: [ID!]) { auditLog(filter: { tenantIds: $t }) { nodes { tenantId } } }';
  assertError(await t.gql(q, { t: [bTenant] }, a), 'FORBIDDEN');
  const own = await t.ok<{ auditLog: { nodes: Array<{ tenantId: string }> } }>('{ auditLog { nodes { tenantId } } }', {}, a);
  assert.ok(own.auditLog.nodes.length > 0 && !own.auditLog.nodes.some((n) => n.tenantId === bTenant));
  const opView = await t.ok<{ auditLog: { nodes: Array<{ tenantId: string }> } }>(q, { t: [bTenant] }, op);
  assert.ok(opView.auditLog.nodes.length > 0 && opView.auditLog.nodes.every((n) => n.tenantId === bTenant));
});

test("one tenant's limits do not change another's, the operator's own included", async () => {
  await t.ok('mutation { updateSettings(input: { maxActiveCampaigns: 2, defaultRegion: "DE" }) { maxActiveCampaigns } }', {}, a);
  await t.ok('mutation { updateSettings(input: { maxActiveCampaigns: 3 }) { maxActiveCampaigns } }', {}, op);
  const r = await t.ok<{ settings: { maxActiveCampaigns: number; defaultRegion: string } }>(
    '{ settings { maxActiveCampaigns defaultRegion } }',
    {},
    b,
  );
  assert.deepEqual(r.settings, { maxActiveCampaigns: 10, defaultRegion: 'US' });
});

test("a tenant's objects cannot be referenced from another tenant's campaign (the operator's own included)", async () => {
  for (const caller of [a, op]) {
    const r = await t.gql(
      'mutation($g: [ID!]) { createCampaign(input: { name: "x", gatewayIds: $g }) { id } }',
      { g: [ids.gateway] },
      caller,
    );
    assertError(r, 'BAD_USER_INPUT', 'gatewayIds');
    const c = await t.gql('mutation($c: ID) { createCampaign(input: { name: "x", calendarId: $c }) { id } }', { c: ids.calendar }, caller);
    assertError(c, 'BAD_USER_INPUT', 'calendarId');
  }
});
