import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Permission } from '../auth/permission';
import type { CommandContext } from '../commands/command-context';
import { addRecipients } from '../commands/recipient/add-recipients';
import { changeRecipients, type RecipientUserAction } from '../commands/recipient/change-recipients';
import { deleteAllRecipients } from '../commands/recipient/delete-all-recipients';
import { CampaignStatus } from '../domain/campaign/campaign-status';
import { DuplicatePolicy } from '../domain/recipient/duplicate-policy';
import { RecipientAction } from '../domain/recipient/recipient-transitions';
import { recordCallEnds } from '../dialer/outcome-writer';
import { rows } from '../dialer/sql-rows';
import { seedCampaign, seedTenant } from '../dialer/testing/seed';
import type { Tenant } from '../entities/tenant.entity';
import { EventBus } from '../events/event-bus';
import { createTestDb, type TestDb } from '../test/test-db';
import { campaignStatistics } from './campaign-statistics';
import { compactTally, recountTally } from './campaign-tally';

/**
 * Issue 19 item 5: the tally kept by triggers equals a full recount after any sequence of the
 * writers' operations: imports (addRecipients), claims, calls ending (the dialer's own
 * recordCallEnds), stop / reactivate / add attempts (changeRecipients), deletes (one by one,
 * and deleteAllRecipients), and compactions in between.
 */
let db: TestDb;
let tenant: Tenant;
let bus: EventBus;
before(async () => {
  db = await createTestDb();
  bus = new EventBus(db.url);
  await bus.start();
  tenant = await seedTenant(db.orm.em.fork() as EntityManager);
});
after(async () => {
  await bus?.close();
  await db?.drop();
});

const em = () => db.orm.em.fork() as EntityManager;
const ctx = (): CommandContext => ({
  em: em(),
  bus,
  principal: { kind: 'USER', id: randomUUID(), label: 'tester', tenantId: tenant.id, permissions: new Set(Object.values(Permission)) },
});

type Op =
  | { kind: 'import'; n: number; tags: string[] }
  | { kind: 'claim'; n: number }
  | { kind: 'end'; n: number; answered: boolean; bill: number; cause: string }
  | { kind: 'stop' | 'reactivate' | 'addAttempts'; all: boolean }
  | { kind: 'deleteSome'; n: number }
  | { kind: 'deleteAll' }
  | { kind: 'compact' };

const TAGS = ['vip', 'north', 'late'];
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('import' as const), n: fc.integer({ min: 1, max: 6 }), tags: fc.subarray(TAGS) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('claim' as const), n: fc.integer({ min: 1, max: 4 }) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('end' as const),
      n: fc.integer({ min: 1, max: 4 }),
      answered: fc.boolean(),
      bill: fc.integer({ min: 0, max: 90 }),
      cause: fc.constantFrom('NORMAL_CLEARING', 'USER_BUSY', 'NO_ANSWER', 'ORIGINATOR_CANCEL'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constantFrom('stop' as const, 'reactivate' as const, 'addAttempts' as const), all: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteSome' as const), n: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'deleteAll' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'compact' as const }) },
);

let serial = 0;
async function apply(campaignId: string, o: Op): Promise<void> {
  const some = async (sql: string, n: number) =>
    (await rows<{ id: string }>(em(), `${sql} order by random() limit ?`, [campaignId, n])).map((r) => String(r.id));
  switch (o.kind) {
    case 'import': {
      const batch = Array.from({ length: o.n }, () => ({
        communications: [{ number: `+12125${String(++serial).padStart(6, '0')}` }],
        tags: o.tags,
      }));
      await addRecipients(ctx(), campaignId, batch, { autoRun: false, onDuplicate: DuplicatePolicy.SKIP });
      return;
    }
    case 'claim':
      // The dialer's claim in one statement pair: READY/RETRY_WAIT -> DIALING with an open attempt.
      await em().transactional(async (t) => {
        await t.execute(
          `with c as (update campaign_recipient r set state = 'DIALING', last_attempt_at = now(), updated_at = now()
             where r.id in (select id from campaign_recipient where campaign_id = ? and state in ('READY', 'RETRY_WAIT') order by random() limit ?)
             returning r.id, r.campaign_id, r.attempts)
           insert into call_attempt (call_id, campaign_id, recipient_id, attempt_number, number, created_at)
           select gen_random_uuid(), c.campaign_id, c.id, c.attempts + 1, '+1444', now() from c`,
          [campaignId, o.n],
        );
      });
      return;
    case 'end': {
      const open = await rows<{ call_id: string }>(
        em(),
        'select call_id from call_attempt where campaign_id = ? and ended_at is null order by random() limit ?',
        [campaignId, o.n],
      );
      const now = new Date();
      const ends = open.map((a) => ({
        callId: a.call_id,
        at: now,
        cause: o.cause,
        q850: null,
        sipStatus: null,
        billSeconds: o.answered ? o.bill : 0,
        ringingAt: null,
        answeredAt: o.answered ? now : null,
        amdResult: null,
      }));
      await em().transactional((t) => recordCallEnds(t, ends, now));
      return;
    }
    case 'stop':
    case 'reactivate':
    case 'addAttempts': {
      const actions: Record<typeof o.kind, RecipientUserAction> = {
        stop: RecipientAction.STOP,
        reactivate: RecipientAction.REACTIVATE,
        addAttempts: RecipientAction.ADD_ATTEMPTS,
      };
      const action = actions[o.kind];
      const ids = o.all ? undefined : await some('select id::text id from campaign_recipient where campaign_id = ?', 3);
      if (!o.all && ids!.length === 0) return;
      await changeRecipients(ctx(), campaignId, action, o.all ? { all: true } : { ids });
      return;
    }
    case 'deleteSome': {
      const ids = await some(
        `select id::text id from campaign_recipient where campaign_id = ? and state not in ('DIALING', 'IN_CALL')`,
        o.n,
      );
      await em().execute('delete from campaign_recipient where id = any(?::bigint[])', [`{${ids.join(',')}}`]);
      return;
    }
    case 'deleteAll':
      await deleteAllRecipients(ctx(), campaignId);
      return;
    case 'compact':
      await compactTally(em(), campaignId);
  }
}

test('the tally equals a full recount after any sequence of changes', { timeout: 600_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
      // CANCELLED: every user operation (delete all included) is allowed; no dialer runs here.
      const c = await seedCampaign(em(), tenant, { status: CampaignStatus.CANCELLED, maxAttempts: 2 });
      for (const o of ops) await apply(c.id, o);
      const stats = await campaignStatistics(em(), [c.id]);
      const byState = await rows<{ state: string; n: number }>(
        em(),
        'select state::text, count(*)::int n from campaign_recipient where campaign_id = ? group by state',
        [c.id],
      );
      assert.deepEqual(
        Object.fromEntries(stats.byState.map((b) => [b.key, b.count])),
        Object.fromEntries(byState.map((r) => [r.state, r.n])),
        'statistics by state (from the tally) = the rows',
      );
      assert.deepEqual(await recountTally(em(), c.id), [], 'no figure drifted from a full recount');
    }),
    { numRuns: 100 },
  );
});

test('a recount repairs drift left by a writer that bypassed the triggers', async () => {
  const c = await seedCampaign(em(), tenant, { status: CampaignStatus.CANCELLED });
  await apply(c.id, { kind: 'import', n: 3, tags: ['vip'] });
  // As a restore or a replica-mode bulk load would: the triggers do not fire.
  await em().transactional(async (t) => {
    await t.execute('set local session_replication_role = replica');
    await t.execute(`update campaign_recipient set state = 'STOPPED' where campaign_id = ?`, [c.id]);
  });
  const drift = await recountTally(em(), c.id);
  assert.deepEqual(drift.map((d) => [d.figure, d.key, d.tallied, d.actual]).sort(), [
    ['state', 'READY', 3, 0],
    ['state', 'STOPPED', 0, 3],
  ]);
  assert.deepEqual(await recountTally(em(), c.id), [], 'repaired');
  assert.deepEqual((await campaignStatistics(em(), [c.id])).byState, [{ key: 'STOPPED', count: 3, percent: 100 }]);
});
