import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { seedCampaign, seedRecipients } from '../dialer/testing/seed';
import { Tenant } from '../entities/tenant.entity';
import { Simulator } from '../switch/simulator/simulator';
import { resultWhere, startTestApp, type TestApp } from '../test/test-app';
import { waitFor } from '../test/wait-for';

/**
 * Issue 23 part 1 and issue 16 part 6: the API runs its dialer in a process of its own
 * (PACER_DIALER=process, the default outside tests), learns its status from the bus, and
 * shows each tenant only its own calls and campaigns.
 */
let t: TestApp;
let sim: Simulator;
before(async () => {
  sim = new Simulator({ password: 'ClueCon', timeScale: 20 });
  // Every callee answers after a short ring and stays on the line.
  sim.setRules([{ match: /.*/, outcome: { base: 'answer', ringSec: 10, talkSec: 100_000 } }]);
  const port = await sim.listen(0);
  t = await startTestApp({ PACER_DIALER: 'process', ESL_HOST: '127.0.0.1', ESL_PORT: String(port) });
});
after(async () => {
  await t?.stop();
  await sim?.close();
});

interface Status {
  node: string;
  leader: boolean;
  switchUp: boolean;
  activeCalls: number;
  queuedCalls: number;
  runningCampaigns: number;
}
const FIELDS = 'node leader switchUp activeCalls queuedCalls runningCampaigns';

test('the dialer runs in its own process; dialerStatus shows each tenant only its own calls', async () => {
  const busy = await t.tenant('busy');
  const idle = await t.tenant('idle');
  const em = t.app.orm.em.fork();
  const campaign = await seedCampaign(em, em.getReference(Tenant, busy.tenantId), {
    callsPerSecond: 10,
    maxConcurrentCalls: 6,
    // The script holds each answered call for an hour of switch time: the calls stay live.
    broadcastActions: [{ kind: 'WAIT', seconds: 3600 }],
  });
  const idleBoard = resultWhere<{ dialerStatus: Status }>(
    t.ws(idle.token),
    `subscription { dialerStatus { ${FIELDS} } }`,
    {},
    (d) => d.dialerStatus.leader,
  );
  await idleBoard.ready;
  await seedRecipients(em, campaign.id, 6, '+1555');
  await waitFor(() => sim.liveCallCount, { what: '6 answered calls on the switch', until: (n) => n === 6 });

  const mine = await waitFor(() => t.ok<{ dialerStatus: Status }>(`{ dialerStatus { ${FIELDS} } }`, {}, busy.token), {
    what: "the busy tenant's 6 calls in dialerStatus",
    until: (r) => r.dialerStatus.activeCalls === 6,
  });
  assert.equal(t.app.dialer, null, 'no dialer inside the API process');
  const dialerPid = Number(mine.dialerStatus.node.split(':').pop());
  assert.equal(dialerPid, t.app.processes?.dialer.pid, 'the leader is the dialer process the API supervises');
  assert.notEqual(dialerPid, process.pid);
  assert.deepEqual(
    {
      leader: mine.dialerStatus.leader,
      switchUp: mine.dialerStatus.switchUp,
      queued: mine.dialerStatus.queuedCalls,
      running: mine.dialerStatus.runningCampaigns,
    },
    { leader: true, switchUp: true, queued: 0, running: 1 },
  );

  const theirs = await t.ok<{ dialerStatus: Status }>(`{ dialerStatus { ${FIELDS} } }`, {}, idle.token);
  assert.deepEqual(
    { leader: theirs.dialerStatus.leader, active: theirs.dialerStatus.activeCalls, running: theirs.dialerStatus.runningCampaigns },
    { leader: true, active: 0, running: 0 },
    "another tenant sees the dialer, none of the busy tenant's calls",
  );
  const live = await idleBoard.result;
  assert.equal(live.dialerStatus.activeCalls, 0);
  assert.ok(
    idleBoard.seen.every((s) => s.dialerStatus.activeCalls === 0 && s.dialerStatus.runningCampaigns === 0),
    'heartbeats too',
  );
});
