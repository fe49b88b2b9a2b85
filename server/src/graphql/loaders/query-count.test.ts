import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { seedCalendar, seedCampaign, seedGateway, seedRecipients } from '../../dialer/testing/seed';
import { Tenant } from '../../entities/tenant.entity';
import { startTestApp, type TestApp } from '../../test/test-app';

// Field resolvers that read per parent go through DataLoader: a page of campaigns (or
// recipients) costs a fixed number of queries, whatever its size. Counted at the ORM's knex.
let t: TestApp;
let token: string;
let campaignId = '';
before(async () => {
  t = await startTestApp();
  const admin = await t.tenant('loaders');
  token = admin.token;
  const em = t.app.orm.em.fork();
  const tenant = em.getReference(Tenant, admin.tenantId);
  const gateway = await seedGateway(em, tenant, 'gw1', 10, 5);
  const calendar = await seedCalendar(em, tenant, { timeZone: 'UTC', openHours: [], exceptions: [] });
  for (let i = 0; i < 50; i++) {
    const c = await seedCampaign(em, tenant, { name: `c${String(i).padStart(2, '0')}`, gateways: [gateway], calendar });
    await seedRecipients(em, c.id, 3, `+1555${String(i).padStart(2, '0')}`);
    campaignId = c.id;
  }
});
after(async () => {
  await t.stop();
});

/** Queries the ORM sends while `work` runs (authentication included). */
async function countQueries(work: () => Promise<unknown>): Promise<number> {
  const knex = t.app.orm.em.getConnection().getKnex();
  let n = 0;
  const onQuery = () => {
    n += 1;
  };
  knex.on('query', onQuery);
  try {
    await work();
  } finally {
    knex.removeListener('query', onQuery);
  }
  return n;
}

const CAMPAIGNS = `query($first: Int!) { campaigns(first: $first) { nodes {
  id name recipientCounts { total ready } gateways { id name } calendar { id name } } } }`;

test('a page of 50 campaigns with counts, gateways and calendar costs as many queries as a page of 5', async () => {
  type Page = { campaigns: { nodes: Array<{ recipientCounts: { total: number }; gateways: unknown[]; calendar: { id: string } | null }> } };
  let page: Page | undefined;
  const five = await countQueries(async () => {
    await t.ok<Page>(CAMPAIGNS, { first: 5 }, token);
  });
  const fifty = await countQueries(async () => {
    page = await t.ok<Page>(CAMPAIGNS, { first: 50 }, token);
  });
  console.log(`# queries: campaigns page of 5 = ${five}, page of 50 = ${fifty}`);
  assert.equal(page?.campaigns.nodes.length, 50);
  assert.ok(page?.campaigns.nodes.every((n) => n.recipientCounts.total === 3 && n.gateways.length === 1 && n.calendar !== null));
  assert.equal(fifty, five);
  assert.ok(fifty <= 8, `${fifty} queries`);
});

const RECIPIENTS = `query($c: ID!, $first: Int!) { recipients(campaignId: $c, first: $first) { nodes {
  id phones { number } callAttempts { attemptNumber } } } }`;

test('a page of recipients with their numbers and attempts costs a fixed number of queries', async () => {
  type Page = { recipients: { nodes: Array<{ phones: unknown[] }> } };
  const one = await countQueries(() => t.ok<Page>(RECIPIENTS, { c: campaignId, first: 1 }, token));
  const three = await countQueries(() => t.ok<Page>(RECIPIENTS, { c: campaignId, first: 3 }, token));
  console.log(`# queries: recipients page of 1 = ${one}, page of 3 = ${three}`);
  assert.equal(three, one);
});

const WAITING = `query($c: ID!, $first: Int!) { recipients(campaignId: $c, first: $first) { nodes { id waitingReason { reason until zone } } } }`;

test('a page of recipients with their waiting reasons costs a fixed number of queries', async () => {
  type Page = { recipients: { nodes: Array<{ waitingReason: { reason: string } | null }> } };
  let page: Page | undefined;
  const one = await countQueries(() => t.ok<Page>(WAITING, { c: campaignId, first: 1 }, token));
  const three = await countQueries(async () => {
    page = await t.ok<Page>(WAITING, { c: campaignId, first: 3 }, token);
  });
  console.log(`# queries: waiting reasons, page of 1 = ${one}, page of 3 = ${three}`);
  assert.equal(page?.recipients.nodes.length, 3);
  assert.ok(page?.recipients.nodes.every((n) => n.waitingReason !== null));
  assert.equal(three, one);
});
