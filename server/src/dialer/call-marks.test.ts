import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createTestDb, type TestDb } from '../test/test-db';
import { writeCallMarks } from './call-marks';
import { claimAndRecord } from './claim';
import { rows } from './sql-rows';
import { seedCampaign, seedRecipients, seedTenant } from './testing/seed';

// Marks arrive in batches: on a busy machine a callee's answer and the key they pressed right
// after land in the same one. Both must be written (an UPDATE … FROM keeps only one source row
// per target row, which lost the confirmation: CONFIRM_ANSWER callees recorded as unconfirmed).
let db: TestDb;
before(async () => {
  db = await createTestDb();
});
after(async () => {
  await db.drop();
});

test('an answer, its confirmation and a listen confirmation in one batch are all written; the first time of each wins', async () => {
  const em = db.orm.em.fork();
  const tenant = await seedTenant(em);
  const campaign = await seedCampaign(em, tenant);
  await seedRecipients(em, campaign.id, 1, '+1556');
  const [r] = await rows<{ id: string; number: string }>(
    em,
    `select r.id, p.number from campaign_recipient r join recipient_phone p on p.recipient_id = r.id where r.campaign_id = ?`,
    [campaign.id],
  );
  assert.ok(r);
  const callId = randomUUID();
  await claimAndRecord(
    em,
    [{ callId, recipientId: r.id, campaignId: campaign.id, tenantId: tenant.id, number: r.number, gatewayId: null }],
    'test',
    new Date(),
  );

  const t = (s: number) => new Date(Date.UTC(2026, 11, 7, 10, 0, s));
  await writeCallMarks(em, [
    { callId, kind: 'answered', at: t(1) },
    { callId, kind: 'answerConfirmed', at: t(3) },
    { callId, kind: 'listenConfirmed', at: t(5) },
    { callId, kind: 'answerConfirmed', at: t(4) },
  ]);
  await writeCallMarks(em, [{ callId, kind: 'answered', at: t(9) }]); // a replayed mark never moves a time
  const [a] = await rows<{ answered: string; confirmed: string; listened: string; state: string }>(
    em,
    `
    select a.answered_at as answered, a.answer_confirmed_at as confirmed, a.listen_confirmed_at as listened, r.state
    from call_attempt a join campaign_recipient r on r.id = a.recipient_id where a.call_id = ?`,
    [callId],
  );
  assert.deepEqual(
    [new Date(a?.answered ?? 0), new Date(a?.confirmed ?? 0), new Date(a?.listened ?? 0), a?.state],
    [t(1), t(3), t(5), 'IN_CALL'],
  );
});
