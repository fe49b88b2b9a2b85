import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestApp, type TestApp } from '../../test/test-app';

/** Issue 20 item 6 through the API: the accountcode of campaigns, lists and the tenant, its filter and its rule. */
let t: TestApp;
let token: string;
before(async () => {
  t = await startTestApp();
  ({ token } = await t.tenant('accountcode'));
});
after(async () => {
  await t.stop();
});

interface Read {
  id: string;
  name: string;
  accountcode: string | null;
}

test('set, cloned, filtered with the tenant default, cleared; lists and settings carry one too', async () => {
  await t.ok('mutation { updateSettings(input: { accountcode: "T-1" }) { accountcode } }', {}, token);
  const made = await t.ok<{ createCampaign: Read }>(
    'mutation { createCampaign(input: { name: "billed", accountcode: "ACC-9" }) { id name accountcode } }',
    {},
    token,
  );
  assert.equal(made.createCampaign.accountcode, 'ACC-9');
  await t.ok('mutation { createCampaign(input: { name: "plain" }) { id } }', {}, token);
  const clone = await t.ok<{ cloneCampaign: Read }>(
    'mutation($id: ID!) { cloneCampaign(id: $id, name: "billed2") { id name accountcode } }',
    { id: made.createCampaign.id },
    token,
  );
  assert.equal(clone.cloneCampaign.accountcode, 'ACC-9');
  const names = async (code: string): Promise<string[]> =>
    (
      await t.ok<{ campaigns: { nodes: Read[] } }>(
        'query($c: String) { campaigns(filter: { accountcode: $c }) { nodes { name } } }',
        { c: code },
        token,
      )
    ).campaigns.nodes
      .map((c) => c.name)
      .sort();
  assert.deepEqual(await names('ACC-9'), ['billed', 'billed2']);
  assert.deepEqual(await names('T-1'), ['plain']);
  const stats = await t.ok<{ campaignStatistics: { campaigns: Read[] } }>(
    '{ campaignStatistics(filter: { accountcode: "T-1" }) { campaigns { name } } }',
    {},
    token,
  );
  assert.deepEqual(
    stats.campaignStatistics.campaigns.map((c) => c.name),
    ['plain'],
  );
  const cleared = await t.ok<{ updateCampaign: Read }>(
    'mutation($id: ID!) { updateCampaign(id: $id, input: { accountcode: null }) { id accountcode } }',
    { id: clone.cloneCampaign.id },
    token,
  );
  assert.equal(cleared.updateCampaign.accountcode, null);
  assert.deepEqual(await names('T-1'), ['billed2', 'plain']);
  const list = await t.ok<{ createRecipientList: Read }>(
    'mutation { createRecipientList(input: { name: "l", accountcode: "L.1" }) { id name accountcode } }',
    {},
    token,
  );
  assert.equal(list.createRecipientList.accountcode, 'L.1');
  const settings = await t.ok<{ updateSettings: { accountcode: string | null } }>(
    'mutation { updateSettings(input: { accountcode: "" }) { accountcode } }',
    {},
    token,
  );
  assert.equal(settings.updateSettings.accountcode, null);
});

test('a code FreeSWITCH could misread is BAD_USER_INPUT naming the field and the rule, and nothing is written', async () => {
  for (const bad of ['a b', 'x,y', '${x}', 'a}b', 'x'.repeat(65), '']) {
    const r = await t.gql('mutation($c: String) { createCampaign(input: { name: "bad", accountcode: $c }) { id } }', { c: bad }, token);
    assert.equal(r.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', bad);
    assert.match(r.errors?.[0]?.message ?? '', /accountcode/, bad);
  }
  const r = await t.gql('mutation { createRecipientList(input: { name: "bad", accountcode: "two words" }) { id } }', {}, token);
  assert.match(r.errors?.[0]?.message ?? '', /accountcode.*letters, digits and _ \. - only/);
  const list = await t.ok<{ campaigns: { nodes: Read[] } }>('{ campaigns { nodes { name } } }', {}, token);
  assert.ok(!list.campaigns.nodes.some((c) => c.name === 'bad'));
});
