import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CampaignStatus } from '../domain/campaign/campaign-status';
import { CampaignType, DialingMode } from '../domain/campaign/campaign-type';
import { ComplianceProfile } from '../domain/compliance/compliance-profile';
import { WaitingReason, type Waiting } from '../domain/dialer/waiting-reason';
import type { Campaign } from '../entities/campaign.entity';
import { loadWaitingReasons } from '../reports/waiting-reasons';
import { OffsetClock } from './clock';
import type { Dialer } from './dialer';
import { rows } from './sql-rows';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { seedCalendar, seedCampaign, seedRecipients, seedTenant } from './testing/seed';

/**
 * Issue 19 item 8: each waiting reason the API reports agrees with what the dialer then does.
 * Time moves through the dialer's injected clock (never a sleep): a recipient reported as
 * waiting until T is not claimed a minute before T, and is claimed once T has passed.
 */
let env: DialerTestEnv;
before(async () => {
  env = await dialerTestEnv();
});
after(async () => {
  await env?.stop();
});

const BASE = new Date('2026-06-01T12:00:00Z');
const HOUR = 3_600_000;

interface One {
  campaign: Campaign;
  id: string;
}

/** A RUNNING VOICE campaign with one recipient (+4930…, Berlin), `set` applied to it in SQL. */
async function one(
  set = '',
  params: unknown[] = [],
  opts: { profile?: ComplianceProfile; campaign?: Partial<Omit<Campaign, 'gateways'>>; calendarZone?: string } = {},
): Promise<One> {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100, complianceProfile: opts.profile ?? ComplianceProfile.NONE });
  const openHours = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, start: '09:00', end: '17:00' }));
  const calendar = opts.calendarZone
    ? await seedCalendar(em, tenant, { timeZone: opts.calendarZone, openHours, exceptions: [] })
    : undefined;
  const campaign = await seedCampaign(em, tenant, { maxConcurrentCalls: 5, callsPerSecond: 50, calendar, ...opts.campaign });
  await seedRecipients(em, campaign.id, 1, '+4930');
  if (set) await em.execute(`update campaign_recipient set ${set} where campaign_id = ?`, [...params, campaign.id]);
  const [r] = await rows<{ id: string }>(em, 'select id::text as id from campaign_recipient where campaign_id = ?', [campaign.id]);
  return { campaign, id: r?.id ?? '' };
}

const reasonAt = async (id: string, now: Date): Promise<Waiting | null> => (await loadWaitingReasons(env.em(), [id], now)).get(id) ?? null;
const attempts = async (id: string): Promise<number> =>
  (await rows<{ n: number }>(env.em(), 'select count(*)::int as n from call_attempt where recipient_id = ?', [id]))[0]?.n ?? -1;
const claimed = (id: string) =>
  env.waitFor<number>('select count(*)::int from call_attempt where recipient_id = ?', [id], (n) => n > 0, `recipient ${id} claimed`);
const stateOf = (id: string, want: string) =>
  env.waitFor<string>('select state from campaign_recipient where id = ?', [id], (s) => s === want, `recipient ${id} ${want}`);

/** Reported as waiting until T: nothing a minute before T, a claim just after. */
async function agreesUntil(r: One, reason: WaitingReason, until: Date, clock: OffsetClock, dialer: Dialer): Promise<void> {
  const w = await reasonAt(r.id, clock.now());
  assert.equal(w?.reason, reason);
  assert.equal(w?.until?.toISOString(), until.toISOString(), `${reason} until T`);
  clock.setNow(new Date(until.getTime() - 60_000));
  await env.afterTicks(dialer, 3);
  assert.equal(await attempts(r.id), 0, `not claimed before T (${reason})`);
  assert.equal((await reasonAt(r.id, clock.now()))?.reason, reason, 'still the same reason a minute before T');
  clock.setNow(new Date(until.getTime() + 1_000));
  await claimed(r.id);
}

for (const [reason, set] of [
  [WaitingReason.RETRY_WAIT, `state = 'RETRY_WAIT', attempts = 1, next_attempt_at = ?`],
  [WaitingReason.CALLBACK, `state = 'SCHEDULED', callback_at = ?`],
  [WaitingReason.NOT_BEFORE, `not_before = ?`],
] as const) {
  test(`${reason} until T: not claimed before T, claimed after (injected clock)`, async () => {
    const T = new Date(BASE.getTime() + HOUR);
    const r = await one(set, [T]);
    const clock = new OffsetClock(BASE);
    const dialer = await env.startDialer({ clock });
    await agreesUntil(r, reason, T, clock, dialer);
    await dialer.stop();
  });
}

test('ABANDON_REST (UK_OFCOM, 72 h after an abandoned call) until T: not claimed before T, claimed after', async () => {
  const abandoned = new Date(BASE.getTime() - 71 * HOUR);
  const r = await one(`attempts = 1, last_outcome = 'ABANDONED', last_attempt_at = ?`, [abandoned], {
    profile: ComplianceProfile.UK_OFCOM,
  });
  const clock = new OffsetClock(BASE);
  const dialer = await env.startDialer({ clock });
  await agreesUntil(r, WaitingReason.ABANDON_REST, new Date(abandoned.getTime() + 72 * HOUR), clock, dialer);
  await dialer.stop();
});

test('OUTSIDE_HOURS in Europe/Berlin until the calendar opens: not claimed before, claimed after', async () => {
  // The calendar's hours are read in the recipient's zone (its +49 number: Berlin), not the calendar's.
  const r = await one('', [], { calendarZone: 'America/New_York' });
  const clock = new OffsetClock(new Date('2026-06-01T05:00:00Z')); // 07:00 in Berlin
  const dialer = await env.startDialer({ clock });
  const w = await reasonAt(r.id, clock.now());
  assert.equal(w?.zone, 'Europe/Berlin');
  await agreesUntil(r, WaitingReason.OUTSIDE_HOURS, new Date('2026-06-01T07:00:00Z'), clock, dialer);
  await dialer.stop();
});

test('LIMIT (its own concurrency) while the campaign is AT_LIMIT: nothing claimed; claimed once the limit allows', async () => {
  const r = await one('', [], { campaign: { maxConcurrentCalls: 0 } });
  const clock = new OffsetClock(BASE);
  const dialer = await env.startDialer({ clock });
  await env.waitFor<string>('select run_state from campaign where id = ?', [r.campaign.id], (s) => s === 'AT_LIMIT', 'AT_LIMIT');
  const w = await reasonAt(r.id, clock.now());
  assert.deepEqual([w?.reason, w?.limit], [WaitingReason.LIMIT, 'CAMPAIGN_CALLS']);
  await env.afterTicks(dialer, 3);
  assert.equal(await attempts(r.id), 0);
  await env.em().execute('update campaign set max_concurrent_calls = 1 where id = ?', [r.campaign.id]);
  await claimed(r.id);
  await dialer.stop();
});

test('CAMPAIGN_NOT_RUNNING while PAUSED: nothing claimed; DIALING_NEXT once running, then claimed', async () => {
  const r = await one('', [], { campaign: { status: CampaignStatus.PAUSED } });
  const clock = new OffsetClock(BASE);
  const dialer = await env.startDialer({ clock });
  assert.equal((await reasonAt(r.id, clock.now()))?.reason, WaitingReason.CAMPAIGN_NOT_RUNNING);
  await env.afterTicks(dialer, 3);
  assert.equal(await attempts(r.id), 0);
  await dialer.stop();
  await env.em().execute(`update campaign set status = 'RUNNING' where id = ?`, [r.campaign.id]);
  assert.equal((await reasonAt(r.id, clock.now()))?.reason, WaitingReason.DIALING_NEXT);
  const again = await env.startDialer({ clock });
  await claimed(r.id);
  assert.equal(await reasonAt(r.id, clock.now()), null, 'no waiting reason once its call is placed');
  await again.stop();
});

test('WAITING_FOR_AGENT: a progressive campaign without a free agent is WAITING_AGENTS and claims nothing', async () => {
  const r = await one('', [], { campaign: { type: CampaignType.AGENT, dialingMode: DialingMode.PROGRESSIVE } });
  const clock = new OffsetClock(BASE);
  const dialer = await env.startDialer({ clock });
  await env.waitFor<string>(
    'select run_state from campaign where id = ?',
    [r.campaign.id],
    (s) => s === 'WAITING_AGENTS',
    'WAITING_AGENTS',
  );
  assert.equal((await reasonAt(r.id, clock.now()))?.reason, WaitingReason.WAITING_FOR_AGENT);
  await env.afterTicks(dialer, 3);
  assert.equal(await attempts(r.id), 0);
  await dialer.stop();
});

for (const [reason, set, final, extra] of [
  [
    WaitingReason.DNC,
    '',
    'DNC',
    `insert into dnc_entry (id, tenant_id, number, created_at)
     select gen_random_uuid(), c.tenant_id, p.number, now() from recipient_phone p join campaign c on c.id = p.campaign_id where p.campaign_id = ?`,
  ],
  [WaitingReason.NO_NUMBERS, '', 'STOPPED', 'update recipient_phone set stopped = true where campaign_id = ?'],
  [WaitingReason.EXPIRING, 'expire_at = ?', 'EXPIRED', ''],
] as const) {
  test(`${reason}: reported, then the dialer moves it to ${final} without calling`, async () => {
    const r = await one(set, set ? [new Date(BASE.getTime() - 1000)] : []);
    if (extra) await env.em().execute(extra, [r.campaign.id]);
    const clock = new OffsetClock(BASE);
    assert.equal((await reasonAt(r.id, clock.now()))?.reason, reason);
    const dialer = await env.startDialer({ clock });
    await stateOf(r.id, final);
    assert.equal(await attempts(r.id), 0);
    await dialer.stop();
  });
}
