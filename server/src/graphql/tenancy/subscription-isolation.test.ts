import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Role } from '../../domain/auth/role';
import type { WallboardPayload } from '../../events/live-topics';
import { nextResults, resultWhere, startTestApp, type GqlResult, type TestApp } from '../../test/test-app';

// Issue 21: over WebSocket, one tenant never hears another's events, the platform operator
// included (it has no operator subscription: its subscriptions are its own tenant's, and a
// campaign of another tenant is NOT_FOUND there as for anyone). Each tenant-wide check sends
// the other tenant's event first and the subscriber's own one after it: events reach every
// subscriber in commit order, so the first thing heard must be its own.
let t: TestApp;
const op = { token: '', tenantId: '' };
const a = { token: '', tenantId: '' };
const b = { token: '', tenantId: '' };
const campaigns = { op: '', b: '' };
const agents = { op: '', b: '' };

async function campaignOf(token: string, name: string): Promise<string> {
  const r = await t.ok<{ createCampaign: { id: string } }>(
    'mutation($n: String!) { createCampaign(input: { name: $n, broadcastActions: [{ kind: PLAY, file: "hello.wav" }] }) { id } }',
    { n: name },
    token,
  );
  await t.ok(
    'mutation($c: ID!) { addRecipients(campaignId: $c, recipients: [{ communications: [{ number: "2125550190" }] }]) { added } }',
    { c: r.createCampaign.id },
    token,
  );
  return r.createCampaign.id;
}

async function agentOf(token: string): Promise<string> {
  const r = await t.ok<{ createAgent: { id: string } }>(
    'mutation { createAgent(input: { name: "ag", endpoint: "user/1001" }) { id } }',
    {},
    token,
  );
  return r.createAgent.id;
}

before(async () => {
  t = await startTestApp();
  Object.assign(op, await t.tenant('platform', Role.PLATFORM_ADMIN));
  Object.assign(a, await t.tenant('tenant-a'));
  Object.assign(b, await t.tenant('tenant-b'));
  campaigns.op = await campaignOf(op.token, 'op own');
  campaigns.b = await campaignOf(b.token, 'B own');
  agents.op = await agentOf(op.token);
  agents.b = await agentOf(b.token);
});
after(async () => {
  await t.stop();
});

/** graphql-ws reports a refused subscribe either as an `error` message or as a `next` with errors. */
async function refusal(results: Promise<Array<GqlResult<unknown>>>): Promise<string | undefined> {
  try {
    const got = await results;
    assert.equal(got[0]?.data ?? null, null, 'a refused subscription delivers no data');
    return got[0]?.errors?.[0]?.extensions?.code;
  } catch (err) {
    const list = Array.isArray(err) ? (err as Array<{ extensions?: { code?: string } }>) : [];
    return list[0]?.extensions?.code ?? String(err);
  }
}

test("every subscription to another tenant's campaign is NOT_FOUND, for a tenant and for the operator", async () => {
  const subs = [
    'subscription($id: ID) { campaignChanged(campaignId: $id) { campaignId } }',
    'subscription($id: ID!) { callEvents(campaignId: $id) { campaignId } }',
    'subscription($id: ID!) { recipientChanged(campaignId: $id) { campaignId } }',
    'subscription($id: ID) { wallboard(campaignId: $id) { campaignId } }',
  ];
  for (const token of [a.token, op.token]) {
    for (const q of subs) {
      const { results } = nextResults(t.ws(token), q, { id: campaigns.b }, 1);
      assert.equal(await refusal(results), 'NOT_FOUND', q);
    }
  }
});

test("the operator's tenant-wide campaignChanged hears neither tenant B's changes nor its own pause of B's campaign", async () => {
  const sub = nextResults<{ campaignChanged: { campaignId: string; action: string } }>(
    t.ws(op.token),
    'subscription { campaignChanged { campaignId action } }',
    {},
    1,
  );
  await sub.ready;
  await t.ok('mutation($id: ID!) { updateCampaign(id: $id, input: { description: "b only" }) { id } }', { id: campaigns.b }, b.token);
  await t.ok('mutation($id: ID!) { startCampaign(id: $id) { id } }', { id: campaigns.b }, b.token);
  // The operator's own move on B's campaign goes to B's subscribers, not to the operator's tenant.
  await t.ok('mutation($id: ID!) { pauseCampaign(id: $id) { id } }', { id: campaigns.b }, op.token);
  await t.ok('mutation($id: ID!) { updateCampaign(id: $id, input: { description: "op only" }) { id } }', { id: campaigns.op }, op.token);
  const [first] = await sub.results;
  assert.deepEqual(first!.data?.campaignChanged, { campaignId: campaigns.op, action: 'UPDATE' });
});

test("tenant-wide wallboards (operator and tenant A) never carry tenant B's figures", async () => {
  const board = (tenantId: string, activeCalls: number, campaignId: string | null = null): WallboardPayload => ({
    tenantId,
    campaignId,
    activeCalls,
    callsPerMinute: 0,
    answerRate: null,
    abandonedCalls: 0,
    confirmedCalls: 0,
    recipientsRemaining: 0,
    etaSeconds: null,
    agents: null,
    occupancy: null,
    abandonRate: null,
    abandonRateTarget: null,
    at: new Date().toISOString(),
  });
  const q = 'subscription { wallboard { campaignId activeCalls } }';
  type Board = { wallboard: { activeCalls: number } };
  const opSub = resultWhere<Board>(t.ws(op.token), q, {}, (d) => d.wallboard.activeCalls === 7);
  const aSub = resultWhere<Board>(t.ws(a.token), q, {}, (d) => d.wallboard.activeCalls === 8);
  await Promise.all([opSub.ready, aSub.ready]);
  await t.app.bus.publish('WALLBOARD', board(b.tenantId, 4242));
  await t.app.bus.publish('WALLBOARD', board(op.tenantId, 7));
  await t.app.bus.publish('WALLBOARD', board(a.tenantId, 8));
  await Promise.all([opSub.result, aSub.result]);
  for (const seen of [opSub.seen, aSub.seen]) assert.ok(!seen.some((d) => d.wallboard.activeCalls === 4242), JSON.stringify(seen));
});

test("callEvents of the operator's own campaign carry only its own tenant's calls", async () => {
  const sub = nextResults<{ callEvents: { campaignId: string; events: Array<{ callId: string }> } }>(
    t.ws(op.token),
    'subscription($id: ID!) { callEvents(campaignId: $id) { campaignId events { callId } } }',
    { id: campaigns.op },
    1,
  );
  await sub.ready;
  const call = (callId: string) => ({
    callId,
    recipientId: '1',
    number: '+12125550190',
    state: 'ringing',
    outcome: null,
    at: new Date().toISOString(),
  });
  // Another tenant's event, even one naming the operator's campaign id, is dropped by tenant.
  await t.app.bus.publish('CALL_STATE', { tenantId: b.tenantId, campaignId: campaigns.op, events: [call('b-call')] });
  await t.app.bus.publish('CALL_STATE', { tenantId: b.tenantId, campaignId: campaigns.b, events: [call('b-call-2')] });
  await t.app.bus.publish('CALL_STATE', { tenantId: op.tenantId, campaignId: campaigns.op, events: [call('op-call')] });
  const [first] = await sub.results;
  assert.deepEqual(first!.data?.callEvents, { campaignId: campaigns.op, events: [{ callId: 'op-call' }] });
});

test("agentStateChanged (tenant-wide) never reports another tenant's agents, operator included", async () => {
  const sub = nextResults<{ agentStateChanged: { agentId: string } }>(
    t.ws(op.token),
    'subscription { agentStateChanged { agentId } }',
    {},
    1,
  );
  await sub.ready;
  await t.ok('mutation($id: ID!) { setAgentState(id: $id, state: AVAILABLE) { id } }', { id: agents.b }, b.token);
  await t.ok('mutation($id: ID!) { setAgentState(id: $id, state: AVAILABLE) { id } }', { id: agents.op }, op.token);
  const [first] = await sub.results;
  assert.deepEqual(first!.data?.agentStateChanged, { agentId: agents.op });
});
