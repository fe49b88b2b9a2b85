import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Client } from 'graphql-ws';
import { seedCampaign, seedRecipients } from '../../dialer/testing/seed';
import { Tenant } from '../../entities/tenant.entity';
import { startTestApp, type TestApp } from '../../test/test-app';
import { waitFor } from '../../test/wait-for';

/**
 * Issue 23, "must show": the dialer's originate rate holds while a few hundred subscribers
 * are connected. The API runs as npm start runs it (dialer and switch simulator in processes
 * of their own); the campaign is paced at CPS. The rate is read from the calls' own
 * originate stamps, once before and once while 150 connections (300 subscriptions) watch the
 * campaign, and the two are compared as a ratio: no fixed duration is asserted.
 */
const CPS = 10;
const CONNECTIONS = 150;
/** Subscriptions that must be live: a few hundred (a busy machine may refuse a handshake or two). */
const AT_LEAST = 250;
const SAMPLE = 40;
let t: TestApp;
before(async () => {
  // The simulator process reads its outcomes from SIM_SCENARIO: every call answered, short.
  const scenario = join(mkdtempSync(join(tmpdir(), 'pacer-rate-')), 'scenario.json');
  writeFileSync(scenario, JSON.stringify({ rules: [{ match: '/.*/', outcome: { base: 'answer', ringSec: 4, talkSec: 10 } }] }));
  process.env.SIM_SCENARIO = scenario;
  t = await startTestApp({ PACER_DIALER: 'process', SIM_SPS: '1000' });
});
after(async () => {
  delete process.env.SIM_SCENARIO;
  await t?.stop();
});

/** Originates per second over the first `n` calls the switch accepted after `since`, by their stamps. */
async function rateAfter(campaignId: string, since: Date, n: number): Promise<number> {
  const em = t.app.orm.em.fork();
  const stamps = await waitFor(
    async () =>
      (await em.execute<Array<{ at: Date }>>(
        'select originated_at as at from call_attempt where campaign_id = ? and originated_at > ? order by originated_at limit ?',
        [campaignId, since, n],
      )) as Array<{ at: Date }>,
    { what: `${n} originated calls`, until: (rows) => rows.length === n, timeoutMs: 120_000 },
  );
  const first = new Date(stamps[0]!.at).getTime();
  const last = new Date(stamps[n - 1]!.at).getTime();
  return (n - 1) / ((last - first) / 1000);
}

test(`the originate rate with ${CONNECTIONS} connections watching is at least 0.9 of the rate without`, async () => {
  const { token, tenantId } = await t.tenant('rate');
  const em = t.app.orm.em.fork();
  const campaign = await seedCampaign(em, em.getReference(Tenant, tenantId), { callsPerSecond: CPS, maxConcurrentCalls: 200 });
  await seedRecipients(em, campaign.id, 2000, '+1555');
  const start = new Date();
  await rateAfter(campaign.id, start, 5); // the dialer reached its pace
  const alone = await rateAfter(campaign.id, new Date(), SAMPLE);

  const heard = new Array<number>(CONNECTIONS).fill(0);
  const clients: Client[] = [];
  let failed = 0;
  for (let i = 0; i < CONNECTIONS; i++) {
    const client = t.ws(token);
    clients.push(client);
    for (const query of [
      'subscription($c: ID!) { callEvents(campaignId: $c) { events { callId state number outcome at } } }',
      'subscription($c: ID!) { wallboard(campaignId: $c) { activeCalls callsPerMinute recipientsRemaining at } }',
    ]) {
      const sink = { next: () => (heard[i] = (heard[i] ?? 0) + 1), error: () => (failed += 1), complete: () => undefined };
      client.subscribe({ query, variables: { c: campaign.id } }, sink);
    }
  }
  // Connecting hundreds of sockets on a busy machine takes a while: the deadline only bounds a failure.
  const live = await waitFor(() => t.app.api.fanout.stats().subscribers, {
    what: 'every subscription live or refused',
    until: (n) => n + failed === CONNECTIONS * 2,
    timeoutMs: 120_000,
  });
  assert.ok(live >= AT_LEAST, `${live} live subscriptions (${failed} refused), want at least ${AT_LEAST}`);
  const heardBefore = [...heard];
  const watched = await rateAfter(campaign.id, new Date(), SAMPLE);
  const listening = heard.filter((n, i) => n > heardBefore[i]! + 1).length;
  assert.ok(listening * 2 >= AT_LEAST, `${listening} connections heard the calls while the rate was measured`);

  const ratio = watched / alone;
  assert.ok(ratio >= 0.9, `originates/s ${watched.toFixed(2)} watched vs ${alone.toFixed(2)} alone: ratio ${ratio.toFixed(2)} < 0.9`);
  await Promise.all(clients.map((c) => c.dispose()));
});
