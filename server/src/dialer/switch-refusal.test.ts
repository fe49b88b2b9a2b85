import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { rows } from './sql-rows';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { seedCampaign, seedRecipients, seedTenant } from './testing/seed';

// Issue 22: with the switch's sessions per second lowered while a campaign runs (`fsctl sps`),
// FreeSWITCH refuses originates with -ERR DESTINATION_OUT_OF_ORDER and no channel. Such a refusal
// is not an attempt: nothing is counted and nobody fails for it (maxAttempts 1 would fail them).
let env: DialerTestEnv;
before(async () => {
  env = await dialerTestEnv({ sessionsPerSecond: 1000 });
});
after(async () => {
  await env?.stop();
});

test('refusals by the switch for its own limits use up no attempt; dialing goes on once the switch takes calls again', async () => {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 200 });
  const c = await seedCampaign(em, tenant, { callsPerSecond: 100, maxConcurrentCalls: 50, maxAttempts: 1 });
  await seedRecipients(em, c.id, 10, '+1445', `'0001'`); // busy: each call ends at once
  // Lowered after the adapter read 1000/s at connect, to nothing: every originate is refused.
  env.h.sim.setLimits({ sessionsPerSecond: 0 });
  await env.startDialer();
  await env.waitFor<number>(
    `select count(*)::int from call_attempt where campaign_id = ? and outcome = 'SWITCH_REFUSED'`,
    [c.id],
    (n) => n >= 3,
    'three refusals on record',
  );
  env.h.sim.setLimits({ sessionsPerSecond: 1000 });
  await env.waitFor<string>(
    'select status from campaign where id = ?',
    [c.id],
    (s) => s === 'COMPLETED' || s === 'INCOMPLETE',
    'campaign done',
    120_000,
  );

  const [r] = await rows<{ refused: number; refused_counted: number; placed: number; recipients_one: number; without_call: number }>(
    env.em(),
    `
    select count(*) filter (where a.outcome = 'SWITCH_REFUSED')::int as refused,
      count(*) filter (where a.outcome = 'SWITCH_REFUSED' and a.counted)::int as refused_counted,
      count(*) filter (where a.outcome <> 'SWITCH_REFUSED')::int as placed,
      (select count(*) from campaign_recipient where campaign_id = ? and attempts = 1)::int as recipients_one,
      (select count(*) from campaign_recipient r where r.campaign_id = ? and not exists (
        select 1 from call_attempt b where b.recipient_id = r.id and b.outcome <> 'SWITCH_REFUSED'))::int as without_call
    from call_attempt a where a.campaign_id = ?`,
    [c.id, c.id, c.id],
  );
  console.log(`# 10 recipients through a switch refusing everything, then taking calls: ${r?.refused} refusals, ${r?.placed} calls placed`);
  assert.equal(r?.refused_counted, 0, 'a refusal is never counted');
  assert.equal(r?.placed, 10, 'every recipient was called once the switch took calls (maxAttempts 1)');
  assert.equal(r?.recipients_one, 10, "each recipient's one counted attempt is its real call");
  assert.equal(r?.without_call, 0, 'nobody ended without a real call');
});
