import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ComplianceProfile } from '../../domain/compliance/compliance-profile';
import { countOutsideHours } from '../../reports/outside-hours';
import { startTestApp, type TestApp } from '../../test/test-app';

/** Issue 18: the compliance profile through the API (tenant setting, campaign override, refusals, outside-hours count). */
let t: TestApp;
let token: string;
before(async () => {
  t = await startTestApp();
  ({ token } = await t.tenant('comply'));
});
after(async () => {
  await t.stop();
});

const setTenant = (profile: string) =>
  t.ok<{ updateSettings: { complianceProfile: string } }>(
    'mutation($p: ComplianceProfile!) { updateSettings(input: { complianceProfile: $p }) { complianceProfile } }',
    { p: profile },
    token,
  );

async function create(fields: string): Promise<string> {
  const r = await t.ok<{ createCampaign: { id: string } }>(
    `mutation { createCampaign(input: { name: "c${Math.random()}", broadcastActions: [{ kind: PLAY, file: "hi.wav" }], ${fields} }) { id } }`,
    {},
    token,
  );
  const id = r.createCampaign.id;
  await t.ok(
    'mutation($id: ID!) { addRecipients(campaignId: $id, recipients: [{ communications: [{ number: "+81312345678" }] }, { communications: [{ number: "+12125550101" }], timezone: "Asia/Tokyo" }, { communications: [{ number: "+4930123456" }] }]) { added } }',
    { id },
    token,
  );
  return id;
}

const start = (id: string) =>
  t.gql<{ startCampaign: { status: string } }>('mutation($id: ID!) { startCampaign(id: $id) { status } }', { id }, token);

test('a new tenant starts on US_TSR; the settings API reads and changes it', async () => {
  const em = t.app.orm.em.fork();
  const [fresh] = await em.execute<Array<{ id: string }>>(
    "insert into tenant (id, name, created_at) values (gen_random_uuid(), 'fresh', now()) returning id",
  );
  await em.execute('insert into tenant_settings (tenant_id, updated_at) values (?, now())', [fresh?.id]);
  const [row] = await em.execute<Array<{ p: string }>>('select compliance_profile as p from tenant_settings where tenant_id = ?', [
    fresh?.id,
  ]);
  assert.equal(row?.p, 'US_TSR');
  assert.equal((await setTenant('UK_OFCOM')).updateSettings.complianceProfile, 'UK_OFCOM');
  const read = await t.ok<{ settings: { complianceProfile: string } }>('{ settings { complianceProfile } }', {}, token);
  assert.equal(read.settings.complianceProfile, 'UK_OFCOM');
  const bad = await t.gql('mutation { updateSettings(input: { complianceProfile: FCC }) { complianceProfile } }', {}, token);
  assert.ok(bad.errors?.length, 'an unknown profile is refused');
});

test('a start that breaks a rule of the profile answers CONFLICT naming the rule, and writes nothing', async () => {
  await setTenant('US_TSR');
  const id = await create('ringTimeoutSeconds: 10');
  const problems = await t.ok<{ campaign: { startProblems: string[]; effectiveComplianceProfile: string } }>(
    'query($id: ID!) { campaign(id: $id) { startProblems effectiveComplianceProfile } }',
    { id },
    token,
  );
  assert.equal(problems.campaign.effectiveComplianceProfile, 'US_TSR');
  assert.equal(problems.campaign.startProblems.length, 2);
  const r = await start(id);
  const err = r.errors?.[0];
  assert.equal(err?.extensions?.code, 'CONFLICT');
  assert.deepEqual(err?.extensions?.missing, ['COMPLIANCE_CALLER_ID', 'COMPLIANCE_RING_TIMEOUT']);
  assert.deepEqual(err?.extensions?.rules, ['US_TSR caller ID (16 CFR 310.4(a)(8))', 'US_TSR ring timeout (16 CFR 310.4(b)(4)(ii))']);
  assert.match(err?.message ?? '', /caller ID number.*ring at least 15 s/);
  const still = await t.ok<{ campaign: { status: string } }>('query($id: ID!) { campaign(id: $id) { status } }', { id }, token);
  assert.equal(still.campaign.status, 'CREATED');

  // UK_OFCOM has no ring minimum but still wants caller ID.
  await setTenant('UK_OFCOM');
  assert.deepEqual((await start(id)).errors?.[0]?.extensions?.missing, ['COMPLIANCE_CALLER_ID']);

  // The abandon-rate target of a predictive campaign.
  const predictive = await create('type: AGENT, dialingMode: PREDICTIVE, abandonRateTarget: 5, callerIdNumber: "+442071234567"');
  const p = await start(predictive);
  assert.ok((p.errors?.[0]?.extensions?.missing as string[]).includes('COMPLIANCE_ABANDON_RATE'), JSON.stringify(p.errors));
  assert.match(p.errors?.[0]?.message ?? '', /at most 3 % abandoned calls/);

  // Fixed settings, or a campaign that explicitly opts out, start.
  await t.ok(
    'mutation($id: ID!) { updateCampaign(id: $id, input: { callerIdNumber: "+12125550100", ringTimeoutSeconds: 20 }) { id } }',
    { id },
    token,
  );
  await setTenant('US_TSR');
  assert.equal((await start(id)).data?.startCampaign.status, 'RUNNING');
  const optOut = await create('complianceProfile: NONE, ringTimeoutSeconds: 5');
  const c = await t.ok<{ campaign: { complianceProfile: string; effectiveComplianceProfile: string; startProblems: string[] } }>(
    'query($id: ID!) { campaign(id: $id) { complianceProfile effectiveComplianceProfile startProblems } }',
    { id: optOut },
    token,
  );
  assert.deepEqual(c.campaign, { complianceProfile: 'NONE', effectiveComplianceProfile: 'NONE', startProblems: [] });
  assert.equal((await start(optOut)).data?.startCampaign.status, 'RUNNING');
});

test('recipientsOutsideHours: how many recipients are outside their own hours now; zones stored at add time', async () => {
  await setTenant('US_TSR');
  const id = await create('callerIdNumber: "+12125550100"');
  const zones = await t.app.orm.em
    .fork()
    .execute<Array<{ number_zones: string[] }>>('select number_zones from campaign_recipient where campaign_id = ? order by id', [id]);
  assert.deepEqual(
    zones.map((z) => z.number_zones),
    [['Asia/Tokyo'], ['America/New_York'], ['Europe/Berlin']],
  );
  const count = await t.ok<{ campaign: { recipientsOutsideHours: number } }>(
    'query($id: ID!) { campaign(id: $id) { recipientsOutsideHours } }',
    { id },
    token,
  );
  assert.ok(count.campaign.recipientsOutsideHours >= 0 && count.campaign.recipientsOutsideHours <= 3);
  // The same count at fixed instants: two recipients are in Tokyo (one by its number, one by its
  // own zone), one in Berlin.
  const em = t.app.orm.em.fork();
  // 14:00 UTC: 23:00 in Tokyo (outside), 16:00 in Berlin.
  assert.equal(await countOutsideHours(em, id, null, ComplianceProfile.US_TSR, new Date('2026-06-01T14:00:00Z')), 2);
  // 02:00 UTC: 11:00 in Tokyo, 04:00 in Berlin (outside).
  assert.equal(await countOutsideHours(em, id, null, ComplianceProfile.US_TSR, new Date('2026-06-01T02:00:00Z')), 1);
  await t.ok('mutation($id: ID!) { updateCampaign(id: $id, input: { complianceProfile: NONE }) { id } }', { id }, token);
  const none = await t.ok<{ campaign: { recipientsOutsideHours: number } }>(
    'query($id: ID!) { campaign(id: $id) { recipientsOutsideHours } }',
    { id },
    token,
  );
  assert.equal(none.campaign.recipientsOutsideHours, 0, 'no profile hours and no calendar: nobody is outside hours');
});
