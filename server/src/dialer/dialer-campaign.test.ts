import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DncEntry } from '../entities/dnc-entry.entity';
import { rows } from './sql-rows';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { InvariantSampler, OpenTwiceSampler, recordOriginates } from './testing/invariant-sampler';
import { seedCampaign, seedGateway, seedRecipients, seedTenant } from './testing/seed';

let env: DialerTestEnv;
before(async () => {
  env = await dialerTestEnv();
});
after(async () => {
  await env?.stop();
});

// Recipient i's number ends in 00NN, the simulator's fixed outcome NN (switch/README.md).
// i % 10: 0-5 answer, 6 busy, 7 no answer, 8 unallocated (invalid number), 9 congestion.
const SUFFIX = `case when x.i % 10 < 6 then '0000' when x.i % 10 = 6 then '0001' when x.i % 10 = 7 then '0002'
  when x.i % 10 = 8 then '0004' else '0003' end`;

test('a 1,000-recipient VOICE campaign runs to its end with exact outcomes, limits never exceeded', { timeout: 300_000 }, async () => {
  const em = env.em();
  const tenant = await seedTenant(em, { maxTotalCalls: 45, maxExternalCalls: 45, callsPerSecond: 400 });
  const gw = await seedGateway(em, tenant, 'gw1', 30, 300);
  const big = await seedCampaign(em, tenant, {
    maxConcurrentCalls: 50,
    callsPerSecond: 300,
    maxAttempts: 3,
    retryWaitSeconds: 1,
    ringTimeoutSeconds: 4,
    gateways: [gw],
  });
  const small = await seedCampaign(em, tenant, {
    maxConcurrentCalls: 20,
    callsPerSecond: 300,
    maxAttempts: 2,
    retryWaitSeconds: 0,
    ringTimeoutSeconds: 4,
  });
  await seedRecipients(em, big.id, 1000, '+1555', SUFFIX);
  await seedRecipients(em, small.id, 200, '+1666', `'0000'`);
  // 10 of the big campaign's numbers are on the tenant's DNC list; 10 recipients expired.
  const dncNumbers = (
    await rows<{ number: string }>(em, `select number from recipient_phone where campaign_id = ? order by id limit 10`, [big.id])
  ).map((r) => r.number);
  for (const number of dncNumbers) em.persist(Object.assign(new DncEntry(), { tenant, number }));
  await em.flush();
  await em.execute(
    `update campaign_recipient set expire_at = now() - interval '1 minute'
    where id in (select id from campaign_recipient where campaign_id = ? order by id offset 10 limit 10)`,
    [big.id],
  );

  const sent = recordOriginates(env.h.sim);
  const sampler = new InvariantSampler(env.h.sim).start();
  const openTwice = new OpenTwiceSampler(() => env.em());
  const started = Date.now();
  await env.startDialer();
  await env.waitFor<number>(
    `select count(*)::int from campaign where id in (?, ?) and status in ('COMPLETED', 'INCOMPLETE')`,
    [big.id, small.id],
    (n) => n === 2,
    'both campaigns to finish',
    270_000,
  ); // ~20 s on 2 quiet cores; the bound is for a busy one
  const seconds = (Date.now() - started) / 1000;
  sampler.stop();
  openTwice.stop();

  const states = await rows<{ kind: string; state: string; attempts: number; n: number }>(
    env.em(),
    `
    select case when r.id in (select id from campaign_recipient where campaign_id = ? order by id limit 20) then 'special'
      else right(p.number, 2) end as kind, r.state, r.attempts, count(*)::int as n
    from campaign_recipient r join recipient_phone p on p.recipient_id = r.id where r.campaign_id = ? group by 1, 2, 3 order by 1, 2, 3`,
    [big.id, big.id],
  );
  const table = Object.fromEntries(states.map((s) => [`${s.kind}:${s.state}:${s.attempts}`, s.n]));
  // First 20 (i = 1..20): 10 DNC, 10 expired; never dialed. Of i = 21..1000: 588 answer, 98 each of the others.
  assert.deepEqual(table, {
    'special:DNC:0': 10,
    'special:EXPIRED:0': 10,
    '00:CONTACTED:1': 588,
    '01:FAILED:3': 98,
    '02:FAILED:3': 98,
    '04:FAILED:1': 98,
    '03:FAILED:3': 98,
  });
  const [status] = await rows<{ big: string; small: string }>(
    env.em(),
    `select (select status from campaign where id = ?) as big, (select status from campaign where id = ?) as small`,
    [big.id, small.id],
  );
  assert.deepEqual(status, { big: 'INCOMPLETE', small: 'COMPLETED' });

  // Attempts agree with the simulator: every attempt closed, outcome per number class, one originate per call id.
  const outcomes = await rows<{ suffix: string; outcome: string; n: number }>(
    env.em(),
    `
    select right(number, 2) as suffix, outcome, count(*)::int as n from call_attempt where campaign_id = ? group by 1, 2 order by 1, 2`,
    [big.id],
  );
  assert.deepEqual(Object.fromEntries(outcomes.map((o) => [`${o.suffix}:${o.outcome}`, o.n])), {
    '00:ANSWERED': 588,
    '01:BUSY': 294,
    '02:NO_ANSWER': 294,
    '03:CONGESTION': 294,
    '04:INVALID_NUMBER': 98,
  });
  const [open] = await rows<{ n: number }>(env.em(), `select count(*)::int as n from call_attempt where ended_at is null`);
  assert.equal(open?.n, 0);
  const [attempts] = await rows<{ n: number }>(env.em(), `select count(*)::int as n from call_attempt`);
  assert.equal(sent.length, attempts?.n, 'every attempt originated exactly once');
  assert.equal(new Set(sent.map((s) => s.uuid)).size, sent.length, 'no call id originated twice');
  const dnc = new Set(dncNumbers);
  assert.equal(sent.filter((s) => dnc.has(s.number)).length, 0, 'no DNC number dialed');

  // Limits, as the switch saw them: campaign 50 (gateway 30 binds), small 20, tenant 45.
  const p = sampler.peaks;
  assert.ok((p.byCampaign.get(big.id) ?? 0) <= 30, `big campaign peak ${p.byCampaign.get(big.id)}`);
  assert.ok((p.byGateway.get('gw1') ?? 0) <= 30, `gateway peak ${p.byGateway.get('gw1')}`);
  assert.ok((p.byCampaign.get(small.id) ?? 0) <= 20, `small campaign peak ${p.byCampaign.get(small.id)}`);
  assert.ok(p.total <= 45, `tenant peak ${p.total}`);
  assert.equal(p.doubled.size, 0, 'no recipient in two calls at once');
  assert.deepEqual(openTwice.recipients, [], 'no recipient with two open attempts');
  console.log(
    `# ${sent.length} calls in ${seconds.toFixed(1)} s; peaks: total ${p.total}, gw1 ${p.byGateway.get('gw1')}, small ${p.byCampaign.get(small.id)}; ${sampler.samples} samples`,
  );
});
