import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { AgentState } from '../domain/agent/agent-state';
import { CampaignType, DialingMode } from '../domain/campaign/campaign-type';
import { WaitingReason } from '../domain/dialer/waiting-reason';
import { AgentAssignment } from '../entities/agent-assignment.entity';
import { Agent } from '../entities/agent.entity';
import { firstTimeGate } from '../domain/recipient/time-gates';
import { type RecipientState } from '../domain/recipient/recipient-state';
import { claimAndRecord } from '../dialer/claim';
import { rows, toDate } from '../dialer/sql-rows';
import { gateReasonSql } from '../dialer/time-gates-sql';
import { seedCalendar, seedCampaign, seedRecipients, seedTenant } from '../dialer/testing/seed';
import { createTestDb, type TestDb } from '../test/test-db';
import { waitingBreakdown } from './waiting-breakdown';
import { loadWaitingReasons } from './waiting-reasons';

/** Issue 19 item 8: the campaign's breakdown, the per-recipient reasons and the claim read one set of rules. */
let db: TestDb;
before(async () => {
  db = await createTestDb();
});
after(async () => {
  await db.drop();
});

const NOW = new Date('2026-06-01T10:00:00Z'); // 12:00 in Berlin, 19:00 in Tokyo
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

test('the breakdown counts each recipient under the reason it reports, with the earliest time, in one grouped query', async () => {
  const em = db.orm.em.fork();
  const tenant = await seedTenant(em);
  const openHours = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, start: '09:00', end: '17:00' }));
  const calendar = await seedCalendar(em, tenant, { timeZone: 'Europe/Berlin', openHours, exceptions: [] });
  const campaign = await seedCampaign(em, tenant, { calendar });
  await seedRecipients(em, campaign.id, 14, '+4930');
  const set = (names: string[], sql: string, params: unknown[] = []) =>
    em.execute(`update campaign_recipient set ${sql} where campaign_id = ? and name = any(?)`, [
      ...params,
      campaign.id,
      `{${names.join(',')}}`,
    ]);
  await set(
    ['r1', 'r2'],
    `state = 'RETRY_WAIT', attempts = 1, next_attempt_at = case name when 'r1' then ?::timestamptz else ?::timestamptz end`,
    [at(30), at(5)],
  );
  await set(['r3'], `state = 'SCHEDULED', callback_at = ?`, [at(90)]);
  await set(['r4'], `not_before = ?`, [at(60)]);
  await set(['r5', 'r6'], `time_zone = 'Asia/Tokyo'`); // 19:00 there: closed until 09:00 Tokyo = 00:00 UTC
  await set(['r7'], `expire_at = ?`, [at(-1)]);
  await set(['r8'], `state = 'CONTACTED'`);
  await set(['r9'], `state = 'DIALING'`);
  await set(['r10'], `state = 'RETRY_WAIT', attempts = 1, next_attempt_at = ?`, [at(-1)]); // due: dialable
  // r11..r14: READY and dialable.

  const breakdown = await waitingBreakdown(em, campaign.id, NOW);
  const byReason = Object.fromEntries(breakdown.map((b) => [b.reason, { count: b.count, nextAt: b.nextAt?.toISOString() ?? null }]));
  assert.deepEqual(byReason, {
    [WaitingReason.DIALING_NEXT]: { count: 5, nextAt: null },
    [WaitingReason.RETRY_WAIT]: { count: 2, nextAt: at(5).toISOString() },
    [WaitingReason.CALLBACK]: { count: 1, nextAt: at(90).toISOString() },
    [WaitingReason.NOT_BEFORE]: { count: 1, nextAt: at(60).toISOString() },
    [WaitingReason.OUTSIDE_HOURS]: { count: 2, nextAt: '2026-06-02T00:00:00.000Z' },
    [WaitingReason.EXPIRING]: { count: 1, nextAt: null },
  });

  // The same answer, recipient by recipient (the planner's candidate reader and gate).
  const ids = await rows<{ id: string }>(em, 'select id::text as id from campaign_recipient where campaign_id = ?', [campaign.id]);
  const reasons = await loadWaitingReasons(
    em,
    ids.map((r) => r.id),
    NOW,
  );
  const tally = new Map<string, number>();
  for (const w of reasons.values()) if (w) tally.set(w.reason, (tally.get(w.reason) ?? 0) + 1);
  assert.deepEqual(Object.fromEntries(tally), Object.fromEntries(breakdown.map((b) => [b.reason, b.count])));
  const tokyo = [...reasons.values()].find((w) => w?.reason === WaitingReason.OUTSIDE_HOURS);
  assert.equal(tokyo?.zone, 'Asia/Tokyo');
});

test('the SQL the claim and the breakdown use gives the in-memory gate’s reason on every row (randomised)', async () => {
  const em = db.orm.em.fork();
  const tenant = await seedTenant(em);
  const campaign = await seedCampaign(em, tenant);
  await seedRecipients(em, campaign.id, 300, '+4930');
  // Each time null, past, exactly now, or future; states among the claimable ones.
  const pick = `(array[null, ?::timestamptz - interval '1 hour', ?::timestamptz, ?::timestamptz + interval '1 hour'])[1 + floor(random() * 4)::int]`;
  await em.execute(
    `update campaign_recipient set state = (array['READY', 'RETRY_WAIT', 'SCHEDULED'])[1 + floor(random() * 3)::int]::recipient_state,
       expire_at = ${pick}, not_after = ${pick}, not_before = ${pick}, callback_at = ${pick}, next_attempt_at = ${pick}
     where campaign_id = ?`,
    [...Array<Date>(15).fill(NOW), campaign.id],
  );
  const gate = gateReasonSql(NOW);
  const list = await rows<Record<string, Date | string | null> & { state: RecipientState; gate: string | null }>(
    em,
    `select r.state, r.expire_at, r.not_after, r.not_before, r.callback_at, r.next_attempt_at, ${gate.sql} as gate
     from campaign_recipient r where r.campaign_id = ?`,
    [...gate.params, campaign.id],
  );
  const seen = new Set<string | null>();
  for (const r of list) {
    const mem = firstTimeGate(
      {
        state: r.state,
        expireAt: toDate(r.expire_at),
        notAfter: toDate(r.not_after),
        notBefore: toDate(r.not_before),
        callbackAt: toDate(r.callback_at),
        nextAttemptAt: toDate(r.next_attempt_at),
      },
      NOW,
    );
    assert.equal(r.gate, mem?.reason ?? null, JSON.stringify(r));
    seen.add(r.gate);
  }
  assert.ok(seen.size >= 5, `most gates met (${[...seen].join(', ')})`);
});

test('the claim itself refuses a recipient whose retry time has not come (the planner’s gate, in SQL)', async () => {
  const em = db.orm.em.fork();
  const tenant = await seedTenant(em);
  const campaign = await seedCampaign(em, tenant);
  await seedRecipients(em, campaign.id, 1, '+4930');
  const [r] = await rows<{ id: string; number: string }>(
    em,
    'select r.id, p.number from campaign_recipient r join recipient_phone p on p.recipient_id = r.id where r.campaign_id = ?',
    [campaign.id],
  );
  assert.ok(r);
  await em.execute(`update campaign_recipient set state = 'RETRY_WAIT', attempts = 1, next_attempt_at = ? where id = ?`, [at(10), r.id]);
  const request = { recipientId: r.id, campaignId: campaign.id, tenantId: tenant.id, number: r.number, gatewayId: null };
  assert.equal((await claimAndRecord(em, [{ ...request, callId: randomUUID() }], 'test', NOW)).size, 0, 'not before its retry time');
  assert.equal((await claimAndRecord(em, [{ ...request, callId: randomUUID() }], 'test', at(11))).size, 1, 'claimed once it is due');
});

test('a due callback kept for its agent waits for that agent while the agent cannot take it (personal callbacks)', async () => {
  const em = db.orm.em.fork();
  const tenant = await seedTenant(em);
  const campaign = await seedCampaign(em, tenant, { type: CampaignType.AGENT, dialingMode: DialingMode.PROGRESSIVE });
  const agent = Object.assign(new Agent(), { tenant, name: 'mine', endpoint: 'user/1051', state: AgentState.BREAK });
  await em.persist([agent, Object.assign(new AgentAssignment(), { agent, campaign, level: 1 })]).flush();
  await seedRecipients(em, campaign.id, 1, '+4930');
  await em.execute(`update campaign_recipient set state = 'SCHEDULED', callback_at = ?, callback_agent_id = ? where campaign_id = ?`, [
    at(-1),
    agent.id,
    campaign.id,
  ]);
  const [r] = await rows<{ id: string }>(em, 'select id::text as id from campaign_recipient where campaign_id = ?', [campaign.id]);
  const reasonNow = async () => [
    (await loadWaitingReasons(em, [r?.id ?? ''], NOW)).get(r?.id ?? '')?.reason,
    (await waitingBreakdown(em, campaign.id, NOW)).map((b) => b.reason),
  ];
  assert.deepEqual(await reasonNow(), [WaitingReason.WAITING_FOR_AGENT, [WaitingReason.WAITING_FOR_AGENT]]);
  await em.execute(`update agent set state = 'AVAILABLE', phone_registered = true where id = ?`, [agent.id]);
  assert.deepEqual(await reasonNow(), [WaitingReason.DIALING_NEXT, [WaitingReason.DIALING_NEXT]]);
});
