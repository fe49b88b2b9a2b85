import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AgentState } from '../../domain/agent/agent-state';
import { CampaignType, DialingMode } from '../../domain/campaign/campaign-type';
import { Agent } from '../../entities/agent.entity';
import { AgentAssignment } from '../../entities/agent-assignment.entity';
import type { Dialer } from '../dialer';
import { rows } from '../sql-rows';
import { dialerTestEnv, type DialerTestEnv } from '../testing/dialer-test-env';
import { seedCampaign, seedRecipients, seedTenant } from '../testing/seed';

// A callback booked "to me" (reportCallResult callbackToMe, stored as callback_agent_id) is
// offered to that agent only: it waits while the agent cannot take it, even with another agent
// free, and is dialed with that agent reserved once it can. The simulator is the switch.
let env: DialerTestEnv;
let dialer: Dialer;
before(async () => {
  env = await dialerTestEnv();
  dialer = await env.startDialer();
});
after(async () => {
  await env?.stop();
});

const attemptOf = (recipientId: string) =>
  rows<{ call_id: string; agent_id: string | null }>(env.em(), 'select call_id, agent_id from call_attempt where recipient_id = ?', [
    recipientId,
  ]);

test('a personal callback waits for its agent, with another agent free, and goes to that agent', { timeout: 90_000 }, async () => {
  env.h.sim.setAgent('1051', { kind: 'answer', afterSec: 1 });
  env.h.sim.setAgent('1052', { kind: 'answer', afterSec: 1 });
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const c = await seedCampaign(em, tenant, {
    type: CampaignType.AGENT,
    dialingMode: DialingMode.PROGRESSIVE,
    callsPerSecond: 50,
    maxConcurrentCalls: 10,
    wrapUpSeconds: 0,
  });
  // Both start on BREAK (signed in, so their phones get checked) until the recipients are in place.
  // B is level 1: the dialer's own choice whenever both are free.
  const mine = Object.assign(new Agent(), { tenant, name: 'mine', endpoint: 'user/1051', state: AgentState.BREAK, wrapUpSeconds: 0 });
  const other = Object.assign(new Agent(), { tenant, name: 'other', endpoint: 'user/1052', state: AgentState.BREAK, wrapUpSeconds: 0 });
  await em
    .persist([
      mine,
      other,
      Object.assign(new AgentAssignment(), { agent: mine, campaign: c, level: 2 }),
      Object.assign(new AgentAssignment(), { agent: other, campaign: c, level: 1 }),
    ])
    .flush();
  await seedRecipients(em, c.id, 3, '+1705');
  const ids = (await rows<{ id: string }>(em, 'select id from campaign_recipient where campaign_id = ? order by id', [c.id])).map((r) =>
    String(r.id),
  );
  const [callback, first, second] = ids as [string, string, string];
  // The callback is due already: it is first in the dialer's order (callbacks before everyone).
  await em.execute(
    `update campaign_recipient set state = 'SCHEDULED', callback_at = now() - interval '1 minute', callback_agent_id = ? where id = ?`,
    [mine.id, callback],
  );
  await env.waitFor<boolean>(
    'select bool_and(phone_registered is true) from agent where id = any(?::uuid[])',
    [`{${mine.id},${other.id}}`],
    (v) => v === true,
    'both phones registered',
    20_000,
  );
  await em.execute(`update agent set state = 'AVAILABLE', state_changed_at = now() where id = ?`, [other.id]);

  // The other agent takes the two fresh recipients one after the other; each time it was free,
  // the due callback (first in order) was left waiting for its own agent.
  for (const r of [first, second]) {
    const callId = await env.waitFor<string | null>(
      'select call_id from call_attempt where recipient_id = ? and bridged_at is not null',
      [r],
      (v) => !!v,
      `recipient ${r} bridged`,
      20_000,
    );
    assert.deepEqual(await attemptOf(callback), [], 'the callback is not given to another agent');
    env.h.sim.hangupCall(callId ?? '');
  }
  await env.waitFor<string>('select state from agent where id = ?', [other.id], (s) => s === 'AVAILABLE', 'other agent free again', 20_000);
  // Two planning passes with the other agent free and the callback due: still not given to it.
  await env.afterTicks(dialer, 2);
  assert.deepEqual(await attemptOf(callback), []);
  const [shown] = await rows<{ state: string; callback_agent_id: string }>(
    em,
    'select state, callback_agent_id from campaign_recipient where id = ?',
    [callback],
  );
  assert.deepEqual(shown, { state: 'SCHEDULED', callback_agent_id: mine.id }, 'still waiting, for whom is on record');

  // Its agent is free: the callback is dialed with that agent reserved, though the other
  // agent (level 1, free longer) would be the dialer's own choice.
  await em.execute(`update agent set state = 'AVAILABLE', state_changed_at = now() where id = ?`, [mine.id]);
  await env.waitFor<number>(
    'select count(*)::int from call_attempt where recipient_id = ?',
    [callback],
    (n) => n === 1,
    'callback dialed',
    20_000,
  );
  const [att] = await attemptOf(callback);
  assert.equal(att?.agent_id, mine.id, 'offered to the agent it was booked for');
  await env.waitFor<string | null>(
    'select bridged_at::text from call_attempt where recipient_id = ?',
    [callback],
    (v) => !!v,
    'callback bridged to its agent',
    20_000,
  );
  const [states] = await rows<{ mine: string; other: string }>(
    em,
    'select (select state from agent where id = ?) as mine, (select state from agent where id = ?) as other',
    [mine.id, other.id],
  );
  assert.deepEqual(states, { mine: 'ON_CALL', other: 'AVAILABLE' });
  env.h.sim.hangupCall(att?.call_id ?? '');
});

test('a personal callback whose agent left the campaign goes to any agent of it', { timeout: 60_000 }, async () => {
  env.h.sim.setAgent('1053', { kind: 'answer', afterSec: 1 });
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const c = await seedCampaign(em, tenant, { type: CampaignType.AGENT, dialingMode: DialingMode.PROGRESSIVE, callsPerSecond: 50 });
  const gone = Object.assign(new Agent(), { tenant, name: 'gone', endpoint: 'user/1099', state: AgentState.AVAILABLE });
  // On BREAK until the callback is in place, so nothing is dialed before.
  const here = Object.assign(new Agent(), { tenant, name: 'here', endpoint: 'user/1053', state: AgentState.BREAK });
  await em.persist([gone, here, Object.assign(new AgentAssignment(), { agent: here, campaign: c, level: 1 })]).flush();
  await seedRecipients(em, c.id, 1, '+1706');
  // Booked for an agent no longer assigned to the campaign: nobody would ever take it.
  await em.execute(
    `update campaign_recipient set state = 'SCHEDULED', callback_at = now() - interval '1 minute', callback_agent_id = ? where campaign_id = ?`,
    [gone.id, c.id],
  );
  await em.execute(`update agent set state = 'AVAILABLE', state_changed_at = now() where id = ?`, [here.id]);
  const agentId = await env.waitFor<string | null>(
    'select agent_id::text from call_attempt where campaign_id = ?',
    [c.id],
    (v) => !!v,
    'callback dialed',
    20_000,
  );
  assert.equal(agentId, here.id);
});

test(
  'predictive: a personal callback is dialed with its agent reserved, not given to whoever is free on answer',
  { timeout: 60_000 },
  async () => {
    env.h.sim.setAgent('1054', { kind: 'answer', afterSec: 1 });
    env.h.sim.setAgent('1055', { kind: 'answer', afterSec: 1 });
    const em = env.em();
    const tenant = await seedTenant(em, { callsPerSecond: 100 });
    const c = await seedCampaign(em, tenant, { type: CampaignType.AGENT, dialingMode: DialingMode.PREDICTIVE, callsPerSecond: 50 });
    const mine = Object.assign(new Agent(), { tenant, name: 'mine-p', endpoint: 'user/1054', state: AgentState.BREAK });
    const other = Object.assign(new Agent(), { tenant, name: 'other-p', endpoint: 'user/1055', state: AgentState.BREAK });
    await em
      .persist([
        mine,
        other,
        Object.assign(new AgentAssignment(), { agent: mine, campaign: c, level: 2 }),
        Object.assign(new AgentAssignment(), { agent: other, campaign: c, level: 1 }),
      ])
      .flush();
    await seedRecipients(em, c.id, 1, '+1707');
    await em.execute(
      `update campaign_recipient set state = 'SCHEDULED', callback_at = now() - interval '1 minute', callback_agent_id = ? where campaign_id = ?`,
      [mine.id, c.id],
    );
    // The other agent is free first (level 1, longest idle): predictive's own pick on answer.
    await em.execute(`update agent set state = 'AVAILABLE', state_changed_at = now() - interval '1 hour' where id = ?`, [other.id]);
    await em.execute(`update agent set state = 'AVAILABLE', state_changed_at = now() where id = ?`, [mine.id]);
    const bridged = await env.waitFor<string | null>(
      'select agent_id::text from call_attempt where campaign_id = ? and bridged_at is not null',
      [c.id],
      (v) => !!v,
      'callback bridged',
      20_000,
    );
    assert.equal(bridged, mine.id);
    const [att] = await rows<{ call_id: string }>(em, 'select call_id from call_attempt where campaign_id = ?', [c.id]);
    env.h.sim.hangupCall(att?.call_id ?? '');
  },
);
