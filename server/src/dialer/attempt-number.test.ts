import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createTestDb, type TestDb } from '../test/test-db';
import { claimAndRecord, type ClaimRequest } from './claim';
import { rows } from './sql-rows';
import { seedCampaign, seedRecipients, seedTenant } from './testing/seed';

// Attempt numbers come from the recipient's attempts_made counter, raised by the claim itself,
// and (recipient, attempt number) is unique: no count(*) a racing claim could also read.
let db: TestDb;
before(async () => {
  db = await createTestDb();
});
after(async () => {
  await db.drop();
});

test('each claim numbers its attempt from the recipient counter; a duplicate number is refused', async () => {
  const em = db.orm.em.fork();
  const tenant = await seedTenant(em);
  const campaign = await seedCampaign(em, tenant);
  await seedRecipients(em, campaign.id, 1, '+1555');
  const [recipient] = await rows<{ id: string; number: string }>(
    em,
    `select r.id, p.number from campaign_recipient r join recipient_phone p on p.recipient_id = r.id where r.campaign_id = ?`,
    [campaign.id],
  );
  assert.ok(recipient);
  const request = (): ClaimRequest => ({
    callId: randomUUID(),
    recipientId: recipient.id,
    campaignId: campaign.id,
    tenantId: tenant.id,
    number: recipient.number,
    gatewayId: null,
  });

  for (let i = 0; i < 3; i++) {
    assert.equal((await claimAndRecord(em, [request()], 'test', new Date())).size, 1);
    // A neutral result makes it claimable again without counting (attempts stays 0).
    await em.getConnection().execute(`update campaign_recipient set state = 'READY' where id = ?`, [recipient.id]);
  }
  const numbers = await rows<{ n: number }>(em, `select attempt_number as n from call_attempt where recipient_id = ? order by id`, [
    recipient.id,
  ]);
  assert.deepEqual(
    numbers.map((r) => r.n),
    [1, 2, 3],
  );
  const [counter] = await rows<{ made: number; attempts: number }>(
    em,
    `select attempts_made as made, attempts from campaign_recipient where id = ?`,
    [recipient.id],
  );
  assert.deepEqual(counter, { made: 3, attempts: 0 });

  await assert.rejects(
    em.getConnection().execute(
      `insert into call_attempt (call_id, campaign_id, recipient_id, attempt_number, number, created_at)
      values (?, ?, ?, 2, ?, now())`,
      [randomUUID(), campaign.id, recipient.id, recipient.number],
    ),
    /call_attempt_recipient_attempt_uq/,
  );
});
