import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test/test-app';
import { createCampaign, importFile, recipientsOf } from './testing/import-test-kit';

// Issue 20 item 1: the Automated Dialing System list layout with numbers from several countries
// written as the switch dials them. No single default region reads them all; AS_DIALED keeps
// them as given, and E164 reads each row in the region its own column names.
let t: TestApp;
let token: string;
before(async () => {
  t = await startTestApp();
  ({ token } = await t.tenant('numfmt'));
});
after(async () => {
  await t.stop();
});

const AS_DIALED_FILE = [
  'TelNumber,FullName,CustomerCode',
  '1140637865|1145678901,Juan Pérez,C-001',
  '4915112345678,Hans Müller,C-002',
  '07700900123|+447700900456|2132458767,Jane Doe,C-003',
  '+12125550100,John Smith,C-004',
].join('\n');

async function numberZones(campaignId: string): Promise<string[][]> {
  const rows = await t.app.orm.em
    .fork()
    .getConnection()
    .execute<Array<{ z: string[] | null }>>('select number_zones as z from campaign_recipient where campaign_id = ? order by id', [
      campaignId,
    ]);
  return rows.map((r) => r.z ?? ['(null)']);
}

test('AS_DIALED: every recipient imported with all its numbers in order, unchanged; names from FullName; no zone from the number', async () => {
  const c = await createCampaign(t, token, 'ads-as-dialed', { numberFormat: 'AS_DIALED' });
  const job = await importFile(t, token, AS_DIALED_FILE + '\n', { campaignId: c });
  assert.equal(job.status, 'COMPLETED', job.error ?? '');
  assert.deepEqual([job.rowsRead, job.imported, job.rejected], [4, 4, 0], JSON.stringify(job.rejections));
  const rs = await recipientsOf(t, token, c);
  assert.deepEqual(
    rs.map((r) => [r.name, r.phones.map((p) => p.number), r.fields]),
    [
      ['Juan Pérez', ['1140637865', '1145678901'], { CustomerCode: 'C-001' }],
      ['Hans Müller', ['4915112345678'], { CustomerCode: 'C-002' }],
      ['Jane Doe', ['07700900123', '+447700900456', '2132458767'], { CustomerCode: 'C-003' }],
      ['John Smith', ['+12125550100'], { CustomerCode: 'C-004' }],
    ],
  );
  assert.deepEqual(
    rs[2]!.phones.map((p) => p.priority),
    [3, 2, 1],
  );
  // Even a +1 number gets no zone: calling hours use the recipient's zone, else the calendar's.
  assert.deepEqual(await numberZones(c), [[], [], [], []]);
});

test('AS_DIALED dedupes on the digits as given and refuses anything but an optional + and 3 to 20 digits', async () => {
  const c = await createCampaign(t, token, 'as-dialed-bad', { numberFormat: 'AS_DIALED' });
  const file = [
    'TelNumber,FullName',
    '4915112345678,Ann',
    '4915112345678,Again', // duplicate as given
    '+4915112345678,Plus', // another number as dialed: kept
    '12|0770-090,Bad', // both refused, each named
    '123456789012345678901,Long',
  ].join('\n');
  const job = await importFile(t, token, file + '\n', { campaignId: c });
  assert.deepEqual([job.imported, job.rejected], [2, 3]);
  assert.deepEqual(
    job.rejections.map((r) => [r.row, r.column, r.code]),
    [
      [3, 'TelNumber', 'DUPLICATE'],
      [5, 'TelNumber', 'INVALID_NUMBER'],
      [6, 'TelNumber', 'INVALID_NUMBER'],
    ],
  );
  assert.match(job.rejections[1]!.reason, /"12" has fewer than 3 digits/);
  assert.match(job.rejections[1]!.reason, /"0770-090" holds something other than digits/);
  assert.match(job.rejections[2]!.reason, /has more than 20 digits/);
});

test('E164 with a region column: each row read in its own region, every number in order; a bad region is the row’s fault', async () => {
  const c = await createCampaign(t, token, 'ads-region');
  const file = [
    'TelNumber,FullName,CustomerCode,Country',
    '1140637865|1145678901,Juan Pérez,C-001,AR',
    '015112345678|030123456,Hans Müller,C-002,de',
    '07911123456|02071234567,Jane Doe,C-003,GB',
    '2132458767,John Smith,C-004,', // blank: the campaign's region (the tenant's US)
    '2132458768,Nobody,C-005,XX',
  ].join('\n');
  const job = await importFile(t, token, file + '\n', { campaignId: c }, { mapping: { phones: [], region: 'Country' } });
  assert.equal(job.status, 'COMPLETED', job.error ?? '');
  assert.deepEqual([job.imported, job.rejected], [4, 1], JSON.stringify(job.rejections));
  assert.deepEqual(
    job.rejections.map((r) => [r.row, r.column, r.code]),
    [[6, 'Country', 'INVALID_VALUE']],
  );
  assert.match(job.rejections[0]!.reason, /"XX" is not an ISO 3166 alpha-2 region/);
  const rs = await recipientsOf(t, token, c);
  assert.deepEqual(
    rs.map((r) => [r.name, r.phones.map((p) => p.number), r.fields]),
    [
      ['Juan Pérez', ['+541140637865', '+541145678901'], { CustomerCode: 'C-001' }],
      ['Hans Müller', ['+4915112345678', '+4930123456'], { CustomerCode: 'C-002' }],
      ['Jane Doe', ['+447911123456', '+442071234567'], { CustomerCode: 'C-003' }],
      ['John Smith', ['+12132458767'], { CustomerCode: 'C-004' }],
    ],
  );
  assert.deepEqual((await numberZones(c))[0], ['America/Buenos_Aires']);
});

test('without AS_DIALED or a region column the same numbers are refused in the default region (the reported problem)', async () => {
  const c = await createCampaign(t, token, 'ads-us');
  const job = await importFile(t, token, AS_DIALED_FILE + '\n', { campaignId: c });
  assert.ok(job.rejected >= 2, JSON.stringify(job.rejections));
  assert.match(job.rejections[0]!.reason, /"1140637865" is not a valid phone number .*default region US/);
});

test('an AS_DIALED list takes the file as given and attaches only to an AS_DIALED campaign', async () => {
  const list = await t.ok<{ createRecipientList: { id: string; numberFormat: string } }>(
    'mutation { createRecipientList(input: { name: "ads-list", numberFormat: AS_DIALED }) { id numberFormat } }',
    {},
    token,
  );
  assert.equal(list.createRecipientList.numberFormat, 'AS_DIALED');
  const l = list.createRecipientList.id;
  const job = await importFile(t, token, AS_DIALED_FILE + '\n', { listId: l });
  assert.deepEqual([job.imported, job.rejected], [4, 0], JSON.stringify(job.rejections));
  const changed = await t.gql('mutation($l: ID!) { updateRecipientList(id: $l, input: { numberFormat: E164 }) { id } }', { l }, token);
  assert.match(changed.errors?.[0]?.message ?? '', /has contacts; its number format is fixed/);

  const ATTACH = 'mutation($c: ID!, $l: ID!) { attachList(campaignId: $c, listId: $l) { added } }';
  const e164 = await createCampaign(t, token, 'ads-e164');
  const refused = await t.gql(ATTACH, { c: e164, l }, token);
  assert.equal(refused.errors?.[0]?.extensions?.code, 'CONFLICT');
  assert.match(refused.errors![0]!.message, /holds AS_DIALED numbers and campaign "ads-e164" dials E164/);

  const c = await createCampaign(t, token, 'ads-attach', { numberFormat: 'AS_DIALED' });
  const attached = await t.ok<{ attachList: { added: number } }>(ATTACH, { c, l }, token);
  assert.equal(attached.attachList.added, 4);
  const rs = await recipientsOf(t, token, c);
  assert.deepEqual(
    rs.map((r) => [r.name, r.phones.map((p) => p.number)]),
    [
      ['Juan Pérez', ['1140637865', '1145678901']],
      ['Hans Müller', ['4915112345678']],
      ['Jane Doe', ['07700900123', '+447700900456', '2132458767']],
      ['John Smith', ['+12125550100']],
    ],
  );
  assert.deepEqual(await numberZones(c), [[], [], [], []]);
});
