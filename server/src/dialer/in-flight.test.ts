import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createTestDb, type TestDb } from '../test/test-db';
import { loadInFlight } from './campaign-rows';
import { seedCampaign, seedGateway, seedRecipients, seedTenant } from './testing/seed';

/**
 * Open attempts are counted per direction with the tenant's internal-number pattern run on
 * RE2, the planner's engine: same answers, RE2 syntax, and no pattern can stall the tick.
 */
describe('in-flight calls by direction', () => {
  let db: TestDb;
  let em: EntityManager;
  before(async () => {
    db = await createTestDb();
    em = db.orm.em.fork() as EntityManager;
  });
  after(async () => {
    await db.drop();
  });

  async function openAttempts(campaignId: string, gatewayId: string): Promise<void> {
    await em.execute(
      `insert into call_attempt (call_id, campaign_id, recipient_id, attempt_number, number, gateway_id, created_at)
       select gen_random_uuid(), campaign_id, recipient_id, 1, number, ?, now() from recipient_phone where campaign_id = ?`,
      [gatewayId, campaignId],
    );
  }

  it('classifies each open attempt with the tenant pattern and groups them', async () => {
    const tenant = await seedTenant(em);
    await em.execute(`update tenant_settings set internal_number_pattern = ? where tenant_id = ?`, ['^(?P<ext>9)|^(a+)+$', tenant.id]);
    const gw = await seedGateway(em, tenant, 'gw-dir', 10, 10);
    const c = await seedCampaign(em, tenant, { gateways: [gw] });
    // Three numbers starting with 9 (internal by the pattern), two starting with 1 (external).
    await seedRecipients(em, c.id, 3, '9');
    const other = await seedCampaign(em, tenant, { gateways: [gw] });
    await seedRecipients(em, other.id, 2, '1');
    // A number that makes ^(a+)+$ backtrack 2^40 times on a backtracking engine.
    await seedRecipients(em, other.id, 1, 'a'.repeat(40), `'!'`);
    await openAttempts(c.id, gw.id);
    await openAttempts(other.id, gw.id);

    const rows = (await loadInFlight(em)).filter((r) => r.tenantId === tenant.id);
    const byKey = Object.fromEntries(rows.map((r) => [`${r.campaignId === c.id ? 'c' : 'other'}:${r.internal}`, r.n]));
    assert.deepEqual(byKey, { 'c:true': 3, 'other:false': 3 });
    assert.ok(rows.every((r) => r.gatewayId === gw.id));
  });
});
