import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { startTestApp, type TestApp } from '../test/test-app';
import { mkdir, mkdtemp, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { recoverImports } from './recover-imports';
import { uploadDir } from './store-upload';
import { START, createCampaign, importFile, origin, recipientsOf, upload, uploadOk, waitForJob } from './testing/import-test-kit';

let t: TestApp;
let token: string;
// Small chunks, so these files are moved in several steps of the one transaction.
process.env.PACER_IMPORT_CHUNK_ROWS = '1000';
before(async () => {
  t = await startTestApp();
  ({ token } = await t.tenant('impfail'));
});
after(async () => {
  await t.stop();
});

const JOB = 'query($id: ID!) { importJob(id: $id) { status error rowsRead imported } }';

test('a 0-byte file and a binary file are refused by the upload itself', async () => {
  const empty = await upload(t, token, Buffer.alloc(0));
  assert.equal(empty.status, 422);
  assert.match(JSON.stringify(empty.json), /the file is empty/);
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(100_000, 7)]);
  const binary = await upload(t, token, png, 'list.csv');
  assert.equal(binary.status, 422);
  assert.match(JSON.stringify(binary.json), /binary file/);
  const anonymous = await upload(t, null, 'number\n2125550101\n');
  assert.equal(anonymous.status, 401);
  const agent = await t.tenant('impfail-agent', 'AGENT' as never);
  assert.equal((await upload(t, agent.token, 'number\n2125550101\n')).status, 403);
});

test('multipart/form-data (curl -F file=@list.csv): the file part is stored and imports; a form without a file is refused', async () => {
  const post = (form: FormData) =>
    fetch(`${origin(t)}/imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  const form = new FormData();
  form.append('note', 'ignored field before the file');
  const csv = 'TelNumber,FullName\n2125550171|2125550172,Ann Form\n';
  form.append('file', new Blob([csv]), 'form-list.csv');
  const res = await post(form);
  const up = (await res.json()) as { id: string; fileName: string; format: string; size: number };
  assert.equal(res.status, 201, JSON.stringify(up));
  assert.deepEqual([up.fileName, up.format, up.size], ['form-list.csv', 'CSV', Buffer.byteLength(csv)], 'only the file part is stored');
  const c = await createCampaign(t, token, 'multipart');
  await t.ok(START, { u: up.id, t: { campaignId: c }, o: {} }, token);
  const job = await waitForJob(t, token, up.id);
  assert.deepEqual([job.status, job.imported], ['COMPLETED', 1]);
  assert.deepEqual(
    (await recipientsOf(t, token, c))[0]?.phones.map((p) => p.number),
    ['+12125550171', '+12125550172'],
  );

  const noFile = new FormData();
  noFile.append('note', 'no file here');
  const bad = await post(noFile);
  assert.equal(bad.status, 422);
  assert.match(JSON.stringify(await bad.json()), /no file/);
  const cut = await fetch(`${origin(t)}/imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data; boundary=XYZ' },
    body: '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nnumber\n2125550173\n',
  });
  assert.equal(cut.status, 422, "a form cut short is the client's error");
});

test('a file that is not what it claims fails startImport at once and imports nothing', async () => {
  const c = await createCampaign(t, token, 'claims');
  const latin = await uploadOk(t, token, iconv.encode('number;name\n2125550101;Zoë\n', 'latin1'));
  const wrong = await t.gql(START, { u: latin.id, t: { campaignId: c }, o: { charset: 'UTF8' } }, token);
  assert.equal(wrong.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  assert.match(wrong.errors![0]!.message, /not valid UTF-8/);
  const failed = await t.ok<{ importJob: { status: string; error: string } }>(JOB, { id: latin.id }, token);
  assert.equal(failed.importJob.status, 'FAILED');

  const noNumber = await uploadOk(t, token, 'name,city\nAnn,Paris\nBob,Rome\n');
  const r = await t.gql(START, { u: noNumber.id, t: { campaignId: c } }, token);
  assert.match(r.errors?.[0]?.message ?? '', /no phone number column found \(columns: name, city\)/);
  const badMapping = await uploadOk(t, token, 'number,name\n2125550101,Ann\n');
  const r2 = await t.gql(START, { u: badMapping.id, t: { campaignId: c }, o: { mapping: { phones: ['tel'] } } }, token);
  assert.match(r2.errors?.[0]?.message ?? '', /no column "tel"/);
  assert.equal((await recipientsOf(t, token, c)).length, 0);
});

test('a failure half-way (broken UTF-8 after 64 KB, an unclosed quote at the end), after chunks were moved, leaves nothing imported', async () => {
  const c = await createCampaign(t, token, 'halfway');
  const rows = Array.from({ length: 4000 }, (_, i) => `${2125550000 + i},Name ${i}`).join('\n');
  const brokenUtf8 = Buffer.concat([Buffer.from(`number,name\n${rows}\n`), Buffer.from([0x32, 0x31, 0x32, 0x2c, 0xff, 0xfe, 0x0a])]);
  const a = await importFile(t, token, brokenUtf8, { campaignId: c });
  assert.equal(a.status, 'FAILED');
  assert.match(a.error ?? '', /not valid UTF-8 \(near byte \d+\)/);
  const unclosed = `number,name\n${rows}\n2125559999,"never closed\n`;
  const b = await importFile(t, token, unclosed, { campaignId: c });
  assert.equal(b.status, 'FAILED');
  assert.match(b.error ?? '', /not valid CSV/);
  assert.equal((await recipientsOf(t, token, c)).length, 0);
  // The same rows, well-formed, then import in full: nothing was left behind to clash with.
  const ok = await importFile(t, token, `number,name\n${rows}\n`, { campaignId: c });
  assert.deepEqual([ok.status, ok.imported, ok.rejected], ['COMPLETED', 4000, 0]);
});

test('starting an upload twice, or into a foreign campaign, is refused', async () => {
  const c = await createCampaign(t, token, 'twice-start');
  const up = await uploadOk(t, token, 'number\n2125550401\n');
  const other = await t.tenant('impfail-other');
  const foreign = await t.gql(START, { u: up.id, t: { campaignId: c } }, other.token);
  assert.equal(foreign.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  await t.ok(START, { u: up.id, t: { campaignId: c } }, token);
  const again = await t.gql(START, { u: up.id, t: { campaignId: c } }, token);
  assert.equal(again.errors?.[0]?.extensions?.code, 'CONFLICT');
  assert.equal((await waitForJob(t, token, up.id)).imported, 1);
});

test('duplicates and bad rows across chunks: reported with the row they clash with', async () => {
  const c = await createCampaign(t, token, 'chunks');
  const rows = Array.from({ length: 2500 }, (_, i) => `${2125570000 + i},C${i}`);
  rows[1500] = '2125570007,Again'; // line 1502: the number of line 9, moved in the first chunk
  rows[2200] = '2125570007,Thrice'; // line 2202
  rows[2300] = 'nope,Bad'; // line 2302
  const job = await importFile(t, token, `number,name\n${rows.join('\n')}\n`, { campaignId: c });
  assert.deepEqual([job.status, job.imported, job.rejected], ['COMPLETED', 2497, 3]);
  assert.deepEqual(
    job.rejections.map((r) => [r.row, r.code, r.reason]),
    [
      [1502, 'DUPLICATE', '+12125570007 is also in row 9'],
      [2202, 'DUPLICATE', '+12125570007 is also in row 9'],
      [2302, 'INVALID_NUMBER', '"nope" is not a valid phone number (NOT_A_NUMBER; default region US)'],
    ],
  );
  const list = await t.ok<{ recipients: { nodes: Array<{ name: string }> } }>(
    'query($c: ID!) { recipients(campaignId: $c, first: 3) { nodes { name } } }',
    { c },
    token,
  );
  assert.deepEqual(
    list.recipients.nodes.map((n) => n.name),
    ['C0', 'C1', 'C2'],
  );
});

test('many chunks: after 60 quick inserts the rest are checked the long way; fates and file order as ever', async () => {
  process.env.PACER_IMPORT_CHUNK_ROWS = '100'; // 63 chunks: 60 inserted optimistically, 3 the long way
  try {
    const c = await createCampaign(t, token, 'many-chunks');
    const rows = Array.from({ length: 6300 }, (_, i) => `${2125600000 + i},C${i}`);
    rows[6100] = 'nope,Bad'; // line 6102
    rows[6200] = '2125600005,Again'; // line 6202: the number of line 7, inserted by a quick chunk
    const job = await importFile(t, token, `number,name\n${rows.join('\n')}\n`, { campaignId: c });
    assert.deepEqual([job.status, job.imported, job.rejected], ['COMPLETED', 6298, 2]);
    assert.deepEqual(
      job.rejections.map((r) => [r.row, r.code, r.reason]),
      [
        [6102, 'INVALID_NUMBER', '"nope" is not a valid phone number (NOT_A_NUMBER; default region US)'],
        [6202, 'DUPLICATE', '+12125600005 is also in row 7'],
      ],
    );
    const names = await t.app.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ name: string }>>('select name from campaign_recipient where campaign_id = ? order by id', [c]);
    const expected = rows.map((r) => r.split(',')[1]!).filter((_, i) => i !== 6100 && i !== 6200);
    assert.deepEqual(
      names.map((n) => n.name),
      expected,
      'ids follow the file, quick and long-way chunks alike',
    );
  } finally {
    process.env.PACER_IMPORT_CHUNK_ROWS = '1000';
  }
});

test('after a crash: a RUNNING import without its connection is marked FAILED, old uploads expire, dead spools go', async () => {
  await mkdir(uploadDir(), { recursive: true });
  const deadSpool = await mkdtemp(join(uploadDir(), 'chunks-'));
  const liveSpool = await mkdtemp(join(uploadDir(), 'chunks-'));
  const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
  await utimes(deadSpool, twoHoursAgo, twoHoursAgo);
  const running = await uploadOk(t, token, 'number\n2125550501\n');
  const stale = await uploadOk(t, token, 'number\n2125550502\n');
  const conn = t.app.orm.em.fork().getConnection();
  await conn.execute("update import_job set status = 'RUNNING' where id = ?", [running.id]);
  await conn.execute("update import_job set created_at = now() - interval '2 days' where id = ?", [stale.id]);
  const r = await recoverImports(t.app.orm.em.fork());
  assert.deepEqual(r, { interrupted: 1, expired: 1 });
  await assert.rejects(stat(deadSpool), { code: 'ENOENT' });
  assert.ok((await stat(liveSpool)).isDirectory(), 'a spool in use stays');
  await rm(liveSpool, { recursive: true });
  const a = await t.ok<{ importJob: { status: string; error: string } }>(JOB, { id: running.id }, token);
  assert.equal(a.importJob.status, 'FAILED');
  assert.match(a.importJob.error, /server stopped during the import/);
  const b = await t.ok<{ importJob: { status: string; error: string } }>(JOB, { id: stale.id }, token);
  assert.match(b.importJob.error, /upload expired/);
});

test('a cell with several bad numbers: the rejection names each of them with its reason, and the row is not imported', async () => {
  const c = await createCampaign(t, token, 'cell-bad-numbers');
  const job = await importFile(t, token, `number,name\n2125550601|nope|12,Ann\n2125550602,Bob\n`, { campaignId: c });
  assert.deepEqual([job.status, job.imported, job.rejected], ['COMPLETED', 1, 1]);
  const [r] = job.rejections;
  assert.equal(r?.row, 2);
  assert.equal(r?.code, 'INVALID_NUMBER');
  assert.match(r?.reason ?? '', /^2 of its 3 numbers are refused: /);
  assert.match(r?.reason ?? '', /"nope" is not a valid phone number \(NOT_A_NUMBER; default region US\) \(number 2\)/);
  assert.match(r?.reason ?? '', /"12" is not a valid phone number \([A-Z_]+; default region US\) \(number 3\)/);
});
