import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CauseAction } from '../domain/call/call-outcome';
import type { Dialer } from './dialer';
import { rows } from './sql-rows';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { seedCampaign, seedRecipients, seedTenant } from './testing/seed';

// Issue 17: one congestion number under a NEUTRAL policy was dialed 76 times in about 15 s, none
// counted. NEUTRAL now waits the retry wait and the campaign's maxUncountedAttempts-th NEUTRAL in
// a row fails the recipient.
let env: DialerTestEnv;
let dialer: Dialer;
before(async () => {
  env = await dialerTestEnv();
  dialer = await env.startDialer();
});
after(async () => {
  await env?.stop();
});

test('a congestion number under NEUTRAL is dialed no more than its bound, then FAILED', async () => {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const c = await seedCampaign(em, tenant, {
    callsPerSecond: 50,
    maxConcurrentCalls: 10,
    retryWaitSeconds: 0, // nothing holds it back but the bound
    maxUncountedAttempts: 3,
    causePolicy: { CONGESTION: CauseAction.NEUTRAL },
  });
  await seedRecipients(em, c.id, 4, '+1446', `'0003'`); // congestion
  await env.waitFor<string>(
    'select status from campaign where id = ?',
    [c.id],
    (s) => s === 'COMPLETED' || s === 'INCOMPLETE',
    'campaign done',
    60_000,
  );
  const r = await rows<{ state: string; attempts: number; calls: number; counted: number; uncounted: number }>(
    env.em(),
    `select r.state, r.attempts, r.uncounted_in_a_row as uncounted,
       (select count(*)::int from call_attempt a where a.recipient_id = r.id) as calls,
       (select count(*)::int from call_attempt a where a.recipient_id = r.id and a.counted) as counted
     from campaign_recipient r where r.campaign_id = ?`,
    [c.id],
  );
  assert.deepEqual(
    r.map((x) => [x.state, x.calls, x.counted, x.attempts, x.uncounted]),
    r.map(() => ['FAILED', 3, 0, 0, 3]),
  );
});

test('a NEUTRAL result is never redialed before the retry wait', async () => {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const c = await seedCampaign(em, tenant, {
    callsPerSecond: 50,
    maxConcurrentCalls: 10,
    retryWaitSeconds: 3600,
    causePolicy: { CONGESTION: CauseAction.NEUTRAL },
  });
  await seedRecipients(em, c.id, 3, '+1447', `'0003'`);
  await env.waitFor<number>(
    'select count(*)::int from call_attempt where campaign_id = ? and ended_at is not null',
    [c.id],
    (n) => n === 3,
    'three congestion results',
  );
  await env.afterTicks(dialer, 3);
  const [x] = await rows<{ calls: number; early: number }>(
    env.em(),
    `select (select count(*)::int from call_attempt where campaign_id = ?) as calls,
       (select count(*)::int from campaign_recipient where campaign_id = ? and state = 'READY' and next_attempt_at < now() + interval '3500 seconds') as early`,
    [c.id, c.id],
  );
  assert.deepEqual(x, { calls: 3, early: 0 }, 'each waits the hour out; nothing redialed');
});
