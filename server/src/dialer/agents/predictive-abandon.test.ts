import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AgentState } from '../../domain/agent/agent-state';
import { CampaignType, DialingMode } from '../../domain/campaign/campaign-type';
import { Agent } from '../../entities/agent.entity';
import { AgentAssignment } from '../../entities/agent-assignment.entity';
import type { AmdSettings } from '../../entities/campaign-config';
import { AMD_SEC } from '../../switch/simulator/sim-detectors';
import { ABANDON_AFTER_MS } from './predictive-connect';
import { dialerTestEnv, type DialerTestEnv } from '../testing/dialer-test-env';
import { seedCampaign, seedRecipients, seedTenant } from '../testing/seed';

/**
 * Issue 18 item 4: an answer no agent takes hears the campaign's own message, and the 2-second
 * clock runs from the answer, AMD time included. Times are the simulator's (each call's own
 * clock: the answer and the start of the message as the switch saw them), never the wall clock.
 */
interface Heard {
  file: string;
  /** Seconds from the answer to the uuid_broadcast, on the call's simulated clock. */
  afterAnswerSec: number;
}

let env: DialerTestEnv;
const heard = new Map<string, Heard[]>();
before(async () => {
  env = await dialerTestEnv();
  const core = env.h.sim.core;
  const original = core.broadcast.bind(core);
  core.broadcast = (uuid, action) => {
    const call = core.calls.get(uuid);
    if (call) {
      const at = (call.clock.nowMs() - call.leg.answeredMs) / 1000;
      heard.set(uuid, [...(heard.get(uuid) ?? []), { file: action, afterAnswerSec: at }]);
    }
    return original(uuid, action);
  };
  await env.startDialer({ amdWaitMs: 600_000 });
});
after(async () => {
  await env?.stop();
});

/**
 * One predictive campaign, one agent free while its first call rings (60 simulated s, 3 real)
 * and on BREAK by the answer: the answered call finds nobody.
 */
async function abandonOne(prefix: string, ext: string, settings: { abandonMessage?: string; amd?: AmdSettings }): Promise<string> {
  env.h.sim.setAgent(ext, { kind: 'answer', afterSec: 1 });
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const agent = Object.assign(new Agent(), { tenant, name: `ab-${ext}`, endpoint: `user/${ext}`, state: AgentState.AVAILABLE });
  const c = await seedCampaign(em, tenant, {
    type: CampaignType.AGENT,
    dialingMode: DialingMode.PREDICTIVE,
    callsPerSecond: 50,
    maxConcurrentCalls: 10,
    ringTimeoutSeconds: 120,
    maxAttempts: 1,
    ...settings,
  });
  await em.persist([agent, Object.assign(new AgentAssignment(), { agent, campaign: c, level: 1 })]).flush();
  await seedRecipients(em, c.id, 1, prefix);
  const call = await env.waitFor<string | null>(
    'select call_id from call_attempt where campaign_id = ?',
    [c.id],
    (v) => !!v,
    'dialed',
    15_000,
  );
  await env.em().execute(`update agent set state = 'BREAK' where id = ?`, [agent.id]);
  await env.waitFor<boolean>('select abandoned from call_attempt where call_id = ?', [call], (v) => v === true, 'abandon', 20_000);
  await env.waitFor<boolean>('select ended_at is not null from call_attempt where call_id = ?', [call], (v) => v, 'abandoned call ended');
  return call ?? '';
}

test("an abandoned answer hears the campaign's own message, not the shipped one", async () => {
  env.h.sim.addRule(/^\+1811/, { base: 'answer', ringSec: 60 });
  const call = await abandonOne('+1811', '2811', { abandonMessage: 'acme/safe-harbor-acme.wav' });
  assert.deepEqual(
    (heard.get(call) ?? []).map((h) => h.file),
    ['playback::acme/safe-harbor-acme.wav'],
  );
});

test('without a message of its own the campaign plays the shipped pacer/safe-harbor.wav', async () => {
  env.h.sim.addRule(/^\+1812/, { base: 'answer', ringSec: 60 });
  const call = await abandonOne('+1812', '2812', {});
  assert.deepEqual(
    (heard.get(call) ?? []).map((h) => h.file),
    ['playback::pacer/safe-harbor.wav'],
  );
});

test('AMD on: the 2 s run from the answer, so a verdict 1.5 s in leaves 0.5 s to find an agent', async () => {
  env.h.sim.addRule(/^\+1813/, { base: 'answer', ringSec: 60 });
  const call = await abandonOne('+1813', '2813', { amd: { enabled: true, onMachine: 'HANGUP' } });
  const [h] = heard.get(call) ?? [];
  assert.ok(h, 'the message played');
  // No agent was sought before the verdict; the message follows it, never 2 s after it.
  assert.ok(h.afterAnswerSec >= AMD_SEC, `after the verdict (${h.afterAnswerSec} s after the answer)`);
  assert.ok(
    h.afterAnswerSec < AMD_SEC + ABANDON_AFTER_MS / 1000,
    `timed from the answer, not from the verdict: ${h.afterAnswerSec} s after the answer`,
  );
});

test('AMD slower than 2 s: no wait at all after the human verdict', async () => {
  // mod_amd decides 3 simulated s after the answer: the 2 s are already gone.
  env.h.sim.addRule(/^\+1814/, { base: 'answer', ringSec: 60, amdSec: 3 });
  const call = await abandonOne('+1814', '2814', { amd: { enabled: true, onMachine: 'HANGUP' } });
  const [h] = heard.get(call) ?? [];
  assert.ok(h, 'the message played');
  assert.ok(h.afterAnswerSec >= 3, `after the verdict (${h.afterAnswerSec} s)`);
  // The old clock started at the verdict and waited 2 s more (5 s); now only the reservation try and the mark.
  assert.ok(h.afterAnswerSec < 3 + ABANDON_AFTER_MS / 1000, `abandoned at the verdict: ${h.afterAnswerSec} s after the answer`);
});

test('AMD slower than 2 s: abandoned at the verdict even with an agent free (connecting that late is an abandon too)', async () => {
  env.h.sim.addRule(/^\+1815/, { base: 'answer', ringSec: 2, amdSec: 3 });
  env.h.sim.setAgent('2815', { kind: 'answer', afterSec: 1 });
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const agent = Object.assign(new Agent(), { tenant, name: 'ab-2815', endpoint: 'user/2815', state: AgentState.AVAILABLE });
  const c = await seedCampaign(em, tenant, {
    type: CampaignType.AGENT,
    dialingMode: DialingMode.PREDICTIVE,
    callsPerSecond: 50,
    maxConcurrentCalls: 10,
    maxAttempts: 1,
    amd: { enabled: true, onMachine: 'HANGUP' },
  });
  await em.persist([agent, Object.assign(new AgentAssignment(), { agent, campaign: c, level: 1 })]).flush();
  await seedRecipients(em, c.id, 1, '+1815');
  const call = await env.waitFor<string | null>('select call_id from call_attempt where campaign_id = ?', [c.id], (v) => !!v, 'dialed');
  await env.waitFor<boolean>('select ended_at is not null from call_attempt where call_id = ?', [call], (v) => v, 'call ended', 20_000);
  const [r] = await env
    .em()
    .execute<Array<{ abandoned: boolean; agent_id: string | null; outcome: string }>>(
      'select abandoned, agent_id, outcome::text as outcome from call_attempt where call_id = ?',
      [call],
    );
  assert.deepEqual(r, { abandoned: true, agent_id: null, outcome: 'ABANDONED' }, 'the free agent was not given a call 3 s old');
  assert.deepEqual(
    (heard.get(call ?? '') ?? []).map((h) => h.file),
    ['playback::pacer/safe-harbor.wav'],
  );
});

test("an agent whose phone rings past the 2 s: the callee hears the message, not silence until the agent's ring timeout", async () => {
  env.h.sim.addRule(/^\+1816/, { base: 'answer', ringSec: 2 });
  // The agent is free at the answer, but its phone takes 6 simulated s to pick up.
  env.h.sim.setAgent('2816', { kind: 'answer', afterSec: 6 });
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const agent = Object.assign(new Agent(), { tenant, name: 'ab-2816', endpoint: 'user/2816', state: AgentState.AVAILABLE });
  const c = await seedCampaign(em, tenant, {
    type: CampaignType.AGENT,
    dialingMode: DialingMode.PREDICTIVE,
    callsPerSecond: 50,
    maxConcurrentCalls: 10,
    maxAttempts: 1,
  });
  await em.persist([agent, Object.assign(new AgentAssignment(), { agent, campaign: c, level: 1 })]).flush();
  await seedRecipients(em, c.id, 1, '+1816');
  const call = await env.waitFor<string | null>('select call_id from call_attempt where campaign_id = ?', [c.id], (v) => !!v, 'dialed');
  await env.waitFor<boolean>('select ended_at is not null from call_attempt where call_id = ?', [call], (v) => v, 'call ended', 20_000);
  const [r] = await env
    .em()
    .execute<Array<{ abandoned: boolean; bridged: boolean }>>(
      'select abandoned, bridged_at is not null as bridged from call_attempt where call_id = ?',
      [call],
    );
  assert.deepEqual(r, { abandoned: true, bridged: false });
  const [h] = heard.get(call ?? '') ?? [];
  assert.ok(h, 'the message played');
  assert.equal(h.file, 'playback::pacer/safe-harbor.wav');
  // The bridge's leg_timeout is what is left of the 2 s in whole seconds (at least 1): the agent's 6 s never come.
  assert.ok(h.afterAnswerSec < 3, `the message ${h.afterAnswerSec} s after the answer`);
});
