import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Permission } from '../../auth/permission';
import type { Principal } from '../../auth/principal';
import { AuditAction } from '../../domain/audit/audit-action';
import { AuditEntry } from '../../entities/audit-entry.entity';
import { createTestDb, type TestDb } from '../../test/test-db';
import { recordAudit } from './record-audit';

// recordAudit's two promises to the commands that call it: the entry lives and dies with the
// caller's transaction, and no secret-named field reaches the table, however deep.
let db: TestDb;
before(async () => {
  db = await createTestDb();
});
after(async () => {
  await db.drop();
});

const operator: Principal = {
  kind: 'USER',
  id: randomUUID(),
  label: 'op@x.test',
  tenantId: randomUUID(),
  permissions: new Set([Permission.PLATFORM]),
};

test('the entry commits with the change, and is gone when the transaction rolls back', async () => {
  const tenantId = randomUUID();
  await assert.rejects(
    db.orm.em.fork().transactional(async (em) => {
      recordAudit(
        em,
        { principal: operator },
        { action: AuditAction.TENANT_SUSPENDED, tenantId, targetType: 'Tenant', targetId: tenantId },
      );
      await em.flush();
      throw new Error('the change failed after the entry was flushed');
    }),
    /the change failed/,
  );
  assert.equal(await db.orm.em.fork().count(AuditEntry, { tenantId }), 0);
  await db.orm.em.fork().transactional(async (em) => {
    recordAudit(em, { principal: operator }, { action: AuditAction.TENANT_SUSPENDED, tenantId, targetType: 'Tenant', targetId: tenantId });
  });
  const [row] = await db.orm.em.fork().find(AuditEntry, { tenantId });
  assert.deepEqual([row?.actorLabel, row?.actorTenantId, row?.actorKind], ['op@x.test', operator.tenantId, 'USER']);
});

test('secret-named fields are dropped at every depth; the rest is kept', async () => {
  const tenantId = randomUUID();
  await db.orm.em.fork().transactional(async (em) => {
    recordAudit(
      em,
      { principal: null },
      {
        action: AuditAction.TENANT_CREATED,
        tenantId,
        targetType: 'Tenant',
        changes: {
          name: 'acme',
          adminPassword: 'p1',
          password: 'p2',
          admin: { email: 'a@acme.test', passwordHash: 'h', token: 't', key: 'k' },
          clientSecret: 's',
        },
      },
    );
  });
  const [row] = await db.orm.em.fork().find(AuditEntry, { tenantId });
  assert.deepEqual(row?.changes, { name: 'acme', admin: { email: 'a@acme.test' } });
  assert.deepEqual([row?.actorKind, row?.actorLabel], ['SYSTEM', 'system']);
});
