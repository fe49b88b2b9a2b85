import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CallDestination } from '../../entities/campaign-config';
import { CONTRACT_DESTINATIONS as D } from '../../switch/contract/contract-destinations';
import type { ContractTarget } from '../../switch/contract/contract-target';
import { DEFAULT_WAIT_MS, waitFor } from '../../test/wait-for';
import { rows } from '../sql-rows';
import { seedCampaign, seedRecipients, seedTenant } from '../testing/seed';
import { openDialerContractEnv, type DialerContractEnv } from './dialer-contract-kit';

/** [name, destination, the callee's number suffix (pacer.xml / the digit convention), outcome, recipient state]. */
const CASES: Array<[string, CallDestination, string, string, string]> = [
  ['IVR run to its end', { kind: 'IVR', target: D.ivrFinishes }, '0000', 'IVR_FINISHED', 'CONTACTED'],
  ['callee hangs up in the IVR', { kind: 'IVR', target: D.ivrLong }, '0012', 'IVR_STARTED', 'RETRY_WAIT'],
  ['queue agent answers', { kind: 'QUEUE', target: D.queueAnswered }, '0000', 'QUEUE_ANSWER', 'CONTACTED'],
  ['queue max wait', { kind: 'QUEUE', target: D.queueTimeout }, '0000', 'QUEUE_TIMEOUT', 'RETRY_WAIT'],
  ['queue without agents', { kind: 'QUEUE', target: D.queueEmpty }, '0000', 'QUEUE_EMPTY', 'RETRY_WAIT'],
  ['callee hangs up waiting in the queue', { kind: 'QUEUE', target: D.queueHold }, '0012', 'QUEUE_JOIN', 'RETRY_WAIT'],
];

/**
 * Outcomes by final destination (issue 17 item 5) for IVRs and mod_callcenter queues, written
 * once and run against the simulator and a real FreeSWITCH with the project's configuration
 * (switch/contract/contract-destinations.ts): one campaign per destination, one recipient each,
 * all at once; each attempt ends with the outcome of where its call went last.
 */
export function describeDestinationOutcomeContract(
  label: string,
  makeTarget: () => Promise<ContractTarget>,
  opts: { skip?: string } = {},
): void {
  describe(`dialer contract, IVR and queue outcomes: ${label}`, { skip: opts.skip }, () => {
    let env: DialerContractEnv;
    before(async () => {
      env = await openDialerContractEnv(makeTarget);
    });
    after(async () => {
      await env?.close();
    });

    it(`each destination ends with its own outcome: ${CASES.map((c) => c[3]).join(', ')}`, async () => {
      const em = env.db.orm.em.fork();
      const tenant = await seedTenant(em, { callsPerSecond: 50 });
      const ids: string[] = [];
      for (const [, destination, suffix] of CASES) {
        const c = await seedCampaign(em, tenant, { callsPerSecond: 5, ringTimeoutSeconds: 10, retryWaitSeconds: 3600, destination });
        await seedRecipients(em, c.id, 1, '1555', `'${suffix}'`);
        ids.push(c.id);
      }
      await env.startDialer();
      const endOf = async (id: string) =>
        (
          await rows<{ outcome: string | null; state: string }>(
            env.db.orm.em.fork(),
            `select a.outcome::text as outcome, r.state::text as state
             from campaign_recipient r left join call_attempt a on a.campaign_id = r.campaign_id and a.ended_at is not null
             where r.campaign_id = ?`,
            [id],
          )
        )[0];
      const got: string[] = [];
      for (const [i, id] of ids.entries()) {
        const end = await waitFor(() => endOf(id), {
          what: `the call of "${CASES[i]?.[0]}" to end and its recipient to move`,
          until: (e) => typeof e?.outcome === 'string' && e.state !== 'IN_CALL' && e.state !== 'DIALING',
          timeoutMs: Math.max(DEFAULT_WAIT_MS, 90_000),
          intervalMs: 100,
        });
        got.push(`${CASES[i]?.[0]}: ${end?.outcome} ${end?.state}`);
      }
      assert.deepEqual(
        got,
        CASES.map(([name, , , outcome, state]) => `${name}: ${outcome} ${state}`),
      );
    });
  });
}
