import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../../test/test-app';

/** Issue 19 item 8 over the API: Recipient.waitingReason and Campaign.waitingBreakdown. */
let t: TestApp;
let token: string;
before(async () => {
  t = await startTestApp();
  ({ token } = await t.tenant('why'));
});
after(async () => {
  await t.stop();
});

type Listed = {
  recipients: { nodes: Array<{ name: string; waitingReason: { reason: string; until: string | null; zone: string | null } | null }> };
  campaign: { waitingBreakdown: Array<{ reason: string; count: number; nextAt: string | null }> };
};

test('each recipient says why it is not called, with its time; the campaign counts them by reason', async () => {
  const { createCampaign } = await t.ok<{ createCampaign: { id: string } }>(
    'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
    { i: { name: 'why' } },
    token,
  );
  const c = createCampaign.id;
  const later = new Date(Date.now() + 3_600_000).toISOString();
  const callback = new Date(Date.now() + 7_200_000).toISOString();
  await t.ok(
    `mutation($c: ID!, $r: [RecipientInput!]!) { addRecipients(campaignId: $c, recipients: $r) { added } }`,
    {
      c,
      r: [
        { name: 'Now', communications: [{ number: '+12125550101' }] },
        { name: 'Later', communications: [{ number: '+12125550102' }], notBefore: later },
        { name: 'Callback', communications: [{ number: '+12125550103' }], callbackAt: callback },
      ],
    },
    token,
  );
  const r = await t.ok<Listed>(
    `query($c: ID!) {
      recipients(campaignId: $c, first: 10) { nodes { name waitingReason { reason until zone } } }
      campaign(id: $c) { waitingBreakdown { reason count nextAt } } }`,
    { c },
    token,
  );
  const byName = Object.fromEntries(r.recipients.nodes.map((n) => [n.name, n.waitingReason]));
  // A CREATED campaign: the one dialable recipient waits for the campaign itself.
  assert.deepEqual(byName.Now, { reason: 'CAMPAIGN_NOT_RUNNING', until: null, zone: null });
  assert.deepEqual(byName.Later, { reason: 'NOT_BEFORE', until: later, zone: null });
  assert.deepEqual(byName.Callback, { reason: 'CALLBACK', until: callback, zone: null });
  assert.deepEqual(r.campaign.waitingBreakdown, [
    { reason: 'CALLBACK', count: 1, nextAt: callback },
    { reason: 'NOT_BEFORE', count: 1, nextAt: later },
    { reason: 'CAMPAIGN_NOT_RUNNING', count: 1, nextAt: null },
  ]);
});
