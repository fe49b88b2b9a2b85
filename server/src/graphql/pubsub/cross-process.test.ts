import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { nextResults, startTestApp, type TestApp } from '../../test/test-app';
import { spawnServer, type ServerProcess } from '../../test/spawn-server';

// Two server processes on one database: a subscriber connected to process 1 must hear a
// change made through process 2 (events travel through PostgreSQL, not process memory).
let t: TestApp;
let other: ServerProcess;
let token: string;
before(async () => {
  t = await startTestApp();
  ({ token } = await t.tenant('xproc'));
  other = await spawnServer({ DATABASE_URL: t.db.url });
});
after(async () => {
  await other?.kill();
  await t.stop();
});

test('a subscription on process 1 receives an event caused by a mutation on process 2', async () => {
  const sub = nextResults<{ campaignChanged: { campaignId: string; action: string; status: string } }>(
    t.ws(token),
    'subscription { campaignChanged { campaignId action status } }',
    {},
    2,
    10_000,
  );
  await sub.ready;
  const call = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(other.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: Record<string, { id: string }>; errors?: unknown };
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data;
  };
  assert.notEqual(other.url, t.url, 'two different processes and ports');
  const created = await call(
    'mutation { createCampaign(input: { name: "from process 2", broadcastActions: [{ kind: PLAY, file: "hello.wav" }] }) { id } }',
  );
  const id = created.createCampaign!.id;
  await call('mutation($id: ID!) { startCampaign(id: $id, delaySeconds: 600) { id } }', { id });
  const got = (await sub.results).map((r) => r.data?.campaignChanged);
  assert.deepEqual(got, [
    { campaignId: id, action: 'CREATE', status: 'CREATED' },
    { campaignId: id, action: 'SCHEDULE', status: 'SCHEDULED' },
  ]);
});
