import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb, type TestDb } from '../test/test-db';

let db: TestDb;
before(async () => {
  db = await createTestDb();
});
after(async () => {
  await db.drop();
});

test('migrations are complete: the entities need no further schema change', async () => {
  const diff = await db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
  assert.equal(diff.trim(), '', `entities changed without a migration:\n${diff}`);
});

test('the claim query uses the partial index for never-called recipients', async () => {
  const conn = db.orm.em.getConnection();
  await conn.execute('set enable_seqscan = off');
  const plan = await conn.execute<{ 'QUERY PLAN': string }[]>(
    `explain select id from campaign_recipient where campaign_id = '00000000-0000-0000-0000-000000000000'
     and state = 'READY' and attempts = 0 order by priority desc, id limit 10`,
  );
  assert.match(plan.map((r) => r['QUERY PLAN']).join('\n'), /campaign_recipient_fresh_idx/);
});
