import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Role } from '../../domain/auth/role';
import { CampaignStatus } from '../../domain/campaign/campaign-status';
import type { CampaignChangedPayload } from '../../events/topics';
import { nextResults, startTestApp, type TestApp } from '../../test/test-app';

/**
 * Issue 23 part 3: subscribers asking the same thing share one stream (one execution per
 * event), and the sharing key keeps tenants (and permission sets) apart: a subscriber only
 * ever receives its own tenant's events, whoever opened the stream it joined. On
 * campaignChanged, which sends only what is published (wallboard also beats once a second).
 */
let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(async () => {
  await t.stop();
});

/** A change whose `action` carries `n`, so a test can tell which event a subscriber got. */
const change = (tenantId: string, n: number): CampaignChangedPayload => ({
  tenantId,
  campaignId: '00000000-0000-0000-0000-000000000000',
  status: CampaignStatus.RUNNING,
  runState: null,
  action: String(n),
  at: new Date().toISOString(),
});
type Change = { campaignChanged: { action: string } };
const QUERY = 'subscription { campaignChanged { action } }';

test('same document and tenant share one stream; other tenants and permission sets get their own, and only their events', async () => {
  const a = await t.tenant('share-a');
  const b = await t.tenant('share-b');
  const aAgent = await t.tenant('share-a2', Role.AGENT); // another tenant with fewer permissions
  const before = t.app.api.fanout.stats();
  const subscribe = (token: string) => nextResults<Change>(t.ws(token), QUERY, {}, 1);
  const subsA = Array.from({ length: 15 }, () => subscribe(a.token));
  const subsB = Array.from({ length: 15 }, () => subscribe(b.token));
  const subsAgent = Array.from({ length: 5 }, () => subscribe(aAgent.token));
  await Promise.all([...subsA, ...subsB, ...subsAgent].map((s) => s.ready));

  const live = t.app.api.fanout.stats();
  assert.equal(live.streams - before.streams, 3, 'one stream per (tenant, permissions, document)');
  assert.equal(live.subscribers - before.subscribers, 35);

  // Tenant A's event first: if B's or the agent tenant's subscribers heard it, it would be their first result.
  await t.app.bus.publish('CAMPAIGN_CHANGED', change(a.tenantId, 7));
  await t.app.bus.publish('CAMPAIGN_CHANGED', change(b.tenantId, 9));
  await t.app.bus.publish('CAMPAIGN_CHANGED', change(aAgent.tenantId, 3));
  const firsts = async (subs: typeof subsA) =>
    (await Promise.all(subs.map((s) => s.results))).map((r) => Number(r[0]?.data?.campaignChanged.action));
  assert.deepEqual(await firsts(subsA), Array(15).fill(7));
  assert.deepEqual(await firsts(subsB), Array(15).fill(9));
  assert.deepEqual(await firsts(subsAgent), Array(5).fill(3));
});

test('each event is executed once per stream, not once per subscriber', async () => {
  const c = await t.tenant('share-c');
  const subs = Array.from({ length: 20 }, () => nextResults<Change>(t.ws(c.token), QUERY, {}, 3));
  await Promise.all(subs.map((s) => s.ready));
  const before = t.app.api.fanout.stats().executions;
  for (const n of [1, 2, 3]) await t.app.bus.publish('CAMPAIGN_CHANGED', change(c.tenantId, n));
  const got = await Promise.all(subs.map((s) => s.results));
  assert.deepEqual(
    got.map((r) => r.map((x) => Number(x.data?.campaignChanged.action))),
    Array(20).fill([1, 2, 3]),
  );
  // Only this tenant's stream hears these events: 20 subscribers cost 3 executions, not 60.
  assert.equal(t.app.api.fanout.stats().executions - before, 3);
});

test('a topic holds one bus listener per shared stream, not one per subscriber', async () => {
  const d = await t.tenant('share-d');
  const before = t.app.bus.listenerCount('CAMPAIGN_CHANGED');
  // 300 subscriptions over 10 connections (graphql-ws multiplexes), all asking the same thing.
  const clients = Array.from({ length: 10 }, () => t.ws(d.token));
  const subs = clients.flatMap((client) => Array.from({ length: 30 }, () => nextResults<Change>(client, QUERY, {}, 1)));
  await Promise.all(subs.map((s) => s.ready));
  assert.equal(t.app.bus.listenerCount('CAMPAIGN_CHANGED') - before, 1);
  await t.app.bus.publish('CAMPAIGN_CHANGED', change(d.tenantId, 5));
  const got = await Promise.all(subs.map((s) => s.results));
  assert.deepEqual(
    got.map((r) => Number(r[0]?.data?.campaignChanged.action)),
    Array(300).fill(5),
  );
});
