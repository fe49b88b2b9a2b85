import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Role } from '../../domain/auth/role';
import { Tenant } from '../../entities/tenant.entity';
import { User } from '../../entities/user.entity';
import { createTestDb, type TestDb } from '../../test/test-db';
import { bootstrapFirstAdmin } from './bootstrap';

let db: TestDb;
before(async () => {
  db = await createTestDb();
});
after(async () => {
  await db.drop();
});

test('the first start creates the platform operator; an install from before the role gets its oldest admin promoted, once', async () => {
  const first = await bootstrapFirstAdmin(db.orm.em.fork(), { tenant: 'Default', email: 'Op@Example.test' });
  assert.equal(first.created, true);
  assert.ok(first.generatedPassword, 'a generated password is shown once');
  const em = db.orm.em.fork();
  assert.equal((await em.findOneOrFail(User, { email: 'op@example.test' })).role, Role.PLATFORM_ADMIN);

  // Simulate an older install: the operator is a plain ADMIN, a younger admin exists too.
  await em.nativeUpdate(User, { email: 'op@example.test' }, { role: Role.ADMIN });
  const tenant = await em.findOneOrFail(Tenant, { name: 'Default' });
  em.create(User, {
    tenant,
    email: 'younger@example.test',
    name: 'Y',
    role: Role.ADMIN,
    passwordHash: 'x',
    disabled: false,
    createdAt: new Date(Date.now() + 1000),
  });
  await em.flush();
  const again = await bootstrapFirstAdmin(db.orm.em.fork(), { tenant: 'Default', email: 'op@example.test' });
  assert.equal(again.created, false);
  await bootstrapFirstAdmin(db.orm.em.fork(), { tenant: 'Default', email: 'op@example.test' });
  const roles = await db.orm.em.fork().find(User, {}, { orderBy: { email: 'asc' } });
  assert.deepEqual(
    roles.map((u) => [u.email, u.role]),
    [
      ['op@example.test', Role.PLATFORM_ADMIN],
      ['younger@example.test', Role.ADMIN],
    ],
  );
});
