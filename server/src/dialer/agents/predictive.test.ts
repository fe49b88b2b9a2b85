import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AgentState } from '../../domain/agent/agent-state';
import { CampaignType, DialingMode } from '../../domain/campaign/campaign-type';
import { Agent } from '../../entities/agent.entity';
import { AgentAssignment } from '../../entities/agent-assignment.entity';
import { rows } from '../sql-rows';
import { MESSAGE_LEAD_MS } from '../../domain/compliance/abandon-message';
import { ABANDON_AFTER_MS } from './predictive-connect';
import { dialerTestEnv, type DialerTestEnv } from '../testing/dialer-test-env';
import { seedCampaign, seedRecipients, seedTenant } from '../testing/seed';

let env: DialerTestEnv;
before(async () => {
  env = await dialerTestEnv();
  await env.startDialer();
});
after(async () => {
  await env?.stop();
});

test('predictive: dials without reserving and connects an answered call to a free agent', async () => {
  env.h.sim.setAgent('2001', { kind: 'answer', afterSec: 1 });
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const agent = Object.assign(new Agent(), { tenant, name: 'p1', endpoint: 'user/2001', state: AgentState.AVAILABLE, wrapUpSeconds: 0 });
  const c = await seedCampaign(em, tenant, {
    type: CampaignType.AGENT,
    dialingMode: DialingMode.PREDICTIVE,
    callsPerSecond: 50,
    maxConcurrentCalls: 10,
  });
  await em.persist([agent, Object.assign(new AgentAssignment(), { agent, campaign: c, level: 1 })]).flush();
  await seedRecipients(em, c.id, 3, '+1801');
  // First call: answered, the free agent takes it.
  const first = await env.waitFor<string | null>(
    'select call_id from call_attempt where campaign_id = ? and bridged_at is not null',
    [c.id],
    (v) => !!v,
    'bridged',
    15_000,
  );
  const [a] = await rows<{ agent_id: string; abandoned: boolean }>(
    env.em(),
    'select agent_id, abandoned from call_attempt where call_id = ?',
    [first],
  );
  assert.deepEqual(a, { agent_id: agent.id, abandoned: false });
  // With too few samples the ratio is 1:1: one free agent, one call at a time.
  const [open] = await rows<{ n: number }>(
    env.em(),
    'select count(*)::int as n from call_attempt where campaign_id = ? and ended_at is null',
    [c.id],
  );
  assert.equal(open?.n, 1);
  env.h.sim.hangupCall(first ?? '');
});

test('predictive: an answer with no agent within 2 s is abandoned (safe-harbor, hangup) and nothing more is dialed', async () => {
  // Rings 60 simulated seconds (3 s real): time to take the only agent away before the answer.
  env.h.sim.addRule(/^\+1802/, { base: 'answer', ringSec: 60 });
  // Registered, so the agent counts as free and the call is dialed (unregistered phones never do).
  env.h.sim.setAgent('2002', { kind: 'answer', afterSec: 1 });
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const agent = Object.assign(new Agent(), { tenant, name: 'p2', endpoint: 'user/2002', state: AgentState.AVAILABLE });
  const c = await seedCampaign(em, tenant, {
    type: CampaignType.AGENT,
    dialingMode: DialingMode.PREDICTIVE,
    callsPerSecond: 50,
    maxConcurrentCalls: 10,
    ringTimeoutSeconds: 120,
  });
  await em.persist([agent, Object.assign(new AgentAssignment(), { agent, campaign: c, level: 1 })]).flush();
  await seedRecipients(em, c.id, 2, '+1802');
  const call = await env.waitFor<string | null>(
    'select call_id from call_attempt where campaign_id = ? and ended_at is null',
    [c.id],
    (v) => !!v,
    'dialed',
    15_000,
  );
  await env.em().execute(`update agent set state = 'BREAK' where id = ?`, [agent.id]);
  const answeredAt = await env.waitFor<boolean>(
    'select answered_at is not null from call_attempt where call_id = ?',
    [call],
    (v) => v === true,
    'answered',
    15_000,
  );
  assert.ok(answeredAt);
  await env.waitFor<boolean>('select abandoned from call_attempt where call_id = ?', [call], (v) => v === true, 'abandon', 15_000);
  // Seen here no earlier than it happened; the answer reached the dialer at `arrival`: a lower bound, whatever the load.
  const waited = Date.now() - (env.h.arrival(call ?? '', 'answered') ?? Date.now());
  // Decided MESSAGE_LEAD_MS before the 2 s, so the message has started by then.
  const least = ABANDON_AFTER_MS - MESSAGE_LEAD_MS - 50;
  assert.ok(waited >= least, `abandoned only after ${least} ms without an agent (${waited} ms after the answer reached the dialer)`);
  await env.waitFor<boolean>(
    'select ended_at is not null from call_attempt where call_id = ?',
    [call],
    (v) => v === true,
    'abandoned call ended',
  );
  const [r] = await rows<{ n: number; agent: string | null }>(
    env.em(),
    'select count(*)::int as n, max(agent_id::text) as agent from call_attempt where campaign_id = ?',
    [c.id],
  );
  assert.deepEqual(r, { n: 1, agent: null }, 'no agent free: nothing more is dialed');
  // Issue 17: a dropped customer was not reached: ABANDONED, counted, retried after the wait.
  const [o] = await rows<{ outcome: string; counted: boolean; state: string; reason: string }>(
    env.em(),
    `select a.outcome, a.counted, r.state, a.abandon_reason as reason
     from call_attempt a join campaign_recipient r on r.id = a.recipient_id where a.call_id = ?`,
    [call],
  );
  assert.deepEqual(o, { outcome: 'ABANDONED', counted: true, state: 'RETRY_WAIT', reason: 'NO_AGENT_FREE' }, 'never CONTACTED');
});
