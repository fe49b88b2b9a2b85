import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Role } from '../../domain/auth/role';
import { nextResults, startTestApp, type TestApp } from '../../test/test-app';
import { apiKey, assertError } from '../settings/settings-test-kit';

// Issue 21: the platform operator's view over every tenant's campaigns (campaigns with
// tenantIds, campaign by id, tenantId/tenantName) and its pause/cancel of any of them, named
// in the campaign's history and pushed to the campaign's own tenant. Nothing else crosses.
let t: TestApp;
const op = { token: '', tenantId: '' };
const a = { token: '', tenantId: '' };
const b = { token: '', tenantId: '' };
const ids = { a: '', b: '', b2: '', op: '' };

async function create(token: string, name: string, recipients: number): Promise<string> {
  const r = await t.ok<{ createCampaign: { id: string } }>(
    'mutation($n: String!) { createCampaign(input: { name: $n, broadcastActions: [{ kind: PLAY, file: "hello.wav" }] }) { id } }',
    { n: name },
    token,
  );
  const id = r.createCampaign.id;
  const list = Array.from({ length: recipients }, (_, i) => ({ communications: [{ number: `21255501${String(i).padStart(2, '0')}` }] }));
  if (list.length > 0) {
    await t.ok(
      'mutation($c: ID!, $r: [RecipientInput!]!) { addRecipients(campaignId: $c, recipients: $r) { added } }',
      { c: id, r: list },
      token,
    );
  }
  return id;
}

before(async () => {
  t = await startTestApp();
  Object.assign(op, await t.tenant('platform', Role.PLATFORM_ADMIN));
  Object.assign(a, await t.tenant('tenant-a'));
  Object.assign(b, await t.tenant('tenant-b'));
  ids.op = await create(op.token, 'op own', 0);
  ids.a = await create(a.token, 'A one', 2);
  ids.b = await create(b.token, 'B one', 3);
  ids.b2 = await create(b.token, 'B two', 1);
});
after(async () => {
  await t.stop();
});

interface Listed {
  campaigns: { nodes: Array<{ id: string; tenantId: string; tenantName: string; recipientCounts: { total: number } }> };
}
const LIST = 'query($f: CampaignFilterInput) { campaigns(filter: $f) { nodes { id tenantId tenantName recipientCounts { total } } } }';

test("the operator lists the named tenants' campaigns, each with its tenant and its own recipients", async () => {
  const r = await t.ok<Listed>(LIST, { f: { tenantIds: [a.tenantId, b.tenantId] } }, op.token);
  const byId = new Map(r.campaigns.nodes.map((n) => [n.id, n]));
  assert.deepEqual([...byId.keys()].sort(), [ids.a, ids.b, ids.b2].sort());
  assert.deepEqual(byId.get(ids.a), { id: ids.a, tenantId: a.tenantId, tenantName: 'tenant-a', recipientCounts: { total: 2 } });
  assert.deepEqual(byId.get(ids.b), { id: ids.b, tenantId: b.tenantId, tenantName: 'tenant-b', recipientCounts: { total: 3 } });
  const onlyB = await t.ok<Listed>(LIST, { f: { tenantIds: [b.tenantId], text: 'two' } }, op.token);
  assert.deepEqual(
    onlyB.campaigns.nodes.map((n) => n.id),
    [ids.b2],
  );
  // Without tenantIds the operator is a tenant like any other: its own campaigns only.
  const own = await t.ok<Listed>(LIST, {}, op.token);
  assert.deepEqual(
    own.campaigns.nodes.map((n) => [n.id, n.tenantName]),
    [[ids.op, 'platform']],
  );
});

test('tenantName is batched: a page over three tenants costs one query more than without it', async () => {
  const knex = t.app.orm.em.getConnection().getKnex();
  const count = async (query: string): Promise<number> => {
    let n = 0;
    const on = () => (n += 1);
    knex.on('query', on);
    try {
      await t.ok(query, { f: { tenantIds: [op.tenantId, a.tenantId, b.tenantId] } }, op.token);
    } finally {
      knex.off('query', on);
    }
    return n;
  };
  const without = await count('query($f: CampaignFilterInput) { campaigns(filter: $f) { nodes { id tenantId } } }');
  const withName = await count('query($f: CampaignFilterInput) { campaigns(filter: $f) { nodes { id tenantId tenantName } } }');
  assert.equal(withName, without + 1);
});

test('anyone else naming another tenant in tenantIds is FORBIDDEN; naming its own is fine', async () => {
  const adminKey = (await apiKey(t, a.token, ['ADMIN'], 'a-admin')).key;
  const opKey = (await apiKey(t, op.token, ['ADMIN'], 'op-admin')).key;
  for (const token of [a.token, adminKey, opKey]) {
    const e = assertError(await t.gql(LIST, { f: { tenantIds: [b.tenantId] } }, token), 'FORBIDDEN');
    assert.match(e.message, /Only the platform operator may read other tenants' campaigns/);
  }
  assertError(await t.gql(LIST, { f: { tenantIds: [a.tenantId, b.tenantId] } }, a.token), 'FORBIDDEN');
  const own = await t.ok<Listed>(LIST, { f: { tenantIds: [a.tenantId] } }, a.token);
  assert.deepEqual(
    own.campaigns.nodes.map((n) => n.id),
    [ids.a],
  );
  assertError(await t.gql(LIST, { f: { tenantIds: ['not-a-uuid'] } }, op.token), 'BAD_USER_INPUT');
});

test("campaign(id): the operator reads any tenant's campaign and its history; a tenant gets NOT_FOUND", async () => {
  const q = 'query($id: ID!) { campaign(id: $id) { name tenantId tenantName recipientCounts { total } startProblems } }';
  const r = await t.ok<{ campaign: { name: string; tenantName: string; recipientCounts: { total: number }; startProblems: string[] } }>(
    q,
    { id: ids.b },
    op.token,
  );
  assert.deepEqual(r.campaign, {
    name: 'B one',
    tenantId: b.tenantId,
    tenantName: 'tenant-b',
    recipientCounts: { total: 3 },
    startProblems: [],
  });
  assertError(await t.gql(q, { id: ids.b }, a.token), 'NOT_FOUND');
  const events = await t.ok<{ campaignEvents: { nodes: Array<{ action: string }> } }>(
    'query($id: ID!) { campaignEvents(campaignId: $id) { nodes { action } } }',
    { id: ids.b },
    op.token,
  );
  assert.equal(events.campaignEvents.nodes[0]?.action, 'CREATE');
});

test("the operator pauses and cancels another tenant's campaign: its history names the operator, the push goes to that tenant", async () => {
  await t.ok('mutation($id: ID!) { startCampaign(id: $id) { status } }', { id: ids.b }, b.token);
  const bSub = nextResults<{ campaignChanged: { campaignId: string; action: string; status: string } }>(
    t.ws(b.token),
    'subscription($id: ID) { campaignChanged(campaignId: $id) { campaignId action status } }',
    { id: ids.b },
    2,
  );
  await bSub.ready;
  const paused = await t.ok<{ pauseCampaign: { status: string; tenantName: string } }>(
    'mutation($id: ID!) { pauseCampaign(id: $id) { status tenantName } }',
    { id: ids.b },
    op.token,
  );
  assert.deepEqual(paused.pauseCampaign, { status: 'PAUSED', tenantName: 'tenant-b' });
  await t.ok('mutation($id: ID!) { cancelCampaign(id: $id) { status } }', { id: ids.b }, op.token);
  const pushed = (await bSub.results).map((r) => r.data?.campaignChanged);
  assert.deepEqual(pushed, [
    { campaignId: ids.b, action: 'PAUSE', status: 'PAUSED' },
    { campaignId: ids.b, action: 'CANCEL', status: 'CANCELLED' },
  ]);
  const history = await t.ok<{ campaignEvents: { nodes: Array<{ action: string; actorLabel: string; actorKind: string }> } }>(
    'query($id: ID!) { campaignEvents(campaignId: $id) { nodes { action actorLabel actorKind } } }',
    { id: ids.b },
    b.token,
  );
  assert.deepEqual(history.campaignEvents.nodes.slice(-3), [
    { action: 'START', actorLabel: 'admin@tenant-b.test', actorKind: 'USER' },
    { action: 'PAUSE', actorLabel: 'operator platform_admin@platform.test', actorKind: 'USER' },
    { action: 'CANCEL', actorLabel: 'operator platform_admin@platform.test', actorKind: 'USER' },
  ]);
});

test("every other move or edit of another tenant's campaign stays NOT_FOUND for the operator, and changes nothing", async () => {
  const probes = [
    'mutation($id: ID!) { startCampaign(id: $id) { id } }',
    'mutation($id: ID!) { resumeCampaign(id: $id) { id } }',
    'mutation($id: ID!) { restartCampaign(id: $id) { id } }',
    'mutation($id: ID!) { terminateCampaign(id: $id) { id } }',
    'mutation($id: ID!) { updateCampaign(id: $id, input: { name: "op edit" }) { id } }',
    'mutation($id: ID!) { cloneCampaign(id: $id) { id } }',
    'mutation($id: ID!) { deleteCampaign(id: $id) { id } }',
    'query($id: ID!) { recipients(campaignId: $id) { nodes { id } } }',
    'mutation($id: ID!) { addRecipients(campaignId: $id, recipients: [{ communications: [{ number: "2125550199" }] }]) { added } }',
    'mutation($id: ID!) { deleteAllRecipients(campaignId: $id) { affected } }',
  ];
  for (const q of probes) assertError(await t.gql(q, { id: ids.b2 }, op.token), 'NOT_FOUND');
  const still = await t.ok<{ campaign: { name: string; status: string; recipientCounts: { total: number } } }>(
    'query($id: ID!) { campaign(id: $id) { name status recipientCounts { total } } }',
    { id: ids.b2 },
    b.token,
  );
  assert.deepEqual(still.campaign, { name: 'B two', status: 'CREATED', recipientCounts: { total: 1 } });
  // A tenant admin cannot stop another tenant's campaign either.
  await t.ok('mutation($id: ID!) { startCampaign(id: $id) { status } }', { id: ids.b2 }, b.token);
  assertError(await t.gql('mutation($id: ID!) { pauseCampaign(id: $id) { id } }', { id: ids.b2 }, a.token), 'NOT_FOUND');
  const opKey = (await apiKey(t, op.token, ['CAMPAIGNS_WRITE'], 'op-writer')).key;
  assertError(await t.gql('mutation($id: ID!) { cancelCampaign(id: $id) { id } }', { id: ids.b2 }, opKey), 'NOT_FOUND');
});
