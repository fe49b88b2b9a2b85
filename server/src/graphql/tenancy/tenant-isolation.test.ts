import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Role } from '../../domain/auth/role';
import { nextResults, startTestApp, type GqlResult, type TestApp } from '../../test/test-app';

// Tenant A, and the platform operator (issue 21), probe every campaign, recipient, list and
// agent operation with tenant B's ids. Each must answer NOT_FOUND (never FORBIDDEN: that would
// confirm the id exists) and change nothing. The operator's only ways across are its own:
// campaigns(filter: { tenantIds }), campaign(id), campaignEvents, pauseCampaign, cancelCampaign
// (operator-campaigns-api.test.ts); subscriptions are in subscription-isolation.test.ts.
let t: TestApp;
let a: string;
let b: string;
let op: string;
let bTenant: string;
let bCampaign: string;
let bRecipient: string;
const bIds = { list: '', agent: '' };
before(async () => {
  t = await startTestApp();
  a = (await t.tenant('tenant-a')).token;
  const tb = await t.tenant('tenant-b');
  b = tb.token;
  bTenant = tb.tenantId;
  op = (await t.tenant('platform', Role.PLATFORM_ADMIN)).token;
  bCampaign = (await t.ok<{ createCampaign: { id: string } }>('mutation { createCampaign(input: { name: "B secret" }) { id } }', {}, b))
    .createCampaign.id;
  await t.ok(
    'mutation($c: ID!) { addRecipients(campaignId: $c, recipients: [{ name: "Bee", communications: [{ number: "2125550190" }] }]) { added } }',
    { c: bCampaign },
    b,
  );
  const list = await t.ok<{ recipients: { nodes: Array<{ id: string }> } }>(
    'query($c: ID!) { recipients(campaignId: $c) { nodes { id } } }',
    { c: bCampaign },
    b,
  );
  bRecipient = list.recipients.nodes[0]!.id;
  const made = await t.ok<{ l: { id: string }; g: { id: string } }>(
    'mutation { l: createRecipientList(input: { name: "B list" }) { id } g: createAgent(input: { name: "B agent", endpoint: "user/1001" }) { id } }',
    {},
    b,
  );
  Object.assign(bIds, { list: made.l.id, agent: made.g.id });
});
after(async () => {
  await t.stop();
});

/** graphql-ws reports a refused subscribe either as an `error` message or as a `next` with errors. */
async function subscriptionErrorCode(results: Promise<Array<GqlResult<unknown>>>): Promise<string | undefined> {
  try {
    const got = await results;
    assert.equal(got[0]?.data ?? null, null, 'a refused subscription delivers no data');
    return got[0]?.errors?.[0]?.extensions?.code;
  } catch (err) {
    const list = Array.isArray(err) ? (err as Array<{ extensions?: { code?: string } }>) : [];
    return list[0]?.extensions?.code ?? String(err);
  }
}

const PROBES: Array<[string, string]> = [
  ['campaign', 'query($id: ID!) { campaign(id: $id) { id } }'],
  ['campaignEvents', 'query($id: ID!) { campaignEvents(campaignId: $id) { nodes { id } } }'],
  ['recipients', 'query($id: ID!) { recipients(campaignId: $id) { nodes { id } } }'],
  ['campaignStatistics', 'query($id: ID!) { campaignStatistics(filter: { campaignIds: [$id] }) { answered } }'],
  ['recipientReport', 'query($id: ID!) { recipientReport(campaignId: $id) { nodes { __typename } } }'],
  ['wallboardHistory', 'query($id: ID!) { wallboardHistory(campaignId: $id) { __typename } }'],
  ['updateCampaign', 'mutation($id: ID!) { updateCampaign(id: $id, input: { name: "pwned" }) { id } }'],
  ['cloneCampaign', 'mutation($id: ID!) { cloneCampaign(id: $id) { id } }'],
  ['deleteCampaign', 'mutation($id: ID!) { deleteCampaign(id: $id) { id } }'],
  ['startCampaign', 'mutation($id: ID!) { startCampaign(id: $id) { id } }'],
  ['pauseCampaign', 'mutation($id: ID!) { pauseCampaign(id: $id) { id } }'],
  ['cancelCampaign', 'mutation($id: ID!) { cancelCampaign(id: $id) { id } }'],
  [
    'addRecipients',
    'mutation($id: ID!) { addRecipients(campaignId: $id, recipients: [{ communications: [{ number: "2125550191" }] }]) { added } }',
  ],
  ['stopRecipients', 'mutation($id: ID!) { stopRecipients(campaignId: $id, ids: ["1"]) { affected } }'],
  ['addAttempts', 'mutation($id: ID!) { addAttempts(campaignId: $id, allFailed: true) { affected } }'],
  ['purgePendingRecipients', 'mutation($id: ID!) { purgePendingRecipients(campaignId: $id) { affected } }'],
  ['deleteAllRecipients', 'mutation($id: ID!) { deleteAllRecipients(campaignId: $id) { affected } }'],
];

test("every campaign/recipient operation on another tenant's campaign is NOT_FOUND and changes nothing", async () => {
  for (const [name, query] of PROBES) {
    const r = await t.gql(query, { id: bCampaign }, a);
    assert.equal(r.errors?.[0]?.extensions?.code, 'NOT_FOUND', `${name}: ${JSON.stringify(r.errors)}`);
  }
  const still = await t.ok<{ campaign: { name: string; status: string; recipientCounts: { total: number } } }>(
    'query($id: ID!) { campaign(id: $id) { name status recipientCounts { total } } }',
    { id: bCampaign },
    b,
  );
  assert.deepEqual(still.campaign, { name: 'B secret', status: 'CREATED', recipientCounts: { total: 1 } });
});

// What the operator may do across tenants; every other probe is NOT_FOUND for it too.
const OPERATOR_PATHS = new Set(['campaign', 'campaignEvents', 'pauseCampaign', 'cancelCampaign']);

test("the operator: every campaign/recipient operation but its own paths is NOT_FOUND on another tenant's campaign", async () => {
  for (const [name, query] of PROBES.filter(([n]) => !OPERATOR_PATHS.has(n))) {
    const r = await t.gql(query, { id: bCampaign }, op);
    assert.equal(r.errors?.[0]?.extensions?.code, 'NOT_FOUND', `operator ${name}: ${JSON.stringify(r.errors)}`);
  }
  const r = await t.gql('query($id: ID!) { recipient(id: $id) { id } }', { id: bRecipient }, op);
  assert.equal(r.errors?.[0]?.extensions?.code, 'NOT_FOUND', 'operator recipient(id)');
  const listOp = await t.ok<{ campaigns: { nodes: Array<{ id: string }> } }>('{ campaigns(first: 500) { nodes { id } } }', {}, op);
  assert.ok(!listOp.campaigns.nodes.some((c) => c.id === bCampaign), 'without tenantIds the operator sees its own tenant only');
});

test("a tenant naming another tenant in campaigns' tenantIds is FORBIDDEN", async () => {
  const r = await t.gql('query($t: [ID!]) { campaigns(filter: { tenantIds: $t }) { nodes { id } } }', { t: [bTenant] }, a);
  assert.equal(r.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  assert.equal(r.data ?? null, null);
});

test('lists and agents of another tenant are NOT_FOUND for a tenant and for the operator, and unchanged', async () => {
  const probes: Array<[string, Record<string, unknown>]> = [
    ['query($id: ID!) { recipientList(id: $id) { id } }', { id: bIds.list }],
    ['query($id: ID!) { contacts(listId: $id) { nodes { id } } }', { id: bIds.list }],
    ['mutation($id: ID!) { updateRecipientList(id: $id, input: { name: "pwned" }) { id } }', { id: bIds.list }],
    ['mutation($id: ID!) { deleteRecipientList(id: $id) }', { id: bIds.list }],
    [
      'mutation($id: ID!) { addContacts(listId: $id, recipients: [{ communications: [{ number: "2125550192" }] }]) { added } }',
      { id: bIds.list },
    ],
    ['mutation($c: ID!, $l: ID!) { attachList(campaignId: $c, listId: $l) { added } }', { c: bCampaign, l: bIds.list }],
    ['query($id: ID!) { agent(id: $id) { id } }', { id: bIds.agent }],
    ['mutation($id: ID!) { updateAgent(id: $id, input: { name: "pwned" }) { id } }', { id: bIds.agent }],
    ['mutation($id: ID!) { setAgentState(id: $id, state: AVAILABLE) { id } }', { id: bIds.agent }],
    ['mutation($id: ID!) { deleteAgent(id: $id) { id } }', { id: bIds.agent }],
    ['mutation($g: ID!, $c: ID!) { assignAgent(agentId: $g, campaignId: $c) { agentId } }', { g: bIds.agent, c: bCampaign }],
  ];
  for (const token of [a, op]) {
    for (const [q, v] of probes) {
      const r = await t.gql(q, v, token);
      assert.equal(r.errors?.[0]?.extensions?.code, 'NOT_FOUND', `${q}: ${JSON.stringify(r.errors)}`);
    }
    // Filters, not lookups: another tenant's ids simply match nothing.
    const lists = await t.ok<{ recipientLists: unknown[]; agents: unknown[]; agentAssignments: unknown[] }>(
      'query($c: ID!, $g: ID!) { recipientLists { id } agents { id } agentAssignments(campaignId: $c, agentId: $g) { agentId } }',
      { c: bCampaign, g: bIds.agent },
      token,
    );
    assert.deepEqual([lists.recipientLists.length, lists.agents.length, lists.agentAssignments.length], [0, 0, 0]);
  }
  await t.ok('mutation($g: ID!, $c: ID!) { assignAgent(agentId: $g, campaignId: $c) { agentId } }', { g: bIds.agent, c: bCampaign }, b);
  for (const token of [a, op]) {
    const r = await t.ok<{ agentAssignments: unknown[] }>(
      'query($c: ID!) { agentAssignments(campaignId: $c) { agentId } }',
      { c: bCampaign },
      token,
    );
    assert.deepEqual(r.agentAssignments, [], "another tenant's assignments stay invisible");
  }
  const still = await t.ok<{ recipientList: { name: string }; agent: { name: string; state: string } }>(
    'query($l: ID!, $g: ID!) { recipientList(id: $l) { name } agent(id: $g) { name state } }',
    { l: bIds.list, g: bIds.agent },
    b,
  );
  assert.deepEqual(still, { recipientList: { name: 'B list' }, agent: { name: 'B agent', state: 'LOGGED_OUT' } });
});

test("another tenant's recipient is NOT_FOUND; lists never show another tenant's campaigns", async () => {
  const r = await t.gql('query($id: ID!) { recipient(id: $id) { id } }', { id: bRecipient }, a);
  assert.equal(r.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  const own = await t.ok<{ recipient: { name: string } }>('query($id: ID!) { recipient(id: $id) { name } }', { id: bRecipient }, b);
  assert.equal(own.recipient.name, 'Bee');
  const listA = await t.ok<{ campaigns: { nodes: Array<{ id: string }> } }>('{ campaigns(first: 500) { nodes { id } } }', {}, a);
  assert.ok(!listA.campaigns.nodes.some((c) => c.id === bCampaign));
});

test("over WebSocket: subscribing to another tenant's campaign is NOT_FOUND", async () => {
  const client = t.ws(a);
  const { results } = nextResults(
    client,
    'subscription($id: ID) { campaignChanged(campaignId: $id) { campaignId } }',
    { id: bCampaign },
    1,
  );
  assert.equal(await subscriptionErrorCode(results), 'NOT_FOUND');
});

test("over WebSocket: a tenant-wide subscription hears its own campaigns and never another tenant's", async () => {
  const client = t.ws(a);
  const sub = nextResults<{ campaignChanged: { campaignId: string; action: string } }>(
    client,
    'subscription { campaignChanged { campaignId action } }',
    {},
    1,
    8000,
  );
  await sub.ready;
  await t.ok('mutation($id: ID!) { updateCampaign(id: $id, input: { description: "b only" }) { id } }', { id: bCampaign }, b);
  const mine = await t.ok<{ createCampaign: { id: string } }>('mutation { createCampaign(input: { name: "A own" }) { id } }', {}, a);
  const [first] = await sub.results;
  assert.deepEqual(first!.data?.campaignChanged, { campaignId: mine.createCampaign.id, action: 'CREATE' });
});

test('over WebSocket: no credentials or a bad token is UNAUTHENTICATED', async () => {
  for (const token of [undefined, 'pcs_nope']) {
    const { results } = nextResults(t.ws(token), 'subscription { campaignChanged { campaignId } }', {}, 1);
    assert.equal(await subscriptionErrorCode(results), 'UNAUTHENTICATED');
  }
});
