import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AgentState } from '../../domain/agent/agent-state';
import { CampaignType, DialingMode } from '../../domain/campaign/campaign-type';
import { Agent } from '../../entities/agent.entity';
import { AgentAssignment } from '../../entities/agent-assignment.entity';
import { Campaign } from '../../entities/campaign.entity';
import type { Tenant } from '../../entities/tenant.entity';
import { listen } from '../../events/listen';
import type { Dialer } from '../dialer';
import { waitFor } from '../../test/wait-for';
import { rows } from '../sql-rows';
import { boardWhere } from '../testing/board-where';
import { dialerTestEnv, type DialerTestEnv } from '../testing/dialer-test-env';
import { seedCampaign, seedRecipients, seedTenant } from '../testing/seed';

let env: DialerTestEnv;
let dialer: Dialer;
before(async () => {
  env = await dialerTestEnv();
  dialer = await env.startDialer();
});
after(async () => {
  await env?.stop();
});

/** A RUNNING progressive campaign with `n` answering recipients and one AVAILABLE agent on it. */
async function setup(
  prefix: string,
  n: number,
  ext: string,
  agent: Partial<Agent>,
  campaign: Partial<Pick<Campaign, 'waitForResult' | 'wrapUpSeconds' | 'retryWaitSeconds'>> = {},
): Promise<{ c: Campaign; agentId: string; tenant: Tenant }> {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const a = Object.assign(new Agent(), { tenant, name: `agent-${ext}`, endpoint: `user/${ext}`, state: AgentState.AVAILABLE, ...agent });
  const c = await seedCampaign(em, tenant, {
    type: CampaignType.AGENT,
    dialingMode: DialingMode.PROGRESSIVE,
    callsPerSecond: 50,
    maxConcurrentCalls: 10,
    ...campaign,
  });
  await em.persist([a, Object.assign(new AgentAssignment(), { agent: a, campaign: c, level: 1 })]).flush();
  await seedRecipients(em, c.id, n, prefix);
  return { c, agentId: a.id, tenant };
}
const agentState = (id: string) => env.waitFor<string>('select state from agent where id = ?', [id], () => true, 'agent');
const until = (pred: () => boolean, what: string) => waitFor(pred, { what });
const waitAgent = (id: string, state: string) =>
  env.waitFor<string>('select state from agent where id = ?', [id], (s) => s === state, `agent ${state}`, 15_000);

test('progressive: reserve, dial, bridge to the agent, wrap-up, next call; never more calls than agents', async () => {
  env.h.sim.setAgent('1001', { kind: 'answer', afterSec: 1 });
  const pushes: string[] = [];
  const states: string[] = [];
  const stopPushes = listen(env.bus, 'AGENT_CALL', (p) => {
    if (p.agentId === agentId) pushes.push(`${p.callId}:${p.phase}`);
  });
  const stopStates = listen(env.bus, 'AGENT_STATE', (p) => {
    if (p.agentId === agentId) states.push(`${p.state}:${p.by}`);
  });
  let agentId = '';
  const { c, agentId: id } = await setup('+1701', 2, '1001', { wrapUpSeconds: 1 });
  agentId = id;
  for (let i = 1; i <= 2; i++) {
    const callId = await env.waitFor<string | null>(
      'select call_id from call_attempt where campaign_id = ? and bridged_at is not null and ended_at is null',
      [c.id],
      (v) => !!v,
      `call ${i} bridged`,
      15_000,
    );
    assert.equal(await agentState(agentId), 'ON_CALL');
    const [open] = await rows<{ n: number; agent: string }>(
      env.em(),
      'select count(*)::int as n, max(agent_id::text) as agent from call_attempt where campaign_id = ? and ended_at is null',
      [c.id],
    );
    assert.deepEqual(open, { n: 1, agent: agentId }, 'one agent, one call');
    env.h.sim.hangupCall(callId ?? '');
    // From the published moves, not by polling: AVAILABLE lasts only until the next tick reserves it again.
    await until(() => states.filter((x) => x === 'AVAILABLE:DIALER').length === i, `wrap-up ${i} over`);
  }
  const attempts = await rows<{ agent_id: string; bridged: boolean; abandoned: boolean }>(
    env.em(),
    'select agent_id, bridged_at is not null as bridged, abandoned from call_attempt where campaign_id = ?',
    [c.id],
  );
  assert.deepEqual(
    attempts.map((a) => [a.agent_id, a.bridged, a.abandoned]),
    [
      [agentId, true, false],
      [agentId, true, false],
    ],
  );
  // The agent's screen-pop: each call offered, then bridged; and every move published.
  const calls = await rows<{ call_id: string }>(env.em(), 'select call_id from call_attempt where campaign_id = ? order by id', [c.id]);
  assert.deepEqual(
    pushes,
    calls.flatMap((x) => [`${x.call_id}:OFFERED`, `${x.call_id}:BRIDGED`]),
  );
  const cycle = ['RESERVED:DIALER', 'ON_CALL:DIALER', 'WRAP_UP:DIALER', 'AVAILABLE:DIALER'];
  assert.deepEqual(states, [...cycle, ...cycle]);
  stopPushes();
  stopStates();
});

test('an agent who rejects is on BREAK after maxNoAnswer; the customer is not left waiting', async () => {
  env.h.sim.setAgent('1002', { kind: 'reject' });
  const { c, agentId } = await setup('+1702', 3, '1002', { maxNoAnswer: 1 });
  await waitAgent(agentId, 'BREAK');
  await env.waitFor<number>(
    'select count(*)::int from call_attempt where campaign_id = ? and ended_at is not null',
    [c.id],
    (n) => n === 1,
    'the call ended',
  );
  const [a] = await rows<{ abandoned: boolean; n: number }>(
    env.em(),
    'select bool_and(abandoned) as abandoned, count(*)::int as n from call_attempt where campaign_id = ?',
    [c.id],
  );
  assert.deepEqual(a, { abandoned: true, n: 1 }, 'nothing more is dialed while the only agent is on BREAK');
  await assertDropped(c.id);
  const board = await boardWhere(env.bus, c.id, (b) => b.abandonedCalls > 0);
  assert.deepEqual([board.abandonedCalls, board.confirmedCalls], [1, 0], "the dialer's wallboard counts the ABANDONED call");
  const [ag] = await rows<{ n: number; cause: string | null }>(
    env.em(),
    'select consecutive_no_answers as n, break_cause as cause from agent where id = ?',
    [agentId],
  );
  assert.deepEqual(ag, { n: 1, cause: 'CALL_REJECTED' }, 'the forced break says why');
  const [why] = await rows<{ reason: string; cause: string }>(
    env.em(),
    'select abandon_reason as reason, bridge_failure_cause as cause from call_attempt where campaign_id = ?',
    [c.id],
  );
  assert.deepEqual(why, { reason: 'BRIDGE_FAILED', cause: 'CALL_REJECTED' });
});

test('a customer who hangs up before the bridge is a customer drop and frees the agent', async () => {
  env.h.sim.setAgent('1003', { kind: 'answer', afterSec: 200 });
  const { c, agentId } = await setup('+1703', 1, '1003', {});
  const callId = await env.waitFor<string | null>(
    'select call_id from call_attempt where campaign_id = ? and answered_at is not null',
    [c.id],
    (v) => !!v,
    'answered',
    15_000,
  );
  assert.equal(await agentState(agentId), 'RESERVED');
  env.h.sim.hangupCall(callId ?? '');
  await waitAgent(agentId, 'AVAILABLE');
  await env.waitFor<boolean>(
    'select abandoned and bridged_at is null from call_attempt where call_id = ?',
    [callId],
    (v) => v === true,
    'customer drop recorded',
  );
  await env.waitFor<boolean>('select ended_at is not null from call_attempt where call_id = ?', [callId], (v) => v, 'ended');
  await assertDropped(c.id);
  const [why] = await rows<{ reason: string; cause: string | null }>(
    env.em(),
    'select abandon_reason as reason, bridge_failure_cause as cause from call_attempt where call_id = ?',
    [callId],
  );
  assert.deepEqual(why, { reason: 'CUSTOMER_HUNG_UP_FIRST', cause: null });
});

/** Issue 17: an answered customer who never reached an agent is ABANDONED and retried, never CONTACTED. */
async function assertDropped(campaignId: string): Promise<void> {
  const found = await rows<{ outcome: string; abandoned: boolean; state: string }>(
    env.em(),
    `select a.outcome, a.abandoned, r.state from call_attempt a join campaign_recipient r on r.id = a.recipient_id
     where a.campaign_id = ? and a.answered_at is not null and a.ended_at is not null`,
    [campaignId],
  );
  assert.ok(found.length > 0, 'an answered call ended');
  assert.deepEqual(
    found.map((f) => [f.outcome, f.abandoned, f.state === 'CONTACTED']),
    found.map(() => ['ABANDONED', true, false]),
  );
}

test('wait-for-result: the recipient waits for the agent after the call; no result within wrap-up = unsuccessful', async () => {
  env.h.sim.setAgent('1004', { kind: 'answer', afterSec: 1 });
  const { c, agentId } = await setup(
    '+1704',
    1,
    '1004',
    { wrapUpSeconds: 0 },
    { waitForResult: true, wrapUpSeconds: 2, retryWaitSeconds: 3600 },
  );
  const callId = await env.waitFor<string | null>(
    'select call_id from call_attempt where campaign_id = ? and bridged_at is not null',
    [c.id],
    (v) => !!v,
    'bridged',
    15_000,
  );
  const hungUpAt = Date.now(); // a lower bound for the wrap-up's start, whatever the load
  env.h.sim.hangupCall(callId ?? '');
  const waiting = await env.waitFor<string>(
    `select state || ':' || attempts from campaign_recipient where campaign_id = ?`,
    [c.id],
    (v) => v.startsWith('WAITING_AGENT'),
    'WAITING_AGENT',
  );
  assert.equal(waiting, 'WAITING_AGENT:0', 'the attempt is not judged by the hangup');
  await waitAgent(agentId, 'AVAILABLE');
  assert.equal(
    await env.waitFor<string>(
      `select state || ':' || attempts from campaign_recipient where campaign_id = ?`,
      [c.id],
      (v) => v.startsWith('RETRY_WAIT'),
      'timed out result',
      10_000,
    ),
    'RETRY_WAIT:1',
  );
  assert.ok(Date.now() - hungUpAt >= 1950, `not before the 2 s wrap-up time (${Date.now() - hungUpAt} ms after the hangup)`);
});

test('an agent who does not answer: the call goes to the next free agent, the first waits out its delay', async () => {
  env.h.sim.setAgent('1005', { kind: 'no-answer', ringSec: 30 });
  env.h.sim.setAgent('1006', { kind: 'answer', afterSec: 1 });
  const { c, agentId: first, tenant } = await setup('+1705', 1, '1005', { noAnswerDelaySeconds: 1, maxNoAnswer: 3 });
  const em = env.em();
  const second = Object.assign(new Agent(), { tenant, name: 'agent-1006', endpoint: 'user/1006', state: AgentState.AVAILABLE });
  await em
    .persist([second, Object.assign(new AgentAssignment(), { agent: second, campaign: em.getReference(Campaign, c.id), level: 2 })])
    .flush();
  const callId = await env.waitFor<string | null>(
    'select call_id from call_attempt where campaign_id = ? and bridged_at is not null',
    [c.id],
    (v) => !!v,
    'bridged',
    15_000,
  );
  const [a] = await rows<{ agent_id: string; abandoned: boolean; reason: string | null; cause: string | null }>(
    env.em(),
    'select agent_id, abandoned, abandon_reason as reason, bridge_failure_cause as cause from call_attempt where call_id = ?',
    [callId],
  );
  // Not abandoned once the next agent took it; the failed bridge's cause stays on record.
  assert.deepEqual(a, { agent_id: second.id, abandoned: false, reason: null, cause: 'NO_ANSWER' });
  assert.equal(await agentState(second.id), 'ON_CALL');
  await waitAgent(first, 'AVAILABLE');
  const [n] = await rows<{ n: number }>(env.em(), 'select consecutive_no_answers as n from agent where id = ?', [first]);
  assert.equal(n?.n, 1);
  env.h.sim.hangupCall(callId ?? '');
});

test('a new leader releases the agents the old one held (its timers and bridges died with it)', async () => {
  const em = env.em();
  const tenant = await seedTenant(em);
  const held = ['RESERVED', 'ON_CALL', 'WRAP_UP', 'BREAK'].map((state) =>
    Object.assign(new Agent(), { tenant, name: `held-${state}`, endpoint: 'user/1099', state: state as AgentState }),
  );
  await em.persist(held).flush();
  await dialer.stop();
  await env.startDialer();
  const states = async () =>
    (
      await rows<{ name: string; state: string }>(env.em(), 'select name, state from agent where tenant_id = ? order by name', [tenant.id])
    ).map((a) => `${a.name}:${a.state}`);
  await env.waitFor<number>(
    `select count(*)::int from agent where tenant_id = ? and state = 'AVAILABLE'`,
    [tenant.id],
    (n) => n === 3,
    'released',
  );
  assert.deepEqual(await states(), ['held-BREAK:BREAK', 'held-ON_CALL:AVAILABLE', 'held-RESERVED:AVAILABLE', 'held-WRAP_UP:AVAILABLE']);
});
