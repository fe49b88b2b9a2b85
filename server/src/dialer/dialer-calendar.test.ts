import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { isOpen } from '../domain/calendar/calendar-hours';
import { OffsetClock } from './clock';
import { rows } from './sql-rows';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { recordOriginates } from './testing/invariant-sampler';
import { seedCalendar, seedCampaign, seedRecipients, seedTenant } from './testing/seed';

let env: DialerTestEnv;
before(async () => {
  env = await dialerTestEnv();
});
after(async () => {
  await env?.stop();
});

const runState = async (id: string) =>
  (await rows<{ s: string }>(env.em(), `select run_state as s from campaign where id = ?`, [id]))[0]?.s;

test('nothing is dialed outside hours: across the October DST change and on a holiday (injected clock)', async () => {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const hours = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, start: '09:00', end: '17:00' }));
  const calendar = await seedCalendar(em, tenant, {
    timeZone: 'Europe/Berlin',
    openHours: hours,
    exceptions: [{ date: '2026-12-25', closed: true }],
  });
  const campaign = await seedCampaign(em, tenant, { calendar, maxConcurrentCalls: 10, callsPerSecond: 50 });
  await seedRecipients(em, campaign.id, 30, '+4930');
  // Sunday 25 Oct 2026, 07:30 UTC: clocks went back at 01:00 UTC, so Berlin reads 08:30 (closed).
  // A zone-naive dialer still on CEST would read 09:30 and dial.
  const clock = new OffsetClock(new Date('2026-10-25T07:30:00Z'));
  const sent = recordOriginates(env.h.sim, () => clock.now());
  const dialer = await env.startDialer({ clock });
  const claimed = async () =>
    (await rows<{ n: number }>(env.em(), 'select count(*)::int as n from call_attempt where campaign_id = ?', [campaign.id]))[0]?.n;
  await env.waitFor<string>(`select run_state from campaign where id = ?`, [campaign.id], (s) => s === 'OUTSIDE_HOURS', 'OUTSIDE_HOURS');
  await env.afterTicks(dialer, 3);
  assert.deepEqual([sent.length, await claimed()], [0, 0], 'nothing claimed or dialed at 08:30 local after the DST change');

  clock.setNow(new Date('2026-12-25T10:00:00Z')); // 11:00 in Berlin, but Christmas is closed
  await env.afterTicks(dialer, 3);
  assert.deepEqual([sent.length, await claimed()], [0, 0], 'nothing claimed or dialed on the holiday');
  assert.equal(await runState(campaign.id), 'OUTSIDE_HOURS');

  clock.setNow(new Date('2026-10-25T08:00:00Z')); // 09:00 in Berlin: open
  await env.waitFor<string>(
    `select status from campaign where id = ?`,
    [campaign.id],
    (s) => s === 'COMPLETED',
    'the campaign to complete',
    20_000,
  );
  assert.equal(sent.length, 30);
  const cal = { timeZone: calendar.timeZone, openHours: calendar.openHours, exceptions: calendar.exceptions };
  assert.deepEqual(
    sent.filter((s) => !isOpen(cal, s.at)),
    [],
    'every originate inside the calendar',
  );
});
