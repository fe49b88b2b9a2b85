import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
let token: string;
before(async () => {
  t = await startTestApp();
  ({ token } = await t.tenant('queues'));
});
after(async () => {
  await t.stop();
});

const CREATE = 'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id dialingMode queueName queueMultiplier } }';
const UPDATE = 'mutation($id: ID!, $i: UpdateCampaignInput!) { updateCampaign(id: $id, input: $i) { id dialingMode queueName } }';
const queueWatch = { name: 'queue watch', type: 'AGENT', dialingMode: 'QUEUE_WATCH' };

test('a QUEUE_WATCH campaign without a queue is BAD_USER_INPUT on queueName, at create and at update', async () => {
  const r = await t.gql(CREATE, { i: queueWatch }, token);
  assert.equal(r.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  assert.equal(r.errors?.[0]?.extensions?.field, 'queueName');
  assert.match(r.errors![0]!.message, /queue/);

  const { createCampaign: p } = await t.ok<{ createCampaign: { id: string } }>(
    CREATE,
    { i: { name: 'progressive', type: 'AGENT', dialingMode: 'PROGRESSIVE' } },
    token,
  );
  const u = await t.gql(UPDATE, { id: p.id, i: { dialingMode: 'QUEUE_WATCH' } }, token);
  assert.equal(u.errors?.[0]?.extensions?.field, 'queueName', 'switching to queue-watch needs a queue too');
});

test('a queue name that is not one switch argument is refused', async () => {
  for (const queueName of ['sales default', "sales',x", 'a,b']) {
    const r = await t.gql(CREATE, { i: { ...queueWatch, queueName } }, token);
    assert.equal(r.errors?.[0]?.extensions?.field, 'queueName', queueName);
  }
});

test('with a queue it is created; clearing the queue later is refused', async () => {
  const { createCampaign: c } = await t.ok<{
    createCampaign: { id: string; dialingMode: string; queueName: string; queueMultiplier: number };
  }>(CREATE, { i: { ...queueWatch, queueName: 'sales@default', queueMultiplier: 1.5 } }, token);
  assert.deepEqual([c.dialingMode, c.queueName, c.queueMultiplier], ['QUEUE_WATCH', 'sales@default', 1.5]);
  const r = await t.gql(UPDATE, { id: c.id, i: { queueName: null } }, token);
  assert.equal(r.errors?.[0]?.extensions?.field, 'queueName');
  const { campaign } = await t.ok<{ campaign: { queueName: string } }>(
    'query($id: ID!) { campaign(id: $id) { queueName } }',
    { id: c.id },
    token,
  );
  assert.equal(campaign.queueName, 'sales@default', 'nothing written');
});
