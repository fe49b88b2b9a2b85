import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { waitFor } from '../test/wait-for';
import { rows } from './sql-rows';
import { DialerProcesses } from './testing/dialer-processes';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { InvariantSampler, OpenTwiceSampler, recordOriginates } from './testing/invariant-sampler';
import { seedCampaign, seedRecipients, seedTenant } from './testing/seed';

let env: DialerTestEnv;
const servers = new DialerProcesses(() => env);
before(async () => {
  env = await dialerTestEnv();
});
after(async () => {
  await servers.killAll();
  await env?.stop();
});

test('kill -9 of the leader with ~100 calls live: the follower takes over, nothing is dialed twice, every attempt is closed', async () => {
  const sim = env.h.sim;
  // Every callee rings 3 s (real time at scale 20) then answers and stays on the line until a
  // dialer hangs up (talk far longer than any takeover, however slow the machine).
  sim.setRules([{ match: /.*/, outcome: { base: 'answer', ringSec: 60, talkSec: 100_000 } }]);
  const em = env.em();
  const tenant = await seedTenant(em, { maxTotalCalls: 200, maxExternalCalls: 200, callsPerSecond: 200 });
  const campaign = await seedCampaign(em, tenant, {
    maxConcurrentCalls: 100,
    callsPerSecond: 100,
    maxAttempts: 3,
    retryWaitSeconds: 0,
    ringTimeoutSeconds: 120,
  });
  await seedRecipients(em, campaign.id, 250, '+1777');
  const sent = recordOriginates(sim);
  const sampler = new InvariantSampler(sim).start(10);
  const openTwice = new OpenTwiceSampler(() => env.em());

  const a = servers.start().child;
  const b = servers.start().child;
  await waitFor(() => sim.liveCallCount, { what: '90 live calls', until: (n) => n >= 90, timeoutMs: 90_000 });
  const nodes = await rows<{ node: string }>(env.em(), `select distinct node from call_attempt`);
  assert.equal(nodes.length, 1, `exactly one process dials: ${JSON.stringify(nodes)}`);
  const leaderNode = nodes[0]?.node ?? '';
  const leader = [a, b].find((c) => leaderNode.endsWith(`:${c.pid}`));
  assert.ok(leader, `leader ${leaderNode} is one of the children`);
  const liveAtKill = sim.liveCallCount;
  leader.kill('SIGKILL');
  const killedAt = Date.now();

  await env.waitFor<number>(
    `select count(*)::int from call_attempt where node <> ?`,
    [leaderNode],
    (n) => n > 0,
    'the follower to dial',
    20_000,
  );
  const takeoverSeconds = (Date.now() - killedAt) / 1000;
  await env.waitFor<string>(
    `select status from campaign where id = ?`,
    [campaign.id],
    (s) => s === 'COMPLETED' || s === 'INCOMPLETE',
    'the campaign to finish',
    60_000,
  );
  const outcomes = await rows<{ node: string; outcome: string; cause: string; n: number }>(
    env.em(),
    `
    select node = ? as node, outcome, hangup_cause as cause, count(*)::int as n from call_attempt group by 1, 2, 3 order by 1, 2, 3`,
    [leaderNode],
  );
  console.log(`# attempts (old leader?, outcome, cause): ${JSON.stringify(outcomes)}`);
  sampler.stop();
  openTwice.stop();

  const [open] = await rows<{ n: number }>(env.em(), `select count(*)::int as n from call_attempt where ended_at is null`);
  assert.equal(open?.n, 0, 'every attempt closed');
  assert.equal(new Set(sent.map((s) => s.uuid)).size, sent.length, 'no call id originated twice');
  assert.equal(sampler.peaks.doubled.size, 0, 'no recipient in two calls at once');
  assert.deepEqual(openTwice.recipients, [], 'no recipient with two open attempts');
  const states = await rows<{ state: string; attempts: number; n: number }>(
    env.em(),
    `
    select state, attempts, count(*)::int as n from campaign_recipient where campaign_id = ? group by 1, 2`,
    [campaign.id],
  );
  assert.deepEqual(states, [{ state: 'CONTACTED', attempts: 1, n: 250 }], 'interrupted attempts are not counted');
  const [reattached] = await rows<{ n: number; interrupted: number }>(
    env.em(),
    `
    select count(*) filter (where outcome = 'ANSWERED')::int as n, count(*) filter (where outcome = 'INTERRUPTED')::int as interrupted
    from call_attempt where node = ?`,
    [leaderNode],
  );
  assert.ok((reattached?.n ?? 0) >= 50, `calls of the dead leader re-attached and recorded by the new one: ${JSON.stringify(reattached)}`);
  console.log(
    `# live at kill ${liveAtKill}; takeover ${takeoverSeconds.toFixed(1)} s; dead leader's calls: ${reattached?.n} re-attached, ${reattached?.interrupted} interrupted; ${sent.length} originates`,
  );
});
