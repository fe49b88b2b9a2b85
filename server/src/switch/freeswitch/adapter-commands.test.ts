import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { SwitchError } from '../port';
import { SwitchHarness } from '../testing/harness';

/** Call control, status and the switch's own limits, through the adapter over TCP. */
describe('FreeSWITCH adapter against the simulator: commands and limits', () => {
  let h: SwitchHarness;
  before(async () => {
    h = await SwitchHarness.start({ timeScale: 20, sessionsPerSecond: 1000, maxSessions: 1000 });
    h.sim.setRules([{ match: /.*/, outcome: { base: 'answer', ringSec: 1 } }]);
    h.sim.setAgent('1001', { kind: 'answer', afterSec: 1 });
    h.sim.setAgent('1002', { kind: 'reject' });
    h.sim.setAgent('1003', { kind: 'no-answer', ringSec: 5 });
    h.sim.setAgent('1004', { kind: 'no-answer' }); // rings until the bridge gives up
  });
  after(() => h.close());

  async function answered(): Promise<string> {
    const id = await h.call('5551234');
    await h.until(() => h.event(id, 'answered') !== undefined, 'answer');
    return id;
  }

  it('bridges a call to an agent that answers', async () => {
    const id = await answered();
    await h.adapter.bridge(id, { endpoint: 'user/1001' });
    await h.until(() => h.event(id, 'bridged') !== undefined, 'bridge');
    assert.ok(h.event(id, 'bridged')?.otherCallId);
    await h.adapter.hangup(id);
    await h.ended(id);
  });

  for (const [agent, cause] of [
    ['1002', 'CALL_REJECTED'],
    ['1003', 'NO_ANSWER'],
  ]) {
    it(`reports bridge-failed ${cause} when agent ${agent} does not take the call`, async () => {
      const id = await answered();
      await h.adapter.bridge(id, { endpoint: `user/${agent}` });
      await h.until(() => h.event(id, 'bridge-failed') !== undefined, 'bridge failure');
      assert.equal(h.event(id, 'bridge-failed')?.cause, cause);
      assert.equal(h.terminalFor(id), undefined, 'the call itself stays up');
      await h.adapter.hangup(id);
      await h.ended(id);
    });
  }

  it("the agent's call timeout reaches the switch: a phone that never answers fails after it, not after 60 s", async () => {
    const id = await answered();
    const answeredAt = h.event(id, 'answered')?.at.getTime() ?? 0;
    await h.adapter.bridge(id, { endpoint: 'user/1004', timeoutSec: 7 });
    // The switch took the command before it replied: the call's clock now is at or after the bridge began.
    const bridgeSentBy = h.sim.core.calls.get(id)?.clock.nowMs() ?? 0;
    await h.until(() => h.event(id, 'bridge-failed') !== undefined, 'bridge failure');
    const failed = h.event(id, 'bridge-failed');
    assert.equal(failed?.cause, 'NO_ANSWER');
    // In the switch's (simulated) time: 7 s of ringing, not FreeSWITCH's default 60 s.
    const failedAt = failed?.at.getTime() ?? 0;
    assert.ok(failedAt - answeredAt >= 7000, `failed ${failedAt - answeredAt} ms after the answer`);
    assert.ok(failedAt - bridgeSentBy <= 7010, `failed ${failedAt - bridgeSentBy} ms after the bridge`);
    assert.equal(h.terminalFor(id), undefined, 'the customer stays up for the next agent');
    await h.adapter.hangup(id);
    await h.ended(id);
  });

  it('bridges two live calls, transfers to an extension, broadcasts a file', async () => {
    const a = await answered();
    const b = await answered();
    await h.adapter.bridge(a, { callId: b });
    await h.until(() => h.event(a, 'bridged') !== undefined && h.event(b, 'bridged') !== undefined, 'both bridged');
    assert.equal(h.event(a, 'bridged')?.otherCallId, b);
    await h.adapter.transfer(a, { extension: '1001', context: 'default' });
    await h.adapter.broadcast(b, '/tmp/welcome.wav');
    await h.adapter.broadcast(b, 'speak::flite|kal|Hello');
    await Promise.all([h.adapter.hangup(a), h.adapter.hangup(b)]);
    await h.ended(a);
    await h.ended(b);
  });

  it('rejects commands on calls the switch does not have', async () => {
    const ghost = randomUUID();
    await assert.rejects(h.adapter.hangup(ghost), (e: unknown) => e instanceof SwitchError && e.code === 'REJECTED');
    await assert.rejects(h.adapter.broadcast(ghost, 'x.wav'), SwitchError);
    await assert.rejects(h.adapter.collectDtmf(ghost), SwitchError);
    await assert.rejects(h.adapter.bridge(ghost, { callId: randomUUID() }), SwitchError);
  });

  it('refuses unsafe originate input before it reaches the switch', async () => {
    await assert.rejects(h.call('123 &socket(evil)'), (e: unknown) => e instanceof SwitchError && e.code === 'REJECTED');
    await assert.rejects(h.call('123', { variables: { 'bad name': 'x' } }), SwitchError);
  });

  it('sends an SMS through chat', async () => {
    await h.adapter.sendSms({ from: '1000', to: '+15550100', body: 'Your call | is scheduled' });
  });

  it('reads status: max sessions, sessions per second, active calls', async () => {
    const id = await answered();
    const s = await h.adapter.status();
    assert.equal(s.maxSessions, 1000);
    assert.equal(s.sessionsPerSecond, 1000);
    assert.ok(s.activeSessions >= 1);
    await h.adapter.hangup(id);
    await h.ended(id);
  });

  it('the switch refuses calls beyond max sessions, as a BACKGROUND_JOB-only failure', async () => {
    h.sim.setLimits({ maxSessions: 2 });
    try {
      const ids = [await h.call('1'), await h.call('2'), await h.call('3')];
      const end = await h.ended(ids[2]);
      assert.ok(end.type === 'originate-failed' && end.cause === 'DESTINATION_OUT_OF_ORDER');
      await Promise.all(ids.slice(0, 2).map((id) => h.adapter.hangup(id)));
      await Promise.all(ids.slice(0, 2).map((id) => h.ended(id)));
    } finally {
      h.sim.setLimits({ maxSessions: 1000 });
    }
  });
});

describe('FreeSWITCH adapter: sessions per second', () => {
  it('paces originates under the rate the switch reports, so the switch never refuses one', async () => {
    const h = await SwitchHarness.start({ timeScale: 50, sessionsPerSecond: 20 });
    try {
      h.sim.setRules([{ match: /.*/, outcome: 'busy' }]);
      assert.equal(h.adapter.switchLimits?.sessionsPerSecond, 20);
      const t0 = Date.now();
      const ids = await Promise.all(Array.from({ length: 30 }, (_, i) => h.call(String(i))));
      const elapsed = Date.now() - t0;
      for (const id of ids) await h.ended(id);
      // 18/s allowed (90 % of 20): 30 calls need more than one second.
      assert.ok(elapsed >= 600, `30 originates took only ${elapsed} ms`);
      const refused = ids.filter((id) => h.terminalFor(id)?.type === 'originate-failed');
      assert.deepEqual(refused, []);
    } finally {
      await h.close();
    }
  });

  it('the simulator itself refuses beyond its sessions-per-second (fsctl sps)', async () => {
    const h = await SwitchHarness.start({ timeScale: 50, sessionsPerSecond: 1000 });
    try {
      h.sim.setRules([{ match: /.*/, outcome: 'busy' }]);
      h.sim.setLimits({ sessionsPerSecond: 5 }); // lowered after the adapter read 1000
      const ids = await Promise.all(Array.from({ length: 10 }, (_, i) => h.call(String(i))));
      for (const id of ids) await h.ended(id);
      const refused = ids.filter((id) => h.terminalFor(id)?.type === 'originate-failed');
      assert.equal(refused.length, 5);
    } finally {
      await h.close();
    }
  });
});
