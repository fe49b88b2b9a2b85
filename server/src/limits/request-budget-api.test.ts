import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { nextResults, startTestApp, type TestApp } from '../test/test-app';
import { graphqlPost, LOGIN, outcome } from './testing/graphql-post';

// A budget of 5 operations per 10 minutes per session token or API key: the window never
// lapses during the test, so the sixth operation is refused however slow the machine is.
let t: TestApp;
before(async () => {
  t = await startTestApp({ PACER_RATE_LIMIT_REQUESTS: '5', PACER_RATE_LIMIT_WINDOW_SECONDS: '600' });
});
after(async () => {
  await t.stop();
});

const ME = '{ me { id } }';
const me = (token: string) => graphqlPost(t.url, ME, {}, { authorization: `Bearer ${token}` });

test('each session token has its own budget; past it, 429 with Retry-After, over HTTP and WebSocket', async () => {
  const { token } = await t.tenant('budget');
  for (let i = 1; i <= 5; i++) assert.equal(outcome(await me(token)), 'OK', `request ${i}`);
  const refused = await me(token);
  assert.equal(refused.status, 429);
  assert.equal(outcome(refused), 'TOO_MANY_REQUESTS');
  const retry = Number(refused.retryAfter);
  assert.ok(retry >= 1 && retry <= 600, `Retry-After ${refused.retryAfter}`);
  assert.equal(refused.body.errors?.[0]?.extensions?.retryAfterSeconds, retry);

  // The same budget over WebSocket: the operation is refused, the socket stays usable.
  const ws = nextResults(t.ws(token), ME, {}, 1);
  const [viaWs] = await ws.results;
  assert.equal(viaWs?.errors?.[0]?.extensions?.code, 'TOO_MANY_REQUESTS');
  assert.ok(Number(viaWs?.errors?.[0]?.extensions?.retryAfterSeconds) >= 1);

  // A second login of the same user is a second token with a budget of its own.
  const second = await graphqlPost<{ login: { token: string } }>(t.url, LOGIN, { e: 'admin@budget.test', p: 'password-123' });
  assert.equal(outcome(await me(second.body.data!.login.token)), 'OK');
});

test('an API key has one budget, whoever uses it; the session that made it keeps its own', async () => {
  const { token } = await t.tenant('keys');
  const made = await graphqlPost<{ createApiKey: { key: string } }>(
    t.url,
    'mutation { createApiKey(input: { name: "crm", scopes: [READ] }) { key } }',
    {},
    { authorization: `Bearer ${token}` },
  );
  const key = made.body.data!.createApiKey.key;
  for (let i = 1; i <= 5; i++) assert.equal(outcome(await me(key)), 'OK', `request ${i}`);
  const refused = await me(key);
  assert.equal(refused.status, 429);
  assert.equal(outcome(refused), 'TOO_MANY_REQUESTS');
  assert.ok(Number(refused.retryAfter) >= 1);
  // The session spent one (createApiKey) of its five.
  assert.equal(outcome(await me(token)), 'OK');
});

test('plain HTTP routes (CSV export) spend the same budget: 429 with Retry-After once it is spent', async () => {
  const { token } = await t.tenant('routes');
  const csv = () =>
    fetch(t.url.replace('/graphql', `/reports/campaigns/${randomUUID()}/recipients.csv`), {
      headers: { authorization: `Bearer ${token}` },
    });
  for (let i = 1; i <= 5; i++) {
    const r = await csv();
    await r.arrayBuffer();
    assert.equal(r.status, 404, `request ${i}: an unknown campaign, answered`);
  }
  const refused = await csv();
  assert.equal(refused.status, 429);
  assert.ok(Number(refused.headers.get('retry-after')) >= 1);
  const body = (await refused.json()) as { error: { code: string; retryAfterSeconds: number } };
  assert.equal(body.error.code, 'TOO_MANY_REQUESTS');
  assert.equal(body.error.retryAfterSeconds, Number(refused.headers.get('retry-after')));
  // And GraphQL with the same token is refused too: one budget.
  assert.equal(outcome(await me(token)), 'TOO_MANY_REQUESTS');
});

test('requests without credentials spend no budget and are answered as before', async () => {
  for (let i = 0; i < 8; i++) {
    const r = await graphqlPost(t.url, ME);
    assert.equal(r.status, 200);
    assert.equal(outcome(r), 'UNAUTHENTICATED');
  }
});
