import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Role } from '../../domain/auth/role';
import { startTestApp, type TestApp } from '../../test/test-app';
import { apiKey, assertError, userToken } from '../settings/settings-test-kit';

// Issue 21: every settings change of users, keys, limits, gateways, calendars and DNC lists
// leaves one audit entry, written with the change (none for a refused change), never with a
// secret; the operator reads every tenant's log, a tenant's admin only its own.
let t: TestApp;
const op = { token: '', tenantId: '' };
const a = { token: '', tenantId: '' };
const b = { token: '', tenantId: '' };

interface Entry {
  action: string;
  tenantId: string;
  tenantName: string;
  actorKind: string;
  actorLabel: string;
  actorTenantId: string | null;
  targetType: string;
  targetId: string | null;
  changes: Record<string, unknown>;
}
interface Log {
  auditLog: { nodes: Entry[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}
const LOG = `query($f: AuditFilterInput, $first: Int!, $after: String) {
  auditLog(filter: $f, first: $first, after: $after) {
    nodes { action tenantId tenantName actorKind actorLabel actorTenantId targetType targetId changes }
    pageInfo { hasNextPage endCursor }
  }
}`;
const log = async (token: string, f: Record<string, unknown> = {}, first = 500): Promise<Entry[]> =>
  (await t.ok<Log>(LOG, { f, first }, token)).auditLog.nodes;

let userId = '';
let keyId = '';
let clearKey = '';
let gatewayId = '';
let calendarId = '';
before(async () => {
  t = await startTestApp();
  Object.assign(op, await t.tenant('platform', Role.PLATFORM_ADMIN));
  Object.assign(a, await t.tenant('tenant-a'));
  Object.assign(b, await t.tenant('tenant-b'));
  const u = await t.ok<{ createUser: { id: string } }>(
    'mutation { createUser(input: { email: "carol@a.test", name: "Carol", password: "very-secret-pw-1", role: AGENT }) { id } }',
    {},
    a.token,
  );
  userId = u.createUser.id;
  await t.ok('mutation($id: ID!) { updateUser(id: $id, input: { role: SUPERVISOR }) { id } }', { id: userId }, a.token);
  await t.ok('mutation($id: ID!) { resetUserPassword(id: $id, input: { password: "other-secret-pw-2" }) { id } }', { id: userId }, a.token);
  ({ id: keyId, key: clearKey } = await apiKey(t, a.token, ['READ'], 'reporting'));
  await t.ok('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: keyId }, a.token);
  await t.ok('mutation { updateSettings(input: { maxActiveCampaigns: 4 }) { maxActiveCampaigns } }', {}, a.token);
  const g = await t.ok<{ createGateway: { id: string } }>(
    'mutation { createGateway(input: { name: "trunk", dialString: "sofia/gateway/t/{number}" }) { id } }',
    {},
    a.token,
  );
  gatewayId = g.createGateway.id;
  await t.ok('mutation($id: ID!) { updateGateway(id: $id, input: { enabled: false }) { id } }', { id: gatewayId }, a.token);
  await t.ok('mutation($id: ID!) { deleteGateway(id: $id) { id } }', { id: gatewayId }, a.token);
  const c = await t.ok<{ createCalendar: { id: string } }>(
    'mutation { createCalendar(input: { name: "cal", timeZone: "UTC" }) { id } }',
    {},
    a.token,
  );
  calendarId = c.createCalendar.id;
  await t.ok('mutation($id: ID!) { updateCalendar(id: $id, input: { timeZone: "Europe/Paris" }) { id } }', { id: calendarId }, a.token);
  await t.ok('mutation($id: ID!) { deleteCalendar(id: $id) { id } }', { id: calendarId }, a.token);
  await t.ok('mutation { addDncNumbers(input: { numbers: ["+12125550100", "+12125550101"], listName: "legal" }) { added } }', {}, a.token);
  await t.ok('mutation { removeDncNumbers(numbers: ["+12125550100"], listName: "legal") }', {}, a.token);
  await t.ok('mutation { createGateway(input: { name: "b-trunk", dialString: "sofia/gateway/b/{number}" }) { id } }', {}, b.token);
});
after(async () => {
  await t.stop();
});

test('each settings change of a tenant is one entry, newest first, naming the actor, the target and what changed', async () => {
  const entries = await log(a.token);
  assert.deepEqual(entries.map((e) => e.action).reverse(), [
    'USER_CREATED',
    'USER_UPDATED',
    'USER_PASSWORD_RESET',
    'API_KEY_CREATED',
    'API_KEY_REVOKED',
    'TENANT_SETTINGS_UPDATED',
    'GATEWAY_CREATED',
    'GATEWAY_UPDATED',
    'GATEWAY_DELETED',
    'CALENDAR_CREATED',
    'CALENDAR_UPDATED',
    'CALENDAR_DELETED',
    'DNC_LIST_ENTRIES_ADDED',
    'DNC_LIST_ENTRIES_REMOVED',
  ]);
  for (const e of entries) {
    assert.deepEqual(
      [e.tenantId, e.tenantName, e.actorKind, e.actorLabel, e.actorTenantId],
      [a.tenantId, 'tenant-a', 'USER', 'admin@tenant-a.test', a.tenantId],
    );
  }
  const by = (action: string): Entry => entries.find((e) => e.action === action)!;
  assert.deepEqual(by('USER_CREATED'), {
    ...by('USER_CREATED'),
    targetType: 'User',
    targetId: userId,
    changes: { email: 'carol@a.test', name: 'Carol', role: 'AGENT' },
  });
  assert.deepEqual(by('USER_UPDATED').changes, { email: 'carol@a.test', role: { from: 'AGENT', to: 'SUPERVISOR' } });
  assert.deepEqual(by('USER_PASSWORD_RESET').changes, { email: 'carol@a.test', sessionsEnded: 0 });
  assert.deepEqual([by('API_KEY_REVOKED').targetId, by('API_KEY_CREATED').changes], [keyId, { name: 'reporting', scopes: ['READ'] }]);
  assert.deepEqual(by('TENANT_SETTINGS_UPDATED').changes, { maxActiveCampaigns: { from: 10, to: 4 } });
  assert.deepEqual(by('GATEWAY_UPDATED').changes, { enabled: { from: true, to: false } });
  assert.deepEqual(by('CALENDAR_UPDATED').changes, { timeZone: { from: 'UTC', to: 'Europe/Paris' } });
  assert.deepEqual(by('DNC_LIST_ENTRIES_ADDED'), {
    ...by('DNC_LIST_ENTRIES_ADDED'),
    targetType: 'DncList',
    targetId: 'legal',
    changes: { added: 2, renewed: 0, numbers: ['+12125550100', '+12125550101'], numberCount: 2 },
  });
  assert.deepEqual(by('DNC_LIST_ENTRIES_REMOVED').changes, { removed: 1, numbers: ['+12125550100'], numberCount: 1 });
});

test('no entry ever holds a password, a hash or a key', async () => {
  const stored = await t.app.orm.em.getConnection().execute<Array<{ changes: unknown }>>('select changes from audit_entry');
  const all = JSON.stringify(stored);
  const keyShown = clearKey.slice(0, 12); // the type prefix and the first characters: the key's own part
  for (const secret of ['very-secret-pw-1', 'other-secret-pw-2', keyShown, '$argon2', 'keyHash', 'passwordHash', 'prefix']) {
    assert.ok(!all.includes(secret), `audit log holds ${secret}`);
  }
});

test('a refused change leaves no entry: the entry is written in the same transaction', async () => {
  const before = (await log(a.token)).length;
  assertError(
    await t.gql(
      'mutation { createUser(input: { email: "carol@a.test", name: "Again", password: "password-123", role: AGENT }) { id } }',
      {},
      a.token,
    ),
    'CONFLICT',
  );
  assertError(await t.gql('mutation { updateSettings(input: { defaultRegion: "XX" }) { defaultRegion } }', {}, a.token), 'BAD_USER_INPUT');
  assert.equal((await log(a.token)).length, before);
});

test('filters: actions, time range, and pages by cursor', async () => {
  const users = await log(a.token, { actions: ['USER_CREATED', 'USER_UPDATED'] });
  assert.deepEqual(
    users.map((e) => e.action),
    ['USER_UPDATED', 'USER_CREATED'],
  );
  assert.equal((await log(a.token, { since: new Date(Date.now() + 60_000).toISOString() })).length, 0);
  assert.equal((await log(a.token, { until: new Date(Date.now() - 3600_000).toISOString() })).length, 0);
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Log = await t.ok<Log>(LOG, { f: {}, first: 5, after }, a.token);
    seen.push(...page.auditLog.nodes.map((e) => e.action));
    if (!page.auditLog.pageInfo.hasNextPage) break;
    after = page.auditLog.pageInfo.endCursor;
  }
  assert.deepEqual(
    seen,
    (await log(a.token)).map((e) => e.action),
  );
});

test("the operator reads every tenant's entries, or those it names; a tenant admin only its own", async () => {
  const all = await log(op.token);
  assert.ok(all.some((e) => e.tenantName === 'tenant-a') && all.some((e) => e.tenantName === 'tenant-b'));
  const onlyB = await log(op.token, { tenantIds: [b.tenantId] });
  assert.deepEqual(
    onlyB.map((e) => [e.tenantName, e.action]),
    [['tenant-b', 'GATEWAY_CREATED']],
  );
  const bOwn = await log(b.token);
  assert.deepEqual(
    bOwn.map((e) => [e.tenantName, e.action]),
    [['tenant-b', 'GATEWAY_CREATED']],
  );
  assert.deepEqual((await log(b.token, { tenantIds: [b.tenantId] })).length, 1);
});

test('a tenant admin (or its ADMIN key) naming another tenant is FORBIDDEN; without ADMIN, FORBIDDEN', async () => {
  const adminKey = (await apiKey(t, b.token, ['ADMIN'], 'b-admin')).key;
  for (const token of [b.token, adminKey]) {
    const e = assertError(await t.gql(LOG, { f: { tenantIds: [a.tenantId] }, first: 10 }, token), 'FORBIDDEN');
    assert.match(e.message, /Only the platform operator may read other tenants' audit log/);
  }
  const keyEntries = (await t.ok<Log>(LOG, { f: {}, first: 50 }, adminKey)).auditLog.nodes;
  assert.ok(keyEntries.every((e) => e.tenantId === b.tenantId));
  const supervisor = await userToken(t, b.token, 'sup@b.test', 'SUPERVISOR');
  const readKey = (await apiKey(t, b.token, ['SETTINGS_WRITE'], 'b-settings')).key;
  for (const token of [supervisor, readKey]) assertError(await t.gql(LOG, { f: {}, first: 10 }, token), 'FORBIDDEN');
});
