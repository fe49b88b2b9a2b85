import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CampaignType, DialingMode } from '../../domain/campaign/campaign-type';
import type { Campaign } from '../../entities/campaign.entity';
import type { Simulator } from '../../switch/simulator/simulator';
import { waitFor } from '../../test/wait-for';
import type { Dialer } from '../dialer';
import { rows } from '../sql-rows';
import { dialerTestEnv, type DialerTestEnv } from '../testing/dialer-test-env';
import { InvariantSampler } from '../testing/invariant-sampler';
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

/** A RUNNING queue-watch campaign on `queue` with `n` answering recipients; the tenant's multiplier is `tenantMultiplier`. */
async function setup(
  queue: string,
  n: number,
  prefix: string,
  tenantMultiplier: number,
  campaign: Partial<Pick<Campaign, 'queueMultiplier' | 'retryWaitSeconds'>> = {},
): Promise<Campaign> {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100, maxTotalCalls: 100 });
  await em.execute('update tenant_settings set queue_multiplier = ? where tenant_id = ?', [tenantMultiplier, tenant.id]);
  const c = await seedCampaign(em, tenant, {
    type: CampaignType.AGENT,
    dialingMode: DialingMode.QUEUE_WATCH,
    queueName: queue,
    callsPerSecond: 50,
    maxConcurrentCalls: 50,
    ...campaign,
  });
  await seedRecipients(em, c.id, n, prefix);
  return c;
}
/** Counts the switch's answers to `queue count agents` from now on (each read the dialer made). */
function countQueueReads(sim: Simulator): { n: number } {
  const counter = { n: 0 };
  const queues = sim.core.queues;
  const original = queues.countAgents.bind(queues);
  queues.countAgents = (...args) => {
    counter.n++;
    return original(...args);
  };
  return counter;
}
const finished = (id: string, ms = 90_000) =>
  env.waitFor<string>(
    'select status from campaign where id = ?',
    [id],
    (s) => s === 'COMPLETED' || s === 'INCOMPLETE',
    'campaign finished',
    ms,
  );
const outcomes = async (id: string) =>
  Object.fromEntries(
    (
      await rows<{ outcome: string; n: number }>(
        env.em(),
        'select outcome, count(*)::int as n from call_attempt where campaign_id = ? group by outcome',
        [id],
      )
    ).map((r) => [r.outcome, r.n]),
  );

test('queue-watch: never more calls than free agents x multiplier; answered calls go to the queue; the campaign completes', async () => {
  // 3 free agents x the tenant's multiplier 2 (the campaign sets none): at most 6 calls at once.
  env.h.sim.setQueue('sales@default', { freeAgents: 3, answerAfterSec: 1, talkSec: 10 });
  const c = await setup('sales@default', 50, '+1901', 2);
  const sampler = new InvariantSampler(env.h.sim).start();
  let inQueue = 0;
  const queued = setInterval(() => {
    const n = [...env.h.sim.core.calls.values()].filter((x) => x.application === 'callcenter').length;
    inQueue = Math.max(inQueue, n);
  }, 5);
  try {
    assert.equal(await finished(c.id), 'COMPLETED');
  } finally {
    sampler.stop();
    clearInterval(queued);
  }
  const peak = sampler.peaks.byCampaign.get(c.id) ?? 0;
  console.log(`# queue-watch: peak ${peak} concurrent calls (cap 6), ${inQueue} in the queue at once, ${sampler.samples} samples`);
  assert.ok(peak <= 6, `peak ${peak} > floor(3 x 2)`);
  assert.ok(peak > 3, `the multiplier dials beyond the free agents (peak ${peak})`);
  assert.ok(inQueue > 0, 'answered calls joined the queue');
  assert.deepEqual(await outcomes(c.id), { QUEUE_ANSWER: 50 }, 'every call was answered by a queue agent');
  const [r] = await rows<{ contacted: number; agents: number }>(
    env.em(),
    `
    select count(*) filter (where r.state = 'CONTACTED')::int as contacted,
      (select count(*)::int from call_attempt a where a.campaign_id = ? and a.agent_id is not null) as agents
    from campaign_recipient r where r.campaign_id = ?`,
    [c.id, c.id],
  );
  assert.deepEqual(r, { contacted: 50, agents: 0 }, 'all reached, and no Pacer agent was involved');
  assert.equal(env.h.sim.queueFreeAgents('sales@default'), 3, 'every agent is free again');
});

test('queue-watch: nothing is dialed while the queue cannot be counted or has no free agent, then dialing starts', async () => {
  env.h.sim.setQueue('idle@default', { freeAgents: 0, talkSec: 4 });
  env.h.sim.setCallcenterLoaded(false);
  // The campaign's own multiplier (1.5) wins over the tenant's (3): 2 free agents -> 3 calls at once.
  const c = await setup('idle@default', 8, '+1902', 3, { queueMultiplier: 1.5 });
  const sampler = new InvariantSampler(env.h.sim).start();
  const attempts = () =>
    env.waitFor<number>('select count(*)::int from call_attempt where campaign_id = ?', [c.id], () => true, 'attempts');
  try {
    // A switch that cannot count (mod_callcenter missing): no slots, no crash.
    await env.waitFor<string>(
      'select run_state from campaign where id = ?',
      [c.id],
      (s) => s === 'WAITING_AGENTS',
      'waiting for agents',
      10_000,
    );
    await env.afterTicks(dialer, 3);
    assert.equal(await attempts(), 0, 'nothing dialed while the queue cannot be counted');
    // Counted, but nobody free: once the switch has answered a count (0) and the dialer has planned since.
    env.h.sim.setCallcenterLoaded(true);
    const counted = countQueueReads(env.h.sim);
    await waitFor(() => counted.n, { what: 'the dialer to count the queue', until: (n) => n >= 1 });
    await env.afterTicks(dialer, 3);
    assert.equal(await attempts(), 0, 'nothing dialed with 0 free agents');
    env.h.sim.setQueue('idle@default', { freeAgents: 2, talkSec: 4 });
    await env.waitFor<number>(
      'select count(*)::int from call_attempt where campaign_id = ?',
      [c.id],
      (n) => n > 0,
      'dialing once agents are free',
      10_000,
    );
    assert.equal(await finished(c.id), 'COMPLETED');
  } finally {
    sampler.stop();
    env.h.sim.setCallcenterLoaded(true);
  }
  const peak = sampler.peaks.byCampaign.get(c.id) ?? 0;
  assert.ok(peak <= 3, `peak ${peak} > floor(2 x 1.5)`);
  assert.deepEqual(await outcomes(c.id), { QUEUE_ANSWER: 8 });
});

test("queue-watch: the queue's time limit is QUEUE_TIMEOUT, a callee who leaves the queue is QUEUE_JOIN, both retried", async () => {
  // One free agent, multiplier 3: three calls. The first to join is served; the other of the
  // first two waits past max-wait-time; the third answers last and hangs up while waiting.
  env.h.sim.setQueue('strict@default', { freeAgents: 1, talkSec: 40, maxWaitSec: 4 });
  env.h.sim.addRule(/^\+1903000003/, { base: 'answer', ringSec: 3 });
  // The third hangs up half a simulated second after it joins: before the 4 s limit, however
  // long Pacer took to put it in the queue (simulated timers run in the order they are due).
  const queues = env.h.sim.core.queues;
  const join = queues.join.bind(queues);
  queues.join = (call, name) => {
    join(call, name);
    if (call.init.number.startsWith('+1903000003')) env.h.sim.core.clock.after(0.5, () => call.hangup('NORMAL_CLEARING'));
  };
  const c = await setup('strict@default', 3, '+1903', 1, { queueMultiplier: 3, retryWaitSeconds: 3600 });
  await env.waitFor<number>(
    'select count(*)::int from call_attempt where campaign_id = ? and ended_at is not null',
    [c.id],
    (n) => n === 3,
    'all three ended',
    20_000,
  );
  assert.deepEqual(await outcomes(c.id), { QUEUE_ANSWER: 1, QUEUE_JOIN: 1, QUEUE_TIMEOUT: 1 });
  const states = await rows<{ state: string; outcome: string }>(
    env.em(),
    'select state, last_outcome as outcome from campaign_recipient where campaign_id = ? order by last_outcome::text',
    [c.id],
  );
  assert.deepEqual(
    states.map((r) => `${r.outcome}:${r.state}`),
    ['QUEUE_ANSWER:CONTACTED', 'QUEUE_JOIN:RETRY_WAIT', 'QUEUE_TIMEOUT:RETRY_WAIT'],
  );
});
