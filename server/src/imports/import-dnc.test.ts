import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test/test-app';
import { apiKey, assertError } from '../graphql/settings/settings-test-kit';
import { START, importFile, uploadOk } from './testing/import-test-kit';

// Issue 18 item 3: a DNC list imported through the file pipeline (TXT or CSV, COPY chunks).
let t: TestApp;
let token: string;
let tenantId: string;
before(async () => {
  t = await startTestApp();
  ({ token, tenantId } = await t.tenant('dncimp'));
});
after(async () => {
  await t.stop();
});

async function listed(listName: string): Promise<Array<{ number: string; expired: boolean | null }>> {
  return t.app.orm.em.fork().execute(
    `select number, case when expires_at is null then null else expires_at <= now() end as expired
    from dnc_entry where tenant_id = ? and list_name = ? order by number`,
    [tenantId, listName],
  );
}
const isDnc = async (n: string, l?: string): Promise<boolean> =>
  (await t.ok<{ isDnc: boolean }>('query($n: String!, $l: String) { isDnc(number: $n, listName: $l) }', { n, l }, token)).isDnc;

test('a TXT file (one number per line) fills a DNC list: normalised, bad lines rejected, a second import renews', async () => {
  const file = ['(212) 555-0100', '+1 212 555 0101', 'not a number', '2125550102', '212.555.0100', ''].join('\n');
  const job = await importFile(t, token, file, { dncList: 'purchased' }, {}, 'dnc.txt');
  assert.equal(job.status, 'COMPLETED', job.error ?? '');
  assert.equal(job.settings?.format, 'TXT');
  assert.deepEqual([job.rowsRead, job.imported, job.merged, job.rejected], [5, 3, 0, 1]);
  assert.deepEqual(
    job.rejections.map((r) => [r.row, r.code]),
    [[3, 'INVALID_NUMBER']],
  );
  assert.deepEqual(await listed('purchased'), [
    { number: '+12125550100', expired: null },
    { number: '+12125550101', expired: null },
    { number: '+12125550102', expired: null },
  ]);
  assert.equal(await isDnc('+12125550101', 'purchased'), true);
  assert.equal(await isDnc('+12125550101', 'default'), false, 'only that list');

  const again = await importFile(t, token, '2125550100\n2125550199\n', { dncList: 'purchased' }, {}, 'dnc2.txt');
  assert.deepEqual([again.imported, again.merged], [1, 1], 'one new entry, one renewed');
  assert.equal((await listed('purchased')).length, 4);
  // Each import is one audit entry of the tenant, naming who imported how many onto which list.
  const log = await t.ok<{
    auditLog: { nodes: Array<{ action: string; actorLabel: string; targetId: string; changes: Record<string, unknown> }> };
  }>('{ auditLog(filter: { actions: [DNC_LIST_IMPORTED] }) { nodes { action actorLabel targetId changes } } }', {}, token);
  assert.deepEqual(
    log.auditLog.nodes.map((n) => [n.actorLabel, n.targetId, n.changes.added, n.changes.renewed, n.changes.rejected]),
    [
      ['admin@dncimp.test', 'purchased', 1, 1, 0],
      ['admin@dncimp.test', 'purchased', 3, 0, 1],
    ],
  );
});

test('a CSV file with a number column and an expiry column: entries expire; an expired one does not block', async () => {
  const past = new Date(Date.now() - 3600_000).toISOString();
  const future = new Date(Date.now() + 30 * 86400_000).toISOString();
  const file = `Name,Phone,Until\nAnn,3125550100,${future}\nBob,3125550101,\nCid,3125550102,${past}\n`;
  const job = await importFile(t, token, file, { dncList: 'opt-outs' }, { mapping: { phones: ['Phone'], expireAt: 'Until' } });
  assert.equal(job.status, 'COMPLETED', job.error ?? '');
  assert.deepEqual([job.rowsRead, job.imported, job.rejected], [3, 3, 0]);
  assert.deepEqual(await listed('opt-outs'), [
    { number: '+13125550100', expired: false },
    { number: '+13125550101', expired: null },
    { number: '+13125550102', expired: true },
  ]);
  assert.equal(await isDnc('+13125550100'), true);
  assert.equal(await isDnc('+13125550101'), true);
  assert.equal(await isDnc('+13125550102'), false, 'expired');
});

test('a DNC import needs SETTINGS_WRITE (like addDncNumbers); a target is exactly one of campaign, list or DNC list', async () => {
  const { key } = await apiKey(t, token, ['RECIPIENTS_WRITE'], 'recipients only');
  const up = await uploadOk(t, key, '2125550177\n', 'x.txt');
  assertError(await t.gql(START, { u: up.id, t: { dncList: 'x' } }, key), 'FORBIDDEN');
  assertError(await t.gql(START, { u: up.id, t: { dncList: 'x', listId: up.id } }, token), 'BAD_USER_INPUT', 'target');
  assert.deepEqual(await listed('x'), []);
});

test("a recipient import flags a row DNC only when every number is on one of the campaign's lists (in force)", async () => {
  await t.ok(
    'mutation($i: AddDncNumbersInput!) { addDncNumbers(input: $i) { added } }',
    { i: { numbers: ['+13125550110', '+13125550111', '+13125550112'], listName: 'opt-outs' } },
    token,
  );
  const campaignId = (
    await t.ok<{ createCampaign: { id: string } }>(
      'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
      { i: { name: 'opt-outs only', dncLists: ['opt-outs'] } },
      token,
    )
  ).createCampaign.id;
  const file = [
    'Phone,Name',
    '3125550110|4155550100,one of two', // one DNC number: imported, the dialer skips it
    '3125550111|3125550112,both', // every number DNC: flagged
    '2125550102,other list', // on 'purchased', which this campaign does not honour
    '3125550102,expired', // its entry expired
  ].join('\n');
  const job = await importFile(t, token, file, { campaignId });
  assert.equal(job.status, 'COMPLETED', job.error ?? '');
  assert.deepEqual([job.imported, job.flaggedDnc, job.rejected], [4, 1, 0]);
  const states = await t.app.orm.em
    .fork()
    .execute<Array<{ name: string; state: string }>>('select name, state from campaign_recipient where campaign_id = ? order by id', [
      campaignId,
    ]);
  assert.deepEqual(
    states.map((s) => [s.name, s.state]),
    [
      ['one of two', 'READY'],
      ['both', 'DNC'],
      ['other list', 'READY'],
      ['expired', 'READY'],
    ],
  );

  // SKIP rejects only the rows with no number left; every list applies to a campaign without a choice.
  const all = (
    await t.ok<{ createCampaign: { id: string } }>(
      'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
      { i: { name: 'all' } },
      token,
    )
  ).createCampaign.id;
  const skipped = await importFile(t, token, file, { campaignId: all }, { onDnc: 'SKIP' });
  assert.deepEqual([skipped.imported, skipped.flaggedDnc], [2, 0]);
  assert.deepEqual(
    skipped.rejections.map((r) => [r.row, r.code]),
    [
      [3, 'DNC'],
      [4, 'DNC'],
    ],
  );
});
