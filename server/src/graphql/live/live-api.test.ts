import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Tenant } from '../../entities/tenant.entity';
import { seedCampaign, seedRecipients } from '../../dialer/testing/seed';
import { nextResults, startTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
before(async () => {
  t = await startTestApp({ PACER_DIALER: 'on' });
});
after(async () => {
  await t?.stop();
});

interface Batch {
  callEvents: { campaignId: string; events: Array<{ state: string; outcome: string | null }> };
}
interface Board {
  wallboard: { campaignId: string | null; activeCalls: number; recipientsRemaining: number };
}

test('live call events, wallboards and dialer status over graphql-ws, scoped to the tenant', async () => {
  const acme = await t.tenant('acme');
  const other = await t.tenant('other');
  const em = t.app.orm.em.fork();
  const campaign = await seedCampaign(em, em.getReference(Tenant, acme.tenantId), { callsPerSecond: 10, maxConcurrentCalls: 5 });

  const calls = nextResults<Batch>(
    t.ws(acme.token),
    'subscription($c: ID!) { callEvents(campaignId: $c) { campaignId events { state outcome } } }',
    { c: campaign.id },
    3,
    15_000,
  );
  const board = nextResults<Board>(
    t.ws(acme.token),
    'subscription($c: ID) { wallboard(campaignId: $c) { campaignId activeCalls recipientsRemaining } }',
    { c: campaign.id },
    2,
    15_000,
  );
  const global = nextResults<Board>(
    t.ws(acme.token),
    'subscription { wallboard { campaignId activeCalls recipientsRemaining } }',
    {},
    1,
    15_000,
  );
  const foreign = await t.gql('subscription($c: ID!) { callEvents(campaignId: $c) { campaignId } }', { c: campaign.id }, other.token);
  assert.ok(foreign.errors?.length, 'another tenant cannot subscribe to this campaign');
  const refused = nextResults(
    t.ws(other.token),
    'subscription($c: ID!) { callEvents(campaignId: $c) { campaignId } }',
    { c: campaign.id },
    1,
    5_000,
  );
  await Promise.all([calls.ready, board.ready, global.ready]);
  await seedRecipients(em, campaign.id, 30, '+1555');

  const batches = await calls.results;
  const states = batches.flatMap((b) => b.data?.callEvents.events.map((e) => e.state) ?? []);
  assert.ok(states.includes('dialing'), `states: ${states.join(',')}`);
  assert.ok(batches.every((b) => b.data?.callEvents.campaignId === campaign.id));
  const boards = await board.results;
  assert.ok(boards.every((b) => b.data?.wallboard.campaignId === campaign.id));
  const tenantBoard = await global.results;
  assert.equal(tenantBoard[0]?.data?.wallboard.campaignId, null);
  const denied = await refused.results;
  assert.equal(denied[0]?.errors?.[0]?.extensions?.code, 'NOT_FOUND', 'a foreign campaign is NOT_FOUND');

  const status = await t.ok<{ dialerStatus: { leader: boolean; switchUp: boolean; amdDetectors: string[] | null } }>(
    '{ dialerStatus { leader switchUp amdDetectors } }',
    {},
    acme.token,
  );
  // The embedded simulator has mod_amd and mod_avmd, as the FreeSWITCH bundle does.
  assert.deepEqual(status.dialerStatus, { leader: true, switchUp: true, amdDetectors: ['AMD', 'AVMD'] });
});
