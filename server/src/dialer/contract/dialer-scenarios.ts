import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isTerminal } from '../../switch/call-event';
import { EventBus } from '../../events/event-bus';
import { CONTRACT_DIAL_STRING, type ContractTarget } from '../../switch/contract/contract-target';
import { createTestDb, type TestDb } from '../../test/test-db';
import { DEFAULT_WAIT_MS, waitFor } from '../../test/wait-for';
import { Dialer } from '../dialer';
import { rows } from '../sql-rows';
import { seedCampaign, seedRecipients, seedTenant } from '../testing/seed';

// Recipient i's number ends in the outcome the callee plays on both switches (deploy/freeswitch
// dialplan = the simulator's digit convention): i % 7 -> answer, busy, no answer, congestion,
// unallocated, rejected, callee hangs up after 2 s.
const SUFFIX = `(array['0000','0001','0002','0003','0004','0005','0011'])[x.i % 7 + 1]`;
const RECIPIENTS = 21;
const MAX_CONCURRENT = 4;

/**
 * A small campaign, written once and run against both switches: final recipient states and
 * attempt counts as the dialplan and the default cause policy predict, every attempt closed,
 * and never more calls up at once than the campaign allows.
 */
export function describeDialerContract(label: string, makeTarget: () => Promise<ContractTarget>, opts: { skip?: string } = {}): void {
  describe(`dialer contract: ${label}`, { skip: opts.skip }, () => {
    let t: ContractTarget;
    let db: TestDb;
    let bus: EventBus;
    let dialer: Dialer | undefined;
    before(async () => {
      db = await createTestDb();
      bus = new EventBus(db.url);
      await bus.start();
      t = await makeTarget();
    });
    after(async () => {
      await dialer?.stop();
      await t?.close();
      await bus?.close();
      await db?.drop();
    });

    it(`${RECIPIENTS} recipients over loopback: final states and attempts as predicted, at most ${MAX_CONCURRENT} calls at once`, async () => {
      const em = db.orm.em.fork();
      const tenant = await seedTenant(em, { callsPerSecond: 50 });
      const c = await seedCampaign(em, tenant, {
        maxConcurrentCalls: MAX_CONCURRENT,
        callsPerSecond: 5,
        maxAttempts: 2,
        retryWaitSeconds: 0,
        ringTimeoutSeconds: 4, // callees that answer ring 2 s
      });
      await seedRecipients(em, c.id, RECIPIENTS, '1555', SUFFIX);

      // Calls up at once, from what the switch reported: +1 when placed, -1 at its end.
      let open = 0;
      let peak = 0;
      const counted = new Set<string>();
      t.rec.adapter.onEvent((e) => {
        if (e.type === 'originated' && !counted.has(e.callId)) {
          counted.add(e.callId);
          peak = Math.max(peak, ++open);
        } else if (isTerminal(e) && counted.has(e.callId)) open--;
      });

      dialer = new Dialer(db.orm, bus, t.rec.adapter, {
        tickMs: 100,
        leaderRetryMs: 200,
        databaseUrl: db.url,
        defaultDialString: CONTRACT_DIAL_STRING,
      });
      await dialer.start();
      const probe = async () =>
        (await rows<{ status: string }>(db.orm.em.fork(), `select status from campaign where id = ?`, [c.id]))[0]?.status;
      await waitFor(probe, {
        what: 'the campaign to finish',
        until: (s) => s === 'COMPLETED' || s === 'INCOMPLETE',
        timeoutMs: Math.max(DEFAULT_WAIT_MS, 180_000),
        intervalMs: 50,
      });

      const states = await rows<{ kind: string; state: string; attempts: number; n: number }>(
        db.orm.em.fork(),
        `select right(p.number, 2) as kind, r.state, r.attempts, count(*)::int as n
         from campaign_recipient r join recipient_phone p on p.recipient_id = r.id
         where r.campaign_id = ? group by 1, 2, 3 order by 1, 2, 3`,
        [c.id],
      );
      assert.deepEqual(Object.fromEntries(states.map((s) => [`${s.kind}:${s.state}:${s.attempts}`, s.n])), {
        '00:CONTACTED:1': 3,
        '01:FAILED:2': 3,
        '02:FAILED:2': 3,
        '03:FAILED:2': 3,
        '04:FAILED:1': 3,
        '05:FAILED:1': 3,
        '11:CONTACTED:1': 3,
      });
      const outcomes = await rows<{ kind: string; outcome: string; n: number }>(
        db.orm.em.fork(),
        `select right(number, 2) as kind, outcome, count(*)::int as n from call_attempt where campaign_id = ? group by 1, 2 order by 1, 2`,
        [c.id],
      );
      assert.deepEqual(Object.fromEntries(outcomes.map((o) => [`${o.kind}:${o.outcome}`, o.n])), {
        '00:ANSWERED': 3,
        '01:BUSY': 6,
        '02:NO_ANSWER': 6,
        '03:CONGESTION': 6,
        '04:INVALID_NUMBER': 3,
        '05:REJECTED': 3,
        '11:ANSWERED': 3,
      });
      const [unclosed] = await rows<{ n: number }>(
        db.orm.em.fork(),
        `select count(*)::int as n from call_attempt where campaign_id = ? and ended_at is null`,
        [c.id],
      );
      assert.equal(unclosed?.n, 0, 'every attempt closed');
      assert.equal(counted.size, 30, 'one originate per attempt');
      assert.ok(peak >= 1 && peak <= MAX_CONCURRENT, `peak ${peak} calls at once`);
    });
  });
}
