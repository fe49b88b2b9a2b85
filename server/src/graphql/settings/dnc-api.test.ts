import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DncEntry } from '../../entities/dnc-entry.entity';
import { startTestApp, type TestApp } from '../../test/test-app';
import { apiKey, assertError } from './settings-test-kit';

let t: TestApp;
let token: string;
before(async () => {
  t = await startTestApp();
  ({ token } = await t.tenant('acme'));
});
after(async () => {
  await t.stop();
});

interface Entry {
  id: string;
  number: string;
  listName: string;
  reason: string | null;
  expiresAt: string | null;
}
interface Page {
  dncEntries: { nodes: Entry[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
}
const ENTRY = 'id number listName reason expiresAt';
const ADD = `mutation($i: AddDncNumbersInput!) { addDncNumbers(input: $i) { added renewed entries { ${ENTRY} } } }`;
const LIST = `query($f: DncFilterInput, $first: Int, $a: String) { dncEntries(filter: $f, first: $first, after: $a) { nodes { ${ENTRY} } pageInfo { endCursor hasNextPage } } }`;
const IS_DNC = 'query($n: String!, $l: String) { isDnc(number: $n, listName: $l) }';

async function listed(tk = token, filter: Record<string, unknown> = {}): Promise<string[]> {
  return (await t.ok<Page>(LIST, { f: filter, first: 500 }, tk)).dncEntries.nodes.map((e) => e.number).sort();
}
async function isDnc(n: string, l?: string, tk = token): Promise<boolean> {
  return (await t.ok<{ isDnc: boolean }>(IS_DNC, { n, l }, tk)).isDnc;
}

test('adds many numbers normalised to E.164 in the default list; adding again renews', async () => {
  const r = await t.ok<{ addDncNumbers: { added: number; renewed: number; entries: Entry[] } }>(
    ADD,
    { i: { numbers: ['(212) 555-0100', '+1 212 555 0101', '212.555.0102', '2125550100'], reason: 'asked' } },
    token,
  );
  assert.equal(r.addDncNumbers.added, 3, 'duplicates in one call count once');
  assert.equal(r.addDncNumbers.renewed, 0);
  assert.deepEqual(
    r.addDncNumbers.entries.map((e) => [e.number, e.listName, e.reason]),
    [
      ['+12125550100', 'default', 'asked'],
      ['+12125550101', 'default', 'asked'],
      ['+12125550102', 'default', 'asked'],
    ],
  );
  const again = await t.ok<{ addDncNumbers: { added: number; renewed: number; entries: Entry[] } }>(
    ADD,
    { i: { numbers: ['+12125550101', '+12125550102', '+12125550103'], reason: 'complaint' } },
    token,
  );
  assert.equal(again.addDncNumbers.added, 1);
  assert.equal(again.addDncNumbers.renewed, 2);
  assert.ok(again.addDncNumbers.entries.every((e) => e.reason === 'complaint'));
  assert.deepEqual(await listed(), ['+12125550100', '+12125550101', '+12125550102', '+12125550103']);
});

test('one unreadable number fails the whole call naming its index; nothing is written', async () => {
  const before = await listed();
  const e = assertError(
    await t.gql(ADD, { i: { numbers: ['+12125550104', '2125550105', '+1 212 555 0106', 'call me'] } }, token),
    'BAD_USER_INPUT',
    'numbers[3]',
  );
  assert.match(e.message, /numbers\[3\]: "call me" is not a phone number/);
  assertError(await t.gql(ADD, { i: { numbers: ['12'] } }, token), 'BAD_USER_INPUT', 'numbers[0]');
  assertError(await t.gql(ADD, { i: { numbers: [] } }, token), 'BAD_USER_INPUT', 'numbers');
  assertError(
    await t.gql(ADD, { i: { numbers: ['+12125550104'], expiresAt: new Date(Date.now() - 1000).toISOString() } }, token),
    'BAD_USER_INPUT',
    'expiresAt',
  );
  assertError(await t.gql(IS_DNC, { n: 'nope' }, token), 'BAD_USER_INPUT', 'number');
  assert.deepEqual(await listed(), before);
});

test("numbers without a country code are read in the tenant's defaultRegion", async () => {
  const de = await t.tenant('berlin');
  await t.ok('mutation { updateSettings(input: { defaultRegion: "DE" }) { defaultRegion } }', {}, de.token);
  const r = await t.ok<{ addDncNumbers: { entries: Entry[] } }>(ADD, { i: { numbers: ['030 123456', '+44 20 7946 0018'] } }, de.token);
  assert.deepEqual(
    r.addDncNumbers.entries.map((e) => e.number),
    ['+4930123456', '+442079460018'],
  );
  assert.equal(await isDnc('+49 30 123456', undefined, de.token), true);
  assert.equal(await isDnc('0049 30 123456', undefined, de.token), true);
  // acme reads numbers in US, where this one does not exist.
  assertError(await t.gql(IS_DNC, { n: '030 123456' }, token), 'BAD_USER_INPUT', 'number');
});

test('isDnc: by list, and expired entries no longer count', async () => {
  await t.ok(ADD, { i: { numbers: ['+12125550150'], listName: 'vip' } }, token);
  assert.equal(await isDnc('(212) 555-0150'), true, 'any list');
  assert.equal(await isDnc('(212) 555-0150', 'vip'), true);
  assert.equal(await isDnc('(212) 555-0150', 'default'), false);
  assert.equal(await isDnc('+12125550199'), false);

  const soon = new Date(Date.now() + 3600_000).toISOString();
  const r = await t.ok<{ addDncNumbers: { entries: Entry[] } }>(ADD, { i: { numbers: ['+12125550151'], expiresAt: soon } }, token);
  assert.equal(r.addDncNumbers.entries[0]!.expiresAt, soon);
  assert.equal(await isDnc('+12125550151'), true);
  // Let the hour pass: move the expiry into the past directly in the database.
  await t.app.orm.em.fork().nativeUpdate(DncEntry, { id: r.addDncNumbers.entries[0]!.id }, { expiresAt: new Date(Date.now() - 1000) });
  assert.equal(await isDnc('+12125550151'), false);
  // Adding it again without an expiry makes it permanent.
  await t.ok(ADD, { i: { numbers: ['+12125550151'] } }, token);
  assert.equal(await isDnc('+12125550151'), true);
});

test('list: search by digits or reason, filter by list, cursor pages visit every entry once', async () => {
  const { token: tk } = await t.tenant('pager');
  for (let i = 0; i < 7; i++)
    await t.ok(
      ADD,
      { i: { numbers: [`+1212555020${i}`], reason: i % 2 ? 'odd one' : 'even', listName: i < 2 ? 'partner' : undefined } },
      tk,
    );
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page = await t.ok<Page>(LIST, { first: 3, a: after }, tk);
    seen.push(...page.dncEntries.nodes.map((n) => n.number));
    if (!page.dncEntries.pageInfo.hasNextPage) break;
    after = page.dncEntries.pageInfo.endCursor;
  }
  assert.deepEqual(
    seen,
    [6, 5, 4, 3, 2, 1, 0].map((i) => `+1212555020${i}`),
    'newest first, each once',
  );
  assert.deepEqual(await listed(tk, { search: '555 0203' }), ['+12125550203']);
  assert.deepEqual(await listed(tk, { search: 'ODD' }), ['+12125550201', '+12125550203', '+12125550205']);
  assert.deepEqual(await listed(tk, { listName: 'partner' }), ['+12125550200', '+12125550201']);
  assertError(await t.gql(LIST, { a: 'garbage' }, tk), 'BAD_USER_INPUT', 'after');
});

test('remove by id and by number; the number is no longer DNC', async () => {
  const r = await t.ok<{ addDncNumbers: { entries: Entry[] } }>(
    ADD,
    { i: { numbers: ['+12125550160', '+12125550161', '+12125550162'] } },
    token,
  );
  const [a] = r.addDncNumbers.entries;
  const removed = await t.ok<{ removeDncEntry: Entry }>(
    `mutation($id: ID!) { removeDncEntry(id: $id) { ${ENTRY} } }`,
    { id: a!.id },
    token,
  );
  assert.equal(removed.removeDncEntry.number, '+12125550160');
  assert.equal(await isDnc('+12125550160'), false);
  assertError(await t.gql(`query($id: ID!) { dncEntry(id: $id) { id } }`, { id: a!.id }, token), 'NOT_FOUND');
  const n = await t.ok<{ removeDncNumbers: number }>(
    'mutation($n: [String!]!) { removeDncNumbers(numbers: $n) }',
    { n: ['(212) 555-0161', '+12125550162', '+12125550177'] },
    token,
  );
  assert.equal(n.removeDncNumbers, 2);
  assert.equal(await isDnc('+12125550161'), false);
  assertError(
    await t.gql('mutation($n: [String!]!) { removeDncNumbers(numbers: $n) }', { n: ['+12125550100', 'x'] }, token),
    'BAD_USER_INPUT',
    'numbers[1]',
  );
  assert.equal(await isDnc('+12125550100'), true, 'nothing removed on bad input');
});

test('permissions: a READ key lists and checks, cannot add or remove', async () => {
  const { key } = await apiKey(t, token, ['READ']);
  assert.ok((await listed(key)).includes('+12125550100'));
  assert.equal(await isDnc('+12125550100', undefined, key), true);
  assertError(await t.gql(ADD, { i: { numbers: ['+12125550170'] } }, key), 'FORBIDDEN');
  assertError(await t.gql('mutation($n: [String!]!) { removeDncNumbers(numbers: $n) }', { n: ['+12125550100'] }, key), 'FORBIDDEN');
  const page = await t.ok<Page>(LIST, { first: 1 }, key);
  assertError(await t.gql('mutation($id: ID!) { removeDncEntry(id: $id) { id } }', { id: page.dncEntries.nodes[0]!.id }, key), 'FORBIDDEN');
});
