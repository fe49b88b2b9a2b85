import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from 'pg';
import { waitFor } from '../test/wait-for';
import { createTestDb, type TestDb } from '../test/test-db';

// recipient_phone -> campaign_recipient -> campaign are kept by statement-level triggers
// (Migration20261206080000, Migration20261206090000): these pin down that they behave as the foreign keys did.

let db: TestDb;
let sql: Client;
const tenant = '00000000-0000-0000-0000-0000000000a1';
const campaign = '00000000-0000-0000-0000-0000000000c1';

async function addCampaign(): Promise<void> {
  await sql.query(
    `insert into campaign (id, tenant_id, name, amd, cause_policy, broadcast_actions, channel_variables, created_at, updated_at)
    values ($1, $2, 'c', '{}', '{}', '[]', '{}', now(), now())`,
    [campaign, tenant],
  );
}

async function addRecipients(n: number): Promise<string[]> {
  const r = await sql.query<{ id: string }>(
    `insert into campaign_recipient (campaign_id, name, state, fields, tags, created_at, updated_at)
    select $1, 'r' || g, 'READY', '{}', '{}', now(), now() from generate_series(1, $2::int) g returning id`,
    [campaign, n],
  );
  return r.rows.map((x) => x.id);
}

async function phoneCount(): Promise<number> {
  return (await sql.query<{ n: number }>('select count(*)::int as n from recipient_phone')).rows[0]!.n;
}

before(async () => {
  db = await createTestDb();
  sql = new Client({ connectionString: db.url });
  await sql.connect();
  await sql.query('insert into tenant (id, name, created_at) values ($1, $2, now())', [tenant, 't']);
  await addCampaign();
});
after(async () => {
  await sql.end();
  await db.drop();
});

test('numbers for recipients that exist go in, in one statement or many', async () => {
  const ids = await addRecipients(3);
  await sql.query(
    `insert into recipient_phone (recipient_id, campaign_id, number) select id, $1, '+1212555' || lpad(id::text, 4, '0')
    from unnest($2::bigint[]) id`,
    [campaign, ids],
  );
  assert.equal(await phoneCount(), 3);
});

test('a number for a missing recipient is refused with 23503, and nothing of its statement is kept', async () => {
  const [id] = await addRecipients(1);
  const before = await phoneCount();
  await assert.rejects(
    sql.query('insert into recipient_phone (recipient_id, campaign_id, number) values ($1, $3, $4), ($2, $3, $5)', [
      id,
      '999999999',
      campaign,
      '+12125550901',
      '+12125550902',
    ]),
    { code: '23503', constraint: 'recipient_phone_recipient_id_foreign', detail: /999999999/ },
  );
  assert.equal(await phoneCount(), before);
  // Moving a number to a missing recipient is refused the same way.
  await sql.query("insert into recipient_phone (recipient_id, campaign_id, number) values ($1, $2, '+12125550903')", [id, campaign]);
  await assert.rejects(sql.query("update recipient_phone set recipient_id = 999999999 where number = '+12125550903'"), { code: '23503' });
});

test('deleting recipients deletes their numbers and only theirs; deleting the campaign deletes all', async () => {
  const ids = await addRecipients(4);
  await sql.query(
    `insert into recipient_phone (recipient_id, campaign_id, number) select id, $1, '+1312555' || lpad(id::text, 4, '0')
    from unnest($2::bigint[]) id`,
    [campaign, ids],
  );
  const before = await phoneCount();
  await sql.query('delete from campaign_recipient where id = any($1::bigint[])', [ids.slice(0, 2)]);
  assert.equal(await phoneCount(), before - 2);
  const left = await sql.query('select 1 from recipient_phone where recipient_id = any($1::bigint[])', [ids.slice(2)]);
  assert.equal(left.rowCount, 2);
  // A campaign's deletion cascades to its recipients, and from them to their numbers.
  await sql.query('delete from campaign where id = $1', [campaign]);
  assert.equal(await phoneCount(), 0);
});

test('a recipient for a missing campaign is refused with 23503, and nothing of its statement is kept', async () => {
  const count = async (): Promise<number> =>
    (await sql.query<{ n: number }>('select count(*)::int as n from campaign_recipient')).rows[0]!.n;
  await addCampaign();
  const before = await count();
  await assert.rejects(
    sql.query(
      `insert into campaign_recipient (campaign_id, name, state, fields, tags, created_at, updated_at)
      values ($1, 'ok', 'READY', '{}', '{}', now(), now()), ($2, 'lost', 'READY', '{}', '{}', now(), now())`,
      [campaign, '00000000-0000-0000-0000-0000000000ff'],
    ),
    { code: '23503', constraint: 'campaign_recipient_campaign_id_foreign', detail: /0000000000ff/ },
  );
  assert.equal(await count(), before);
  const [id] = await addRecipients(1);
  await assert.rejects(
    sql.query("update campaign_recipient set campaign_id = '00000000-0000-0000-0000-0000000000ff' where id = $1", [id]),
    { code: '23503' },
  );
  await sql.query('delete from campaign where id = $1', [campaign]);
  assert.equal(await count(), 0);
});

test('new recipients hold their campaign: deleting it waits for their transaction, then takes them along', async () => {
  await addCampaign();
  const adder = new Client({ connectionString: db.url });
  await adder.connect();
  try {
    await adder.query('begin');
    await adder.query(
      `insert into campaign_recipient (campaign_id, name, state, fields, tags, created_at, updated_at)
      values ($1, 'late', 'READY', '{}', '{}', now(), now())`,
      [campaign],
    );
    const pid = (await sql.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
    let deleted = false;
    const deleting = sql.query('delete from campaign where id = $1', [campaign]).then(() => {
      deleted = true;
    });
    // Ask PostgreSQL, from a third connection, until the delete's backend waits on a lock.
    const watcher = new Client({ connectionString: db.url });
    await watcher.connect();
    await waitFor(
      async () =>
        (await watcher.query<{ w: string | null }>('select wait_event_type as w from pg_stat_activity where pid = $1', [pid])).rows[0]?.w,
      { what: 'the delete to wait for a lock', until: (w) => w === 'Lock' || deleted },
    ).finally(() => watcher.end());
    assert.equal(deleted, false, 'the delete waits for the key-share lock');
    await adder.query('commit');
    await deleting;
    const left = await sql.query('select 1 from campaign_recipient where campaign_id = $1', [campaign]);
    assert.equal(left.rowCount, 0, 'no recipient outlives its campaign');
  } finally {
    await adder.end();
  }
});

test('truncating the recipients empties the numbers too', async () => {
  await addCampaign();
  const ids = await addRecipients(2);
  await sql.query(
    `insert into recipient_phone (recipient_id, campaign_id, number) select id, $1, '+1415555' || lpad(id::text, 4, '0')
    from unnest($2::bigint[]) id`,
    [campaign, ids],
  );
  assert.equal(await phoneCount(), 2);
  await sql.query('truncate campaign_recipient cascade');
  assert.equal(await phoneCount(), 0);
});
