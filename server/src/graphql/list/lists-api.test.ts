import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
let token: string;
let other: string;
before(async () => {
  t = await startTestApp();
  ({ token } = await t.tenant('lists'));
  ({ token: other } = await t.tenant('lists-other'));
});
after(async () => {
  await t.stop();
});

const member = (name: string, ...numbers: string[]) => ({
  name,
  communications: numbers.map((number) => ({ number })),
  variables: { Code: name.toUpperCase() },
});

async function newList(name: string, tk = token): Promise<string> {
  return (
    await t.ok<{ createRecipientList: { id: string } }>(
      'mutation($n: String!) { createRecipientList(input: { name: $n }) { id } }',
      { n: name },
      tk,
    )
  ).createRecipientList.id;
}
async function newCampaign(name: string): Promise<string> {
  return (
    await t.ok<{ createCampaign: { id: string } }>(
      'mutation($n: String!) { createCampaign(input: { name: $n }) { id } }',
      { n: name },
      token,
    )
  ).createCampaign.id;
}
const ADD = 'mutation($l: ID!, $r: [RecipientInput!]!) { addContacts(listId: $l, recipients: $r) { added skipped } }';
const ATTACH =
  'mutation($c: ID!, $l: ID!, $d: DuplicatePolicy) { attachList(campaignId: $c, listId: $l, onDuplicate: $d) { added skipped campaign { recipientCounts { total } } } }';
type Attach = { attachList: { added: number; skipped: number; campaign: { recipientCounts: { total: number } } } };

test('a list is filled by JSON batches in order and copied into a campaign in list order', async () => {
  const l = await newList('customers');
  await t.ok(ADD, { l, r: [member('ann', '2125550101'), member('bob', '2125550102', '2125550103')] }, token);
  await t.ok(ADD, { l, r: [member('cy', '2125550104')] }, token);
  const lists = await t.ok<{ recipientLists: Array<{ name: string; contactCount: number; status: string }> }>(
    '{ recipientLists { name contactCount status } }',
    {},
    token,
  );
  assert.deepEqual(lists.recipientLists, [{ name: 'customers', contactCount: 3, status: 'ACTIVE' }]);
  const c = await newCampaign('from list');
  const r = await t.ok<Attach>(ATTACH, { c, l }, token);
  assert.deepEqual([r.attachList.added, r.attachList.skipped, r.attachList.campaign.recipientCounts.total], [3, 0, 3]);
  const rec = await t.ok<{
    recipients: { nodes: Array<{ name: string; fields: Record<string, string>; phones: Array<{ number: string }> }> };
  }>('query($c: ID!) { recipients(campaignId: $c) { nodes { name fields phones { number } } } }', { c }, token);
  assert.deepEqual(
    rec.recipients.nodes.map((n) => [n.name, n.phones.map((p) => p.number), n.fields.Code]),
    [
      ['ann', ['+12125550101'], 'ANN'],
      ['bob', ['+12125550102', '+12125550103'], 'BOB'],
      ['cy', ['+12125550104'], 'CY'],
    ],
  );
});

test('attaching twice: SKIP leaves duplicates out; REJECT fails and adds nothing', async () => {
  const l = await newList('twice');
  await t.ok(ADD, { l, r: [member('a', '2125550111'), member('b', '2125550112')] }, token);
  const c = await newCampaign('twice');
  await t.ok(ADD.replace('addContacts(listId: $l', 'addContacts(listId: $l'), { l, r: [member('c', '2125550113')] }, token);
  await t.ok(
    'mutation($c: ID!) { addRecipients(campaignId: $c, recipients: [{ communications: [{ number: "2125550112" }] }]) { added } }',
    { c },
    token,
  );
  const rejected = await t.gql<Attach>(ATTACH, { c, l, d: 'REJECT' }, token);
  assert.equal(rejected.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  assert.match(rejected.errors![0]!.message, /\+12125550112/);
  const skipped = await t.ok<Attach>(ATTACH, { c, l, d: 'SKIP' }, token);
  assert.deepEqual([skipped.attachList.added, skipped.attachList.skipped, skipped.attachList.campaign.recipientCounts.total], [2, 1, 3]);
  const again = await t.ok<Attach>(ATTACH, { c, l }, token);
  assert.deepEqual([again.attachList.added, again.attachList.skipped], [0, 3]);
});

test('a DISABLED list cannot be attached; names are unique; another tenant sees nothing', async () => {
  const l = await newList('off');
  await t.ok('mutation($l: ID!) { updateRecipientList(id: $l, input: { status: DISABLED }) { status } }', { l }, token);
  const c = await newCampaign('off');
  const r = await t.gql(ATTACH, { c, l }, token);
  assert.equal(r.errors?.[0]?.extensions?.code, 'CONFLICT');
  const dup = await t.gql('mutation { createRecipientList(input: { name: "off" }) { id } }', {}, token);
  assert.equal(dup.errors?.[0]?.extensions?.code, 'CONFLICT');
  for (const q of [
    'query($l: ID!) { recipientList(id: $l) { id } }',
    'query($l: ID!) { contacts(listId: $l) { nodes { id } } }',
    'mutation($l: ID!) { deleteRecipientList(id: $l) }',
    'mutation($l: ID!) { updateRecipientList(id: $l, input: { name: "x" }) { id } }',
  ]) {
    const x = await t.gql(q, { l }, other);
    assert.equal(x.errors?.[0]?.extensions?.code, 'NOT_FOUND', q);
  }
  const x = await t.gql(ADD, { l, r: [member('z', '2125550119')] }, other);
  assert.equal(x.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  const theirs = await t.ok<{ recipientLists: unknown[] }>('{ recipientLists { id } }', {}, other);
  assert.equal(theirs.recipientLists.length, 0);
});

test('contacts page in list order; a bad number in a batch fails it whole', async () => {
  const l = await newList('paged');
  await t.ok(ADD, { l, r: Array.from({ length: 7 }, (_, i) => member(`m${i}`, `21255502${String(i).padStart(2, '0')}`)) }, token);
  const first = await t.ok<{ contacts: { nodes: Array<{ phones: Array<{ number: string; priority: number; stopped: boolean }> }> } }>(
    'query($l: ID!) { contacts(listId: $l, first: 1) { nodes { phones { number priority stopped } } } }',
    { l },
    token,
  );
  assert.deepEqual(first.contacts.nodes[0]!.phones, [{ number: '+12125550200', priority: 1, stopped: false }]);
  const names: string[] = [];
  let after: string | null = null;
  do {
    const p: { contacts: { nodes: Array<{ name: string }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } } } = await t.ok(
      'query($l: ID!, $a: String) { contacts(listId: $l, first: 3, after: $a) { nodes { name } pageInfo { endCursor hasNextPage } } }',
      { l, a: after },
      token,
    );
    names.push(...p.contacts.nodes.map((n) => n.name));
    after = p.contacts.pageInfo.hasNextPage ? p.contacts.pageInfo.endCursor : null;
  } while (after);
  assert.deepEqual(names, ['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6']);
  const bad = await t.gql(ADD, { l, r: [member('ok', '2125550299'), member('bad', 'call-me-maybe')] }, token);
  assert.equal(bad.errors?.[0]?.extensions?.field, 'recipients[1].communications[0].number');
  const count = await t.ok<{ recipientList: { contactCount: number } }>(
    'query($l: ID!) { recipientList(id: $l) { contactCount } }',
    { l },
    token,
  );
  assert.equal(count.recipientList.contactCount, 7);
});
