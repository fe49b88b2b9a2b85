import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CallEvent } from '../call-event';
import type { BridgeTarget } from '../port';
import { checkCapture } from './captures';
import { CONTRACT_DESTINATIONS as D } from './contract-destinations';
import { CONTRACT_NUMBERS as N, type ContractTarget } from './contract-target';
import { FrameTap } from './frame-tap';

/**
 * An answered call sent on to an IVR menu or a mod_callcenter queue (a campaign's IVR and QUEUE
 * destinations), written once and run against the simulator (`npm test`) and a real FreeSWITCH
 * with the project's configuration (`npm run test:freeswitch`): the events the adapter makes of
 * it, and its raw frames against the real switch's capture. The outcomes the dialer makes of
 * these events are dialer/contract/destination-scenarios.ts.
 */
export function describeDestinationContract(label: string, makeTarget: () => Promise<ContractTarget>, opts: { skip?: string } = {}): void {
  describe(`destination contract: ${label}`, { skip: opts.skip }, () => {
    let t: ContractTarget;
    let tap: FrameTap;
    before(async () => {
      t = await makeTarget();
      tap = await FrameTap.open(t.esl.host, t.esl.port, t.esl.password);
    });
    after(async () => {
      tap?.close();
      await t?.close();
    });

    /** Calls `number`, sends it to `target` once answered, and waits for its end. */
    async function sendAndEnd(number: string, target: BridgeTarget): Promise<{ id: string; end: CallEvent; types: string[] }> {
      const id = await t.rec.call(number);
      await t.rec.until(() => t.rec.event(id, 'answered') !== undefined, `answer of ${id}`);
      await t.rec.adapter.transfer(id, target);
      const end = await t.rec.ended(id);
      await t.rec.until(() => t.rec.event(id, 'job-result') !== undefined, 'job result');
      // The job result may come before or after the hangup; the greeting's and music's stops are not the destination's.
      const types = t.rec.typesFor(id).filter((x) => x !== 'job-result' && x !== 'playback-done');
      return { id, end, types };
    }
    const hangupCause = (end: CallEvent) => (end.type === 'hangup' ? end.cause : `${end.type}`);
    const ivrEvents = (id: string) => t.rec.eventsFor(id).flatMap((e) => (e.type === 'ivr' ? [`${e.phase}:${e.status ?? ''}`] : []));
    const queueLeft = (id: string) => t.rec.eventsFor(id).flatMap((e) => (e.type === 'queue-left' ? [e.reason] : []));

    it('IVR: the menu runs to its end (timeouts), then the extension hangs up', async () => {
      const { id, end, types } = await sendAndEnd(N.answer, { extension: D.ivrFinishes, context: 'default' });
      assert.deepEqual(types, ['originated', 'ringing', 'answered', 'ivr', 'ivr', 'hangup']);
      assert.deepEqual(ivrEvents(id), ['started:', 'finished:timeout']);
      assert.equal(hangupCause(end), 'NORMAL_CLEARING');
      await checkCapture(t, tap, 'ivr-to-its-end', id);
    });

    it('IVR: the callee hangs up inside the menu: started, never finished', async () => {
      const { id, end, types } = await sendAndEnd(N.calleeHangsUpLate, { extension: D.ivrLong, context: 'default' });
      assert.deepEqual(types, ['originated', 'ringing', 'answered', 'ivr', 'hangup']);
      assert.deepEqual(ivrEvents(id), ['started:']);
      assert.equal(hangupCause(end), 'NORMAL_CLEARING');
      await checkCapture(t, tap, 'ivr-cut-by-hangup', id);
    });

    it('queue: an agent answers (bridged); the member is not reported leaving the queue', async () => {
      const { id, end, types } = await sendAndEnd(N.answer, { queue: D.queueAnswered });
      assert.deepEqual(types, ['originated', 'ringing', 'answered', 'bridged', 'hangup']);
      assert.deepEqual(queueLeft(id), []);
      assert.equal(hangupCause(end), 'NORMAL_CLEARING');
      await checkCapture(t, tap, 'queue-answered', id);
    });

    for (const [name, queue, reason] of [
      ['timeout', D.queueTimeout, 'TIMEOUT'],
      ['empty', D.queueEmpty, 'NO_AGENT_TIMEOUT'],
    ] as const) {
      it(`queue ${name}: the queue sends the member away (cc_cancel_reason ${reason}), then the call ends`, async () => {
        const { id, end, types } = await sendAndEnd(N.answer, { queue });
        assert.deepEqual(types, ['originated', 'ringing', 'answered', 'queue-left', 'hangup']);
        assert.deepEqual(queueLeft(id), [reason]);
        assert.equal(hangupCause(end), 'NORMAL_CLEARING');
        await checkCapture(t, tap, `queue-${name}`, id);
      });
    }

    it('queue: the member hangs up while waiting (cc_cancel_reason BREAK_OUT)', async () => {
      const { id, end, types } = await sendAndEnd(N.calleeHangsUpLate, { queue: D.queueHold });
      assert.deepEqual(types, ['originated', 'ringing', 'answered', 'queue-left', 'hangup']);
      assert.deepEqual(queueLeft(id), ['BREAK_OUT']);
      assert.equal(hangupCause(end), 'NORMAL_CLEARING');
      await checkCapture(t, tap, 'queue-member-hangs-up', id);
    });
  });
}
