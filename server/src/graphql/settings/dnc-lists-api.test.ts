import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../../test/test-app';
import { assertError } from './settings-test-kit';

// Issue 18 item 3 at the API: a campaign chooses its DNC lists (validated), the lists are
// listed, and a call result puts the called number on a list.
let t: TestApp;
let token: string;
let tenantId: string;
before(async () => {
  t = await startTestApp();
  ({ token, tenantId } = await t.tenant('acme'));
  await t.ok(
    'mutation($i: AddDncNumbersInput!) { addDncNumbers(input: $i) { added } }',
    {
      i: { numbers: ['+12125550100', '+12125550101'], listName: 'complaints' },
    },
    token,
  );
});
after(async () => {
  await t.stop();
});

const CREATE = 'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id dncLists } }';
const UPDATE = 'mutation($id: ID!, $i: UpdateCampaignInput!) { updateCampaign(id: $id, input: $i) { id dncLists } }';

test('a campaign chooses which DNC lists apply: names of the tenant, null for all; unknown names are refused by name', async () => {
  const all = await t.ok<{ createCampaign: { id: string; dncLists: string[] | null } }>(CREATE, { i: { name: 'all lists' } }, token);
  assert.equal(all.createCampaign.dncLists, null, 'default: every list');

  const bad = assertError(await t.gql(CREATE, { i: { name: 'typo', dncLists: ['complaint'] } }, token), 'BAD_USER_INPUT', 'dncLists');
  assert.match(bad.message, /no DNC list "complaint" in this tenant; its lists are "complaints", "default"/);

  const some = await t.ok<{ createCampaign: { id: string; dncLists: string[] } }>(
    CREATE,
    { i: { name: 'complaints only', dncLists: [' complaints ', 'complaints'] } },
    token,
  );
  assert.deepEqual(some.createCampaign.dncLists, ['complaints'], 'trimmed and once');
  const id = some.createCampaign.id;
  assert.deepEqual(
    (await t.ok<{ updateCampaign: { dncLists: string[] } }>(UPDATE, { id, i: { dncLists: ['default'] } }, token)).updateCampaign.dncLists,
    ['default'],
  );
  assertError(await t.gql(UPDATE, { id, i: { dncLists: ['nope'] } }, token), 'BAD_USER_INPUT', 'dncLists');
  assert.equal(
    (await t.ok<{ updateCampaign: { dncLists: null } }>(UPDATE, { id, i: { dncLists: null } }, token)).updateCampaign.dncLists,
    null,
  );

  // A chosen list emptied since stays a valid choice of that campaign (its form saves it again), not of a new one.
  await t.ok(
    'mutation($i: AddDncNumbersInput!) { addDncNumbers(input: $i) { added } }',
    { i: { numbers: ['+12125550199'], listName: 'temp' } },
    token,
  );
  await t.ok(UPDATE, { id, i: { dncLists: ['temp', 'complaints'] } }, token);
  await t.ok('mutation { removeDncNumbers(numbers: ["+12125550199"], listName: "temp") }', {}, token);
  const kept = await t.ok<{ updateCampaign: { dncLists: string[] } }>(
    UPDATE,
    { id, i: { name: 'renamed', dncLists: ['temp', 'complaints'] } },
    token,
  );
  assert.deepEqual(kept.updateCampaign.dncLists, ['temp', 'complaints']);
  assertError(await t.gql(CREATE, { i: { name: 'emptied', dncLists: ['temp'] } }, token), 'BAD_USER_INPUT', 'dncLists');
  await t.ok(UPDATE, { id, i: { dncLists: null } }, token);

  assertError(await t.gql(UPDATE, { id, i: { dncLists: [] } }, token), 'BAD_USER_INPUT', 'dncLists');

  // Another tenant's list is not one of this tenant's.
  const other = await t.tenant('globex');
  await t.ok(
    'mutation($i: AddDncNumbersInput!) { addDncNumbers(input: $i) { added } }',
    { i: { numbers: ['+13125550100'], listName: 'theirs' } },
    other.token,
  );
  assertError(await t.gql(CREATE, { i: { name: 'theirs', dncLists: ['theirs'] } }, token), 'BAD_USER_INPUT', 'dncLists');
});

test("dncLists lists the tenant's lists with their sizes; default is always there", async () => {
  const r = await t.ok<{ dncLists: Array<{ name: string; entries: number }> }>('{ dncLists { name entries } }', {}, token);
  assert.deepEqual(r.dncLists, [
    { name: 'complaints', entries: 2 },
    { name: 'default', entries: 0 },
  ]);
});

const REPORT = `mutation($c: ID!, $r: CallResultInput!) { reportCallResult(callId: $c, result: $r) { id state } }`;

/** A recipient of a new campaign with one attempt on `number`; the call's id. */
async function callTo(number: string): Promise<string> {
  const campaignId = (await t.ok<{ createCampaign: { id: string } }>(CREATE, { i: { name: `c-${number}` } }, token)).createCampaign.id;
  const em = t.app.orm.em.fork();
  const [r] = await em.execute<Array<{ id: string }>>(
    `insert into campaign_recipient (campaign_id, name, fields, tags, attempts, created_at, updated_at)
     values (?, 'Ann', '{}'::jsonb, '{}', 1, now(), now()) returning id`,
    [campaignId],
  );
  await em.execute('insert into recipient_phone (recipient_id, campaign_id, number, priority, stopped) values (?, ?, ?, 0, false)', [
    r?.id,
    campaignId,
    number,
  ]);
  const callId = randomUUID();
  await em.execute(
    'insert into call_attempt (call_id, campaign_id, recipient_id, attempt_number, number, created_at) values (?, ?, ?, 1, ?, now())',
    [callId, campaignId, r?.id, number],
  );
  return callId;
}

async function entries(number: string): Promise<Array<{ list_name: string; expires_at: Date | null; reason: string | null }>> {
  return t.app.orm.em
    .fork()
    .execute('select list_name, expires_at, reason from dnc_entry where tenant_id = ? and number = ? order by list_name', [
      tenantId,
      number,
    ]);
}

test('reportCallResult puts the called number on a DNC list of the tenant; an unknown list is refused and nothing is written', async () => {
  const callId = await callTo('+14155550123');
  const bad = assertError(
    await t.gql(REPORT, { c: callId, r: { success: false, addToDncList: 'complain' } }, token),
    'BAD_USER_INPUT',
    'addToDncList',
  );
  assert.match(bad.message, /no DNC list "complain"/);
  assert.deepEqual(await entries('+14155550123'), []);
  const [recipient] = await t.app.orm.em
    .fork()
    .execute<Array<{ state: string }>>(
      'select state from campaign_recipient where id = (select recipient_id from call_attempt where call_id = ?)',
      [callId],
    );
  assert.equal(recipient?.state, 'READY', 'the refused result changed nothing');

  const ok = await t.ok<{ reportCallResult: { state: string } }>(
    REPORT,
    { c: callId, r: { success: false, addToDncList: 'complaints' } },
    token,
  );
  assert.notEqual(ok.reportCallResult.state, 'READY');
  const listed = await entries('+14155550123');
  assert.deepEqual(
    listed.map((e) => [e.list_name, e.expires_at]),
    [['complaints', null]],
  );
  assert.match(listed[0]?.reason ?? '', new RegExp(callId));

  // Already listed with an expiry: reporting again makes it permanent, still one entry.
  await t.app.orm.em.fork().execute("update dnc_entry set expires_at = now() + interval '1 day' where number = ?", ['+14155550123']);
  await t.ok(REPORT, { c: callId, r: { comment: 'again', addToDncList: 'complaints' } }, token);
  assert.deepEqual(
    (await entries('+14155550123')).map((e) => [e.list_name, e.expires_at]),
    [['complaints', null]],
  );
  const isDnc = await t.ok<{ isDnc: boolean }>(
    'query($n: String!, $l: String) { isDnc(number: $n, listName: $l) }',
    {
      n: '+14155550123',
      l: 'complaints',
    },
    token,
  );
  assert.equal(isDnc.isDnc, true);
});

test("Phone.dnc says which of a recipient's numbers the dialer skips: its campaign's lists, entries in force", async () => {
  const c = (await t.ok<{ createCampaign: { id: string } }>(CREATE, { i: { name: 'phones', dncLists: ['complaints'] } }, token))
    .createCampaign.id;
  const em = t.app.orm.em.fork();
  const [r] = await em.execute<Array<{ id: string }>>(
    `insert into campaign_recipient (campaign_id, name, fields, tags, created_at, updated_at) values (?, 'Pat', '{}'::jsonb, '{}', now(), now()) returning id`,
    [c],
  );
  const numbers = ['+12125550100', '+12125550177', '+12125550178'];
  for (const [i, n] of numbers.entries())
    await em.execute('insert into recipient_phone (recipient_id, campaign_id, number, priority, stopped) values (?, ?, ?, ?, false)', [
      r?.id,
      c,
      n,
      9 - i,
    ]);
  await em.execute(
    `insert into dnc_entry (id, tenant_id, number, list_name, expires_at, created_at) values
      (gen_random_uuid(), ?, '+12125550177', 'default', null, now()), (gen_random_uuid(), ?, '+12125550178', 'complaints', now() - interval '1 minute', now())`,
    [tenantId, tenantId],
  );
  const q = await t.ok<{ recipients: { nodes: Array<{ phones: Array<{ number: string; dnc: boolean }> }> } }>(
    'query($c: ID!) { recipients(campaignId: $c, first: 5) { nodes { phones { number dnc } } } }',
    { c },
    token,
  );
  assert.deepEqual(q.recipients.nodes[0]?.phones, [
    { number: '+12125550100', dnc: true },
    { number: '+12125550177', dnc: false },
    { number: '+12125550178', dnc: false },
  ]);
});
