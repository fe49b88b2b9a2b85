import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isTerminal } from '../../switch/call-event';
import type { ContractTarget } from '../../switch/contract/contract-target';
import { waitFor } from '../../test/wait-for';
import { rows } from '../sql-rows';
import { seedCampaign, seedRecipients, seedTenant } from '../testing/seed';
import { openDialerContractEnv, peakOverlap, type DialerContractEnv } from './dialer-contract-kit';

const RECIPIENTS = 12;
const CONCURRENT = 6;
/** Lowered to: 3 loopback calls (each is 2 sessions on the switch). */
const LOWERED_SESSIONS = 6;

/**
 * `fsctl max_sessions` lowered while a campaign dials, written once for both switches: the
 * switch's refusals are not attempts (every callee answers and hangs up: all CONTACTED after
 * one counted attempt), and once the calls that were up when it was lowered have ended, Pacer
 * never has more calls up than the switch now allows.
 */
export function describeMaxSessionsContract(label: string, makeTarget: () => Promise<ContractTarget>, opts: { skip?: string } = {}): void {
  describe(`dialer contract, switch max sessions: ${label}`, { skip: opts.skip }, () => {
    let env: DialerContractEnv;
    before(async () => {
      env = await openDialerContractEnv(makeTarget);
    });
    after(async () => {
      await env?.close();
    });

    it(`max sessions lowered to ${LOWERED_SESSIONS} while ${CONCURRENT} calls may be up: refusals not counted, at most ${LOWERED_SESSIONS / 2} loopback calls after`, async () => {
      const { t, db } = env;
      const before = await t.rec.adapter.status();
      const em = db.orm.em.fork();
      const tenant = await seedTenant(em, { callsPerSecond: 50 });
      const c = await seedCampaign(em, tenant, {
        maxConcurrentCalls: CONCURRENT,
        callsPerSecond: 20,
        maxAttempts: 1,
        retryWaitSeconds: 0,
        ringTimeoutSeconds: 10,
      });
      // 0011: answers after 2 s, the callee hangs up 2 s later.
      await seedRecipients(em, c.id, RECIPIENTS, '1555', `'0011'`);
      // Decided from the event stream, not by sampling: on a busy machine a call's answer and
      // hang-up (0.2 s apart at the simulator's time scale) can arrive in one batch between polls.
      let threeUp = false;
      const stopWatching = t.rec.adapter.onEvent((e) => {
        if (e.type === 'answered' || isTerminal(e)) threeUp ||= [...env.spans.values()].filter((s) => s.answered && !s.end).length >= 3;
      });
      await env.startDialer();
      const seen = () => {
        const all = [...env.spans.values()];
        return { threeUp, placed: all.length, answered: all.filter((x) => x.answered).length, ended: all.filter((x) => x.end).length };
      };
      await waitFor(seen, { what: '3 calls up at once', until: (v) => v.threeUp }).finally(stopWatching);
      let lowerMs = 0;
      try {
        assert.match(await t.api(`fsctl max_sessions ${LOWERED_SESSIONS}`), /^\+OK max sessions/);
        lowerMs = Date.now();
        await env.finished(c.id, 180_000);
      } finally {
        await t.api(`fsctl max_sessions ${before.maxSessions}`);
      }
      const states = await env.tally(
        `select state || ':' || attempts as k, count(*)::int as n from campaign_recipient where campaign_id = ? group by 1`,
        [c.id],
      );
      assert.deepEqual(states, { 'CONTACTED:1': RECIPIENTS }, 'refusals are not attempts');
      const outcomes = await env.tally(`select outcome as k, count(*)::int as n from call_attempt where campaign_id = ? group by 1`, [
        c.id,
      ]);
      const { ANSWERED, SWITCH_REFUSED = 0, ...other } = outcomes;
      assert.equal(ANSWERED, RECIPIENTS, JSON.stringify(outcomes));
      assert.deepEqual(other, {}, JSON.stringify(outcomes));
      const spans = [...env.spans.values()];
      assert.equal(spans.length, RECIPIENTS + SWITCH_REFUSED, 'one originate per attempt');
      // Calls the switch took (a refused one never rang): before the change at most the campaign's limit…
      const taken = spans.filter((s) => s.end?.type !== 'originate-failed');
      assert.ok(peakOverlap(taken) <= CONCURRENT, `peak ${peakOverlap(taken)}`);
      // …and once the calls up at the change have ended, at most what the switch allows.
      const settledMs = Math.max(lowerMs, ...spans.filter((s) => s.startMs <= lowerMs).map((s) => s.endMs ?? Infinity));
      const after = peakOverlap(taken, settledMs);
      assert.ok(after <= LOWERED_SESSIONS / 2, `peak ${after} calls after max sessions ${LOWERED_SESSIONS}`);
      console.log(`# max sessions: ${SWITCH_REFUSED} refused, peak ${peakOverlap(taken)} before, ${after} after`);
      const [open] = await rows<{ n: number }>(db.orm.em.fork(), `select count(*)::int as n from call_attempt where ended_at is null`);
      assert.equal(open?.n, 0, 'every attempt closed');
    });
  });
}
