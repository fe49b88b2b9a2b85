import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { pushAgentCall } from '../../dialer/agents/agent-call-push';
import { listen } from '../../events/listen';
import { nextResults, startTestApp, type TestApp } from '../../test/test-app';
import { waitFor } from '../../test/wait-for';
import { apiKey, assertError, login } from '../settings/settings-test-kit';
import type { RecipientChangedPayload } from '../../events/recipient-topics';

let t: TestApp;
let admin: string;
let tenantId: string;
let campaignId: string;
before(async () => {
  t = await startTestApp();
  ({ token: admin, tenantId } = await t.tenant('acme'));
  campaignId = (
    await t.ok<{ createCampaign: { id: string } }>(
      'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
      { i: { name: 'sales' } },
      admin,
    )
  ).createCampaign.id;
});
after(async () => {
  await t.stop();
});

/** An AGENT user linked to a new agent: its token and agent id. */
async function agentUser(name: string): Promise<{ token: string; agentId: string }> {
  const email = `${name}@acme.test`;
  const u = await t.ok<{ createUser: { id: string } }>(
    'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    { i: { email, name, password: 'password-123', role: 'AGENT' } },
    admin,
  );
  const a = await t.ok<{ createAgent: { id: string } }>(
    'mutation($i: CreateAgentInput!) { createAgent(input: $i) { id } }',
    { i: { name, endpoint: `user/${name}`, userId: u.createUser.id } },
    admin,
  );
  return { token: await login(t, email, 'password-123'), agentId: a.createAgent.id };
}

/** A recipient with extra fields and its original CSV line, and an attempt given to `agentId`. */
async function callFor(agentId: string, name: string, number: string): Promise<string> {
  const em = t.app.orm.em.fork();
  const [r] = await em.execute<Array<{ id: string }>>(
    `insert into campaign_recipient (campaign_id, name, fields, original_line, tags, attempts, comment, created_at, updated_at)
     values (?, ?, ?::jsonb, ?, '{vip}', 1, 'asked for Tuesday', now(), now()) returning id`,
    [campaignId, name, JSON.stringify({ plan: 'gold', balance: '12.50' }), `${name};${number};gold;12.50`],
  );
  await em.execute(`insert into recipient_phone (recipient_id, campaign_id, number, priority, stopped) values (?, ?, ?, 0, false)`, [
    r?.id,
    campaignId,
    number,
  ]);
  const callId = randomUUID();
  await em.execute(
    `insert into call_attempt (call_id, campaign_id, recipient_id, attempt_number, number, agent_id, created_at)
    values (?, ?, ?, 2, ?, ?, now())`,
    [callId, campaignId, r?.id, number, agentId],
  );
  return callId;
}

interface Pushed {
  myCalls: {
    callId: string;
    phase: string;
    attemptNumber: number;
    number: string;
    campaignId: string;
    campaignName: string;
    recipient: {
      name: string;
      fields: Record<string, string>;
      originalLine: string;
      tags: string[];
      attempts: number;
      comment: string;
      campaignId: string;
      phones: Array<{ number: string }>;
    };
  };
}
const MY_CALLS = `subscription { myCalls { callId phase attemptNumber number campaignId campaignName
  recipient { name fields originalLine tags attempts comment campaignId phones { number } } } }`;

test("call-data push: an agent gets its own calls, offered then bridged, with the full record; never another agent's", async () => {
  const a = await agentUser('ann');
  const b = await agentUser('bob');
  const callA = await callFor(a.agentId, 'Alice Customer', '+15550001');
  const callB = await callFor(b.agentId, 'Bert Customer', '+15550002');
  const subA = nextResults<Pushed>(t.ws(a.token), MY_CALLS, {}, 2);
  const subB = nextResults<Pushed>(t.ws(b.token), MY_CALLS, {}, 1);
  await Promise.all([subA.ready, subB.ready]);
  await pushAgentCall(t.app.bus, { tenantId, agentId: a.agentId, callId: callA }, 'OFFERED', new Date());
  await pushAgentCall(t.app.bus, { tenantId, agentId: a.agentId, callId: callA }, 'BRIDGED', new Date());
  await pushAgentCall(t.app.bus, { tenantId, agentId: b.agentId, callId: callB }, 'OFFERED', new Date());

  const gotA = (await subA.results).map((r) => r.data?.myCalls);
  assert.deepEqual(
    gotA.map((c) => `${c?.callId === callA}:${c?.phase}`),
    ['true:OFFERED', 'true:BRIDGED'],
  );
  const first = gotA[0];
  assert.deepEqual(
    { ...first, callId: undefined, phase: undefined },
    {
      callId: undefined,
      phase: undefined,
      attemptNumber: 2,
      number: '+15550001',
      campaignId,
      campaignName: 'sales',
      recipient: {
        name: 'Alice Customer',
        fields: { plan: 'gold', balance: '12.50' },
        originalLine: 'Alice Customer;+15550001;gold;12.50',
        tags: ['vip'],
        attempts: 1,
        comment: 'asked for Tuesday',
        campaignId,
        phones: [{ number: '+15550001' }],
      },
    },
  );
  // B's first (only) push is its own call: A's two pushes never reached it.
  const gotB = (await subB.results).map((r) => r.data?.myCalls);
  assert.deepEqual(
    gotB.map((c) => [c?.callId, c?.recipient.name]),
    [[callB, 'Bert Customer']],
  );
});

test('myCalls is for signed-in agents only', async () => {
  const r = await nextResults(t.ws(admin), MY_CALLS, {}, 1).results;
  assert.equal(r[0]?.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  assertError(await t.gql('{ myAgent { id } }', {}, admin), 'NOT_FOUND');
});

const REPORT = `mutation($c: ID!, $r: CallResultInput!) { reportCallResult(callId: $c, result: $r) { id state attempts comment disposition nextAttemptAt callbackAt phones { number stopped } } }`;
interface Rec {
  state: string;
  attempts: number;
  comment: string | null;
  disposition: string | null;
  nextAttemptAt: string | null;
  callbackAt: string | null;
  phones: Array<{ number: string; stopped: boolean }>;
}
const report = async (callId: string, r: Record<string, unknown>, token: string) =>
  (await t.ok<{ reportCallResult: Rec }>(REPORT, { c: callId, r }, token)).reportCallResult;

test('results: an agent reports its own calls only; keys with RESULTS_WRITE report any; callbacks for anyone or for the agent who took the call', async () => {
  const a = await agentUser('cid');
  const b = await agentUser('dan');
  const callA = await callFor(a.agentId, 'Carol', '+15550003');
  assertError(await t.gql(REPORT, { c: callA, r: { success: true } }, b.token), 'NOT_FOUND');
  assertError(
    await t.gql(REPORT, { c: callA, r: { success: true, callbackAt: new Date(Date.now() + 60_000).toISOString() } }, a.token),
    'BAD_USER_INPUT',
    'callbackAt',
  );
  assertError(await t.gql(REPORT, { c: callA, r: { callbackAt: new Date(Date.now() - 60_000).toISOString() } }, a.token), 'CONFLICT');
  const ok = await report(callA, { success: true, comment: 'bought gold', disposition: 'SALE' }, a.token);
  assert.deepEqual([ok.state, ok.attempts, ok.comment, ok.disposition], ['CONTACTED', 1, 'bought gold', 'SALE']);
  const em = t.app.orm.em.fork();
  const [att] = await em.execute<Array<{ disposition: string }>>('select disposition from call_attempt where call_id = ?', [callA]);
  assert.equal(att?.disposition, 'SALE');

  const key = await apiKey(t, admin, ['RESULTS_WRITE']);
  const callB = await callFor(b.agentId, 'Dora', '+15550004');
  await em.execute(
    `insert into recipient_phone (recipient_id, campaign_id, number, priority, stopped)
    select recipient_id, campaign_id, '+15550005', -1, false from call_attempt where call_id = ?`,
    [callB],
  );
  const retry = await report(callB, { nextAfterSeconds: 120, nextNumber: true, stopNumbers: ['+15550004'] }, key.key);
  assert.equal(retry.state, 'RETRY_WAIT');
  assert.ok(Math.abs(new Date(retry.nextAttemptAt ?? 0).getTime() - Date.now() - 120_000) < 10_000);
  assert.deepEqual(retry.phones, [
    { number: '+15550004', stopped: true },
    { number: '+15550005', stopped: false },
  ]);

  const at = new Date(Date.now() + 3600_000).toISOString();
  // A callback "to me" needs its time, and is kept for the agent who took the call.
  const noTime = await t.gql(REPORT, { c: callB, r: { callbackToMe: true } }, b.token);
  assert.equal(noTime.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  assert.equal(noTime.errors?.[0]?.extensions?.field, 'callbackToMe');
  const owner = async () =>
    (
      await em.execute<Array<{ a: string | null }>>(
        'select r.callback_agent_id as a from campaign_recipient r join call_attempt c on c.recipient_id = r.id where c.call_id = ?',
        [callB],
      )
    )[0]?.a;
  const mine = await report(callB, { callbackAt: at, callbackToMe: true }, b.token);
  assert.deepEqual([mine.state, mine.callbackAt], ['SCHEDULED', at]);
  assert.equal(await owner(), b.agentId, 'a callback for the agent who took the call');
  const cb = await report(callB, { callbackAt: at }, b.token);
  assert.deepEqual([cb.state, cb.callbackAt], ['SCHEDULED', at]);
  assert.equal(await owner(), null, 'a callback for anyone');
});

test('wait-for-result: the result decides and counts the attempt of a recipient waiting for it', async () => {
  const a = await agentUser('eve');
  const call = await callFor(a.agentId, 'Erin', '+15550006');
  const em = t.app.orm.em.fork();
  await em.execute('update campaign set wait_for_result = true where id = ?', [campaignId]);
  await em.execute(
    `update campaign_recipient set state = 'WAITING_AGENT' where id = (select recipient_id from call_attempt where call_id = ?)`,
    [call],
  );
  const pushed: RecipientChangedPayload[] = [];
  const stop = listen(t.app.bus, 'RECIPIENT_CHANGED', (p) => pushed.push(p));
  const r = await report(call, { success: false }, a.token);
  assert.deepEqual([r.state, r.attempts], ['RETRY_WAIT', 2]);
  // The result is pushed live (recipientChanged), naming the agent who reported it.
  await waitFor(() => pushed.some((p) => p.changedBy.kind === 'USER'), { what: 'the result on the bus' });
  stop();
  const mine = pushed.find((p) => p.changedBy.kind === 'USER');
  assert.deepEqual(
    mine?.changes.map((c) => [c.state, c.attempts]),
    [['RETRY_WAIT', 2]],
  );
  await em.execute('update campaign set wait_for_result = false where id = ?', [campaignId]);
});

test('preview: an agent dials or skips only its own open offer; the decision goes to the dialer', async () => {
  const a = await agentUser('fay');
  const b = await agentUser('gus');
  const call = await callFor(a.agentId, 'Fiona', '+15550007');
  const heard: string[] = [];
  const stop = listen(t.app.bus, 'AGENT_PREVIEW', (p) => heard.push(`${p.callId === call}:${p.agentId === a.agentId}:${p.dial}`));
  const DECIDE = 'mutation($c: ID!, $d: Boolean!) { decidePreviewCall(callId: $c, dial: $d) }';
  assertError(await t.gql(DECIDE, { c: call, d: true }, b.token), 'NOT_FOUND');
  assert.equal((await t.ok<{ decidePreviewCall: boolean }>(DECIDE, { c: call, d: true }, a.token)).decidePreviewCall, true);
  await waitFor(() => heard.length > 0, { what: 'the decision on the bus' });
  assert.deepEqual(heard, ['true:true:true']);
  stop();
});

test('myCurrentCall: a desk reopened mid-call gets the call in hand back; only its own; null once the call is over', async () => {
  const a = await agentUser('desk1');
  const b = await agentUser('desk2');
  const Q = 'query { myCurrentCall { callId phase attemptNumber number campaignName recipient { name fields originalLine } } }';
  type Current = {
    myCurrentCall: {
      callId: string;
      phase: string;
      attemptNumber: number;
      number: string;
      campaignName: string;
      recipient: { name: string; fields: Record<string, string>; originalLine: string };
    } | null;
  };
  assert.equal((await t.ok<Current>(Q, {}, a.token)).myCurrentCall, null, 'nothing in hand yet');
  const callA = await callFor(a.agentId, 'Carla Customer', '+15550011');
  const em = t.app.orm.em.fork();
  const offered = (await t.ok<Current>(Q, {}, a.token)).myCurrentCall;
  assert.deepEqual(
    offered && [
      offered.callId,
      offered.phase,
      offered.attemptNumber,
      offered.number,
      offered.campaignName,
      offered.recipient.name,
      offered.recipient.fields.plan,
    ],
    [callA, 'OFFERED', 2, '+15550011', 'sales', 'Carla Customer', 'gold'],
  );
  assert.equal((await t.ok<Current>(Q, {}, b.token)).myCurrentCall, null, 'another agent does not see it');
  await em.execute('update call_attempt set bridged_at = now() where call_id = ?', [callA]);
  assert.equal((await t.ok<Current>(Q, {}, a.token)).myCurrentCall?.phase, 'BRIDGED');
  // Wait-for-result: the call has ended but the recipient waits for this agent's result.
  await em.execute('update call_attempt set ended_at = now() where call_id = ?', [callA]);
  await em.execute(
    "update campaign_recipient set state = 'WAITING_AGENT' where id = (select recipient_id from call_attempt where call_id = ?)",
    [callA],
  );
  assert.equal((await t.ok<Current>(Q, {}, a.token)).myCurrentCall?.callId, callA);
  await em.execute(
    "update campaign_recipient set state = 'CONTACTED' where id = (select recipient_id from call_attempt where call_id = ?)",
    [callA],
  );
  assert.equal((await t.ok<Current>(Q, {}, a.token)).myCurrentCall, null, 'nothing once the result is in');
  assertError(await t.gql(Q, {}, admin), 'NOT_FOUND');
});
