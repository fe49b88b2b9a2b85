import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../../test/test-app';
import { importFile } from '../../imports/testing/import-test-kit';

// Issue 20 item 7: templates as the Kalliope document has them, over the API.
let t: TestApp;
let token: string;
before(async () => {
  t = await startTestApp();
  ({ token } = await t.tenant('tpl20'));
});
after(async () => {
  await t.stop();
});

const CREATE = 'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id isTemplate templateEnabled } }';
const CLONE = 'mutation($id: ID!, $n: String) { cloneCampaign(id: $id, name: $n) { id name isTemplate template { id name } } }';
const UPDATE = 'mutation($id: ID!, $i: UpdateCampaignInput!) { updateCampaign(id: $id, input: $i) { id templateEnabled } }';
type Clone = { cloneCampaign: { id: string; name: string; isTemplate: boolean; template: { id: string; name: string } | null } };
type Recipient = {
  name: string;
  state: string;
  attempts: number;
  callbackAt: string | null;
  fields: Record<string, string>;
  phones: Array<{ number: string }>;
};

async function template(name: string): Promise<string> {
  const r = await t.ok<{ createCampaign: { id: string; isTemplate: boolean; templateEnabled: boolean } }>(
    CREATE,
    { i: { name, isTemplate: true } },
    token,
  );
  assert.deepEqual([r.createCampaign.isTemplate, r.createCampaign.templateEnabled], [true, true], 'a new template is enabled');
  return r.createCampaign.id;
}

async function recipients(campaignId: string): Promise<Recipient[]> {
  const r = await t.ok<{ recipients: { nodes: Recipient[] } }>(
    'query($c: ID!) { recipients(campaignId: $c, first: 100) { nodes { name state attempts callbackAt fields phones { number } } } }',
    { c: campaignId },
    token,
  );
  return r.recipients.nodes;
}

test('a disabled template creates no campaign (CONFLICT naming it); enabled again, it does', async () => {
  const id = await template('Winter tpl');
  const off = await t.ok<{ updateCampaign: { templateEnabled: boolean } }>(UPDATE, { id, i: { templateEnabled: false } }, token);
  assert.equal(off.updateCampaign.templateEnabled, false);
  const refused = await t.gql(CLONE, { id, n: 'winter 1' }, token);
  assert.equal(refused.errors?.[0]?.extensions?.code, 'CONFLICT');
  assert.match(refused.errors?.[0]?.message ?? '', /Template "Winter tpl" is disabled/);
  const listed = await t.ok<{ campaigns: { nodes: Array<{ name: string }> } }>('{ campaigns(first: 100) { nodes { name } } }', {}, token);
  assert.ok(!listed.campaigns.nodes.some((c) => c.name === 'winter 1'), 'nothing was created');
  await t.ok(UPDATE, { id, i: { templateEnabled: true } }, token);
  const made = await t.ok<Clone>(CLONE, { id, n: 'winter 1' }, token);
  assert.equal(made.cloneCampaign.isTemplate, false);
});

test('templateEnabled is a template setting: BAD_USER_INPUT on a campaign', async () => {
  const r = await t.gql(CREATE, { i: { name: 'not a tpl', templateEnabled: false } }, token);
  assert.equal(r.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  assert.equal(r.errors?.[0]?.extensions?.field, 'templateEnabled');
});

test('a template holds recipients (addRecipients and a file import); a campaign created from it copies them fresh, in order', async () => {
  const id = await template('Spring tpl');
  const callback = new Date(Date.now() + 86_400_000).toISOString();
  await t.ok(
    `mutation($c: ID!, $cb: RecipientDate) { addRecipients(campaignId: $c, recipients: [
       { name: "Ann", communications: [{ number: "2125550101" }, { number: "2125550102" }], variables: { code: "A1" } },
       { name: "Bob", callbackAt: $cb, communications: [{ number: "2125550103" }] }
     ]) { added } }`,
    { c: id, cb: callback },
    token,
  );
  const job = await importFile(t, token, 'number,name\n2125550104,Cid\n', { campaignId: id });
  assert.deepEqual([job.status, job.imported], ['COMPLETED', 1], JSON.stringify(job));
  const held = await recipients(id);
  assert.equal(held.length, 3);
  assert.equal(held.find((r) => r.name === 'Bob')?.state, 'SCHEDULED', 'the template keeps what it was given');
  const autoRun = await t.gql(
    'mutation($c: ID!) { addRecipients(campaignId: $c, autoRun: true, recipients: [{ communications: [{ number: "2125550105" }] }]) { added } }',
    { c: id },
    token,
  );
  assert.equal(autoRun.errors?.[0]?.extensions?.code, 'CONFLICT', 'a template is never dialed');

  // A stop is an exclusion, not progress: it is copied (as DNC is).
  const dee = await t.ok<{ addRecipients: { added: number } }>(
    'mutation($c: ID!) { addRecipients(campaignId: $c, recipients: [{ name: "Dee", communications: [{ number: "2125550106" }] }]) { added } }',
    { c: id },
    token,
  );
  assert.equal(dee.addRecipients.added, 1);
  const ids = await t.ok<{ recipients: { nodes: Array<{ id: string; name: string }> } }>(
    'query($c: ID!) { recipients(campaignId: $c, first: 100) { nodes { id name } } }',
    { c: id },
    token,
  );
  const deeId = ids.recipients.nodes.find((r) => r.name === 'Dee')?.id;
  await t.ok('mutation($c: ID!, $ids: [ID!]!) { stopRecipients(campaignId: $c, ids: $ids) { affected } }', { c: id, ids: [deeId] }, token);

  const made = await t.ok<Clone>(CLONE, { id, n: 'spring 1' }, token);
  const copied = await recipients(made.cloneCampaign.id);
  assert.deepEqual(
    copied.map((r) => [r.name, r.state, r.attempts, r.callbackAt, r.phones.map((p) => p.number)]),
    [
      ['Ann', 'READY', 0, null, ['+12125550101', '+12125550102']],
      ['Bob', 'READY', 0, null, ['+12125550103']],
      ['Cid', 'READY', 0, null, ['+12125550104']],
      ['Dee', 'STOPPED', 0, null, ['+12125550106']],
    ],
  );
  assert.equal(copied[0]?.fields.code, 'A1');
  assert.equal((await recipients(id)).length, 4, 'the template keeps its recipients');
  const counts = await t.ok<{ campaign: { recipientCounts: { total: number } } }>(
    'query($id: ID!) { campaign(id: $id) { recipientCounts { total } } }',
    { id: made.cloneCampaign.id },
    token,
  );
  assert.equal(counts.campaign.recipientCounts.total, 4, 'the counters see the copies');
  // A second campaign from the same template gets its own copies (a number is once per campaign, not per tenant).
  const again = await t.ok<Clone>(CLONE, { id, n: 'spring 2' }, token);
  assert.equal((await recipients(again.cloneCampaign.id)).length, 4);
});

test('a campaign shows the template it came from; a plain clone or a new campaign shows none', async () => {
  const id = await template('Summer tpl');
  const made = await t.ok<Clone>(CLONE, { id, n: 'summer 1' }, token);
  assert.deepEqual(made.cloneCampaign.template, { id, name: 'Summer tpl' });
  const read = await t.ok<{ campaign: { template: { id: string; name: string } | null } }>(
    'query($id: ID!) { campaign(id: $id) { template { id name } } }',
    { id: made.cloneCampaign.id },
    token,
  );
  assert.deepEqual(read.campaign.template, { id, name: 'Summer tpl' });
  const plain = await t.ok<Clone>(CLONE, { id: made.cloneCampaign.id, n: 'summer 1 copy' }, token);
  assert.equal(plain.cloneCampaign.template, null);
});

test('deleting a template campaigns came from needs force: CONFLICT naming them; forced, they keep their template', async () => {
  const id = await template('Autumn tpl');
  const a = await t.ok<Clone>(CLONE, { id, n: 'autumn A' }, token);
  await t.ok<Clone>(CLONE, { id, n: 'autumn B' }, token);
  const c = await t.ok<Clone>(CLONE, { id, n: 'autumn C' }, token);
  await t.ok('mutation($id: ID!) { deleteCampaign(id: $id) { id } }', { id: c.cloneCampaign.id }, token);
  const warned = await t.gql('mutation($id: ID!) { deleteCampaign(id: $id) { id } }', { id }, token);
  const err = warned.errors?.[0];
  assert.equal(err?.extensions?.code, 'CONFLICT');
  assert.match(err?.message ?? '', /Template "Autumn tpl" was used to create 2 campaign\(s\): "autumn A", "autumn B"; pass force: true/);
  assert.deepEqual(
    (err?.extensions?.campaigns as Array<{ name: string }>).map((x) => x.name),
    ['autumn A', 'autumn B'],
    'deleted campaigns are not named',
  );
  const still = await t.ok<{ campaign: { id: string } | null }>('query($id: ID!) { campaign(id: $id) { id } }', { id }, token);
  assert.ok(still.campaign, 'the template was not deleted');
  await t.ok('mutation($id: ID!) { deleteCampaign(id: $id, force: true) { id } }', { id }, token);
  const gone = await t.gql<{ campaign: { id: string } | null }>('query($id: ID!) { campaign(id: $id) { id } }', { id }, token);
  assert.ok(!gone.data?.campaign, 'the template is deleted');
  const kept = await t.ok<{ campaign: { template: { name: string } | null } }>(
    'query($id: ID!) { campaign(id: $id) { template { name } } }',
    { id: a.cloneCampaign.id },
    token,
  );
  assert.equal(kept.campaign.template?.name, 'Autumn tpl');
  // A template nothing came from is deleted without force.
  const unused = await template('Unused tpl');
  await t.ok('mutation($id: ID!) { deleteCampaign(id: $id) { id } }', { id: unused }, token);
});
