import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { rows } from './sql-rows';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { seedCampaign, seedRecipients, seedTenant } from './testing/seed';

// Issue 22: with the switch's sessions per second lowered while a campaign runs (`fsctl sps`),
// FreeSWITCH refuses originates with -ERR DESTINATION_OUT_OF_ORDER and no channel. Such a refusal
// is not an attempt: nothing is counted, nobody fails for it, and Pacer slows to the new rate.
let env: DialerTestEnv;
before(async () => {
  env = await dialerTestEnv({ sessionsPerSecond: 1000 });
});
after(async () => {
  await env?.stop();
});

test('refusals by the switch for its own limits use up no attempt, and pacing follows the lowered rate', async () => {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 200 });
  const c = await seedCampaign(em, tenant, { callsPerSecond: 100, maxConcurrentCalls: 50, maxAttempts: 1 });
  await seedRecipients(em, c.id, 40, '+1445', `'0001'`); // busy: each call ends at once
  // Lowered after the adapter read 1000/s at connect, as `fsctl sps 5` on a live switch.
  env.h.sim.setLimits({ sessionsPerSecond: 5 });
  await env.startDialer();
  await env.waitFor<string>(
    'select status from campaign where id = ?',
    [c.id],
    (s) => s === 'COMPLETED' || s === 'INCOMPLETE',
    'campaign done',
    120_000,
  );

  const [r] = await rows<{ refused: number; refused_counted: number; placed: number; recipients_one: number; failed_by_refusal: number }>(
    env.em(),
    `
    select count(*) filter (where a.outcome = 'SWITCH_REFUSED')::int as refused,
      count(*) filter (where a.outcome = 'SWITCH_REFUSED' and a.counted)::int as refused_counted,
      count(*) filter (where a.outcome <> 'SWITCH_REFUSED')::int as placed,
      (select count(*) from campaign_recipient where campaign_id = ? and attempts = 1)::int as recipients_one,
      (select count(*) from campaign_recipient r where r.campaign_id = ? and not exists (
        select 1 from call_attempt b where b.recipient_id = r.id and b.outcome <> 'SWITCH_REFUSED'))::int as failed_by_refusal
    from call_attempt a where a.campaign_id = ?`,
    [c.id, c.id, c.id],
  );
  console.log(`# 40 recipients at 100 calls/s through a switch lowered to 5/s: ${r?.refused} refusals, ${r?.placed} calls placed`);
  assert.ok((r?.refused ?? 0) > 0, 'the lowered switch refused some originates');
  assert.equal(r?.refused_counted, 0, 'a refusal is never counted');
  assert.equal(r?.placed, 40, 'every recipient was called once the switch took the call');
  assert.equal(r?.recipients_one, 40, "each recipient's one counted attempt is its real call");
  assert.equal(r?.failed_by_refusal, 0, 'nobody ended without a real call');
  // Pacing followed the switch: far fewer refusals than recipients (one burst before the re-read).
  assert.ok((r?.refused ?? 0) < 40, `pacing followed the switch's rate (${r?.refused} refusals)`);
});
