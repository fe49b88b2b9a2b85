import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { OutcomeRule } from '../switch/simulator/outcome-model';
import { rows } from './sql-rows';
import { dialerTestEnv } from './testing/dialer-test-env';
import { seedCampaign, seedTenant } from './testing/seed';

// Issue 17 item 7: SIM_TIME_SCALE changes how long a demo waits, never what is stored. With a
// global fast clock, 5 real minutes at scale 10 were stored as 3,170 s. The same callees at
// scale 1 and scale 10 must store the same billsec and the same spans between their times.
const CALLEES: Array<{ number: string; outcome: OutcomeRule['outcome'] }> = [
  { number: '+15550181001', outcome: { base: 'answer', ringSec: 1 } }, // stays on: Pacer hangs up after the 2 s message
  { number: '+15550181002', outcome: { base: 'answer', ringSec: 1.5, talkSec: 1 } }, // hangs up during the message
  // Would talk on: Pacer hangs up after the message. Its hangup comes Pacer's reaction time after
  // the message's end in real time, which at scale 10 is ten times as much simulated time: a
  // callee due to hang up within that window could come first, so this one is well clear of it.
  { number: '+15550181003', outcome: { base: 'answer', ringSec: 0.5, talkSec: 6 } },
  { number: '+15550181004', outcome: 'busy' },
];

interface Stored {
  number: string;
  bill: number | null;
  ring: number | null;
  talk: number | null;
  total: number;
}

async function runAt(timeScale: number): Promise<Map<string, Stored>> {
  const env = await dialerTestEnv({ timeScale });
  try {
    env.h.sim.setRules(CALLEES.map((c) => ({ match: c.number, outcome: c.outcome })));
    await env.startDialer();
    const em = env.em();
    const tenant = await seedTenant(em, { callsPerSecond: 100 });
    const c = await seedCampaign(em, tenant, {
      callsPerSecond: 50,
      maxConcurrentCalls: 10,
      maxAttempts: 1,
      broadcastActions: [{ kind: 'PLAY', file: 'message.wav' }],
    });
    for (const [i, callee] of CALLEES.entries()) {
      const [r] = await rows<{ id: string }>(
        em,
        `insert into campaign_recipient (campaign_id, name, fields, tags, created_at, updated_at) values (?, ?, '{}', '{}', now(), now()) returning id`,
        [c.id, `r${i}`],
      );
      await em.execute('insert into recipient_phone (recipient_id, campaign_id, number, priority, stopped) values (?, ?, ?, 0, false)', [
        r.id,
        c.id,
        callee.number,
      ]);
    }
    await env.waitFor<string>('select status from campaign where id = ?', [c.id], (s) => s === 'COMPLETED' || s === 'INCOMPLETE', 'done');
    const ms = (a: string, b: string) => `(extract(epoch from (${b} - ${a})) * 1000)::float8`;
    const stored = await rows<Stored>(
      env.em(),
      `select number, bill_seconds as bill, ${ms('originated_at', 'answered_at')} as ring, ${ms('answered_at', 'ended_at')} as talk,
         ${ms('originated_at', 'ended_at')} as total
       from call_attempt where campaign_id = ?`,
      [c.id],
    );
    return new Map(stored.map((s) => [s.number, s]));
  } finally {
    await env.stop();
  }
}

test('the same callees at time scale 1 and 10 store the same billsec and the same spans', async () => {
  const slow = await runAt(1);
  const fast = await runAt(10);
  for (const { number } of CALLEES) {
    const a = slow.get(number);
    const b = fast.get(number);
    assert.ok(a && b, number);
    console.log(
      `# ${number}: billsec ${a.bill}/${b.bill}, ring ${a.ring}/${b.ring} ms, talk ${a.talk}/${b.talk} ms, total ${a.total}/${b.total} ms`,
    );
    assert.equal(b.bill, a.bill, `${number} billsec`);
    // The callee's own times are simulated exactly; what Pacer does in between passes at the real
    // rate at both scales, so the spans differ only by how fast Pacer reacted (bounded loosely).
    for (const k of ['ring', 'talk', 'total'] as const) {
      const x: number | null = a[k];
      const y: number | null = b[k];
      if (x === null || y === null) {
        assert.equal(y, x, `${number} ${k}`);
        continue;
      }
      assert.ok(Math.abs(x - y) < 1500, `${number} ${k}: ${x} ms at scale 1, ${y} ms at scale 10`);
    }
  }
});
