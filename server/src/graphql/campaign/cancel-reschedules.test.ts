import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../../test/test-app';
import { REPORT, STATS, type Report, type Stats } from '../../reports/reports-api.setup';

// Issue 17 item 5: a cancelled campaign's pending callbacks become RESCHEDULED (product.md
// "Campaign states"), counted by statistics and shown by the detailed report, and kept for a restart.
/** The callback time in epoch milliseconds, as text (the driver's date parsing aside). */
const MS = `floor(extract(epoch from callback_at) * 1000)::bigint::text`;
let t: TestApp;
let token: string;
before(async () => {
  t = await startTestApp();
  ({ token } = await t.tenant('resched'));
});
after(async () => {
  await t.stop();
});

test('cancel: a pending callback becomes RESCHEDULED, keeps its time, and a restart still calls it back then', async () => {
  const { createCampaign: c } = await t.ok<{ createCampaign: { id: string } }>(
    'mutation { createCampaign(input: { name: "cb", broadcastActions: [{ kind: PLAY, file: "hello.wav" }] }) { id } }',
    {},
    token,
  );
  await t.ok(
    `mutation($c: ID!) { addRecipients(campaignId: $c, recipients: [
      { name: "callback", communications: [{ number: "2125550191" }] },
      { name: "plain", communications: [{ number: "2125550192" }] }]) { added } }`,
    { c: c.id },
    token,
  );
  const conn = t.app.orm.em.getConnection();
  const callbackAt = new Date(Date.now() + 2 * 3600_000);
  // As the dialer leaves them: one callback booked for later, one ordinary recipient; the campaign running.
  await conn.execute(
    `update campaign_recipient set state = 'SCHEDULED', callback_at = ?, last_outcome = 'ANSWERED' where campaign_id = ? and name = 'callback'`,
    [callbackAt, c.id],
  );
  await conn.execute(`update campaign set status = 'RUNNING', started_at = now() where id = ?`, [c.id]);

  await t.ok('mutation($id: ID!) { cancelCampaign(id: $id) { status } }', { id: c.id }, token);

  const rows = await conn.execute<Array<{ name: string; state: string; last_outcome: string | null; callback_ms: string | null }>>(
    `select name, state, last_outcome, ${MS} as callback_ms from campaign_recipient where campaign_id = ? order by name`,
    [c.id],
  );
  assert.deepEqual(
    rows.map((r) => [r.name, r.state, r.last_outcome]),
    [
      ['callback', 'SCHEDULED', 'RESCHEDULED'],
      ['plain', 'READY', null],
    ],
  );
  assert.equal(rows[0]?.callback_ms, String(callbackAt.getTime()), 'the callback keeps its time');
  const [event] = await conn.execute<Array<{ details: { rescheduled?: number } }>>(
    `select details from campaign_event where campaign_id = ? and action = 'CANCEL'`,
    [c.id],
  );
  assert.equal(event?.details.rescheduled, 1, 'the cancel says how many callbacks it put off');
  const [attempts] = await conn.execute<Array<{ n: number }>>(`select count(*)::int n from call_attempt where campaign_id = ?`, [c.id]);
  assert.equal(attempts?.n, 0, 'no call, no attempt');

  const { campaignStatistics: s } = await t.ok<Stats>(STATS, { f: { campaignIds: [c.id] } }, token);
  assert.deepEqual(
    s.byLastOutcome.find((b) => b.key === 'RESCHEDULED'),
    { key: 'RESCHEDULED', count: 1, percent: 50 },
  );
  const report = await t.ok<Report>(REPORT, { c: c.id }, token);
  assert.equal(report.recipientReport.nodes.find((n) => n.name === 'callback')?.lastOutcome, 'RESCHEDULED');

  await t.ok('mutation($id: ID!) { restartCampaign(id: $id) { status } }', { id: c.id }, token);
  const [kept] = await conn.execute<Array<{ state: string; callback_ms: string }>>(
    `select state, ${MS} as callback_ms from campaign_recipient where campaign_id = ? and name = 'callback'`,
    [c.id],
  );
  assert.deepEqual(kept, { state: 'SCHEDULED', callback_ms: String(callbackAt.getTime()) });
});
