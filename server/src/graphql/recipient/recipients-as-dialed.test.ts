import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../../test/test-app';

// Issue 20 item 1 through the API: addRecipients honours the campaign's numberFormat like the
// file import does, and the format is fixed once the campaign has recipients.
let t: TestApp;
let token: string;
before(async () => {
  t = await startTestApp();
  ({ token } = await t.tenant('asdialed'));
});
after(async () => {
  await t.stop();
});

const CREATE = 'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id numberFormat } }';
const ADD = `mutation($c: ID!, $r: [RecipientInput!]!) { addRecipients(campaignId: $c, recipients: $r) { added } }`;
const LIST = `query($c: ID!) { recipients(campaignId: $c) { nodes { name timeZone phones { number } } } }`;

test('numberFormat defaults to E164 and can be set on create and update until recipients exist', async () => {
  const plain = await t.ok<{ createCampaign: { id: string; numberFormat: string } }>(CREATE, { i: { name: 'fmt-default' } }, token);
  assert.equal(plain.createCampaign.numberFormat, 'E164');
  const c = plain.createCampaign.id;
  const UPDATE = 'mutation($c: ID!, $i: UpdateCampaignInput!) { updateCampaign(id: $c, input: $i) { numberFormat } }';
  const updated = await t.ok<{ updateCampaign: { numberFormat: string } }>(UPDATE, { c, i: { numberFormat: 'AS_DIALED' } }, token);
  assert.equal(updated.updateCampaign.numberFormat, 'AS_DIALED');
  await t.ok(ADD, { c, r: [{ communications: [{ number: '4915112345678' }] }] }, token);
  const refused = await t.gql(UPDATE, { c, i: { numberFormat: 'E164' } }, token);
  assert.equal(refused.errors?.[0]?.extensions?.code, 'CONFLICT');
  assert.match(refused.errors![0]!.message, /has recipients; its number format is fixed/);
  const clone = await t.ok<{ cloneCampaign: { numberFormat: string } }>(
    'mutation($c: ID!) { cloneCampaign(id: $c, name: "fmt-clone") { numberFormat } }',
    { c },
    token,
  );
  assert.equal(clone.cloneCampaign.numberFormat, 'AS_DIALED');
});

test('addRecipients in AS_DIALED: kept as given, deduped as given, refused with the reason, zone only from the recipient', async () => {
  const r = await t.ok<{ createCampaign: { id: string } }>(CREATE, { i: { name: 'fmt-api', numberFormat: 'AS_DIALED' } }, token);
  const c = r.createCampaign.id;
  const added = await t.ok<{ addRecipients: { added: number } }>(
    ADD,
    {
      c,
      r: [
        { name: 'Juan', communications: [{ number: '1140637865' }, { number: '+541145678901' }], timezone: '' },
        { name: 'Hans', communications: [{ number: '4915112345678' }], timezone: 'Europe/Berlin' },
      ],
    },
    token,
  );
  assert.equal(added.addRecipients.added, 2);
  const listed = await t.ok<{ recipients: { nodes: Array<{ name: string; timeZone: string | null; phones: Array<{ number: string }> }> } }>(
    LIST,
    { c },
    token,
  );
  assert.deepEqual(
    listed.recipients.nodes.map((n) => [n.name, n.timeZone, n.phones.map((p) => p.number)]),
    [
      ['Juan', null, ['1140637865', '+541145678901']],
      ['Hans', 'Europe/Berlin', ['4915112345678']],
    ],
  );
  const zones = await t.app.orm.em
    .fork()
    .getConnection()
    .execute<Array<{ z: string[] }>>('select number_zones as z from campaign_recipient where campaign_id = ? order by id', [c]);
  assert.deepEqual(
    zones.map((z) => z.z),
    [[], []],
  );

  const dup = await t.gql(ADD, { c, r: [{ communications: [{ number: '4915112345678' }] }] }, token);
  assert.match(dup.errors?.[0]?.message ?? '', /4915112345678 is already in this campaign/);
  const bad = await t.gql(ADD, { c, r: [{ communications: [{ number: '+49 151 1234' }] }] }, token);
  assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  assert.match(
    bad.errors![0]!.message,
    /"\+49 151 1234" holds something other than digits \(as dialed: an optional leading \+ and digits only\)/,
  );
});
