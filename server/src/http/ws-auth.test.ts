import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Authenticator, LOOKUPS_AT_ONCE } from '../auth/authenticator';
import { nextResults, startTestApp, type GqlResult, type TestApp } from '../test/test-app';
import { ConnectionAuth } from './connection-auth';

/**
 * Issue 23: a graphql-ws connection is looked up once, not once per operation, and a storm of
 * lookups queues instead of exhausting the database pool; a revoked key or an ended session
 * still opens nothing new over a connection it already has once the bound has passed.
 */
let t: TestApp;
/** The same API with a bound of 0: every operation is looked up again. */
let strict: TestApp;
before(async () => {
  [t, strict] = await Promise.all([startTestApp(), startTestApp({ PACER_WS_AUTH_RECHECK_SECONDS: '0' })]);
});
after(async () => {
  await Promise.all([t.stop(), strict.stop()]);
});

const BOARD = 'subscription { wallboard { activeCalls } }';
const CREATE_KEY = 'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key apiKey { id } } }';
const REVOKE = 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }';

async function apiKey(app: TestApp, adminToken: string): Promise<{ key: string; id: string }> {
  const made = await app.ok<{ createApiKey: { key: string; apiKey: { id: string } } }>(
    CREATE_KEY,
    { i: { name: 'ws', scopes: ['READ'] } },
    adminToken,
  );
  return { key: made.createApiKey.key, id: made.createApiKey.apiKey.id };
}

/** The code of a subscription refused at subscribe time (a result with errors, or an error message). */
async function refusal(results: Promise<Array<GqlResult<unknown>>>): Promise<string | undefined> {
  try {
    const got = await results;
    assert.equal(got[0]?.data ?? null, null, 'a refused subscription delivers no data');
    return got[0]?.errors?.[0]?.extensions?.code;
  } catch (err) {
    return String(err);
  }
}

test("a connection's credentials are looked up once, at connection_init, whatever the number of its operations", async () => {
  const a = await t.tenant('wsauth-once');
  const client = t.ws(a.token);
  const before = t.app.api.authenticator.stats().lookups;
  const subs = Array.from({ length: 6 }, () => nextResults(client, BOARD, {}, 1));
  await Promise.all(subs.map((s) => s.ready));
  assert.equal(t.app.api.authenticator.stats().lookups - before, 1);
});

test('a connection keeps its check for the bound only: a revoked key and an ended session are refused after it', async () => {
  const admin = await t.tenant('wsauth-bound');
  const key = await apiKey(t, admin.token);
  const session = await t.tenant('wsauth-bound-2');
  let now = 0;
  const auth = new ConnectionAuth(t.app.api.authenticator, 5000, () => now);
  const [viaKey, viaSession] = [{}, {}];
  assert.equal((await auth.principalOf(viaKey, `Bearer ${key.key}`))?.kind, 'API_KEY');
  assert.equal((await auth.principalOf(viaSession, `Bearer ${session.token}`))?.kind, 'USER');

  await t.ok(REVOKE, { id: key.id }, admin.token);
  await t.ok('mutation { logout }', {}, session.token);
  now = 4999; // within the bound (documented): the connection's check stands
  assert.equal((await auth.principalOf(viaKey, `Bearer ${key.key}`))?.kind, 'API_KEY');
  assert.equal((await auth.principalOf(viaSession, `Bearer ${session.token}`))?.kind, 'USER');
  now = 5000;
  assert.equal(await auth.principalOf(viaKey, `Bearer ${key.key}`), null);
  assert.equal(await auth.principalOf(viaSession, `Bearer ${session.token}`), null);
});

test('over WebSocket: once the bound has passed, a revoked key opens no new subscription on its connection (UNAUTHENTICATED)', async () => {
  const admin = await strict.tenant('wsauth-revoke');
  const key = await apiKey(strict, admin.token);
  const client = strict.ws(key.key);
  const first = nextResults(client, BOARD, {}, 1);
  await first.ready;
  await strict.ok(REVOKE, { id: key.id }, admin.token);
  assert.equal(await refusal(nextResults(client, BOARD, {}, 1).results), 'UNAUTHENTICATED');
});

test('lookups beyond the bound wait their turn; identical waiting ones share one query, a started one is never joined', async () => {
  const a = await t.tenant('wsauth-queue');
  const auth = new Authenticator(t.app.orm, 1);
  const started = auth.authenticate(`Bearer ${a.token}`);
  const waiting = Array.from({ length: 5 }, () => auth.authenticate(`Bearer ${a.token}`));
  const all = await Promise.all([started, ...waiting]);
  assert.ok(all.every((p) => p?.kind === 'USER' && p.tenantId === a.tenantId));
  assert.deepEqual(auth.stats(), { lookups: 2, shared: 4, peak: 1, queued: 0 });
});

test('a storm of distinct lookups queues in memory: never more than the bound at the database, every one answered', async () => {
  const auth = new Authenticator(t.app.orm);
  const storm = await Promise.all(Array.from({ length: 400 }, (_, i) => auth.authenticate(`Bearer pcs_storm-${i}`)));
  assert.ok(storm.every((p) => p === null));
  const stats = auth.stats();
  assert.equal(stats.lookups, 400);
  assert.equal(stats.peak, LOOKUPS_AT_ONCE);
});
