import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test/test-app';
import { START, createCampaign, importFile, progressUntilDone, recipientsOf, uploadOk, waitForJob } from './testing/import-test-kit';

let t: TestApp;
let token: string;
let tenantId: string;
before(async () => {
  t = await startTestApp();
  ({ token, tenantId } = await t.tenant('impfmt'));
});
after(async () => {
  await t.stop();
});

test('preview: detected separator, charset and header, the first rows, the guessed mapping', async () => {
  const c = await createCampaign(t, token, 'preview');
  const up = await uploadOk(t, token, 'Name|Phone|Plan\nAnn|2125550501|gold\nBob|2125550502|silver\n', 'people.csv');
  const r = await t.ok<{
    importPreview: {
      format: string;
      charset: string;
      separator: string;
      header: string;
      columns: string[];
      rows: string[][];
      mapping: { phones: string[]; name: string | null; fields: string[] };
    };
  }>(
    `query($u: ID!, $t: ImportTargetInput!) { importPreview(uploadId: $u, target: $t, rows: 1) {
      format charset separator header columns rows mapping { phones name fields } } }`,
    { u: up.id, t: { campaignId: c } },
    token,
  );
  assert.deepEqual(r.importPreview, {
    format: 'CSV',
    charset: 'UTF8',
    separator: '|',
    header: 'USE',
    columns: ['Name', 'Phone', 'Plan'],
    rows: [['Ann', '2125550501', 'gold']],
    mapping: { phones: ['Phone'], name: 'Name', fields: ['Plan'] },
  });
});

test('TXT: one number per line (MOR), blank lines and junk reported by line', async () => {
  const c = await createCampaign(t, token, 'txt');
  const job = await importFile(t, token, '2125550601\n\n(212) 555-0602\nnot a number\n2125550601\n', { campaignId: c }, {}, 'numbers.txt');
  assert.equal(job.settings?.format, 'TXT');
  assert.deepEqual([job.imported, job.rejected], [2, 2]);
  assert.deepEqual(
    job.rejections.map((r) => [r.row, r.code]),
    [
      [4, 'INVALID_NUMBER'],
      [5, 'DUPLICATE'],
    ],
  );
  assert.deepEqual(
    (await recipientsOf(t, token, c)).map((r) => r.phones[0]!.number),
    ['+12125550601', '+12125550602'],
  );
});

test('NDJSON and JSON: the GraphQL RecipientInput body, line by line or as an array', async () => {
  const c = await createCampaign(t, token, 'json');
  const nd = [
    JSON.stringify({ name: 'Ann', communications: [{ number: '2125550701' }], variables: { plan: 'gold', vip: true }, tags: ['a'] }),
    '{ broken',
    JSON.stringify({
      name: 'Cal',
      communications: [{ number: '2125550702', priority: 3 }],
      callbackAt: '2030-01-01T10:00:00Z',
      callbackExtension: '1001',
    }),
    JSON.stringify({ name: 'Dee', communications: 'nope' }),
  ].join('\n');
  const a = await importFile(t, token, nd, { campaignId: c }, {}, 'members.ndjson');
  assert.equal(a.settings?.format, 'NDJSON');
  assert.deepEqual(
    a.rejections.map((r) => [r.row, r.code, r.column]),
    [
      [2, 'INVALID_VALUE', null],
      [4, 'INVALID_VALUE', 'communications'],
    ],
  );
  const b = await importFile(
    t,
    token,
    JSON.stringify([
      { name: 'Eve', communications: [{ number: '2125550703' }, { number: 'x' }] },
      { name: 'Fay', communications: [{ number: '2125550704' }] },
    ]),
    { campaignId: c },
    {},
    'batch.json',
  );
  assert.equal(b.settings?.format, 'JSON');
  assert.deepEqual(
    b.rejections.map((r) => [r.row, r.code, r.column]),
    [[1, 'INVALID_NUMBER', 'communications[1].number']],
  );
  const rs = await recipientsOf(t, token, c);
  assert.deepEqual(
    rs.map((r) => [r.name, r.state]),
    [
      ['Ann', 'READY'],
      ['Cal', 'SCHEDULED'],
      ['Fay', 'READY'],
    ],
  );
  assert.deepEqual(rs[0]!.fields, { plan: 'gold', vip: 'true' });
  assert.equal(rs[1]!.callbackExtension, '1001');
});

test('JSON is streamed: a BOM, the { "recipients": [...] } form, 20,000 members in order; broken JSON imports nothing', async () => {
  const c = await createCampaign(t, token, 'json-stream');
  const wrapped =
    '\uFEFF{ "source": "crm", "recipients": [' + JSON.stringify({ name: 'Gus', communications: [{ number: '2125550711' }] }) + '] }';
  const w = await importFile(t, token, wrapped, { campaignId: c }, {}, 'wrapped.json');
  assert.equal(w.settings?.format, 'JSON');
  assert.deepEqual([w.status, w.imported, w.rejected], ['COMPLETED', 1, 0]);

  const many = Array.from({ length: 20_000 }, (_, i) => ({ name: `M${i}`, communications: [{ number: `+1312${String(2000000 + i)}` }] }));
  const big = await importFile(t, token, JSON.stringify(many, null, 1), { campaignId: c }, {}, 'many.json');
  assert.deepEqual([big.status, big.rowsRead, big.imported, big.rejected], ['COMPLETED', 20_000, 20_000, 0]);
  const first = await recipientsOf(t, token, c);
  assert.deepEqual(
    first.slice(0, 3).map((r) => r.name),
    ['Gus', 'M0', 'M1'],
  );

  // Past the old 64 MB cap on a whole-document parse: 70 MB of JSON (mostly blank space between members).
  const pad = ' '.repeat(35 * 1024 * 1024);
  const huge = Buffer.from(
    `[${pad}${JSON.stringify({ name: 'Hal', communications: [{ number: '2125550713' }] })},${pad}${JSON.stringify({ name: 'Ivy', communications: [{ number: '2125550714' }] })}]`,
  );
  const h = await importFile(t, token, huge, { campaignId: c }, {}, 'huge.json');
  assert.deepEqual([h.status, h.imported], ['COMPLETED', 2]);

  const before = (await recipientsOf(t, token, c)).length;
  const broken = JSON.stringify([{ name: 'Ok', communications: [{ number: '2125550712' }] }]).replace(/]$/, ', { "name": "Bad", ');
  const b = await importFile(t, token, broken, { campaignId: c }, {}, 'broken.json');
  assert.equal(b.status, 'FAILED');
  assert.match(b.error ?? '', /not valid JSON/);
  assert.equal(b.imported, 0);
  assert.equal((await recipientsOf(t, token, c)).length, before, 'a broken file adds nothing');
});

test('duplicates merged on request (empty cells do not erase); DNC numbers flagged or skipped', async () => {
  const c = await createCampaign(t, token, 'merge');
  await importFile(t, token, 'number,name,plan\n2125550801,Ann,bronze\n', { campaignId: c });
  const em = t.app.orm.em.fork();
  await em
    .getConnection()
    .execute(
      "insert into dnc_entry (id, tenant_id, number, list_name, created_at) values (gen_random_uuid(), ?, '+12125550803', 'default', now())",
      [tenantId],
    );
  const file = 'number,name,plan,city\n2125550801,,gold,Paris\n2125550802,Bob,silver,\n2125550802,,,Rome\n2125550803,Dan,,\n';
  const merged = await importFile(t, token, file, { campaignId: c }, { onDuplicate: 'MERGE', onDnc: 'FLAG' });
  assert.deepEqual([merged.imported, merged.merged, merged.rejected, merged.flaggedDnc], [2, 2, 0, 1]);
  const rs = await recipientsOf(t, token, c);
  assert.deepEqual(
    rs.map((r) => [r.name, r.state, r.fields]),
    [
      ['Ann', 'READY', { plan: 'gold', city: 'Paris' }],
      ['Bob', 'READY', { plan: 'silver', city: 'Rome' }],
      ['Dan', 'DNC', { plan: '', city: '' }],
    ],
  );
  const c2 = await createCampaign(t, token, 'dnc-skip');
  const skipped = await importFile(t, token, 'number\n2125550803\n2125550804\n', { campaignId: c2 }, { onDnc: 'SKIP' });
  assert.deepEqual(
    skipped.rejections.map((r) => [r.row, r.code]),
    [[2, 'DNC']],
  );
  // Duplicates are decided before DNC, also when the quick insert met the duplicate and was undone.
  const c3 = await createCampaign(t, token, 'dnc-skip-dup');
  const both = await importFile(
    t,
    token,
    'number\n2125550803\n2125550805\n2125550805\n2125550803\n',
    { campaignId: c3 },
    { onDnc: 'SKIP' },
  );
  assert.deepEqual(
    both.rejections.map((r) => [r.row, r.code]),
    [
      [2, 'DNC'],
      [4, 'DUPLICATE'],
      [5, 'DUPLICATE'],
    ],
  );
  assert.deepEqual(
    (await recipientsOf(t, token, c3)).map((r) => r.state),
    ['READY'],
  );
});

test('into a recipient list, after its last contact; progress is pushed over the subscription', async () => {
  const em = t.app.orm.em.fork();
  const [list] = await em
    .getConnection()
    .execute<Array<{ id: string }>>(
      "insert into recipient_list (id, tenant_id, name, status, created_at) values (gen_random_uuid(), ?, 'leads', 'ACTIVE', now()) returning id",
      [tenantId],
    );
  const up = await uploadOk(t, token, 'TelNumber,FullName\n2125550901|2125550902,Ann\n2125550903,Bob\n');
  const sub = progressUntilDone(t.ws(token), up.id);
  await sub.ready;
  await t.ok(START, { u: up.id, t: { listId: list!.id } }, token);
  const job = await waitForJob(t, token, up.id);
  assert.equal(job.imported, 2);
  const reports = await sub.reports;
  assert.deepEqual(reports.at(-1), { status: 'COMPLETED', imported: 2, rejected: 0, rowsRead: 2, percent: 100 });
  const contacts = await em
    .getConnection()
    .execute<Array<{ position: string; name: string; phones: Array<{ number: string; priority: number }> }>>(
      'select position, name, phones from contact where list_id = ? order by position',
      [list!.id],
    );
  assert.deepEqual(
    contacts.map((c) => [Number(c.position), c.phones.map((p) => p.number), c.name]),
    [
      [1, ['+12125550901', '+12125550902'], 'Ann'],
      [2, ['+12125550903'], 'Bob'],
    ],
  );
});

test('validation in worker threads (PACER_IMPORT_WORKERS) gives the same rows and rejections', async () => {
  const c = await createCampaign(t, token, 'workers');
  const rows = Array.from({ length: 2500 }, (_, i) => `${2125560000 + i},W${i}`);
  rows[1200] = 'bad,Broken';
  const saved = { w: process.env.PACER_IMPORT_WORKERS, b: process.env.PACER_IMPORT_PARALLEL_BYTES };
  process.env.PACER_IMPORT_WORKERS = '2';
  process.env.PACER_IMPORT_PARALLEL_BYTES = '0';
  try {
    const job = await importFile(t, token, `number,name\n${rows.join('\n')}\n`, { campaignId: c });
    assert.deepEqual([job.status, job.imported, job.rejected], ['COMPLETED', 2499, 1]);
    assert.deepEqual(
      job.rejections.map((r) => [r.row, r.column]),
      [[1202, 'number']],
    );
  } finally {
    process.env.PACER_IMPORT_WORKERS = saved.w ?? '';
    process.env.PACER_IMPORT_PARALLEL_BYTES = saved.b ?? '';
    if (saved.w === undefined) delete process.env.PACER_IMPORT_WORKERS;
    if (saved.b === undefined) delete process.env.PACER_IMPORT_PARALLEL_BYTES;
  }
  const first = await recipientsOf(t, token, c);
  assert.deepEqual(
    first.slice(0, 2).map((r) => r.name),
    ['W0', 'W1'],
  );
});
