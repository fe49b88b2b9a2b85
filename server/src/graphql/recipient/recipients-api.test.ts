import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../../test/test-app';
import { importFile } from '../../imports/testing/import-test-kit';

let t: TestApp;
let token: string;
before(async () => {
  t = await startTestApp();
  ({ token } = await t.tenant('rcp'));
});
after(async () => {
  await t.stop();
});

async function campaign(name: string, extra: Record<string, unknown> = {}): Promise<string> {
  const r = await t.ok<{ createCampaign: { id: string } }>(
    'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
    { i: { name, ...extra } },
    token,
  );
  return r.createCampaign.id;
}

const ADD = `mutation($c: ID!, $r: [RecipientInput!]!, $auto: Boolean, $dup: DuplicatePolicy) {
  addRecipients(campaignId: $c, recipients: $r, autoRun: $auto, onDuplicate: $dup) { added skipped campaign { status recipientCounts { total ready scheduled } } } }`;
const LIST = `query($c: ID!, $f: RecipientFilterInput, $a: String, $n: Int) { recipients(campaignId: $c, filter: $f, after: $a, first: $n) {
  nodes { id name state fields tags phones { number priority } } pageInfo { endCursor hasNextPage } } }`;

type Added = {
  addRecipients: {
    added: number;
    skipped: number;
    campaign: { status: string; recipientCounts: { total: number; ready: number; scheduled: number } };
  };
};
type Listed = {
  recipients: {
    nodes: Array<{
      id: string;
      name: string;
      state: string;
      fields: Record<string, string>;
      tags: string[];
      phones: Array<{ number: string; priority: number }>;
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

test('a Webitel-style batch is normalised, ordered and kept with its variables', async () => {
  const c = await campaign('batch');
  const r = await t.ok<Added>(
    ADD,
    {
      c,
      r: [
        {
          name: 'Ann',
          communications: [{ number: '(212) 555-0199' }, { number: '+44 20 7946 0958' }],
          variables: { CustomerCode: 'A1', vip: true },
          tags: ['gold'],
        },
        {
          name: 'Bob',
          priority: 5,
          communications: [{ number: '2125550123', priority: 1 }],
          callbackAt: new Date(Date.now() + 3600_000).toISOString(),
        },
        { name: 'Ext', communications: [{ number: '1001' }] },
      ],
    },
    token,
  );
  assert.equal(r.addRecipients.added, 3);
  assert.deepEqual(r.addRecipients.campaign.recipientCounts, { total: 3, ready: 2, scheduled: 1 });
  assert.equal(r.addRecipients.campaign.status, 'CREATED');
  const list = await t.ok<Listed>(LIST, { c }, token);
  assert.deepEqual(
    list.recipients.nodes.map((n) => n.name),
    ['Ann', 'Bob', 'Ext'],
  );
  const ann = list.recipients.nodes[0]!;
  assert.deepEqual(
    ann.phones.map((p) => p.number),
    ['+12125550199', '+442079460958'],
  );
  assert.deepEqual(ann.fields, { CustomerCode: 'A1', vip: 'true' });
  assert.deepEqual(ann.tags, ['gold']);
  assert.equal(list.recipients.nodes[1]!.state, 'SCHEDULED');
  assert.deepEqual(
    list.recipients.nodes[2]!.phones.map((p) => p.number),
    ['1001'],
  );
});

test('an invalid number rejects the whole batch, naming where, and writes nothing', async () => {
  const c = await campaign('invalid');
  const r = await t.gql(
    ADD,
    { c, r: [{ communications: [{ number: '2125550111' }] }, { communications: [{ number: '123' }, { number: 'abc' }] }] },
    token,
  );
  assert.equal(r.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  assert.equal(r.errors?.[0]?.extensions?.field, 'recipients[1].communications[1].number');
  const list = await t.ok<Listed>(LIST, { c }, token);
  assert.equal(list.recipients.nodes.length, 0);
});

test('duplicate numbers: REJECT fails the batch, SKIP counts them; across batches too', async () => {
  const c = await campaign('dups');
  const batch = [{ communications: [{ number: '2125550140' }] }, { communications: [{ number: '+1 212 555 0140' }] }];
  const rejected = await t.gql(ADD, { c, r: batch }, token);
  assert.equal(rejected.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  assert.match(rejected.errors![0]!.message, /\+12125550140.*recipients\[0\]/);
  const skipped = await t.ok<Added>(ADD, { c, r: batch, dup: 'SKIP' }, token);
  assert.deepEqual([skipped.addRecipients.added, skipped.addRecipients.skipped], [1, 1]);
  const again = await t.gql(ADD, { c, r: [{ communications: [{ number: '2125550140' }] }] }, token);
  assert.equal(again.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  assert.match(again.errors![0]!.message, /already in this campaign/);
  const list = await t.ok<Listed>(LIST, { c }, token);
  assert.equal(list.recipients.nodes.length, 1);
});

test('autoRun starts a CREATED campaign and records who started it', async () => {
  // A campaign that would do nothing on answer is refused, as a start by hand is, and nothing is added.
  const silent = await campaign('auto-silent');
  const refused = await t.gql(ADD, { c: silent, auto: true, r: [{ communications: [{ number: '2125550151' }] }] }, token);
  assert.equal(refused.errors?.[0]?.extensions?.code, 'CONFLICT');
  assert.deepEqual(refused.errors?.[0]?.extensions?.missing, ['NO_ACTIONS_OR_DESTINATION']);
  assert.equal((await t.ok<Listed>(LIST, { c: silent }, token)).recipients.nodes.length, 0);

  const c = await campaign('auto', { broadcastActions: [{ kind: 'PLAY', file: 'hello.wav' }] });
  const r = await t.ok<Added>(ADD, { c, auto: true, r: [{ communications: [{ number: '2125550150' }] }] }, token);
  assert.equal(r.addRecipients.campaign.status, 'RUNNING');
  const ev = await t.ok<{ campaignEvents: { nodes: Array<{ action: string; toStatus: string | null; configSnapshot: unknown }> } }>(
    'query($c: ID!) { campaignEvents(campaignId: $c) { nodes { action toStatus configSnapshot } } }',
    { c },
    token,
  );
  assert.deepEqual(
    ev.campaignEvents.nodes.map((e) => e.action),
    ['CREATE', 'RECIPIENTS_ADDED', 'START'],
  );
  assert.ok(ev.campaignEvents.nodes[2]!.configSnapshot, 'a start stores the configuration');
});

test('filters by state, number prefix and text; pages by cursor', async () => {
  const c = await campaign('filters');
  const r = Array.from({ length: 25 }, (_, i) => ({
    name: i % 5 === 0 ? `Zed ${i}` : `N ${i}`,
    communications: [{ number: `21255501${String(i).padStart(2, '0')}` }],
  }));
  await t.ok(ADD, { c, r }, token);
  const zed = await t.ok<Listed>(LIST, { c, f: { text: 'zed' } }, token);
  assert.equal(zed.recipients.nodes.length, 5);
  const num = await t.ok<Listed>(LIST, { c, f: { number: '1212555010' } }, token);
  assert.equal(num.recipients.nodes.length, 10);
  const ids: string[] = [];
  let a: string | null = null;
  do {
    const p: Listed = await t.ok<Listed>(LIST, { c, a, n: 10 }, token);
    ids.push(...p.recipients.nodes.map((x) => x.id));
    a = p.recipients.pageInfo.hasNextPage ? p.recipients.pageInfo.endCursor : null;
  } while (a);
  assert.equal(new Set(ids).size, 25);
  const ready = await t.ok<Listed>(LIST, { c, f: { state: ['FAILED'] } }, token);
  assert.equal(ready.recipients.nodes.length, 0);
});

test('stop, reactivate and add attempts move only the states they apply to; a finished campaign reopens', async () => {
  const c = await campaign('actions');
  await t.ok(ADD, { c, r: [1, 2, 3, 4].map((i) => ({ name: `r${i}`, communications: [{ number: `212555017${i}` }] })) }, token);
  const list = await t.ok<Listed>(LIST, { c }, token);
  const [a, b, d, e] = list.recipients.nodes.map((n) => n.id) as [string, string, string, string];
  // Put the campaign and recipients where a dialer would leave them.
  const conn = t.app.orm.em.getConnection();
  await conn.execute("update campaign set status = 'INCOMPLETE' where id = ?", [c]);
  await conn.execute("update campaign_recipient set state = 'FAILED', attempts = 5 where id in (?, ?)", [a, b]);
  await conn.execute("update campaign_recipient set state = 'CONTACTED', attempts = 1 where id = ?", [d]);
  const stop = await t.ok<{ stopRecipients: { affected: number } }>(
    'mutation($c: ID!, $ids: [ID!]!) { stopRecipients(campaignId: $c, ids: $ids) { affected } }',
    { c, ids: [a, e] },
    token,
  );
  assert.equal(stop.stopRecipients.affected, 1, 'only the READY one stops; FAILED is final');
  const add = await t.ok<{ addAttempts: { affected: number; campaign: { status: string } } }>(
    'mutation($c: ID!) { addAttempts(campaignId: $c, allFailed: true, attempts: 2) { affected campaign { status } } }',
    { c },
    token,
  );
  assert.equal(add.addAttempts.affected, 2);
  assert.equal(add.addAttempts.campaign.status, 'RUNNING');
  const rows = await conn.execute<Array<{ id: string; state: string; extra_attempts: number }>>(
    'select id::text, state, extra_attempts from campaign_recipient where campaign_id = ? order by id',
    [c],
  );
  assert.deepEqual(
    rows.map((r) => [r.state, r.extra_attempts]),
    [
      ['READY', 2],
      ['READY', 2],
      ['CONTACTED', 0],
      ['STOPPED', 0],
    ],
  );
  const re = await t.ok<{ reactivateRecipients: { affected: number } }>(
    'mutation($c: ID!, $ids: [ID!]!) { reactivateRecipients(campaignId: $c, ids: $ids) { affected } }',
    { c, ids: [d, e] },
    token,
  );
  assert.equal(re.reactivateRecipients.affected, 2);
});

test('purge deletes never-called pending recipients and stops called ones; delete all needs a non-running campaign', async () => {
  const c = await campaign('purge');
  await t.ok(ADD, { c, r: [1, 2, 3].map((i) => ({ communications: [{ number: `212555018${i}` }] })) }, token);
  const conn = t.app.orm.em.getConnection();
  const [first] = await conn.execute<Array<{ id: string }>>(
    'select id::text from campaign_recipient where campaign_id = ? order by id limit 1',
    [c],
  );
  await conn.execute(
    `insert into call_attempt (call_id, campaign_id, recipient_id, attempt_number, number, created_at, abandoned, counted)
    values (gen_random_uuid(), ?, ?, 1, '+12125550181', now(), false, true)`,
    [c, first!.id],
  );
  await conn.execute("update campaign_recipient set state = 'RETRY_WAIT', attempts = 1 where id = ?", [first!.id]);
  const p = await t.ok<{ purgePendingRecipients: { affected: number; campaign: { recipientCounts: { total: number } } } }>(
    'mutation($c: ID!) { purgePendingRecipients(campaignId: $c) { affected campaign { recipientCounts { total } } } }',
    { c },
    token,
  );
  assert.equal(p.purgePendingRecipients.affected, 3);
  assert.equal(p.purgePendingRecipients.campaign.recipientCounts.total, 1, 'the called one stays, STOPPED, with its attempt');
  await conn.execute("update campaign set status = 'RUNNING' where id = ?", [c]);
  const refused = await t.gql('mutation($c: ID!) { deleteAllRecipients(campaignId: $c) { affected } }', { c }, token);
  assert.equal(refused.errors?.[0]?.extensions?.code, 'CONFLICT');
  await conn.execute("update campaign set status = 'CANCELLED' where id = ?", [c]);
  const del = await t.ok<{ deleteAllRecipients: { affected: number } }>(
    'mutation($c: ID!) { deleteAllRecipients(campaignId: $c) { affected } }',
    { c },
    token,
  );
  assert.equal(del.deleteAllRecipients.affected, 1);
});

test('addRecipients takes the member body a JSON import file takes: "" is none, a Unix timestamp is a date; refusals alike', async () => {
  const member = {
    externalId: '',
    name: 'Eve',
    timezone: '',
    expireAt: '',
    notBefore: 1893456000,
    callbackExtension: '',
    communications: [{ number: '2125550701' }],
  };
  const c = await campaign('member-shape');
  await t.ok(ADD, { c, r: [member] }, token);
  const fromFile = await campaign('member-shape-file');
  const job = await importFile(t, token, JSON.stringify([member]), { campaignId: fromFile }, {}, 'members.json');
  assert.deepEqual([job.status, job.imported], ['COMPLETED', 1]);
  const shape = `query($c: ID!) { recipients(campaignId: $c, first: 5) { nodes { externalId name timeZone expireAt notBefore callbackExtension phones { number } } } }`;
  type Shape = { recipients: { nodes: Array<Record<string, unknown>> } };
  const api = (await t.ok<Shape>(shape, { c }, token)).recipients.nodes;
  const file = (await t.ok<Shape>(shape, { c: fromFile }, token)).recipients.nodes;
  assert.deepEqual(api, [
    {
      externalId: null,
      name: 'Eve',
      timeZone: null,
      expireAt: null,
      notBefore: '2030-01-01T00:00:00.000Z',
      callbackExtension: null,
      phones: [{ number: '+12125550701' }],
    },
  ]);
  assert.deepEqual(file, api, 'the file import and addRecipients read the same body the same way');
  // A date that is none of the accepted forms is refused by both, with the same hint.
  const bad = await t.gql(ADD, { c, r: [{ ...member, notBefore: 'next tuesday' }] }, token);
  assert.match(bad.errors?.[0]?.message ?? '', /must be an ISO 8601 date or a Unix timestamp/);
  const badFile = await importFile(
    t,
    token,
    JSON.stringify([{ ...member, notBefore: 'next tuesday' }]),
    { campaignId: fromFile },
    {},
    'm.json',
  );
  assert.match(JSON.stringify(badFile), /must be an ISO 8601 date or a Unix timestamp/);
});
