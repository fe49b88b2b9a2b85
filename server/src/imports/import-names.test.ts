import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test/test-app';
import { createCampaign, importFile, recipientsOf, uploadOk } from './testing/import-test-kit';

// Issue 20 item 2: name-like headers become the recipient's name (shown in the console, the
// reports and the screen-pop) in the preview and the import; the preview says what each
// column became; `header: SKIP` keeps header names for the extra columns.
let t: TestApp;
let token: string;
before(async () => {
  t = await startTestApp();
  ({ token } = await t.tenant('names'));
});
after(async () => {
  await t.stop();
});

interface Preview {
  header: string;
  columns: string[];
  mapping: {
    phones: string[];
    name: string | null;
    nameColumns: string[];
    fields: string[];
    roles: Array<{ column: string; role: string }>;
  };
}

async function preview(file: string, campaignId: string, options: Record<string, unknown> = {}): Promise<Preview> {
  const up = await uploadOk(t, token, file);
  const r = await t.ok<{ importPreview: Preview }>(
    `query($u: ID!, $t: ImportTargetInput!, $o: ImportOptionsInput) { importPreview(uploadId: $u, target: $t, options: $o) {
      header columns mapping { phones name nameColumns fields roles { column role } } } }`,
    { u: up.id, t: { campaignId }, o: options },
    token,
  );
  return r.importPreview;
}

test('preview: each name-like header becomes the name', async () => {
  const c = await createCampaign(t, token, 'name-headers');
  for (const header of [
    'name',
    'Full Name',
    'fullname',
    'FullName',
    'full_name',
    'Customer Name',
    'customer_name',
    'contact',
    'Contact Name',
  ]) {
    const p = await preview(`TelNumber,${header},CustomerCode\n2125550101,Ann Lee,C-1\n`, c);
    assert.equal(p.mapping.name, header, header);
    assert.deepEqual(p.mapping.nameColumns, [header], header);
    assert.deepEqual(p.mapping.fields, ['CustomerCode'], header);
    assert.deepEqual(
      p.mapping.roles,
      [
        { column: 'TelNumber', role: 'phones' },
        { column: header, role: 'name' },
        { column: 'CustomerCode', role: 'field' },
      ],
      header,
    );
  }
  const other = await preview('TelNumber,Company,CustomerCode\n2125550101,Acme,C-1\n', c);
  assert.equal(other.mapping.name, null);
  assert.deepEqual(other.mapping.fields, ['Company', 'CustomerCode']);
});

test('preview and import: first and last name columns are joined with a space', async () => {
  const c = await createCampaign(t, token, 'first-last');
  const file = 'Phone,First Name,City,Last_Name\n2125550201,Ann,Paris,Lee\n2125550202,,Rome,Solo\n2125550203,Bob,Oslo,\n';
  const p = await preview(file, c);
  assert.equal(p.mapping.name, null);
  assert.deepEqual(p.mapping.nameColumns, ['First Name', 'Last_Name']);
  assert.deepEqual(
    p.mapping.roles.map((r) => r.role),
    ['phones', 'name', 'field', 'name'],
  );
  assert.deepEqual(p.mapping.fields, ['City']);
  const job = await importFile(t, token, file, { campaignId: c });
  assert.equal(job.imported, 3, JSON.stringify(job.rejections));
  const rs = await recipientsOf(t, token, c);
  assert.deepEqual(
    rs.map((r) => [r.name, r.fields]),
    [
      ['Ann Lee', { City: 'Paris' }],
      ['Solo', { City: 'Rome' }],
      ['Bob', { City: 'Oslo' }],
    ],
  );
});

test('a name column wins over first/last; a mapped name is never second-guessed', async () => {
  const c = await createCampaign(t, token, 'name-wins');
  const both = await preview('Phone,FirstName,LastName,Full Name\n2125550301,Ann,Lee,Dr Ann Lee\n', c);
  assert.equal(both.mapping.name, 'Full Name');
  assert.deepEqual(both.mapping.fields, ['FirstName', 'LastName']);
  const mapped = await preview('Phone,Nick,Name\n2125550302,Annie,Ann\n', c, { mapping: { phones: ['Phone'], name: 'Nick' } });
  assert.equal(mapped.mapping.name, 'Nick');
  assert.deepEqual(mapped.mapping.fields, ['Name']);
  // The console's "Field" choice: a name-like column kept as a field is not guessed.
  const kept = await preview('Phone,FullName,First Name,Last Name\n2125550303,Ann Lee,Ann,Lee\n', c, {
    mapping: { phones: ['Phone'], fields: ['FullName', 'Last Name'] },
  });
  assert.deepEqual(kept.mapping.nameColumns, ['First Name']);
  assert.deepEqual(kept.mapping.fields, ['FullName', 'Last Name']);
});

test('header SKIP: extra columns keep their header names (not col3), the header row is not data', async () => {
  const c = await createCampaign(t, token, 'skip');
  // A header that reads as numbers would be taken for data by AUTO; SKIP says it is not.
  const file = '1000,FullName,CustomerCode\n2125550401,Ann Lee,C-1\n';
  const p = await preview(file, c, { header: 'SKIP' });
  assert.equal(p.header, 'SKIP');
  assert.deepEqual(p.columns, ['1000', 'FullName', 'CustomerCode']);
  assert.deepEqual(p.mapping.fields, ['CustomerCode']);
  const job = await importFile(t, token, file, { campaignId: c }, { header: 'SKIP' });
  assert.deepEqual([job.rowsRead, job.imported], [1, 1]);
  const [ann] = await recipientsOf(t, token, c);
  assert.equal(ann!.name, 'Ann Lee');
  assert.deepEqual(ann!.fields, { CustomerCode: 'C-1' });
});
