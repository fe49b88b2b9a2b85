import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AgentState } from '../../domain/agent/agent-state';
import { CampaignType, DialingMode } from '../../domain/campaign/campaign-type';
import { Agent } from '../../entities/agent.entity';
import { AgentAssignment } from '../../entities/agent-assignment.entity';
import { listen } from '../../events/listen';
import { waitFor } from '../../test/wait-for';
import { rows } from '../sql-rows';
import { recordBroadcasts } from '../testing/record-broadcasts';
import { dialerTestEnv, type DialerTestEnv } from '../testing/dialer-test-env';
import { seedCampaign, seedRecipients, seedTenant } from '../testing/seed';

let env: DialerTestEnv;
let heard: Map<string, string[]>;
before(async () => {
  env = await dialerTestEnv();
  heard = recordBroadcasts(env.h.sim);
  // The machine never hangs up on its own: only the verdict can end it, however slow the machine.
  env.h.sim.setRules([{ match: /0006$/, outcome: { base: 'machine', talkSec: undefined } }]);
  await env.startDialer({ amdWaitMs: 600_000 });
});
after(async () => {
  await env?.stop();
});

interface Attempt {
  call_id: string;
  suffix: string;
  outcome: string | null;
  bridged: boolean;
  abandoned: boolean;
  agent_id: string | null;
}
const attempts = (campaignId: string) =>
  rows<Attempt>(
    env.em(),
    `
  select call_id, right(number, 2) as suffix, outcome::text as outcome, bridged_at is not null as bridged, abandoned, agent_id
  from call_attempt where campaign_id = ? order by id`,
    [campaignId],
  );

/** An AGENT campaign with AMD HANGUP, one AVAILABLE agent, recipients: machine (0006), then human (0000). */
async function setup(prefix: string, mode: DialingMode, ext: string): Promise<{ campaignId: string; agentId: string }> {
  env.h.sim.setAgent(ext, { kind: 'answer', afterSec: 1 });
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const agent = Object.assign(new Agent(), {
    tenant,
    name: `amd-${ext}`,
    endpoint: `user/${ext}`,
    state: AgentState.AVAILABLE,
    wrapUpSeconds: 0,
  });
  const c = await seedCampaign(em, tenant, {
    type: CampaignType.AGENT,
    dialingMode: mode,
    callsPerSecond: 50,
    maxConcurrentCalls: 10,
    maxAttempts: 1,
    broadcastActions: [{ kind: 'PLAY', file: 'msg.wav' }],
    amd: { enabled: true, onMachine: 'HANGUP' },
  });
  await em.persist([agent, Object.assign(new AgentAssignment(), { agent, campaign: c, level: 1 })]).flush();
  await seedRecipients(em, c.id, 2, prefix, `case x.i when 1 then '0006' else '0000' end`);
  return { campaignId: c.id, agentId: agent.id };
}

/** The machine never reaches the agent, costs it nothing and is no abandon; the human after it is bridged. */
async function assertScreened(campaignId: string, agentId: string): Promise<void> {
  const human = await env.waitFor<string | null>(
    `select call_id from call_attempt where campaign_id = ? and bridged_at is not null and right(number, 2) = '00'`,
    [campaignId],
    (v) => !!v,
    'human bridged',
    20_000,
  );
  const [machine] = (await attempts(campaignId)).filter((a) => a.suffix === '06');
  assert.ok(machine, 'the machine was dialed');
  await env.waitFor<boolean>(
    'select ended_at is not null from call_attempt where call_id = ?',
    [machine.call_id],
    (v) => v,
    'machine call ended',
  );
  const [m] = (await attempts(campaignId)).filter((a) => a.suffix === '06');
  assert.deepEqual([m?.outcome, m?.bridged, m?.abandoned], ['MACHINE', false, false]);
  assert.ok(!env.h.typesFor(machine.call_id).some((t) => t === 'bridged' || t === 'bridge-failed'), 'no bridge was tried for the machine');
  assert.deepEqual(heard.get(machine.call_id) ?? [], [], 'nothing played to the machine');
  const [ag] = await rows<{ n: number; state: string }>(env.em(), 'select consecutive_no_answers as n, state from agent where id = ?', [
    agentId,
  ]);
  assert.deepEqual(ag, { n: 0, state: 'ON_CALL' }, 'the agent took the human; the machine did not count against it');
  env.h.sim.hangupCall(human ?? '');
  await env.waitFor<string>(
    'select state from agent where id = ?',
    [agentId],
    (s) => s === 'AVAILABLE',
    'agent AVAILABLE after the human call',
    15_000,
  );
}

test('progressive + AMD HANGUP: a machine answer never reaches the agent, who is AVAILABLE again; a human is bridged', async () => {
  // Listening before the campaign exists: every state change of its agent is heard, in order.
  const seen: Array<{ agentId: string; state: string }> = [];
  const stop = listen(env.bus, 'AGENT_STATE', (p) => seen.push(p));
  const { campaignId, agentId } = await setup('+1611', DialingMode.PROGRESSIVE, '2101');
  await assertScreened(campaignId, agentId);
  // The database has the agent AVAILABLE; its event may still be on its way through NOTIFY.
  const states = await waitFor(() => seen.filter((p) => p.agentId === agentId).map((p) => p.state), {
    what: "the agent's last state change",
    until: (s) => s.length >= 6,
  }).finally(stop);
  const [machine] = (await attempts(campaignId)).filter((a) => a.suffix === '06');
  assert.equal(machine?.agent_id, agentId, 'the agent was reserved for the machine call, then freed');
  assert.deepEqual(states, ['RESERVED', 'AVAILABLE', 'RESERVED', 'ON_CALL', 'WRAP_UP', 'AVAILABLE'], states.join(','));
});

test('predictive + AMD HANGUP: a machine is hung up without an agent and is no abandon; a human is bridged', async () => {
  const { campaignId, agentId } = await setup('+1612', DialingMode.PREDICTIVE, '2102');
  await assertScreened(campaignId, agentId);
  const [machine] = (await attempts(campaignId)).filter((a) => a.suffix === '06');
  assert.equal(machine?.agent_id, null, 'no agent was reserved for the machine');
});
