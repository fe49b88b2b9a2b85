import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CallDestination } from '../entities/campaign-config';
import { EventBus } from '../events/event-bus';
import { CONTRACT_DIAL_STRING, realSwitchConfigured, realSwitchTarget, type ContractTarget } from '../switch/contract/contract-target';
import { createTestDb, type TestDb } from '../test/test-db';
import { DEFAULT_WAIT_MS, waitFor } from '../test/wait-for';
import { Dialer } from './dialer';
import { rows } from './sql-rows';
import { seedCampaign, seedRecipients, seedTenant } from './testing/seed';

// Issue 17 item 5 on a real FreeSWITCH (`npm run test:freeswitch`): a campaign's destination
// extension bridges to a test callee (deploy/freeswitch/dialplan/default/pacer-destinations.xml),
// and the attempt's outcome is that second leg's result, read from the switch's own events; a
// queue mod_callcenter does not have is QUEUE_INVALID. The same statuses come from the simulator
// in destination-outcomes.test.ts.
describe(
  'outcomes by destination: real FreeSWITCH',
  { skip: realSwitchConfigured() ? undefined : 'no ESL_HOST (run npm run test:freeswitch)' },
  () => {
    let t: ContractTarget;
    let db: TestDb;
    let bus: EventBus;
    let dialer: Dialer | undefined;
    before(async () => {
      db = await createTestDb();
      bus = new EventBus(db.url);
      await bus.start();
      t = await realSwitchTarget();
      dialer = new Dialer(db.orm, bus, t.rec.adapter, {
        tickMs: 100,
        leaderRetryMs: 200,
        databaseUrl: db.url,
        defaultDialString: CONTRACT_DIAL_STRING,
      });
      await dialer.start();
    });
    after(async () => {
      await dialer?.stop();
      await t?.close();
      await bus?.close();
      await db?.drop();
    });

    /** [destination, the callee's number suffix (pacer.xml), the outcome expected]. */
    const cases: Array<[CallDestination, string, string]> = [
      [{ kind: 'EXTENSION', target: '55101' }, '0000', 'IN_ANSWER'],
      [{ kind: 'EXTENSION', target: '55102' }, '0000', 'IN_BUSY'],
      [{ kind: 'EXTENSION', target: '55103' }, '0000', 'IN_NOANSWER'],
      [{ kind: 'EXTENSION', target: '55104' }, '0011', 'IN_CANCEL'], // the callee hangs up after 2 s
      [{ kind: 'EXTENSION', target: '55105' }, '0000', 'IN_CONGESTION'],
      [{ kind: 'EXTENSION', target: '55106' }, '0000', 'IN_CHANUNAVAIL'],
      [{ kind: 'QUEUE', target: 'pacer-no-such-queue' }, '0000', 'QUEUE_INVALID'],
    ];

    it('each destination ends with its own outcome', async () => {
      const em = db.orm.em.fork();
      const tenant = await seedTenant(em, { callsPerSecond: 50 });
      const ids: string[] = [];
      for (const [destination, suffix] of cases) {
        const c = await seedCampaign(em, tenant, { callsPerSecond: 5, ringTimeoutSeconds: 10, retryWaitSeconds: 3600, destination });
        await seedRecipients(em, c.id, 1, '1555', `'${suffix}'`);
        ids.push(c.id);
      }
      const outcomeOf = async (id: string) =>
        (
          await rows<{ outcome: string }>(
            db.orm.em.fork(),
            `select outcome::text as outcome from call_attempt where campaign_id = ? and ended_at is not null`,
            [id],
          )
        )[0]?.outcome;
      const got: string[] = [];
      for (const [i, id] of ids.entries()) {
        const outcome = await waitFor(() => outcomeOf(id), {
          what: `the call to ${cases[i]?.[0].target} ended`,
          until: (o) => typeof o === 'string',
          timeoutMs: Math.max(DEFAULT_WAIT_MS, 60_000),
          intervalMs: 100,
        });
        got.push(String(outcome));
      }
      assert.deepEqual(
        got,
        cases.map((c) => c[2]),
      );
    });
  },
);
