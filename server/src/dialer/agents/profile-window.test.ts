import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AgentState } from '../../domain/agent/agent-state';
import { CampaignType, DialingMode } from '../../domain/campaign/campaign-type';
import { ComplianceProfile } from '../../domain/compliance/compliance-profile';
import { Agent } from '../../entities/agent.entity';
import { AgentAssignment } from '../../entities/agent-assignment.entity';
import { createTestDb, type TestDb } from '../../test/test-db';
import { loadRunningCampaigns } from '../campaign-rows';
import { seedCampaign, seedRecipients, seedTenant } from '../testing/seed';
import { loadAgentBoards } from '../agent-board';
import { loadAgentSlots } from './agent-slots';
import { loadProfileWindows, ProfileWindows } from './profile-window';

/**
 * The profile's window in SQL: a predictive campaign whose last 15 minutes are clean (900 of
 * 3,000 calls answered by a person, none abandoned) but whose last days are not (100 of 1,000
 * abandoned three days ago). Its 10 free agents get more than 10 lines on the short window
 * alone; under US_TSR (30 days) the month's 5.3 % holds it to one line per free agent.
 */
let db: TestDb;
before(async () => {
  db = await createTestDb();
});
after(async () => {
  await db?.drop();
});

const NOW = new Date();

async function campaignWithHistory(profile: ComplianceProfile | undefined): Promise<string> {
  const em = db.orm.em.fork();
  const tenant = await seedTenant(em);
  const c = await seedCampaign(em, tenant, {
    type: CampaignType.AGENT,
    dialingMode: DialingMode.PREDICTIVE,
    complianceProfile: profile,
    maxConcurrentCalls: 100,
  });
  for (let i = 0; i < 10; i++) {
    const agent = Object.assign(new Agent(), {
      tenant,
      name: `w${i}`,
      endpoint: `user/3${i}`,
      state: AgentState.AVAILABLE,
      phoneRegistered: true,
    });
    em.persist([agent, Object.assign(new AgentAssignment(), { agent, campaign: c, level: 1 })]);
  }
  await em.flush();
  await seedRecipients(em, c.id, 4000, '+1900');
  // Recipients 1-3000: the last 15 minutes (every third answered, none abandoned);
  // 3001-4000: three days ago, all answered, every tenth abandoned; one a machine (not a person).
  await em.execute(
    `
    insert into call_attempt (call_id, campaign_id, recipient_id, attempt_number, number, created_at, answered_at, ended_at, abandoned, amd_result)
    select gen_random_uuid(), r.campaign_id, r.id, 1, '+1900', t.at, case when t.answered then t.at end, t.at, t.abandoned,
      case when i = 4000 then 'machine' end
    from (select id, campaign_id, (fields->>'i')::int as i from campaign_recipient where campaign_id = ?) r
    cross join lateral (select
      case when r.i <= 3000 then ?::timestamptz - interval '5 minutes' else ?::timestamptz - interval '3 days' end as at,
      r.i > 3000 or r.i % 10 < 3 as answered,
      r.i > 3000 and r.i % 10 = 0 and r.i < 4000 as abandoned) t`,
    [c.id, NOW, NOW],
  );
  return c.id;
}

async function slotsOf(campaignId: string): Promise<number> {
  const em = db.orm.em.fork();
  const running = (await loadRunningCampaigns(em)).filter((c) => c.id === campaignId);
  return (await loadAgentSlots(em, running, NOW)).get(campaignId) ?? -1;
}

test('counts human answers and abandons over each profile window; NONE has none', async () => {
  const id = await campaignWithHistory(ComplianceProfile.US_TSR);
  const em = db.orm.em.fork();
  const month = await loadProfileWindows(em, [{ id, complianceProfile: ComplianceProfile.US_TSR }], NOW);
  assert.deepEqual(month.get(id), { humanAnswered: 900 + 999, abandoned: 99, windowHours: 720 });
  const day = await loadProfileWindows(em, [{ id, complianceProfile: ComplianceProfile.UK_OFCOM }], NOW);
  assert.deepEqual(day.get(id), { humanAnswered: 900, abandoned: 0, windowHours: 24 });
  const none = await loadProfileWindows(em, [{ id, complianceProfile: ComplianceProfile.NONE }], NOW);
  assert.equal(none.size, 0);
});

test('the 30-day rate holds predictive pacing to 1:1 where the short window alone would overdial', async () => {
  const tsr = await campaignWithHistory(ComplianceProfile.US_TSR);
  const ofcom = await campaignWithHistory(ComplianceProfile.UK_OFCOM);
  const none = await campaignWithHistory(ComplianceProfile.NONE);
  const shortOnly = await slotsOf(none);
  assert.ok(shortOnly > 10, `the clean 15 minutes alone overdial 10 free agents: ${shortOnly}`);
  assert.equal(await slotsOf(ofcom), shortOnly, 'the bad days are outside the 24-hour window');
  assert.equal(await slotsOf(tsr), 10, 'inside the 30 days: 5.2 % > 3 %, one line per free agent');
});

test('the wallboard shows both rates against the target', async () => {
  const id = await campaignWithHistory(ComplianceProfile.US_TSR);
  const em = db.orm.em.fork();
  const [c] = (await loadRunningCampaigns(em)).filter((r) => r.id === id);
  assert.ok(c);
  const boards = await loadAgentBoards(
    em,
    [{ id, tenantId: c.tenantId, agent: true, complianceProfile: c.complianceProfile }],
    NOW.getTime(),
  );
  const b = boards.campaigns.get(id);
  assert.equal(b?.abandonRate, 0);
  assert.ok(Math.abs((b?.profileAbandonRate ?? 0) - 99 / 1899) < 1e-9, `${b?.profileAbandonRate}`);
  assert.equal(b?.profileWindowHours, 720);
  assert.equal(b?.abandonRateTarget, 0.03);
  assert.equal(boards.tenants.get(c.tenantId)?.profileAbandonRate, b?.profileAbandonRate);
});

test('ProfileWindows keeps the counts a minute, then reads them again', async () => {
  const id = await campaignWithHistory(ComplianceProfile.UK_OFCOM);
  const em = db.orm.em.fork();
  const windows = new ProfileWindows(60_000);
  const list = [{ id, complianceProfile: ComplianceProfile.UK_OFCOM }];
  assert.equal((await windows.load(em, list, NOW)).get(id)?.abandoned, 0);
  await em.execute(`update call_attempt set abandoned = true where campaign_id = ? and answered_at > ?::timestamptz - interval '1 hour'`, [
    id,
    NOW,
  ]);
  assert.equal((await windows.load(em, list, new Date(NOW.getTime() + 59_000))).get(id)?.abandoned, 0, 'kept');
  assert.equal((await windows.load(em, list, new Date(NOW.getTime() + 60_000))).get(id)?.abandoned, 900, 'read again');
});
