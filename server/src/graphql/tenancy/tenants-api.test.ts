import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Role } from '../../domain/auth/role';
import { User } from '../../entities/user.entity';
import { startTestApp, type TestApp } from '../../test/test-app';
import { apiKey, assertError, login } from '../settings/settings-test-kit';

// Issue 21 items 1-2: the platform operator opens, caps, renames tenants; nobody else may.

let t: TestApp;
let op: string;
let opTenant: string;
let admin: string;
before(async () => {
  t = await startTestApp();
  ({ token: op, tenantId: opTenant } = await t.tenant('platform', Role.PLATFORM_ADMIN));
  ({ token: admin } = await t.tenant('acme'));
});
after(async () => {
  await t.stop();
});

const TENANT =
  'id name status suspendedReason suspendedAt createdAt caps { maxConcurrentCalls callsPerSecond maxActiveCampaigns } usage { liveCalls runningCampaigns callsToday }';
const CREATE = `mutation($i: CreateTenantInput!) { createTenant(input: $i) { adminEmail generatedPassword tenant { ${TENANT} } } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateTenantInput!) { updateTenant(id: $id, input: $i) { ${TENANT} } }`;

interface Caps {
  maxConcurrentCalls: number | null;
  callsPerSecond: number | null;
  maxActiveCampaigns: number | null;
}
interface TenantView {
  id: string;
  name: string;
  status: string;
  caps: Caps;
  usage: { liveCalls: number; runningCampaigns: number; callsToday: number };
}
interface Created {
  createTenant: { adminEmail: string; generatedPassword: string | null; tenant: TenantView };
}

test('createTenant: generated password shown once, stored hashed, and its admin signs in and sees the caps', async () => {
  const i = { name: 'Globex', adminEmail: 'Boss@Globex.test', maxConcurrentCalls: 20, callsPerSecond: 5, maxActiveCampaigns: 3 };
  const { createTenant: c } = await t.ok<Created>(CREATE, { i }, op);
  assert.equal(c.adminEmail, 'boss@globex.test');
  assert.ok(c.generatedPassword && c.generatedPassword.length >= 12, 'a password is generated and returned');
  assert.deepEqual(c.tenant.caps, { maxConcurrentCalls: 20, callsPerSecond: 5, maxActiveCampaigns: 3 });
  assert.equal(c.tenant.status, 'ACTIVE');
  const user = await t.app.orm.em.fork().findOneOrFail(User, { email: 'boss@globex.test' });
  assert.equal(user.role, Role.ADMIN);
  assert.ok(!user.passwordHash.includes(c.generatedPassword), 'never stored in clear');

  const token = await login(t, 'boss@globex.test', c.generatedPassword);
  const { settings } = await t.ok<{ settings: Record<string, unknown> }>(
    '{ settings { maxTotalCalls maxInternalCalls maxExternalCalls callsPerSecond maxActiveCampaigns complianceProfile caps { maxConcurrentCalls callsPerSecond maxActiveCampaigns } } }',
    {},
    token,
  );
  assert.deepEqual(settings, {
    maxTotalCalls: 20,
    maxInternalCalls: 20,
    maxExternalCalls: 20,
    callsPerSecond: 5,
    maxActiveCampaigns: 3,
    complianceProfile: 'US_TSR',
    caps: { maxConcurrentCalls: 20, callsPerSecond: 5, maxActiveCampaigns: 3 },
  });

  // Given a password, none is generated, and that one works.
  const given = await t.ok<Created>(CREATE, { i: { name: 'Initech', adminEmail: 'it@initech.test', adminPassword: 'initech-pw-1' } }, op);
  assert.equal(given.createTenant.generatedPassword, null);
  assert.deepEqual(given.createTenant.tenant.caps, { maxConcurrentCalls: null, callsPerSecond: null, maxActiveCampaigns: null });
  await login(t, 'it@initech.test', 'initech-pw-1');

  const { tenants } = await t.ok<{ tenants: TenantView[] }>(`{ tenants { ${TENANT} } }`, {}, op);
  assert.deepEqual(
    tenants.map((x) => x.name),
    ['Globex', 'Initech', 'acme', 'default', 'platform'],
  );
  const { tenant } = await t.ok<{ tenant: TenantView }>(`query($id: ID!) { tenant(id: $id) { ${TENANT} } }`, { id: c.tenant.id }, op);
  assert.equal(tenant.name, 'Globex');
});

test('createTenant: a taken name or email is CONFLICT naming the field; bad values BAD_USER_INPUT naming it; nothing is written', async () => {
  const base = { name: 'Umbrella', adminEmail: 'u@umbrella.test' };
  assertError(await t.gql(CREATE, { i: { ...base, name: 'acme' } }, op), 'CONFLICT', 'name');
  assertError(await t.gql(CREATE, { i: { ...base, adminEmail: 'ADMIN@acme.test' } }, op), 'CONFLICT', 'adminEmail');
  const bad: Array<[Record<string, unknown>, string]> = [
    [{ maxConcurrentCalls: 0 }, 'maxConcurrentCalls'],
    [{ maxConcurrentCalls: 100001 }, 'maxConcurrentCalls'],
    [{ callsPerSecond: 0 }, 'callsPerSecond'],
    [{ maxActiveCampaigns: -1 }, 'maxActiveCampaigns'],
    [{ adminPassword: 'short' }, 'adminPassword'],
    [{ adminEmail: 'not-an-email' }, 'adminEmail'],
    [{ name: '   ' }, 'name'],
  ];
  for (const [extra, field] of bad) assertError(await t.gql(CREATE, { i: { ...base, ...extra } }, op), 'BAD_USER_INPUT', field);
  const { tenants } = await t.ok<{ tenants: TenantView[] }>(
    '{ tenants { id name status caps { maxConcurrentCalls callsPerSecond maxActiveCampaigns } usage { liveCalls runningCampaigns callsToday } } }',
    {},
    op,
  );
  assert.ok(!tenants.some((x) => x.name === 'Umbrella'));
  assert.equal(await t.app.orm.em.fork().count(User, { email: 'u@umbrella.test' }), 0);
});

test('updateTenant: renames, changes caps, null removes a cap, absent leaves it; bad values and taken names refused', async () => {
  const { createTenant: c } = await t.ok<Created>(
    CREATE,
    { i: { name: 'Hooli', adminEmail: 'g@hooli.test', maxConcurrentCalls: 10, callsPerSecond: 2, maxActiveCampaigns: 2 } },
    op,
  );
  const { updateTenant: u } = await t.ok<{ updateTenant: TenantView }>(
    UPDATE,
    { id: c.tenant.id, i: { name: 'Hooli XYZ', maxConcurrentCalls: 5, callsPerSecond: null } },
    op,
  );
  assert.equal(u.name, 'Hooli XYZ');
  assert.deepEqual(u.caps, { maxConcurrentCalls: 5, callsPerSecond: null, maxActiveCampaigns: 2 });
  assertError(await t.gql(UPDATE, { id: c.tenant.id, i: { name: 'acme' } }, op), 'CONFLICT', 'name');
  assertError(await t.gql(UPDATE, { id: c.tenant.id, i: { callsPerSecond: 20000 } }, op), 'BAD_USER_INPUT', 'callsPerSecond');
  assertError(await t.gql(UPDATE, { id: '6f1c1d0e-0000-4000-8000-000000000000', i: { name: 'x' } }, op), 'NOT_FOUND');
});

test('the operator cannot suspend its own tenant; resuming an active tenant is CONFLICT', async () => {
  assertError(await t.gql('mutation($id: ID!) { suspendTenant(id: $id, reason: "x") { id } }', { id: opTenant }, op), 'CONFLICT');
  assertError(await t.gql('mutation($id: ID!) { resumeTenant(id: $id) { id } }', { id: opTenant }, op), 'CONFLICT');
});

test("every tenant operation is FORBIDDEN to a tenant's admin and to any API key, the operator's own ADMIN key included", async () => {
  const id = opTenant;
  const ops: Array<[string, Record<string, unknown>]> = [
    ['{ tenants { id } }', {}],
    ['query($id: ID!) { tenant(id: $id) { id } }', { id }],
    [CREATE, { i: { name: 'Nope', adminEmail: 'nope@nope.test' } }],
    [UPDATE, { id, i: { name: 'Nope' } }],
    ['mutation($id: ID!) { suspendTenant(id: $id, reason: "x") { id } }', { id }],
    ['mutation($id: ID!) { resumeTenant(id: $id) { id } }', { id }],
  ];
  const opKey = (await apiKey(t, op, ['ADMIN'])).key;
  const adminKey = (await apiKey(t, admin, ['ADMIN'])).key;
  for (const token of [admin, opKey, adminKey]) {
    for (const [query, variables] of ops) assertError(await t.gql(query, variables, token), 'FORBIDDEN');
  }
  for (const [query, variables] of ops) assertError(await t.gql(query, variables), 'UNAUTHENTICATED');
});

test("a tenant's admin is refused a limit beyond its cap, naming the cap; within it, or other settings, pass", async () => {
  const { createTenant: c } = await t.ok<Created>(
    CREATE,
    {
      i: {
        name: 'Capped',
        adminEmail: 'a@capped.test',
        adminPassword: 'capped-pw-1',
        maxConcurrentCalls: 20,
        callsPerSecond: 4,
        maxActiveCampaigns: 2,
      },
    },
    op,
  );
  const token = await login(t, 'a@capped.test', 'capped-pw-1');
  const set = (i: Record<string, unknown>) =>
    t.gql('mutation($i: UpdateTenantSettingsInput!) { updateSettings(input: $i) { maxTotalCalls callsPerSecond } }', { i }, token);
  const e = assertError(await set({ maxTotalCalls: 50 }), 'BAD_USER_INPUT', 'maxTotalCalls');
  assert.equal(e.message, "maxTotalCalls 50 is above this tenant's cap of 20 concurrent calls set by the platform operator");
  assertError(await set({ maxInternalCalls: 21 }), 'BAD_USER_INPUT', 'maxInternalCalls');
  assertError(await set({ maxExternalCalls: 21 }), 'BAD_USER_INPUT', 'maxExternalCalls');
  assert.match(assertError(await set({ callsPerSecond: 4.5 }), 'BAD_USER_INPUT', 'callsPerSecond').message, /cap of 4 calls per second/);
  assert.match(
    assertError(await set({ maxActiveCampaigns: 3 }), 'BAD_USER_INPUT', 'maxActiveCampaigns').message,
    /cap of 2 active campaigns/,
  );
  await t.ok(
    'mutation($i: UpdateTenantSettingsInput!) { updateSettings(input: $i) { maxTotalCalls } }',
    { i: { maxTotalCalls: 20, callsPerSecond: 3 } },
    token,
  );
  // The operator lowers the cap below what is set: other settings still change (only limits given are checked).
  await t.ok(UPDATE, { id: c.tenant.id, i: { maxConcurrentCalls: 10 } }, op);
  await t.ok(
    'mutation($i: UpdateTenantSettingsInput!) { updateSettings(input: $i) { defaultRegion } }',
    { i: { defaultRegion: 'GB' } },
    token,
  );
  assertError(await set({ maxTotalCalls: 15 }), 'BAD_USER_INPUT', 'maxTotalCalls');
  // Without caps, the usual ranges only.
  await t.ok(
    'mutation($i: UpdateTenantSettingsInput!) { updateSettings(input: $i) { maxTotalCalls } }',
    { i: { maxTotalCalls: 5000 } },
    admin,
  );
});

test('every tenant command is in the audit log with the operator as actor, and the tenant it concerns sees its own entries', async () => {
  const i = { name: 'Audited', adminEmail: 'boss@audited.test', adminPassword: 'password-123', maxConcurrentCalls: 4 };
  const { createTenant: c } = await t.ok<Created>(CREATE, { i }, op);
  await t.ok(UPDATE, { id: c.tenant.id, i: { maxConcurrentCalls: 3 } }, op);
  await t.ok('mutation($id: ID!) { suspendTenant(id: $id, reason: "unpaid invoice") { id } }', { id: c.tenant.id }, op);
  await t.ok('mutation($id: ID!) { resumeTenant(id: $id) { id } }', { id: c.tenant.id }, op);
  const LOG = 'query($f: AuditFilterInput) { auditLog(filter: $f, first: 20) { nodes { action actorLabel tenantId changes } } }';
  type Log = { auditLog: { nodes: Array<{ action: string; actorLabel: string; tenantId: string; changes: Record<string, unknown> }> } };
  const mine = (await t.ok<Log>(LOG, { f: { tenantIds: [c.tenant.id] } }, op)).auditLog.nodes;
  assert.deepEqual(
    mine.map((e) => e.action),
    ['TENANT_RESUMED', 'TENANT_SUSPENDED', 'TENANT_UPDATED', 'TENANT_CREATED'],
  );
  assert.ok(mine.every((e) => e.actorLabel === 'platform_admin@platform.test' && e.tenantId === c.tenant.id));
  assert.deepEqual(mine[2]?.changes, { capMaxConcurrentCalls: { from: 4, to: 3 } });
  assert.equal(mine[1]?.changes.reason, 'unpaid invoice');
  assert.ok(!JSON.stringify(mine).includes('password-123'), 'no password in the log');
  const theirs = await login(t, 'boss@audited.test', 'password-123');
  assert.equal((await t.ok<Log>(LOG, {}, theirs)).auditLog.nodes.filter((e) => e.action.startsWith('TENANT_')).length, 4);
});
