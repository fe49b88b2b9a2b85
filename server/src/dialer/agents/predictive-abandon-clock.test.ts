import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AgentState } from '../../domain/agent/agent-state';
import { CampaignType, DialingMode } from '../../domain/campaign/campaign-type';
import { Agent } from '../../entities/agent.entity';
import { AgentAssignment } from '../../entities/agent-assignment.entity';
import { SteppedClock } from '../clock';
import { recordBroadcasts } from '../testing/record-broadcasts';
import { dialerTestEnv, type DialerTestEnv } from '../testing/dialer-test-env';
import { seedCampaign, seedRecipients, seedTenant } from '../testing/seed';

/**
 * The 2-second agent search of a predictive answer runs on the dialer's injected clock, not on
 * the wall clock: a dialer driven by a stepped clock (a test covering hours in seconds, the
 * switch simulator on the same clock) must not give up on an agent because real seconds passed
 * while its own clock stood still, nor keep searching once its clock is past the 2 s.
 */
let env: DialerTestEnv;
before(async () => {
  env = await dialerTestEnv();
});
after(async () => {
  await env?.stop();
});

test('an answer with no agent is abandoned when the dialer clock passes 2 s, however long real time takes', async () => {
  const clock = new SteppedClock(new Date());
  const dialer = await env.startDialer({ clock });
  const heard = recordBroadcasts(env.h.sim);
  env.h.sim.addRule(/^\+1816/, { base: 'answer', ringSec: 40 });
  env.h.sim.setAgent('2816', { kind: 'answer', afterSec: 1 });
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const agent = Object.assign(new Agent(), { tenant, name: 'clk-2816', endpoint: 'user/2816', state: AgentState.AVAILABLE });
  const c = await seedCampaign(em, tenant, {
    type: CampaignType.AGENT,
    dialingMode: DialingMode.PREDICTIVE,
    callsPerSecond: 50,
    maxConcurrentCalls: 10,
    ringTimeoutSeconds: 120,
    maxAttempts: 1,
  });
  await em.persist([agent, Object.assign(new AgentAssignment(), { agent, campaign: c, level: 1 })]).flush();
  await seedRecipients(em, c.id, 1, '+1816');
  // The loop plans on its clock (pacing and the run state hold for a second): step it until the call goes out.
  const dialed = async () =>
    (await env.em().execute<Array<{ id: string }>>('select call_id as id from call_attempt where campaign_id = ?', [c.id]))[0]?.id;
  let call = await dialed();
  for (let i = 0; !call && i < 200; i++) {
    await env.afterTicks(dialer, 1);
    clock.advance(250);
    call = await dialed();
  }
  assert.ok(call, 'dialed');
  // The only agent leaves while the call rings: its answer finds nobody.
  await env.em().execute(`update agent set state = 'BREAK' where id = ?`, [agent.id]);
  await env.waitFor<boolean>('select answered_at is not null from call_attempt where call_id = ?', [call], (v) => v, 'answered', 20_000);
  // 30 passes of the loop (3 s and more of real time), the dialer's clock still at the answer.
  await env.afterTicks(dialer, 30);
  const [still] = await env.em().execute<Array<{ abandoned: boolean }>>('select abandoned from call_attempt where call_id = ?', [call]);
  assert.equal(still?.abandoned, false, 'no abandon while the dialer clock has not moved');
  assert.deepEqual(heard.get(call ?? '') ?? [], [], 'no message yet');

  clock.advance(2000);
  await env.waitFor<boolean>('select abandoned from call_attempt where call_id = ?', [call], (v) => v === true, 'abandon', 20_000);
  await env.waitFor<boolean>('select ended_at is not null from call_attempt where call_id = ?', [call], (v) => v, 'abandoned call ended');
  assert.deepEqual(heard.get(call ?? ''), ['playback::pacer/safe-harbor.wav']);
});
