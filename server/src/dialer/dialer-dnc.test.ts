import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rows } from './sql-rows';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { recordOriginates } from './testing/invariant-sampler';
import { seedCampaign, seedTenant } from './testing/seed';

// Issue 18 item 3 against the simulator over TCP: DNC is per number (a recipient is DNC only
// when every number is), per list (a campaign honours the lists it chose) and may expire.
// Numbers ending in 0000 answer, 0001 are busy (switch/README.md).

let env: DialerTestEnv;
before(async () => {
  env = await dialerTestEnv();
});
after(async () => {
  await env?.stop();
});

/** A recipient with these numbers (first = highest priority); its id. */
async function recipient(em: EntityManager, campaignId: string, name: string, numbers: string[]): Promise<string> {
  const [r] = await rows<{ id: string }>(
    em,
    `insert into campaign_recipient (campaign_id, name, fields, tags, created_at, updated_at)
    values (?, ?, '{}'::jsonb, '{}', now(), now()) returning id`,
    [campaignId, name],
  );
  for (const [i, number] of numbers.entries()) {
    await em.execute('insert into recipient_phone (recipient_id, campaign_id, number, priority, stopped) values (?, ?, ?, ?, false)', [
      r!.id,
      campaignId,
      number,
      numbers.length - i,
    ]);
  }
  return r!.id;
}

async function dnc(em: EntityManager, tenantId: string, number: string, listName: string, expiresAt: Date | null = null): Promise<void> {
  await em.execute(
    'insert into dnc_entry (id, tenant_id, number, list_name, expires_at, created_at) values (gen_random_uuid(), ?, ?, ?, ?, now())',
    [tenantId, number, listName, expiresAt],
  );
}

test(
  'a DNC number is skipped and the clean one dialed; all numbers DNC ends DNC; only the chosen lists block; expired entries do not',
  {
    timeout: 120_000,
  },
  async () => {
    const em = env.em();
    const tenant = await seedTenant(em, { callsPerSecond: 100 });
    // Busy numbers with 3 attempts and no wait: the rotation comes back to every number it may dial.
    const mine = await seedCampaign(em, tenant, {
      maxAttempts: 3,
      retryWaitSeconds: 0,
      callsPerSecond: 50,
      ringTimeoutSeconds: 4,
      dncLists: ['mine'],
    });
    const every = await seedCampaign(em, tenant, { maxAttempts: 1, callsPerSecond: 50, ringTimeoutSeconds: 4 });
    const ids = {
      // The DNC number has the higher priority: the dialer must step over it to the clean one.
      oneClean: await recipient(em, mine.id, 'one clean', ['+15550101000001', '+15550102000001']),
      allDnc: await recipient(em, mine.id, 'all dnc', ['+15550201000001', '+15550202000001']),
      otherList: await recipient(em, mine.id, 'other list', ['+15550301000001']),
      expired: await recipient(em, mine.id, 'expired', ['+15550401000001']),
      everyList: await recipient(em, every.id, 'every list', ['+15550501000000']),
      everyClean: await recipient(em, every.id, 'every clean', ['+15550601000000']),
    };
    await dnc(em, tenant.id, '+15550101000001', 'mine');
    await dnc(em, tenant.id, '+15550201000001', 'mine');
    await dnc(em, tenant.id, '+15550202000001', 'mine');
    await dnc(em, tenant.id, '+15550301000001', 'other');
    await dnc(em, tenant.id, '+15550401000001', 'mine', new Date(Date.now() - 60_000));
    await dnc(em, tenant.id, '+15550501000000', 'other');

    const sent = recordOriginates(env.h.sim);
    await env.startDialer();
    await env.waitFor<number>(
      `select count(*)::int from campaign where id in (?, ?) and status in ('COMPLETED', 'INCOMPLETE')`,
      [mine.id, every.id],
      (n) => n === 2,
      'both campaigns to finish',
      90_000,
    );

    const dialed = (n: string) => sent.filter((s) => s.number === n).length;
    assert.equal(dialed('+15550101000001'), 0, 'the DNC number of a recipient with a clean one');
    assert.equal(dialed('+15550102000001'), 3, 'its clean number, every attempt');
    assert.equal(dialed('+15550201000001') + dialed('+15550202000001'), 0, 'a recipient whose every number is DNC');
    assert.equal(dialed('+15550301000001'), 3, "another list's entry does not block a campaign that chose 'mine'");
    assert.equal(dialed('+15550401000001'), 3, 'an expired entry does not block');
    assert.equal(dialed('+15550501000000'), 0, 'a campaign without a choice honours every list');
    assert.equal(dialed('+15550601000000'), 1);

    const states = await rows<{ id: string; state: string; attempts: number }>(
      env.em(),
      'select id, state, attempts from campaign_recipient where id = any(?::bigint[])',
      [`{${Object.values(ids).join(',')}}`],
    );
    const byId = new Map(states.map((s) => [s.id, `${s.state}:${s.attempts}`]));
    assert.deepEqual(Object.fromEntries(Object.entries(ids).map(([k, id]) => [k, byId.get(id)])), {
      oneClean: 'FAILED:3',
      allDnc: 'DNC:0',
      otherList: 'FAILED:3',
      expired: 'FAILED:3',
      everyList: 'DNC:0',
      everyClean: 'CONTACTED:1',
    });
    const [attempts] = await rows<{ n: number }>(
      env.em(),
      'select count(*)::int as n from call_attempt where recipient_id = any(?::bigint[])',
      [`{${ids.allDnc},${ids.everyList}}`],
    );
    assert.equal(attempts?.n, 0, 'no attempt row for a DNC recipient');
  },
);
