import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CampaignStatus } from '../../domain/campaign/campaign-status';
import { Tenant } from '../../entities/tenant.entity';
import { seedCampaign, seedRecipients } from '../../dialer/testing/seed';
import { rows } from '../../dialer/sql-rows';
import { resultWhere, startTestApp, type TestApp } from '../../test/test-app';

/** Issue 19 item 7: recipientChanged(campaignId) over graphql-ws, from the dialer and from people. */
let t: TestApp;
before(async () => {
  t = await startTestApp({ PACER_DIALER: 'on' });
});
after(async () => {
  await t?.stop();
});

interface Change {
  recipientChanged: {
    campaignId: string;
    changes: Array<{ recipientId: string; state: string; attempts: number | null; lastOutcome: string | null }>;
    bulk: { action: string; affected: number } | null;
    changedBy: { kind: string; label: string };
  };
}
const SUB = `subscription($c: ID!) { recipientChanged(campaignId: $c) {
  campaignId changes { recipientId state attempts lastOutcome } bulk { action affected } changedBy { kind label } } }`;

test('the dialer’s claims and results arrive live: state, attempts, last outcome, changed by the dialer', async () => {
  const acme = await t.tenant('acme');
  const other = await t.tenant('other');
  const em = t.app.orm.em.fork();
  const campaign = await seedCampaign(em, em.getReference(Tenant, acme.tenantId), { callsPerSecond: 10, maxConcurrentCalls: 5 });

  const foreign = await t.gql('subscription($c: ID!) { recipientChanged(campaignId: $c) { campaignId } }', { c: campaign.id }, other.token);
  assert.ok(foreign.errors?.length, 'another tenant cannot subscribe to this campaign');

  // Every recipient seen leaving DIALING with its result.
  const ended = new Map<string, { state: string; attempts: number | null; lastOutcome: string | null }>();
  const dialing = new Set<string>();
  const answered = new Set<string>();
  const done = resultWhere<Change>(t.ws(acme.token), SUB, { c: campaign.id }, (d) => {
    assert.deepEqual(d.recipientChanged.changedBy, { kind: 'SYSTEM', label: 'dialer' });
    for (const c of d.recipientChanged.changes) {
      if (c.state === 'DIALING') dialing.add(c.recipientId);
      else if (c.state === 'IN_CALL') answered.add(c.recipientId);
      else ended.set(c.recipientId, c);
    }
    return ended.size === 3;
  });
  await done.ready;
  await seedRecipients(em, campaign.id, 3, '+1555');
  await done.result;

  const stored = await rows<{ id: string; state: string; attempts: number; last_outcome: string | null }>(
    em,
    'select id::text as id, state, attempts, last_outcome from campaign_recipient where campaign_id = ? order by id',
    [campaign.id],
  );
  assert.equal(dialing.size, 3, 'each claim was pushed (DIALING)');
  // The simulator answers these numbers: each answer was pushed (IN_CALL) before the result.
  const answeredCalls = await rows<{ n: number }>(
    em,
    'select count(distinct recipient_id)::int as n from call_attempt where campaign_id = ? and answered_at is not null',
    [campaign.id],
  );
  assert.ok((answeredCalls[0]?.n ?? 0) > 0, 'the simulator answered some');
  assert.equal(answered.size, answeredCalls[0]?.n, 'each answer was pushed (IN_CALL)');
  for (const r of stored) {
    assert.deepEqual(ended.get(r.id), { recipientId: r.id, state: r.state, attempts: r.attempts, lastOutcome: r.last_outcome }, r.id);
  }
});

test('a person’s action on a selection is one bulk message naming them', async () => {
  const acme = await t.tenant('bulk');
  const em = t.app.orm.em.fork();
  const campaign = await seedCampaign(em, em.getReference(Tenant, acme.tenantId), { status: CampaignStatus.PAUSED });
  await seedRecipients(em, campaign.id, 2, '+1555');
  const ids = await rows<{ id: string }>(em, 'select id::text as id from campaign_recipient where campaign_id = ?', [campaign.id]);
  const stopped = resultWhere<Change>(t.ws(acme.token), SUB, { c: campaign.id }, (d) => d.recipientChanged.bulk !== null);
  await stopped.ready;
  await t.ok(
    'mutation($c: ID!, $ids: [ID!]!) { stopRecipients(campaignId: $c, ids: $ids) { affected } }',
    { c: campaign.id, ids: ids.map((r) => r.id) },
    acme.token,
  );
  const { recipientChanged: change } = await stopped.result;
  assert.deepEqual([change.bulk, change.changedBy.kind, change.changes], [{ action: 'STOP', affected: 2 }, 'USER', []]);
});
