import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { startTestApp, type TestApp } from '../test/test-app';
import { START, createCampaign, importFile, origin, recipientsOf, uploadOk, waitForJob } from './testing/import-test-kit';

let t: TestApp;
let token: string;
before(async () => {
  t = await startTestApp();
  ({ token } = await t.tenant('imp'));
});
after(async () => {
  await t.stop();
});

test('the Automated Dialing System list: both numbers in order, FullName as the name, CustomerCode as a field', async () => {
  const c = await createCampaign(t, token, 'ads');
  const file = 'TelNumber,FullName,CustomerCode\n2132458767|2145602412,John Smith,C-001\n3125550142,Mary Major,C-002\n';
  const job = await importFile(t, token, file, { campaignId: c });
  assert.equal(job.status, 'COMPLETED', job.error ?? '');
  assert.deepEqual([job.rowsRead, job.imported, job.rejected], [2, 2, 0]);
  assert.deepEqual(job.settings, { format: 'CSV', charset: 'UTF8', separator: ',', header: 'USE' });
  const [john, mary] = await recipientsOf(t, token, c);
  assert.deepEqual(john!.phones, [
    { number: '+12132458767', priority: 2 },
    { number: '+12145602412', priority: 1 },
  ]);
  assert.equal(john!.name, 'John Smith');
  assert.deepEqual(john!.fields, { CustomerCode: 'C-001' });
  assert.equal(john!.originalLine, '2132458767|2145602412,John Smith,C-001');
  assert.equal(john!.state, 'READY');
  assert.deepEqual(
    mary!.phones.map((p) => p.number),
    ['+13125550142'],
  );
});

test('a nasty Windows-1252 file: BOM-less, semicolons, quoted newlines, blank and ragged rows, bad and duplicate numbers', async () => {
  const c = await createCampaign(t, token, 'nasty');
  const lines = [
    'Phone;Name;City;*Schedule*', // 1 header
    '2125550101;"Zoë; ""the boss""";Genève;', // 2 ok: quoted separator and quotes, accents
    '2125550102;"Line one', // 3 ok: a quoted newline…
    'line two";Köln;1893456000:1001', //   …ends here; scheduled callback
    '', // 5 blank
    '2125550103;Short', // 6 ok: ragged (short)
    '2125550104;Long;X;;extra', // 7 ok: ragged (long)
    '1234567;Tiny;;', // 8 invalid number (7 digits: not an extension)
    '+1 212 555 0101;Again;;', // 9 duplicate of row 2
    ';NoNumber;;', // 10 no number
    '2125550105;BadSchedule;;tomorrow', // 11 bad schedule
    '   ', // 12 blank (spaces)
  ];
  const file = iconv.encode(lines.join('\r\n') + '\r\n', 'win1252');
  const job = await importFile(t, token, file, { campaignId: c });
  assert.equal(job.status, 'COMPLETED', job.error ?? '');
  assert.deepEqual(job.settings, { format: 'CSV', charset: 'WINDOWS_1252', separator: ';', header: 'USE' });
  assert.deepEqual([job.rowsRead, job.imported, job.rejected], [8, 4, 4]);
  assert.deepEqual(
    job.rejections.map((r) => [r.row, r.column, r.code]),
    [
      [8, 'Phone', 'INVALID_NUMBER'],
      [9, 'Phone', 'DUPLICATE'],
      [10, 'Phone', 'NO_NUMBER'],
      [11, '*Schedule*', 'INVALID_VALUE'],
    ],
  );
  assert.match(job.rejections[0]!.reason, /"1234567" is not a valid phone number/);
  assert.match(job.rejections[1]!.reason, /\+12125550101 is also in row 2/);
  assert.equal(job.rejections[1]!.line, '+1 212 555 0101;Again;;');
  const rs = await recipientsOf(t, token, c);
  assert.deepEqual(
    rs.map((r) => r.name),
    ['Zoë; "the boss"', 'Line one\r\nline two', 'Short', 'Long'],
  );
  assert.deepEqual(rs[0]!.fields, { City: 'Genève' });
  assert.equal(rs[1]!.state, 'SCHEDULED');
  assert.equal(rs[1]!.callbackAt, new Date(1893456000 * 1000).toISOString());
  assert.equal(rs[1]!.callbackExtension, '1001');
  assert.equal(rs[1]!.originalLine, '2125550102;"Line one\r\nline two";Köln;1893456000:1001');
  assert.deepEqual(rs[2]!.fields, {});
  assert.deepEqual(rs[3]!.fields, { City: 'X', col5: 'extra' });

  const res = await fetch(`${origin(t)}${job.rejectionsUrl}`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(res.status, 200);
  const csv = await res.text();
  assert.equal(csv.split('\n')[0], 'row,column,code,reason,line');
  assert.match(csv, /^9,Phone,DUPLICATE,\+12125550101 is also in row 2,\+1 212 555 0101;Again;;$/m);
  assert.equal(csv.trim().split('\n').length, 5);
  const other = await t.tenant('imp-other');
  const foreign = await fetch(`${origin(t)}${job.rejectionsUrl}`, { headers: { authorization: `Bearer ${other.token}` } });
  assert.equal(foreign.status, 404);
});

test('a UTF-8 file with a BOM and tabs; columns chosen by the user, several phone columns with priorities', async () => {
  const c = await createCampaign(t, token, 'bom');
  const file =
    '\uFEFFmobile\toffice\tfirst\tzone\ttags\n2125550201\t2125550202\tAnn\tAmerica/New_York\tgold|vip\n\t2125550203\tBob\tMars/Base\t\n';
  const job = await importFile(
    t,
    token,
    file,
    { campaignId: c },
    {
      mapping: { phones: ['office', 'mobile'], name: 'first', timezone: 'zone', tags: '5' },
    },
  );
  assert.equal(job.status, 'COMPLETED', job.error ?? '');
  assert.equal(job.settings?.separator, '\t');
  assert.deepEqual(
    job.rejections.map((r) => [r.row, r.column, r.code]),
    [[3, 'zone', 'INVALID_VALUE']],
  );
  const [ann] = await recipientsOf(t, token, c);
  assert.deepEqual(
    ann!.phones.map((p) => p.number),
    ['+12125550202', '+12125550201'],
  );
  assert.deepEqual(ann!.tags, ['gold', 'vip']);
  assert.equal(ann!.name, 'Ann');
});

test('the same file twice: refused as already imported; forced, its numbers are all duplicates', async () => {
  const c = await createCampaign(t, token, 'twice');
  const file = 'number\n2125550301\n2125550302\n';
  const first = await importFile(t, token, file, { campaignId: c });
  assert.equal(first.imported, 2);
  const up = await uploadOk(t, token, file);
  const again = await t.gql(START, { u: up.id, t: { campaignId: c } }, token);
  assert.equal(again.errors?.[0]?.extensions?.code, 'CONFLICT');
  assert.match(again.errors![0]!.message, /already imported/);
  await t.ok(START, { u: up.id, t: { campaignId: c }, f: true }, token);
  const forced = await waitForJob(t, token, up.id);
  assert.deepEqual([forced.imported, forced.rejected], [0, 2]);
  assert.deepEqual(
    forced.rejections.map((r) => r.code),
    ['DUPLICATE', 'DUPLICATE'],
  );
  assert.equal((await recipientsOf(t, token, c)).length, 2);
});
