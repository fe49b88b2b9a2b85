import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AgentState } from '../../domain/agent/agent-state';
import { CampaignType, DialingMode } from '../../domain/campaign/campaign-type';
import { Agent } from '../../entities/agent.entity';
import { AgentAssignment } from '../../entities/agent-assignment.entity';
import { SteppedTime } from '../../switch/simulator/stepped-time';
import { dialerTestEnv, type DialerTestEnv } from '../testing/dialer-test-env';
import { clockOf } from '../testing/one-clock';
import { seedCampaign, seedRecipients, seedTenant } from '../testing/seed';

/**
 * An agent found late in a predictive answer's 2 s must not ring past them: FreeSWITCH's
 * leg_timeout is whole seconds (at least 1), so alone it let an agent reserved 1.2 s after the
 * answer ring to 2.2 s with the callee in silence. The agent's leg is cancelled at the deadline
 * instead (agent-leg-deadline.ts). One stepped clock for the dialer and the switch, so the
 * switch's 1-s leg_timeout cannot fire unless the test moves time there.
 */
let env: DialerTestEnv;
const time = new SteppedTime(new Date('2026-12-08T15:00:00Z'));
before(async () => {
  env = await dialerTestEnv({ steppedTime: time });
});
after(async () => {
  await env?.stop();
});

test('an agent reserved 1.2 s after the answer rings only until the deadline: the message starts within 2 s, the agent owes nothing', async () => {
  const dialer = await env.startDialer({ clock: clockOf(time), tickMs: 25 });
  const core = env.h.sim.core;
  const heard = new Map<string, number>();
  const broadcast = core.broadcast.bind(core);
  core.broadcast = (uuid, action) => {
    const call = core.calls.get(uuid);
    if (call && !heard.has(uuid)) heard.set(uuid, (time.nowMs() - call.leg.answeredMs) / 1000);
    return broadcast(uuid, action);
  };
  const bridges: string[] = [];
  const bridge = core.bridgeToEndpoint.bind(core);
  core.bridgeToEndpoint = (uuid, ...rest) => {
    bridges.push(uuid);
    return bridge(uuid, ...rest);
  };
  env.h.sim.addRule(/^\+1819/, { base: 'answer', ringSec: 2 });
  // A phone that rings (no auto-answer): it would pick up only after 30 s.
  env.h.sim.setAgent('2819', { kind: 'answer', afterSec: 30 });
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const agent = Object.assign(new Agent(), { tenant, name: 'dl-2819', endpoint: 'user/2819', state: AgentState.AVAILABLE });
  const c = await seedCampaign(em, tenant, {
    type: CampaignType.AGENT,
    dialingMode: DialingMode.PREDICTIVE,
    callsPerSecond: 50,
    maxConcurrentCalls: 10,
    maxAttempts: 1,
    startedAt: new Date(time.nowMs()),
  });
  await em.persist([agent, Object.assign(new AgentAssignment(), { agent, campaign: c, level: 1 })]).flush();
  await seedRecipients(em, c.id, 1, '+1819');
  const one = async <T>(sql: string): Promise<T | undefined> => (await env.em().execute<Array<{ v: T }>>(sql, [c.id]))[0]?.v;
  // Small steps: the answer reaches the dialer (and its 2 s start) at most one step after it happened.
  const stepUntil = async (what: string, done: () => Promise<boolean>) => {
    for (let i = 0; i < 2000; i++) {
      if (await done()) return;
      await env.afterTicks(dialer, 1);
      time.advanceTo(time.nowMs() + 20);
    }
    assert.fail(`${what}: not within 40 simulated s`);
  };
  await stepUntil('dialed', async () => !!(await one<string>('select call_id as v from call_attempt where campaign_id = ?')));
  await env.em().execute(`update agent set state = 'BREAK' where id = ?`, [agent.id]);
  // The answer reaches the dialer: its 2 s start on the one clock, which stands still from here.
  await stepUntil(
    'answered',
    async () => (await one<boolean>('select answered_at is not null as v from call_attempt where campaign_id = ?')) === true,
  );
  await env.afterTicks(dialer, 2);
  const call = (await one<string>('select call_id as v from call_attempt where campaign_id = ?')) ?? '';
  time.advanceTo(time.nowMs() + 1200);
  await env.em().execute(`update agent set state = 'AVAILABLE' where id = ?`, [agent.id]);
  await env.waitFor<boolean>("select bool_or(state = 'RESERVED') from agent where id = ?", [agent.id], (v) => v === true, 'agent reserved');
  await env.waitFor<number>('select 1', [], () => bridges.includes(call), "the agent's phone rung");
  // 0.6 s on, past the deadline (2 s less the message's 250 ms lead) but before the switch's own 1-s leg_timeout.
  time.advanceTo(time.nowMs() + 600);
  await env.waitFor<number>('select 1', [], () => heard.has(call), 'the message');
  const at = heard.get(call) ?? Infinity;
  assert.ok(at <= 2, `the message ${at} s after the answer`);
  await stepUntil(
    'call ended',
    async () => (await one<boolean>('select ended_at is not null as v from call_attempt where campaign_id = ?')) === true,
  );
  const [r] = await env
    .em()
    .execute<Array<{ abandoned: boolean; bridged: boolean; reason: string }>>(
      'select abandoned, bridged_at is not null as bridged, abandon_reason::text as reason from call_attempt where call_id = ?',
      [call],
    );
  assert.deepEqual(r, { abandoned: true, bridged: false, reason: 'BRIDGE_FAILED' });
  const [a] = await env
    .em()
    .execute<Array<{ state: string; misses: number }>>(
      'select state::text as state, consecutive_no_answers as misses from agent where id = ?',
      [agent.id],
    );
  assert.deepEqual(a, { state: 'AVAILABLE', misses: 0 }, 'Pacer cancelled the ring: no missed call against the agent');
  await dialer.stop();
});
