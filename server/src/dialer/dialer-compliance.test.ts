import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ComplianceProfile } from '../domain/compliance/compliance-profile';
import { OffsetClock } from './clock';
import { rows } from './sql-rows';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { recordOriginates } from './testing/invariant-sampler';
import { seedCalendar, seedCampaign, seedRecipients, seedTenant } from './testing/seed';

/** Issue 18: recipient-local hours under US_TSR, expired recipients, campaigns ending at validUntil (simulator over TCP). */
let env: DialerTestEnv;
before(async () => {
  env = await dialerTestEnv();
});
after(async () => {
  await env?.stop();
});

const statusOf = (id: string) =>
  env.waitFor<string>('select status from campaign where id = ?', [id], (s) => s !== 'RUNNING', `${id} to end`);

test('US_TSR: +81 numbers without a zone are judged by Tokyo time, not dialed at Tokyo night', async () => {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100, complianceProfile: ComplianceProfile.US_TSR });
  const campaign = await seedCampaign(em, tenant, { maxConcurrentCalls: 10, callsPerSecond: 50, callerIdNumber: '+12125550100' });
  await seedRecipients(em, campaign.id, 5, '+8131');
  // 14:00 UTC = 23:00 in Tokyo; UTC or New York would be open.
  const clock = new OffsetClock(new Date('2026-06-01T14:00:00Z'));
  const sent = recordOriginates(env.h.sim, () => clock.now());
  const dialer = await env.startDialer({ clock });
  await env.waitFor<string>('select run_state from campaign where id = ?', [campaign.id], (s) => s === 'OUTSIDE_HOURS', 'OUTSIDE_HOURS');
  await env.afterTicks(dialer, 3);
  assert.equal(sent.length, 0, 'nothing dialed at 23:00 in Tokyo');

  clock.setNow(new Date('2026-06-02T01:00:00Z')); // 10:00 in Tokyo
  assert.equal(await statusOf(campaign.id), 'COMPLETED');
  assert.equal(sent.length, 5);
  await dialer.stop();
});

test('a recipient past its not-after becomes EXPIRED at once, even while waiting for a retry, and the campaign ends', async () => {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const campaign = await seedCampaign(em, tenant, { maxConcurrentCalls: 10, callsPerSecond: 50 });
  await seedRecipients(em, campaign.id, 2, '+4930');
  const now = new Date('2026-06-01T14:00:00Z');
  // One READY past its not-after, one waiting for a retry a day away whose window closed an hour ago.
  await em.execute(
    `update campaign_recipient set not_after = ?, state = (case when name = 'r2' then 'RETRY_WAIT' else 'READY' end)::recipient_state,
       attempts = (case when name = 'r2' then 1 else 0 end), next_attempt_at = (case when name = 'r2' then ?::timestamptz end)
     where campaign_id = ?`,
    [new Date(now.getTime() - 3_600_000), new Date(now.getTime() + 86_400_000), campaign.id],
  );
  const clock = new OffsetClock(now);
  const sent = recordOriginates(env.h.sim, () => clock.now());
  const dialer = await env.startDialer({ clock });
  assert.equal(await statusOf(campaign.id), 'INCOMPLETE');
  const states = await rows<{ state: string }>(em, 'select state from campaign_recipient where campaign_id = ? order by id', [campaign.id]);
  assert.deepEqual(
    states.map((s) => s.state),
    ['EXPIRED', 'EXPIRED'],
  );
  assert.equal(sent.length, 0);
  await dialer.stop();
});

test('a campaign whose calendar’s validUntil has passed ends INCOMPLETE with a SYSTEM event saying why', async () => {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const calendar = await seedCalendar(em, tenant, {
    timeZone: 'Europe/Berlin',
    openHours: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, start: '09:00', end: '17:00' })),
    exceptions: [],
  });
  calendar.validUntil = '2026-06-01';
  await em.flush();
  const campaign = await seedCampaign(em, tenant, { calendar, maxConcurrentCalls: 10, callsPerSecond: 50 });
  await seedRecipients(em, campaign.id, 3, '+4930');
  // 1 June, 21:00 UTC = 23:00 in Berlin: closed, but the calendar still applies until midnight.
  const clock = new OffsetClock(new Date('2026-06-01T21:00:00Z'));
  const sent = recordOriginates(env.h.sim, () => clock.now());
  const dialer = await env.startDialer({ clock });
  await env.waitFor<string>('select run_state from campaign where id = ?', [campaign.id], (s) => s === 'OUTSIDE_HOURS', 'OUTSIDE_HOURS');
  await env.afterTicks(dialer, 3);
  assert.equal((await rows<{ s: string }>(em, 'select status as s from campaign where id = ?', [campaign.id]))[0]?.s, 'RUNNING');

  clock.setNow(new Date('2026-06-01T22:00:00Z')); // midnight in Berlin: validity is over
  assert.equal(await statusOf(campaign.id), 'INCOMPLETE');
  assert.equal(sent.length, 0);
  const [event] = await rows<{ actor_kind: string; action: string; to_status: string; details: { reason: string; message: string } }>(
    em,
    `select actor_kind, action, to_status, details from campaign_event where campaign_id = ? and to_status = 'INCOMPLETE'`,
    [campaign.id],
  );
  assert.equal(event?.actor_kind, 'SYSTEM');
  assert.equal(event?.action, 'MARK_INCOMPLETE');
  assert.equal(event?.details.reason, 'CALENDAR_ENDED');
  assert.match(event?.details.message ?? '', /valid until 2026-06-01/);
  await dialer.stop();
});

test('UK_OFCOM: a recipient whose last call was abandoned is not called again for 72 h', async () => {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100, complianceProfile: ComplianceProfile.UK_OFCOM });
  const campaign = await seedCampaign(em, tenant, { maxConcurrentCalls: 10, callsPerSecond: 50, callerIdNumber: '+442071234567' });
  await seedRecipients(em, campaign.id, 1, '+4420');
  const abandoned = new Date('2026-06-01T10:00:00Z');
  await em.execute(
    `update campaign_recipient set state = 'RETRY_WAIT', attempts = 1, attempts_made = 1, last_outcome = 'ABANDONED',
       last_attempt_at = ?, next_attempt_at = ? where campaign_id = ?`,
    [abandoned, new Date(abandoned.getTime() + 300_000), campaign.id],
  );
  const clock = new OffsetClock(new Date(abandoned.getTime() + 71 * 3_600_000));
  const sent = recordOriginates(env.h.sim, () => clock.now());
  const dialer = await env.startDialer({ clock });
  await env.waitFor<string>('select run_state from campaign where id = ?', [campaign.id], (s) => s === 'WAITING_RETRY', 'WAITING_RETRY');
  await env.afterTicks(dialer, 3);
  assert.equal(sent.length, 0, 'not called 71 h after the abandoned call');
  clock.setNow(new Date(abandoned.getTime() + 72 * 3_600_000 + 1000));
  assert.equal(await statusOf(campaign.id), 'COMPLETED');
  assert.equal(sent.length, 1);
  await dialer.stop();
});
