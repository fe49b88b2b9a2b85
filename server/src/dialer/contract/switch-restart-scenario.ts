import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BroadcastAction } from '../../entities/campaign-config';
import type { ContractTarget } from '../../switch/contract/contract-target';
import { waitFor } from '../../test/wait-for';
import { rows } from '../sql-rows';
import { seedCampaign, seedRecipients, seedTenant } from '../testing/seed';
import { openDialerContractEnv, type DialerContractEnv } from './dialer-contract-kit';

const RETRY_WAIT_SECONDS = 2;
/** Answered calls hear 10 s of message, so they are still up when the switch dies. */
const MESSAGE: BroadcastAction[] = [{ kind: 'PLAY', file: 'silence_stream://10000' }];

/**
 * The switch is killed (`kill -9`) and started again while a campaign has calls up, written once
 * for both switches: Pacer reconnects and reconciles; a call that was answered is ANSWERED_LOST
 * (counted, retried after the retry wait: the person was reached), one still ringing is
 * INTERRUPTED (not counted, dialed again); nothing is lost (every attempt closed, every recipient
 * final) and nobody is dialed twice at once.
 */
export function describeSwitchRestartContract(
  label: string,
  makeTarget: () => Promise<ContractTarget>,
  opts: { skip?: string } = {},
): void {
  describe(`dialer contract, switch restart: ${label}`, { skip: opts.skip }, () => {
    let env: DialerContractEnv;
    before(async () => {
      env = await openDialerContractEnv(makeTarget);
    });
    after(async () => {
      await env?.close();
    });

    it('kill -9 of the switch with calls answered and ringing: reconnect, reconcile, answered ones counted and retried after the wait', async (ctx) => {
      const { t, db } = env;
      if (!t.crashAndRestart) return ctx.skip('the lane does not own this switch (ESL_HOST given): it cannot restart it');
      const em = db.orm.em.fork();
      const tenant = await seedTenant(em, { callsPerSecond: 50 });
      const c = await seedCampaign(em, tenant, {
        maxConcurrentCalls: 8,
        callsPerSecond: 20,
        maxAttempts: 2,
        retryWaitSeconds: RETRY_WAIT_SECONDS,
        ringTimeoutSeconds: 10,
        broadcastActions: MESSAGE,
      });
      // Odd recipients answer (0000) and hear the message; even ones ring until the ring timeout (0002).
      await seedRecipients(em, c.id, 8, '1555', `(array['0002','0000'])[x.i % 2 + 1]`);
      await env.startDialer();
      const live = () => [...env.spans.values()].filter((s) => !s.end);
      await waitFor(() => live(), {
        what: 'two calls answered and two ringing',
        until: (l) => l.filter((s) => s.answered).length >= 2 && l.filter((s) => !s.answered).length >= 2,
        intervalMs: 5,
      });
      const states: string[] = [];
      t.rec.adapter.onConnectionState((s) => states.push(s.state));
      await t.crashAndRestart();
      await waitFor(() => states.includes('up'), { what: 'Pacer reconnected' });
      await env.finished(c.id, 240_000);

      const lost = await rows<{ outcome: string; answered: boolean; n: number }>(
        db.orm.em.fork(),
        `select outcome, answered_at is not null as answered, count(*)::int as n from call_attempt
         where campaign_id = ? and hangup_cause = 'CALL_LOST' group by 1, 2 order by 1`,
        [c.id],
      );
      assert.ok(lost.length > 0, 'calls were lost in the crash');
      for (const l of lost) assert.equal(l.outcome, l.answered ? 'ANSWERED_LOST' : 'INTERRUPTED', JSON.stringify(lost));
      const answeredLost = lost.find((l) => l.answered)?.n ?? 0;
      assert.ok(answeredLost >= 2, `answered calls lost: ${JSON.stringify(lost)}`);

      // The answered ones were counted and dialed again only after the retry wait.
      const retries = await rows<{ waited: number; attempts: number; state: string }>(
        db.orm.em.fork(),
        `select extract(epoch from (n.created_at - a.ended_at))::float as waited, r.attempts, r.state
         from call_attempt a join campaign_recipient r on r.id = a.recipient_id
         join lateral (select created_at from call_attempt x where x.recipient_id = a.recipient_id and x.created_at > a.created_at
                       order by x.created_at limit 1) n on true
         where a.campaign_id = ? and a.outcome = 'ANSWERED_LOST'`,
        [c.id],
      );
      assert.equal(retries.length, answeredLost, 'every answered-lost recipient was dialed again');
      for (const r of retries) {
        assert.ok(r.waited >= RETRY_WAIT_SECONDS - 0.01, `redialed ${r.waited} s after the loss`);
        assert.deepEqual([r.state, r.attempts], ['CONTACTED', 2], 'the lost call counted, the retry reached them');
      }
      const finals = await env.tally(
        `select right(p.number, 4) || ':' || r.state as k, count(*)::int as n from campaign_recipient r
         join recipient_phone p on p.recipient_id = r.id where r.campaign_id = ? group by 1`,
        [c.id],
      );
      assert.deepEqual(finals, { '0000:CONTACTED': 4, '0002:FAILED': 4 }, 'every recipient final as the dialplan predicts');
      const attempts = await rows<{ call_id: string; recipient_id: string; ended: boolean }>(
        db.orm.em.fork(),
        `select call_id, recipient_id, ended_at is not null as ended from call_attempt where campaign_id = ?`,
        [c.id],
      );
      assert.ok(
        attempts.every((a) => a.ended),
        'every attempt closed',
      );
      // Nobody dialed twice at once: a recipient's calls, as the switch reported them, never overlap
      // (local clock: the simulator stamps its events with its own scaled clock).
      const byRecipient = new Map<string, Array<{ startMs: number; endMs: number }>>();
      for (const a of attempts) {
        const span = env.spans.get(a.call_id);
        if (!span) continue; // never reached the switch
        const list = byRecipient.get(a.recipient_id) ?? [];
        list.push({ startMs: span.startMs, endMs: span.endMs ?? Infinity });
        byRecipient.set(a.recipient_id, list);
      }
      for (const [r, list] of byRecipient) {
        list.sort((x, y) => x.startMs - y.startMs);
        for (let k = 1; k < list.length; k++) assert.ok(list[k].startMs >= list[k - 1].endMs, `recipient ${r} dialed while a call was up`);
      }
      console.log(`# switch restart: lost ${JSON.stringify(lost)}`);
    });
  });
}
