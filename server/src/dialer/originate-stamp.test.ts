import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { rows } from './sql-rows';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { recordOriginates } from './testing/invariant-sampler';
import { seedCampaign, seedRecipients, seedTenant } from './testing/seed';

// originated_at says when the switch took the call, not when Pacer planned or queued it: with a
// switch slower than the campaign, calls wait in the adapter, and ring times in the reports
// would grow by that wait. Each stamp must come at or after the switch received the originate.
let env: DialerTestEnv;
before(async () => {
  env = await dialerTestEnv({ sessionsPerSecond: 4 });
});
after(async () => {
  await env?.stop();
});

test('originated_at is when the switch accepted the originate, after any wait inside Pacer', async () => {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 200 });
  const c = await seedCampaign(em, tenant, { callsPerSecond: 100, maxConcurrentCalls: 50, maxAttempts: 1 });
  await seedRecipients(em, c.id, 12, '+1444', `'0001'`); // busy: each call ends at once
  const received = recordOriginates(env.h.sim, () => new Date());
  await env.startDialer();
  await env.waitFor<string>(
    'select status from campaign where id = ?',
    [c.id],
    (s) => s === 'COMPLETED' || s === 'INCOMPLETE',
    'campaign done',
  );
  const attempts = await rows<{ call_id: string; originated: string | null }>(
    env.em(),
    'select call_id, originated_at as originated from call_attempt where campaign_id = ?',
    [c.id],
  );
  assert.equal(attempts.length, 12);
  const early = attempts.filter((a) => {
    const at = received.find((r) => r.uuid === a.call_id)?.at.getTime();
    return at === undefined || a.originated === null || new Date(a.originated).getTime() < at;
  });
  const waited = Math.max(...received.map((r) => r.at.getTime())) - Math.min(...received.map((r) => r.at.getTime()));
  console.log(`# 12 originates reached the switch over ${waited} ms (4 sessions/s)`);
  assert.deepEqual(early, [], 'every attempt stamped at or after the switch received it');
});
