import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AgentState } from '../../domain/agent/agent-state';
import { CampaignType, DialingMode } from '../../domain/campaign/campaign-type';
import { Agent } from '../../entities/agent.entity';
import { AgentAssignment } from '../../entities/agent-assignment.entity';
import { listen } from '../../events/listen';
import type { Dialer } from '../dialer';
import { rows } from '../sql-rows';
import { dialerTestEnv, type DialerTestEnv } from '../testing/dialer-test-env';
import { seedCampaign, seedRecipients, seedTenant } from '../testing/seed';

// Issue 17: an agent whose phone is not registered on the switch is never reserved.
let env: DialerTestEnv;
let dialer: Dialer;
before(async () => {
  env = await dialerTestEnv();
  dialer = await env.startDialer({ agentPhoneRecheckMs: 300 });
});
after(async () => {
  await env?.stop();
});

/** The campaign's call bridged to an agent now, with that agent. */
async function bridgedCall(campaignId: string): Promise<{ callId: string; agent: string | null }> {
  const callId = await env.waitFor<string | null>(
    'select call_id from call_attempt where campaign_id = ? and bridged_at is not null and ended_at is null',
    [campaignId],
    (v) => !!v,
    'a bridged call',
  );
  const [a] = await rows<{ agent: string | null }>(env.em(), 'select agent_id::text as agent from call_attempt where call_id = ?', [
    callId,
  ]);
  return { callId: callId ?? '', agent: a?.agent ?? null };
}

async function hangUp(callId: string): Promise<void> {
  env.h.sim.hangupCall(callId);
  await env.waitFor<boolean>('select ended_at is not null from call_attempt where call_id = ?', [callId], (v) => v, 'ended');
}

const phone = (id: string, want: boolean | null) =>
  env.waitFor<boolean | null>('select phone_registered from agent where id = ?', [id], (v) => v === want, `phone ${String(want)}`);

test('an unregistered phone is never reserved (its agent on the first tier sees no call); registered, it takes calls', async () => {
  env.h.sim.setAgent('4001', { kind: 'answer', afterSec: 1 });
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const c = await seedCampaign(em, tenant, {
    type: CampaignType.AGENT,
    dialingMode: DialingMode.PROGRESSIVE,
    callsPerSecond: 50,
    maxConcurrentCalls: 10,
  });
  // The unregistered agent is on the better tier: it would be chosen first if its phone counted.
  const off = Object.assign(new Agent(), { tenant, name: 'off', endpoint: 'user/4099', state: AgentState.AVAILABLE, wrapUpSeconds: 0 });
  const on = Object.assign(new Agent(), { tenant, name: 'on', endpoint: 'user/4001', state: AgentState.AVAILABLE, wrapUpSeconds: 0 });
  const offStates: string[] = [];
  const stop = listen(env.bus, 'AGENT_STATE', (p) => {
    if (p.agentId === off.id) offStates.push(p.state);
  });
  await em
    .persist([
      off,
      on,
      Object.assign(new AgentAssignment(), { agent: off, campaign: c, level: 1 }),
      Object.assign(new AgentAssignment(), { agent: on, campaign: c, level: 2 }),
    ])
    .flush();
  await seedRecipients(em, c.id, 3, '+1761');
  const first = await bridgedCall(c.id);
  assert.equal(first.agent, on.id, 'call 1 went to the registered phone');
  await hangUp(first.callId);
  const second = await bridgedCall(c.id);
  assert.equal(second.agent, on.id, 'call 2 went to the registered phone');
  // The registered agent leaves: one recipient waits, the other agent is AVAILABLE, and nothing is dialed.
  await env.em().execute(`update agent set state = 'BREAK' where id = ?`, [on.id]);
  await hangUp(second.callId);
  await env.afterTicks(dialer, 4);
  const [n] = await rows<{ n: number; abandoned: number }>(
    env.em(),
    'select count(*)::int as n, count(*) filter (where abandoned)::int as abandoned from call_attempt where campaign_id = ?',
    [c.id],
  );
  assert.deepEqual(n, { n: 2, abandoned: 0 }, 'no call for the unregistered phone');
  assert.deepEqual(offStates, [], 'the unregistered agent was never reserved');
  assert.equal(await phone(off.id, false), false);
  assert.equal(await phone(on.id, true), true);

  // The phone registers: within the recheck it counts, and takes the waiting call.
  env.h.sim.setAgent('4099', { kind: 'answer', afterSec: 1 });
  await phone(off.id, true);
  const third = await bridgedCall(c.id);
  assert.equal(third.agent, off.id, 'the newly registered agent took the next call');
  await hangUp(third.callId);
  // And unregisters: the board shows it within the recheck.
  env.h.sim.removeAgent('4099');
  await phone(off.id, false);
  stop();
});

test('a signed-out agent is not asked about; a loopback endpoint counts as reachable', async () => {
  const em = env.em();
  const tenant = await seedTenant(em);
  const out = Object.assign(new Agent(), { tenant, name: 'out', endpoint: 'user/4002', state: AgentState.LOGGED_OUT });
  const brk = Object.assign(new Agent(), { tenant, name: 'brk', endpoint: 'loopback/4003/default/XML', state: AgentState.BREAK });
  await em.persist([out, brk]).flush();
  await phone(brk.id, true);
  const [o] = await rows<{ registered: boolean | null; checked: Date | null }>(
    env.em(),
    'select phone_registered as registered, phone_checked_at as checked from agent where id = ?',
    [out.id],
  );
  assert.deepEqual(o, { registered: null, checked: null });
});
