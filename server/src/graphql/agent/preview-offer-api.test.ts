// The agent desk's Dial / Skip and countdown read `preview`, `offerExpiresAt` and the preview phases of myCalls.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { pushAgentCall } from '../../dialer/agents/agent-call-push';
import { PREVIEW_TIMEOUT_MS } from '../../dialer/agents/preview-gate';
import { nextResults, startTestApp, type TestApp } from '../../test/test-app';
import { login } from '../settings/settings-test-kit';

let t: TestApp;
let admin: string;
let tenantId: string;
before(async () => {
  t = await startTestApp();
  ({ token: admin, tenantId } = await t.tenant('acme'));
});
after(async () => {
  await t.stop();
});

async function campaign(name: string, dialingMode: string): Promise<string> {
  const r = await t.ok<{ createCampaign: { id: string } }>(
    'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
    { i: { name, type: 'AGENT', dialingMode } },
    admin,
  );
  return r.createCampaign.id;
}

/** A recipient and an attempt of `campaignId` given to `agentId`. */
async function callFor(campaignId: string, agentId: string): Promise<string> {
  const em = t.app.orm.em.fork();
  const [r] = await em.execute<Array<{ id: string }>>(
    `insert into campaign_recipient (campaign_id, name, fields, tags, created_at, updated_at)
     values (?, 'Pat Preview', '{}', '{}', now(), now()) returning id`,
    [campaignId],
  );
  const callId = randomUUID();
  await em.execute(
    `insert into call_attempt (call_id, campaign_id, recipient_id, attempt_number, number, agent_id, created_at)
    values (?, ?, ?, 1, '+15550042', ?, now())`,
    [callId, campaignId, r?.id, agentId],
  );
  return callId;
}

interface Pushed {
  myCalls: { callId: string; phase: string; preview: boolean; at: string; offerExpiresAt: string | null };
}

test('myCalls: a preview offer says so and when it expires; dialed or withdrawn it has no expiry; a progressive offer is no preview', async () => {
  const u = await t.ok<{ createUser: { id: string } }>(
    'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    { i: { email: 'pia@acme.test', name: 'pia', password: 'password-123', role: 'AGENT' } },
    admin,
  );
  const a = await t.ok<{ createAgent: { id: string } }>(
    'mutation($i: CreateAgentInput!) { createAgent(input: $i) { id } }',
    { i: { name: 'pia', endpoint: 'user/pia', userId: u.createUser.id } },
    admin,
  );
  const agentId = a.createAgent.id;
  const token = await login(t, 'pia@acme.test', 'password-123');
  const preview = await callFor(await campaign('preview', 'PREVIEW'), agentId);
  const progressive = await callFor(await campaign('progressive', 'PROGRESSIVE'), agentId);
  const sub = nextResults<Pushed>(t.ws(token), 'subscription { myCalls { callId phase preview at offerExpiresAt } }', {}, 4);
  await sub.ready;
  const offeredAt = new Date('2026-01-05T10:00:00.000Z');
  const push = (callId: string, phase: 'OFFERED' | 'DIALING' | 'WITHDRAWN') =>
    pushAgentCall(t.app.bus, { tenantId, agentId, callId }, phase, offeredAt);
  await push(preview, 'OFFERED');
  await push(preview, 'DIALING');
  await push(preview, 'WITHDRAWN');
  await push(progressive, 'OFFERED');
  const got = (await sub.results).map((r) => r.data?.myCalls);
  assert.deepEqual(
    got.map((c) => [c?.callId === preview, c?.phase, c?.preview, c?.offerExpiresAt]),
    [
      [true, 'OFFERED', true, new Date(offeredAt.getTime() + PREVIEW_TIMEOUT_MS).toISOString()],
      [true, 'DIALING', true, null],
      [true, 'WITHDRAWN', true, null],
      [false, 'OFFERED', false, null],
    ],
  );
});

test('myCurrentCall: a reopened desk sees a preview the switch took as DIALING (no Dial / Skip), an untaken one as OFFERED; a progressive call stays OFFERED', async () => {
  const u = await t.ok<{ createUser: { id: string } }>(
    'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    { i: { email: 'rex@acme.test', name: 'rex', password: 'password-123', role: 'AGENT' } },
    admin,
  );
  const a = await t.ok<{ createAgent: { id: string } }>(
    'mutation($i: CreateAgentInput!) { createAgent(input: $i) { id } }',
    { i: { name: 'rex', endpoint: 'user/rex', userId: u.createUser.id } },
    admin,
  );
  const agentId = a.createAgent.id;
  const token = await login(t, 'rex@acme.test', 'password-123');
  const Q = 'query { myCurrentCall { callId phase preview offerExpiresAt } }';
  type Current = { myCurrentCall: { callId: string; phase: string; preview: boolean; offerExpiresAt: string | null } | null };
  const current = async () => (await t.ok<Current>(Q, {}, token)).myCurrentCall;
  const sent = (callId: string) => t.app.orm.em.fork().execute('update call_attempt set originated_at = now() where call_id = ?', [callId]);

  const offer = await callFor(await campaign('preview 2', 'PREVIEW'), agentId);
  const before = await current();
  assert.deepEqual([before?.callId, before?.phase, before?.preview], [offer, 'OFFERED', true]);
  assert.ok(before?.offerExpiresAt, 'an open offer says when it expires');
  await sent(offer);
  const after = await current();
  assert.deepEqual([after?.phase, after?.offerExpiresAt], ['DIALING', null]);

  await t.app.orm.em.fork().execute('update call_attempt set ended_at = now() where call_id = ?', [offer]);
  const progressive = await callFor(await campaign('progressive 2', 'PROGRESSIVE'), agentId);
  await sent(progressive);
  assert.deepEqual([(await current())?.callId, (await current())?.phase], [progressive, 'OFFERED']);
});
