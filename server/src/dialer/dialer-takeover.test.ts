import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { waitFor } from '../test/wait-for';
import { rows } from './sql-rows';
import { DialerProcesses } from './testing/dialer-processes';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { InvariantSampler, OpenTwiceSampler, recordOriginates } from './testing/invariant-sampler';
import { seedCampaign, seedGateway, seedRecipients, seedTenant } from './testing/seed';

/**
 * Issue 23, clean takeovers: kill -9 of the dialing process with ~100 calls live, some of them
 * answered and listening. The server runs as `npm start` does (PACER_DIALER=process): the API
 * process notices its dialer process died and starts a new one. The restarted leader must claim nothing on a stale lock (no LEADERSHIP_UNCERTAIN),
 * never overlap the dead leader's calls, and never redial a person who had answered before
 * the retry wait, whether the switch kept the call (re-attached) or lost it with the crash
 * (the built-in simulator dies with the server: here the switch drops half the answered calls).
 */
let env: DialerTestEnv;
const servers = new DialerProcesses(() => env);
before(async () => {
  env = await dialerTestEnv();
});
after(async () => {
  await servers.killAll();
  await env?.stop();
});

const RETRY_WAIT_SECONDS = 3600;
/** The answer script: hold each answered call this long (real seconds, longer than a takeover), then hang up. */
const WAIT_SECONDS = 15;

test('kill -9 and restart with ~100 calls live: no LEADERSHIP_UNCERTAIN, no overlap, no answered person redialed before the retry wait', async () => {
  const sim = env.h.sim;
  // Callees ring 3 s (real time at scale 20), answer and stay; the campaign's script holds each
  // answered call WAIT_SECONDS, so at any instant dozens are answered and listening.
  sim.setRules([{ match: /.*/, outcome: { base: 'answer', ringSec: 60, talkSec: 100_000 } }]);
  const em = env.em();
  const tenant = await seedTenant(em, { maxTotalCalls: 200, maxExternalCalls: 200, callsPerSecond: 200 });
  const gw = await seedGateway(em, tenant, 'gw1', 200, 200);
  const campaign = await seedCampaign(em, tenant, {
    gateways: [gw],
    maxConcurrentCalls: 100,
    callsPerSecond: 100,
    maxAttempts: 3,
    retryWaitSeconds: RETRY_WAIT_SECONDS,
    ringTimeoutSeconds: 120,
    broadcastActions: [{ kind: 'WAIT', seconds: WAIT_SECONDS }],
  });
  await seedRecipients(env.em(), campaign.id, 160, '+1778');
  const sent = recordOriginates(sim);
  const sampler = new InvariantSampler(sim).start(10);
  const openTwice = new OpenTwiceSampler(() => env.em());

  const server = servers.start({ PACER_DIALER: 'process' });
  await waitFor(() => sim.liveCallCount, { what: '90 live calls', until: (n) => n >= 90, timeoutMs: 90_000 });
  // The answers are on record (call marks), as they would be for a real crash mid-message.
  await env.waitFor<number>(
    `select count(*)::int from call_attempt where answered_at is not null and ended_at is null`,
    [],
    (n) => n >= 20,
    '20 answered calls open',
    60_000,
  );
  const [oldNode] = await rows<{ node: string }>(env.em(), `select distinct node from call_attempt`);
  // The dialer's own process (node is host:pid), not the API process that supervises it.
  const dialerPid = Number(oldNode?.node.split(':').pop());
  assert.ok(dialerPid > 0 && dialerPid !== server.child.pid, `calls placed by a dialer process apart from the API (${oldNode?.node})`);
  process.kill(dialerPid, 'SIGKILL');
  await waitFor(() => isAlive(dialerPid), { what: 'the dialer process gone', until: (alive) => !alive });
  const killedAt = Date.now();

  // The switch loses every other answered call with the crash (no event will ever come).
  let answered = 0;
  let dropped = 0;
  for (const [uuid, call] of [...sim.core.calls]) {
    if (call.state !== 'answered' || answered++ % 2 === 1) continue;
    call.drop();
    sim.core.calls.delete(uuid);
    dropped++;
  }
  const liveAtRestart = sim.liveCallCount;

  const restartedAt = Date.now();
  await env.waitFor<number>(
    `select count(*)::int from call_attempt where node <> ?`,
    [oldNode?.node ?? ''],
    (n) => n > 0,
    'the restarted dialer process to dial',
    60_000,
  );
  const resumedAfterRestart = (Date.now() - restartedAt) / 1000;
  const resumedAfterKill = (Date.now() - killedAt) / 1000;
  // Done: nothing open, every recipient reached or waiting out its retry wait.
  await env.waitFor<number>(
    `
    select (select count(*) from call_attempt where ended_at is null) + (select count(*) from campaign_recipient where campaign_id = ? and state not in ('CONTACTED', 'RETRY_WAIT'))`,
    [campaign.id],
    (n) => Number(n) === 0,
    'every attempt closed and every recipient settled',
    120_000,
  );
  sampler.stop();
  openTwice.stop();

  const outcomes = await rows<{ old: boolean; outcome: string; cause: string; n: number }>(
    env.em(),
    `
    select node = ? as old, outcome, hangup_cause as cause, count(*)::int as n from call_attempt group by 1, 2, 3 order by 1, 2, 3`,
    [oldNode?.node],
  );
  console.log(`# attempts (old leader?, outcome, cause): ${JSON.stringify(outcomes)}`);
  const [uncertain] = await rows<{ n: number }>(
    env.em(),
    `select count(*)::int as n from call_attempt where hangup_cause = 'LEADERSHIP_UNCERTAIN'`,
  );
  const [redialed] = await rows<{ n: number; early: number }>(
    env.em(),
    `
    select count(distinct a.recipient_id)::int as n,
      count(distinct a.recipient_id) filter (where b.created_at < a.ended_at + make_interval(secs => ?))::int as early
    from call_attempt a join call_attempt b on b.recipient_id = a.recipient_id and b.attempt_number > a.attempt_number
    where a.answered_at is not null`,
    [RETRY_WAIT_SECONDS],
  );
  const [lost] = await rows<{ n: number; waiting: number }>(
    env.em(),
    `
    select count(*)::int as n, count(*) filter (where r.state = 'RETRY_WAIT' and r.attempts = 1 and a.counted
      and r.next_attempt_at >= a.ended_at + make_interval(secs => ? - 1))::int as waiting
    from call_attempt a join campaign_recipient r on r.id = a.recipient_id where a.outcome = 'ANSWERED_LOST'`,
    [RETRY_WAIT_SECONDS],
  );
  // The script holds an answered call WAIT_SECONDS of real time from its step's start (after the
  // answer). The switch bills a span Pacer decides as long as it really was, whatever the time
  // scale (one clock per fact, sim-clock.ts), so billsec is at least WAIT_SECONDS: a re-attached
  // call whose script the new leader resumed is never shorter.
  const [reattached] = await rows<{ n: number; cut: number; min: number | null; max: number | null }>(
    env.em(),
    `select count(*)::int as n, count(*) filter (where bill_seconds < ?)::int as cut, min(bill_seconds) as min, max(bill_seconds) as max from call_attempt where node = ? and outcome = 'ANSWERED'`,
    [WAIT_SECONDS, oldNode?.node],
  );
  console.log(
    `# live at restart ${liveAtRestart} (${dropped} answered calls lost by the switch); dialing resumed ${resumedAfterRestart.toFixed(1)} s after the restart (${resumedAfterKill.toFixed(1)} s after the kill); ` +
      `LEADERSHIP_UNCERTAIN ${uncertain?.n}; answered people redialed ${redialed?.n} (before the retry wait: ${redialed?.early}); ANSWERED_LOST ${lost?.n} (${lost?.waiting} counted, waiting); re-attached answered ${reattached?.n} (cut short: ${reattached?.cut}, billsec ${reattached?.min}-${reattached?.max}); ${sent.length} originates`,
  );

  assert.equal(uncertain?.n, 0, `no LEADERSHIP_UNCERTAIN attempt on a normal takeover; log:\n${server.output().slice(-2000)}`);
  assert.equal(new Set(sent.map((s) => s.uuid)).size, sent.length, 'no call id originated twice');
  assert.equal(sampler.peaks.doubled.size, 0, 'no recipient in two calls at once');
  assert.deepEqual(openTwice.recipients, [], 'no recipient with two open attempts');
  assert.equal(redialed?.early, 0, 'no answered person redialed before the retry wait');
  assert.ok((lost?.n ?? 0) > 0, 'answered calls the switch lost were recorded as ANSWERED_LOST');
  assert.equal(lost?.waiting, lost?.n, 'ANSWERED_LOST is counted and waits out the retry wait (default policy)');
  assert.ok((reattached?.n ?? 0) > 0, 'calls the switch kept were re-attached and recorded by the new leader');
  assert.equal(reattached?.cut, 0, 'a re-attached answered call finishes its script, never cut short by the takeover');
  assert.doesNotMatch(server.output(), /leadership uncertain/, 'nothing refused as uncertain in the log');
  assert.equal(server.child.exitCode, null, 'the API process kept running through its dialer crash');
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
