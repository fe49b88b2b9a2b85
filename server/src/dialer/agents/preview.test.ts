import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AgentState } from '../../domain/agent/agent-state';
import { CampaignType, DialingMode } from '../../domain/campaign/campaign-type';
import { Agent } from '../../entities/agent.entity';
import { AgentAssignment } from '../../entities/agent-assignment.entity';
import { rows } from '../sql-rows';
import type { Dialer } from '../dialer';
import { recordOriginates } from '../testing/invariant-sampler';
import { dialerTestEnv, type DialerTestEnv } from '../testing/dialer-test-env';
import { seedCampaign, seedRecipients, seedTenant } from '../testing/seed';
import { listen } from '../../events/listen';
import { waitFor } from '../../test/wait-for';

let env: DialerTestEnv;
let dialer: Dialer;
before(async () => {
  env = await dialerTestEnv();
  // A short skip hold so the test sees a skipped recipient come back (production: 5 minutes).
  dialer = await env.startDialer({ previewSkipHoldSeconds: 3 });
});
after(async () => {
  await env?.stop();
});

test('preview: the offer waits for the agent; dial originates and bridges, skip closes it uncounted and steps the recipient aside', async () => {
  env.h.sim.setAgent('3001', { kind: 'answer', afterSec: 1 });
  const sent = recordOriginates(env.h.sim);
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const agent = Object.assign(new Agent(), { tenant, name: 'pv', endpoint: 'user/3001', state: AgentState.AVAILABLE, wrapUpSeconds: 0 });
  const c = await seedCampaign(em, tenant, {
    type: CampaignType.AGENT,
    dialingMode: DialingMode.PREVIEW,
    callsPerSecond: 50,
    maxConcurrentCalls: 10,
  });
  await em.persist([agent, Object.assign(new AgentAssignment(), { agent, campaign: c, level: 1 })]).flush();
  await seedRecipients(em, c.id, 3, '+1901');
  // What the agent's desk hears of each call, in order (myCalls carries these phases).
  const desk: string[] = [];
  const stopListening = listen(env.bus, 'AGENT_CALL', (p) => desk.push(`${p.callId}:${p.phase}`));
  const offered = (not = '00000000-0000-0000-0000-000000000000') =>
    env.waitFor<string | null>(
      'select call_id from call_attempt where campaign_id = ? and ended_at is null and call_id <> ?',
      [c.id, not],
      (v) => !!v,
      'an offer',
      15_000,
    );

  const first = await offered();
  assert.equal((await rows<{ s: string }>(env.em(), 'select state as s from agent where id = ?', [agent.id]))[0]?.s, 'RESERVED');
  // Had it been dialed, the switch would have the call: it has none after the dialer looked again.
  await env.afterTicks(dialer, 3);
  const [held] = await rows<{ n: number }>(
    env.em(),
    'select count(*)::int as n from call_attempt where campaign_id = ? and answered_at is not null',
    [c.id],
  );
  assert.deepEqual([held?.n, sent.length, await env.h.adapter.liveCalls()], [0, 0, []], 'nothing is dialed before the agent decides');
  await env.bus.publish('AGENT_PREVIEW', { tenantId: tenant.id, agentId: agent.id, callId: first ?? '', dial: true });
  await env.waitFor<boolean>(
    'select bridged_at is not null from call_attempt where call_id = ?',
    [first],
    (v) => v === true,
    'bridged',
    15_000,
  );
  env.h.sim.hangupCall(first ?? '');
  const phasesOf = (call: string | null) => desk.filter((d) => d.startsWith(`${call}:`)).map((d) => d.split(':')[1]);
  assert.deepEqual(
    await waitFor(() => phasesOf(first), { what: 'the bridge pushed to the desk', until: (p) => p.includes('BRIDGED') }),
    ['OFFERED', 'DIALING', 'BRIDGED'],
    'the desk hears the dial before the bridge',
  );

  const second = await offered(first ?? undefined);
  assert.notEqual(second, first);
  await env.bus.publish('AGENT_PREVIEW', { tenantId: tenant.id, agentId: agent.id, callId: second ?? '', dial: false });
  const closed = await env.waitFor<string | null>(
    'select hangup_cause from call_attempt where call_id = ? and ended_at is not null and not counted',
    [second],
    (v) => !!v,
    'skipped',
  );
  assert.equal(closed, 'PREVIEW_SKIPPED');
  assert.deepEqual(
    await waitFor(() => phasesOf(second), { what: 'the skipped offer withdrawn from the desk', until: (p) => p.includes('WITHDRAWN') }),
    ['OFFERED', 'WITHDRAWN'],
  );

  // The skipped recipient is not offered again at once: the next offer is the third recipient.
  const recipientOf = async (call: string | null) =>
    (await rows<{ r: string }>(env.em(), 'select recipient_id as r from call_attempt where call_id = ?', [call]))[0]?.r;
  const skipped = await recipientOf(second);
  const third = await offered(second ?? undefined);
  assert.notEqual(await recipientOf(third), skipped, 'a skipped recipient steps aside');
  await env.bus.publish('AGENT_PREVIEW', { tenantId: tenant.id, agentId: agent.id, callId: third ?? '', dial: false });
  await env.waitFor<boolean>(
    'select ended_at is not null from call_attempt where call_id = ?',
    [third],
    (v) => v === true,
    'third skipped',
  );
  // Once its hold is over it comes back (skips are not counted as attempts).
  const again = await offered(third ?? undefined);
  assert.equal(await recipientOf(again), skipped);
  const [r] = await rows<{ attempts: number }>(env.em(), 'select attempts from campaign_recipient where id = ?', [skipped]);
  assert.equal(r?.attempts, 0);
  stopListening();
});
