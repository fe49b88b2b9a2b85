import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BroadcastAction } from '../../entities/campaign-config';
import type { ContractTarget } from '../../switch/contract/contract-target';
import { seedCampaign, seedRecipients, seedTenant } from '../testing/seed';
import { openDialerContractEnv, peakOverlap, type DialerContractEnv } from './dialer-contract-kit';

/** Calls asked for at once (PACER_CONTRACT_CONCURRENT lowers it on a small machine). */
const CONCURRENT = Number(process.env.PACER_CONTRACT_CONCURRENT ?? 500);
/** Long enough that the first calls are still up when the last are placed (the switch takes ~45 loopback calls/s). */
const MESSAGE: BroadcastAction[] = [{ kind: 'PLAY', file: 'silence_stream://25000' }];

/**
 * Many concurrent loopback calls, written once for both switches: a campaign allowed
 * CONCURRENT calls holds them with a message; Pacer never has more up than the campaign allows
 * or the switch's sessions (1000 on the bundle: 500 loopback calls) permit, and every call settles.
 */
export function describeConcurrencyContract(label: string, makeTarget: () => Promise<ContractTarget>, opts: { skip?: string } = {}): void {
  describe(`dialer contract, ${CONCURRENT} concurrent calls: ${label}`, { skip: opts.skip }, () => {
    let env: DialerContractEnv;
    before(async () => {
      env = await openDialerContractEnv(makeTarget);
    });
    after(async () => {
      await env?.close();
    });

    it(`${CONCURRENT} recipients at concurrency ${CONCURRENT}: never above the limits, all settle, refusals not counted`, async () => {
      const { t, db } = env;
      const sw = await t.rec.adapter.status();
      const limit = Math.min(CONCURRENT, Math.floor(sw.maxSessions / 2));
      const em = db.orm.em.fork();
      const tenant = await seedTenant(em, {
        callsPerSecond: 200,
        maxTotalCalls: CONCURRENT,
        maxExternalCalls: CONCURRENT,
        maxInternalCalls: CONCURRENT,
      });
      const c = await seedCampaign(em, tenant, {
        maxConcurrentCalls: CONCURRENT,
        callsPerSecond: 200,
        maxAttempts: 1,
        retryWaitSeconds: 0,
        ringTimeoutSeconds: 20,
        broadcastActions: MESSAGE,
      });
      await seedRecipients(em, c.id, CONCURRENT, '1555', `'0000'`);
      const started = Date.now();
      await env.startDialer();
      await env.finished(c.id, 600_000);
      const states = await env.tally(
        `select state || ':' || attempts as k, count(*)::int as n from campaign_recipient where campaign_id = ? group by 1`,
        [c.id],
      );
      assert.deepEqual(states, { 'CONTACTED:1': CONCURRENT }, 'every call answered and settled, refusals not counted');
      const spans = [...env.spans.values()];
      const taken = spans.filter((s) => s.end?.type !== 'originate-failed');
      const peak = peakOverlap(taken);
      const refused = spans.length - taken.length;
      const after = await t.rec.adapter.status();
      const starts = spans.map((x) => x.startMs).sort((a, b) => a - b);
      const placing = ((starts[starts.length - 1] - starts[0]) / 1000).toFixed(1);
      const held = taken.map((x) => ((x.endMs ?? 0) - x.startMs) / 1000).sort((a, b) => a - b);
      console.log(
        `# placed over ${placing} s (${(spans.length / Number(placing)).toFixed(1)} calls/s); a call was up ${held[0]?.toFixed(1)} to ${held[held.length - 1]?.toFixed(1)} s`,
      );
      console.log(
        `# ${CONCURRENT} concurrent on ${t.name}: peak ${peak} calls up (limit ${limit}), ${refused} refused, ` +
          `${((Date.now() - started) / 1000).toFixed(1)} s, switch sps ${sw.sessionsPerSecond}, max sessions ${sw.maxSessions}, now ${after.activeSessions} up`,
      );
      assert.ok(peak <= limit, `peak ${peak} above ${limit}`);
      assert.equal(after.activeSessions, 0, 'nothing left on the switch');
    });
  });
}
