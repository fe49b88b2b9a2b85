import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb, type TestDb } from '../test/test-db';
import { sqlArray } from './sql-array';

let db: TestDb;
before(async () => {
  db = await createTestDb();
});
after(async () => {
  await db.drop();
});

test('round-trips awkward strings through PostgreSQL', async () => {
  const values = ['+1212', 'a,b', 'quote"d', 'back\\slash', '{brace}', '', 'NULL'];
  const rows = await db.orm.em.getConnection().execute<Array<{ v: string }>>('select unnest(?::text[]) as v', [sqlArray(values)]);
  assert.deepEqual(
    rows.map((r) => r.v),
    values,
  );
});
