import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CallEvent } from '../call-event';
import { SwitchError } from '../port';
import { SwitchHarness } from '../testing/harness';

/** Each call must get each lifecycle event at most once, across drops and reconnects. */
function assertNoDuplicates(events: CallEvent[]): void {
  const seen = new Set<string>();
  for (const e of events) {
    if (e.type === 'dtmf') continue;
    const key = `${e.callId}/${e.type}`;
    assert.ok(!seen.has(key), `duplicated ${key}`);
    seen.add(key);
  }
}

describe('switch restarts and link loss', () => {
  let h: SwitchHarness;
  let port: number;
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown) => unhandled.push(e);

  before(async () => {
    process.on('unhandledRejection', onUnhandled);
    h = await SwitchHarness.start({ timeScale: 20 });
    port = h.sim.port;
    h.sim.setRules([
      { match: 'stay', outcome: { base: 'answer', ringSec: 1 } },
      { match: 'ring', outcome: { base: 'answer', ringSec: 1000 } },
    ]);
  });
  after(async () => {
    await h.close();
    process.off('unhandledRejection', onUnhandled);
  });

  async function answeredCall(): Promise<string> {
    const id = await h.call('stay');
    await h.until(() => h.event(id, 'answered') !== undefined, 'answer');
    return id;
  }

  it('link lost while the switch keeps its calls: reports down, reconnects, reconciles', async () => {
    const keeps = await answeredCall();
    const endsDuringOutage = await answeredCall();
    const ringing = await h.call('ring', { ringTimeoutSec: 3000 });
    h.states.length = 0;

    await h.sim.close({ dropCalls: false }); // only the socket layer goes away
    await h.until(() => h.states.includes('down'), 'down');
    assert.equal(h.adapter.connectionState === 'up', false);
    await assert.rejects(h.call('stay'), (e: unknown) => e instanceof SwitchError && e.code === 'NOT_CONNECTED');
    h.sim.hangupCall(endsDuringOutage); // its hangup event is lost with the link
    await h.until(() => h.states.includes('reconnecting'), `reconnecting (states: ${h.states.join(',')})`);

    await h.sim.listen(port);
    await h.until(() => h.adapter.connectionState === 'up', 'reconnect');
    await h.until(() => h.terminalFor(endsDuringOutage) !== undefined, 'reconciliation');
    assert.equal(h.terminalFor(endsDuringOutage)?.type, 'call-lost');
    assert.equal(h.terminalFor(keeps), undefined, 'a call still up on the switch stays open');
    assert.equal(h.terminalFor(ringing), undefined);

    // Calls that survived keep reporting over the new link.
    await h.adapter.hangup(keeps);
    await h.adapter.hangup(ringing);
    const end = await h.ended(keeps);
    assert.ok(end.type === 'hangup' && end.cause === 'NORMAL_CLEARING');
    await h.ended(ringing);
    assertNoDuplicates(h.events);
  });

  it('switch killed mid-call: every live call is reported lost after it comes back', async () => {
    const a = await answeredCall();
    const b = await answeredCall();
    const ringing = await h.call('ring', { ringTimeoutSec: 3000 });
    h.states.length = 0;

    await h.sim.close(); // crash: calls vanish without events
    await h.until(() => h.states.includes('down'), 'down');
    const failedBefore = h.errors.length;
    await h.until(() => h.errors.length >= failedBefore + 3, 'three failed reconnect attempts');
    assert.equal(h.terminalFor(a), undefined, 'nothing is concluded while the switch is unreachable');

    await h.sim.listen(port);
    await h.until(() => [a, b, ringing].every((id) => h.terminalFor(id) !== undefined), 'lost calls');
    for (const id of [a, b, ringing]) assert.equal(h.terminalFor(id)?.type, 'call-lost');
    assert.deepEqual(await h.adapter.liveCalls(), []);

    // And it dials again.
    const again = await answeredCall();
    await h.adapter.hangup(again);
    await h.ended(again);
    assertNoDuplicates(h.events);
    assert.deepEqual(unhandled, []);
  });

  it('an originate whose reply is lost is not lost: it ends with one terminal event', async () => {
    const h2 = await SwitchHarness.start({ timeScale: 20 }, { apiTimeoutMs: 300 });
    try {
      h2.sim.setRules([{ match: /.*/, outcome: { base: 'answer', ringSec: 1 } }]);
      h2.sim.freezeClients('silent'); // the switch places the call but its reply never comes
      const placed = '11111111-1111-4111-8111-111111111111';
      await assert.rejects(h2.call('x', { callId: placed }), (e: unknown) => e instanceof SwitchError && e.code === 'OUTCOME_UNKNOWN');
      await h2.until(() => h2.adapter.connectionState === 'up' && h2.states.includes('down'), 'reconnect after the timeout');
      h2.sim.freezeClients('deaf'); // now the command never reaches the switch at all
      const neverPlaced = '22222222-2222-4222-8222-222222222222';
      await assert.rejects(h2.call('x', { callId: neverPlaced }), (e: unknown) => e instanceof SwitchError && e.code === 'OUTCOME_UNKNOWN');
      await h2.until(() => h2.terminalFor(neverPlaced) !== undefined, 'reconciliation');
      assert.equal(h2.terminalFor(neverPlaced)?.type, 'call-lost');
      assert.equal(h2.terminalFor(placed), undefined, 'the placed call is still up and still tracked');
      await h2.adapter.hangup(placed);
      const end = await h2.ended(placed);
      assert.equal(end.type, 'hangup');
      assertNoDuplicates(h2.events);
    } finally {
      await h2.close();
    }
  });

  it('a dialer restart adopts calls it placed earlier (origination_uuid = Unique-ID)', async () => {
    const id = await answeredCall();
    const second = await SwitchHarness.attach(h.sim);
    try {
      await h.adapter.hangup(id);
      await second.until(() => second.terminalFor(id) !== undefined, 'hangup seen by the new adapter');
      assert.equal(second.terminalFor(id)?.type, 'hangup');
    } finally {
      await second.closeAdapterOnly();
    }
    await h.ended(id);
  });
});
