import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createTestDb, type TestDb } from '../test/test-db';
import { claimAndRecord, type ClaimRequest } from './claim';
import { rows } from './sql-rows';
import { seedCampaign, seedTenant } from './testing/seed';

// The claim is the last word before an originate: it refuses the number the planner chose when
// an entry of the campaign's lists blocks it now (added after the planner's snapshot), and only
// that number: the recipient's other number may still be claimed.
let db: TestDb;
before(async () => {
  db = await createTestDb();
});
after(async () => {
  await db.drop();
});

test("the claim refuses a number blocked by one of the campaign's lists now, not the recipient's clean number", async () => {
  const em = db.orm.em.fork();
  const tenant = await seedTenant(em);
  const campaign = await seedCampaign(em, tenant, { dncLists: ['mine'] });
  const [r] = await rows<{ id: string }>(
    em,
    `insert into campaign_recipient (campaign_id, name, fields, tags, created_at, updated_at) values (?, 'x', '{}', '{}', now(), now()) returning id`,
    [campaign.id],
  );
  for (const number of ['+12125550100', '+12125550101'])
    await em.execute('insert into recipient_phone (recipient_id, campaign_id, number, priority, stopped) values (?, ?, ?, 0, false)', [
      r!.id,
      campaign.id,
      number,
    ]);
  const entry = (number: string, list: string, expires: string | null) =>
    em.execute(
      `insert into dnc_entry (id, tenant_id, number, list_name, expires_at, created_at) values (gen_random_uuid(), ?, ?, ?, ${expires ?? 'null'}, now())`,
      [tenant.id, number, list],
    );
  await entry('+12125550100', 'mine', null);
  await entry('+12125550101', 'theirs', null);
  await entry('+12125550101', 'mine', "now() - interval '1 second'");
  const request = (number: string): ClaimRequest => ({
    callId: randomUUID(),
    recipientId: r!.id,
    campaignId: campaign.id,
    tenantId: tenant.id,
    number,
    gatewayId: null,
  });
  assert.equal((await claimAndRecord(em, [request('+12125550100')], 'test', new Date())).size, 0, 'blocked on its list');
  assert.equal((await claimAndRecord(em, [request('+12125550101')], 'test', new Date())).size, 1, 'another list, an expired entry');
  const attempts = await rows<{ number: string }>(em, 'select number from call_attempt where recipient_id = ?', [r!.id]);
  assert.deepEqual(
    attempts.map((a) => a.number),
    ['+12125550101'],
  );
});
