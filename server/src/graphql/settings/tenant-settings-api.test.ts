import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { TenantSettings } from '../../entities/tenant-settings.entity';
import { startTestApp, type TestApp } from '../../test/test-app';
import { apiKey, assertError, userToken } from './settings-test-kit';

let t: TestApp;
let token: string;
let tenantId: string;
before(async () => {
  t = await startTestApp();
  ({ token, tenantId } = await t.tenant('acme'));
});
after(async () => {
  await t.stop();
});

interface Settings {
  maxActiveCampaigns: number;
  maxTotalCalls: number;
  maxInternalCalls: number;
  maxExternalCalls: number;
  callsPerSecond: number;
  internalNumberPattern: string;
  queueMultiplier: number;
  defaultRegion: string;
}
const FIELDS =
  'maxActiveCampaigns maxTotalCalls maxInternalCalls maxExternalCalls callsPerSecond internalNumberPattern queueMultiplier defaultRegion updatedAt';
const GET = `{ settings { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateTenantSettingsInput!) { updateSettings(input: $i) { ${FIELDS} } }`;
const DEFAULTS: Settings = {
  maxActiveCampaigns: 10,
  maxTotalCalls: 100,
  maxInternalCalls: 100,
  maxExternalCalls: 100,
  callsPerSecond: 10,
  internalNumberPattern: '^\\d{3,5}$',
  queueMultiplier: 1,
  defaultRegion: 'US',
};

async function read(tk = token): Promise<Settings> {
  const { settings } = await t.ok<{ settings: Settings & { updatedAt?: string } }>(GET, {}, tk);
  delete settings.updatedAt;
  return settings;
}

test('a tenant without a settings row reads the defaults; the first update creates the row', async () => {
  await t.app.orm.em.fork().nativeDelete(TenantSettings, { tenant: tenantId });
  assert.deepEqual(await read(), DEFAULTS);
  assert.equal(await t.app.orm.em.fork().count(TenantSettings, { tenant: tenantId }), 0, 'reading writes nothing');
  const { updateSettings: s } = await t.ok<{ updateSettings: Settings }>(UPDATE, { i: { maxActiveCampaigns: 3 } }, token);
  assert.equal(s.maxActiveCampaigns, 3);
  assert.equal(s.maxTotalCalls, 100);
  assert.equal(await t.app.orm.em.fork().count(TenantSettings, { tenant: tenantId }), 1);
});

test('update changes only what is given', async () => {
  const i = {
    maxTotalCalls: 250,
    maxInternalCalls: 20,
    maxExternalCalls: 240,
    callsPerSecond: 2.5,
    internalNumberPattern: '^(1\\d{3}|9\\d{2})$',
    queueMultiplier: 1.5,
    defaultRegion: 'GB',
  };
  await t.ok(UPDATE, { i }, token);
  assert.deepEqual(await read(), { ...DEFAULTS, ...i, maxActiveCampaigns: 3 });
  await t.ok(UPDATE, { i: { callsPerSecond: 4, defaultRegion: null } }, token);
  assert.deepEqual(await read(), { ...DEFAULTS, ...i, maxActiveCampaigns: 3, callsPerSecond: 4 });
});

test('bad input is BAD_USER_INPUT naming the field, and nothing is written', async () => {
  const before = await read();
  const cases: Array<[Record<string, unknown>, string]> = [
    [{ internalNumberPattern: '^(\\d{2,6}$' }, 'internalNumberPattern'],
    [{ internalNumberPattern: '' }, 'internalNumberPattern'],
    [{ defaultRegion: 'USA' }, 'defaultRegion'],
    [{ defaultRegion: 'us' }, 'defaultRegion'],
    [{ defaultRegion: 'XX' }, 'defaultRegion'],
    [{ maxActiveCampaigns: 0 }, 'maxActiveCampaigns'],
    [{ maxTotalCalls: -1 }, 'maxTotalCalls'],
    [{ callsPerSecond: 0 }, 'callsPerSecond'],
    [{ queueMultiplier: 11 }, 'queueMultiplier'],
  ];
  for (const [i, field] of cases) {
    const e = assertError(await t.gql(UPDATE, { i: { maxExternalCalls: 1, ...i } }, token), 'BAD_USER_INPUT', field);
    assert.match(e.message, new RegExp(field));
  }
  assert.deepEqual(await read(), before);
});

test('permissions: supervisors, agents and READ keys read; only ADMIN (role or key scope) writes', async () => {
  const supervisor = await userToken(t, token, 'sup@acme.test', 'SUPERVISOR');
  const agent = await userToken(t, token, 'agent@acme.test', 'AGENT');
  const reader = (await apiKey(t, token, ['READ'])).key;
  const settingsWriter = (await apiKey(t, token, ['SETTINGS_WRITE', 'CAMPAIGNS_WRITE'])).key;
  for (const tk of [supervisor, agent, reader, settingsWriter]) {
    assert.equal((await read(tk)).maxActiveCampaigns, 3);
    assert.match(assertError(await t.gql(UPDATE, { i: { maxActiveCampaigns: 99 } }, tk), 'FORBIDDEN').message, /ADMIN/);
  }
  const admin = (await apiKey(t, token, ['ADMIN'])).key;
  await t.ok(UPDATE, { i: { maxActiveCampaigns: 4 } }, admin);
  assert.equal((await read()).maxActiveCampaigns, 4);
  assertError(await t.gql(GET), 'UNAUTHENTICATED');
});
