import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../../test/test-app';
import { TcpProxy } from '../../test/tcp-proxy';
import { waitFor } from '../../test/wait-for';
import { createTestDb, type TestDb } from '../../test/test-db';

// The app reaches its database through a proxy we can cut: a real outage, seen from the app.
let db: TestDb;
let proxy: TcpProxy;
let t: TestApp;
let token: string;
before(async () => {
  db = await createTestDb();
  const u = new URL(db.url);
  proxy = new TcpProxy(u.hostname, Number(u.port || 5432));
  await proxy.start();
  u.host = `127.0.0.1:${proxy.port}`;
  t = await startTestApp({ DATABASE_URL: u.toString() });
  ({ token } = await t.tenant('outage'));
});
after(async () => {
  await proxy.start();
  await t.stop();
  await proxy.cut();
  await db.drop();
});

test('database down: a clear UNAVAILABLE error, nothing half-written, and recovery when it returns', async () => {
  const created = await t.ok<{ createCampaign: { id: string } }>(
    'mutation { createCampaign(input: { name: "before" }) { id } }',
    {},
    token,
  );
  await proxy.cut();
  const started = Date.now();
  const r = await t.gql('mutation { createCampaign(input: { name: "during" }) { id } }', {}, token);
  assert.equal(r.errors?.[0]?.extensions?.code, 'UNAVAILABLE', JSON.stringify(r.errors));
  assert.match(r.errors![0]!.message, /database is unavailable/i);
  assert.ok(Date.now() - started < 15_000, 'fails promptly instead of hanging');
  await proxy.start(proxy.port);
  // The pool reconnects on its own: wait for the first answer with data, not for a fixed time.
  const list = await waitFor(
    () => t.gql<{ campaigns: { nodes: Array<{ name: string }> } }>('{ campaigns { nodes { name } } }', {}, token),
    {
      what: 'the API to answer again',
      until: (r) => !!r.data,
      intervalMs: 50,
    },
  );
  const names = list.data?.campaigns.nodes.map((n) => n.name);
  assert.deepEqual(names, ['before'], 'the failed create left nothing behind');
  const again = await t.ok<{ campaign: { id: string } }>(
    'query($id: ID!) { campaign(id: $id) { id } }',
    { id: created.createCampaign.id },
    token,
  );
  assert.equal(again.campaign.id, created.createCampaign.id);
});
