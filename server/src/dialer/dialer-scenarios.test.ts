import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CampaignStatus } from '../domain/campaign/campaign-status';
import { rows } from './sql-rows';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { seedCampaign, seedGateway, seedRecipients, seedTenant } from './testing/seed';

let env: DialerTestEnv;
before(async () => {
  env = await dialerTestEnv();
  await env.startDialer();
});
after(async () => {
  await env?.stop();
});

const recipients = (id: string) =>
  rows<{ state: string; attempts: number; outcome: string | null; n: number }>(
    env.em(),
    `
  select state, attempts, last_outcome as outcome, count(*)::int as n from campaign_recipient where campaign_id = ? group by 1, 2, 3`,
    [id],
  );

test('a gateway the switch does not know fails its recipients with INVALID_GATEWAY', async () => {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const gw = await seedGateway(em, tenant, 'nosuchgw', 10, 50);
  const c = await seedCampaign(em, tenant, { gateways: [gw], callsPerSecond: 50 });
  await seedRecipients(em, c.id, 5, '+1888');
  await env.waitFor<string>(`select status from campaign where id = ?`, [c.id], (s) => s === 'INCOMPLETE', 'INCOMPLETE');
  assert.deepEqual(await recipients(c.id), [{ state: 'FAILED', attempts: 1, outcome: 'INVALID_GATEWAY', n: 5 }]);
});

test('a gateway that is down costs no attempt: SWITCH_DOWN, then dialing resumes by itself', async () => {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const gw = await seedGateway(em, tenant, 'gwdown', 10, 50);
  env.h.sim.setGateway('gwdown', 'down');
  const c = await seedCampaign(em, tenant, { gateways: [gw], callsPerSecond: 50, maxAttempts: 1 });
  await seedRecipients(em, c.id, 5, '+1999');
  await env.waitFor<string>(`select run_state from campaign where id = ?`, [c.id], (s) => s === 'SWITCH_DOWN', 'SWITCH_DOWN');
  await env.waitFor<boolean>(
    `select count(*) filter (where ended_at is null) = 0 and count(*) >= 5 from call_attempt where campaign_id = ?`,
    [c.id],
    (v) => v,
    'first attempts to end',
  );
  const [neutral] = await rows<{ n: number; counted: number }>(
    env.em(),
    `
    select count(*)::int as n, count(*) filter (where counted)::int as counted from call_attempt where campaign_id = ?`,
    [c.id],
  );
  assert.ok((neutral?.n ?? 0) > 0 && neutral?.counted === 0, `attempts through a down gateway are not counted: ${JSON.stringify(neutral)}`);
  assert.deepEqual(await recipients(c.id), [{ state: 'READY', attempts: 0, outcome: 'CHANUNAVAIL', n: 5 }]);
  env.h.sim.setGateway('gwdown', 'up');
  // maxAttempts 1: had a down gateway counted, these would be FAILED now.
  await env.waitFor<string>(`select status from campaign where id = ?`, [c.id], (s) => s === 'COMPLETED', 'COMPLETED', 20_000);
  assert.deepEqual(await recipients(c.id), [{ state: 'CONTACTED', attempts: 1, outcome: 'ANSWERED', n: 5 }]);
});

test('a scheduled campaign whose time has come is activated and dialed', async () => {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const c = await seedCampaign(em, tenant, {
    status: CampaignStatus.SCHEDULED,
    scheduledAt: new Date(Date.now() + 500),
    startedAt: undefined,
    callsPerSecond: 50,
  });
  await seedRecipients(em, c.id, 3, '+1444');
  await env.waitFor<string>(`select status from campaign where id = ?`, [c.id], (s) => s === 'COMPLETED', 'COMPLETED', 20_000);
  const events = await rows<{ action: string; actor_kind: string }>(
    env.em(),
    `select action, actor_kind from campaign_event where campaign_id = ? order by id`,
    [c.id],
  );
  assert.deepEqual(events, [
    { action: 'ACTIVATE', actor_kind: 'SYSTEM' },
    { action: 'COMPLETE', actor_kind: 'SYSTEM' },
  ]);
});

test('answered calls are IN_CALL while up; a confirmation key sets answerConfirmedAt', async () => {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const c = await seedCampaign(em, tenant, {
    callsPerSecond: 50,
    // One attempt each: the ones that press nothing end UNCONFIRMED (retried by default) and the campaign completes.
    maxAttempts: 1,
    broadcastActions: [{ kind: 'CONFIRM_ANSWER', digit: '1', file: 'confirm.wav' }],
  });
  // Odd recipients press 1 (…0008), even ones answer and press nothing (…0000).
  await seedRecipients(em, c.id, 6, '+1333', `case when x.i % 2 = 1 then '0008' else '0000' end`);
  await env.waitFor<number>(
    `select count(*)::int from campaign_recipient where campaign_id = ? and state = 'IN_CALL'`,
    [c.id],
    (n) => n > 0,
    'a recipient IN_CALL',
  );
  await env.waitFor<string>(
    `select status from campaign where id = ?`,
    [c.id],
    (s) => s === 'INCOMPLETE',
    'INCOMPLETE (the unconfirmed are FAILED)',
    20_000,
  );
  const attempts = await rows<{ pressed: boolean; confirmed: boolean; answered: boolean; outcome: string; n: number }>(
    env.em(),
    `
    select right(number, 2) = '08' as pressed, answer_confirmed_at is not null as confirmed, answered_at is not null as answered, outcome, count(*)::int as n
    from call_attempt where campaign_id = ? group by 1, 2, 3, 4 order by 1`,
    [c.id],
  );
  assert.deepEqual(attempts, [
    { pressed: false, confirmed: false, answered: true, outcome: 'UNCONFIRMED', n: 3 },
    { pressed: true, confirmed: true, answered: true, outcome: 'CONFIRMED', n: 3 },
  ]);
});

test('recipients not yet callable at the head of the queue do not block the ones behind them', async () => {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  // Seeded PAUSED: the running dialer must not claim any of them before not_before is set.
  const c = await seedCampaign(em, tenant, { status: CampaignStatus.PAUSED, callsPerSecond: 5, maxConcurrentCalls: 10 });
  await seedRecipients(em, c.id, 40, '+1222');
  await em.execute(
    `update campaign_recipient set not_before = now() + interval '1 hour'
    where id in (select id from campaign_recipient where campaign_id = ? order by id limit 35)`,
    [c.id],
  );
  await em.execute(`update campaign set status = 'RUNNING' where id = ?`, [c.id]);
  await env.waitFor<number>(
    `select count(*)::int from campaign_recipient where campaign_id = ? and state = 'CONTACTED'`,
    [c.id],
    (n) => n === 5,
    'the 5 callable recipients',
    20_000,
  );
  await env.waitFor<string>(`select run_state from campaign where id = ?`, [c.id], (s) => s === 'WAITING_RETRY', 'WAITING_RETRY');
  const [waiting] = await rows<{ n: number }>(
    env.em(),
    `select count(*)::int as n from campaign_recipient where campaign_id = ? and state = 'READY'`,
    [c.id],
  );
  assert.equal(waiting?.n, 35);
});

test('a switch crash mid-campaign: SWITCH_DOWN, lost calls are not counted, dialing resumes when it is back', async () => {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const c = await seedCampaign(em, tenant, { callsPerSecond: 40, maxConcurrentCalls: 20, maxAttempts: 1 });
  await seedRecipients(em, c.id, 60, '+1111');
  const sim = env.h.sim;
  sim.setRules([{ match: '*0000', outcome: { base: 'answer', ringSec: 10 } }]);
  await env.waitFor<number>(`select count(*)::int from call_attempt where campaign_id = ?`, [c.id], (n) => n >= 15, 'calls to be placed');
  const port = sim.port;
  await sim.close(); // a crash: every call vanishes without an event
  await env.waitFor<string>(`select run_state from campaign where id = ?`, [c.id], (s) => s === 'SWITCH_DOWN', 'SWITCH_DOWN');
  await sim.listen(port);
  await env.waitFor<string>(
    `select status from campaign where id = ?`,
    [c.id],
    (s) => s === 'COMPLETED',
    'COMPLETED after the switch is back',
    30_000,
  );
  sim.setRules([]);
  const states = await rows<{ state: string; attempts: number; n: number }>(
    env.em(),
    `
    select state, attempts, count(*)::int as n from campaign_recipient where campaign_id = ? group by 1, 2`,
    [c.id],
  );
  assert.deepEqual(
    states,
    [{ state: 'CONTACTED', attempts: 1, n: 60 }],
    'maxAttempts 1, yet no recipient failed: lost calls did not count',
  );
  const [lost] = await rows<{ n: number }>(
    env.em(),
    `select count(*)::int as n from call_attempt where campaign_id = ? and outcome = 'INTERRUPTED' and not counted`,
    [c.id],
  );
  assert.ok((lost?.n ?? 0) > 0, 'the calls lost in the crash were closed as INTERRUPTED');
});

test('a PLAY message is heard to its end: the call stays up for the whole file before the hangup', async () => {
  // On a real switch uuid_broadcast answers at once and the file plays on; hanging up on that
  // reply cut every message short. The simulator plays this file for 30 simulated seconds.
  env.h.sim.setPlaybackSec(30, 'long-message.wav');
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const c = await seedCampaign(em, tenant, {
    callsPerSecond: 50,
    maxAttempts: 1,
    broadcastActions: [{ kind: 'PLAY', file: 'long-message.wav' }],
  });
  await seedRecipients(em, c.id, 3, '+1515');
  await env.waitFor<string>(`select status from campaign where id = ?`, [c.id], (s) => s === 'COMPLETED', 'COMPLETED', 30_000);
  const attempts = await rows<{ outcome: string; bill: number }>(
    env.em(),
    `
    select outcome::text as outcome, coalesce(bill_seconds, 0) as bill from call_attempt where campaign_id = ? order by id`,
    [c.id],
  );
  assert.equal(attempts.length, 3);
  for (const a of attempts) {
    assert.equal(a.outcome, 'ANSWERED');
    assert.ok(a.bill >= 30, `hung up only after the 30 s message: ${JSON.stringify(a)}`);
  }
});
