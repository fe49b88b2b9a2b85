import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { CallEvent } from '../call-event';
import { checkCapture } from './captures';
import { CONTRACT_NUMBERS as N, type ContractTarget } from './contract-target';
import { FrameTap } from './frame-tap';

type Hangup = Extract<CallEvent, { type: 'hangup' }>;

/** An originate that fails: the number, whether it rings first, and the cause it ends with. */
const FAILURES: Array<{ name: string; number: string; rings: boolean; cause: string; q850: number; ringTimeoutSec?: number }> = [
  { name: 'busy', number: N.busy, rings: true, cause: 'USER_BUSY', q850: 17 },
  { name: 'no answer by ring timeout', number: N.noAnswer, rings: true, cause: 'NO_ANSWER', q850: 19, ringTimeoutSec: 3 },
  { name: 'congestion', number: N.congestion, rings: false, cause: 'NORMAL_CIRCUIT_CONGESTION', q850: 34 },
  { name: 'unallocated number', number: N.unallocated, rings: false, cause: 'UNALLOCATED_NUMBER', q850: 1 },
  { name: 'rejected', number: N.rejected, rings: true, cause: 'CALL_REJECTED', q850: 21 },
  { name: 'no route', number: N.noRoute, rings: false, cause: 'NO_ROUTE_DESTINATION', q850: 3 },
];

/**
 * The SwitchPort contract, written once and run against the simulator (`npm test`) and a real
 * FreeSWITCH (`npm run test:freeswitch`). What it asserts is what the real switch does; when
 * the simulator disagrees, the simulator is fixed. The job result may come before or after
 * the hangup on both switches, so event order is compared without it.
 */
export function describeSwitchContract(
  label: string,
  makeTarget: () => Promise<ContractTarget>,
  opts: {
    skip?: string;
  } = {},
): void {
  describe(`switch contract: ${label}`, { skip: opts.skip }, () => {
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
    /** The call's raw frames against the real switch's capture of this scenario (see captures.ts). */
    const frames = (scenario: string, id: string) => checkCapture(t, tap, scenario, id);

    const withoutJob = (id: string) => t.rec.typesFor(id).filter((x) => x !== 'job-result');
    const hangupOf = async (id: string): Promise<Hangup> => {
      const end = await t.rec.ended(id);
      assert.equal(end.type, 'hangup', `call ended with ${JSON.stringify(end)}`);
      return end as Hangup;
    };
    const answered = (id: string) => t.rec.until(() => t.rec.event(id, 'answered') !== undefined, `answer of ${id}`);

    it('answer: rings, answers, job +OK; Pacer hangs up with NORMAL_CLEARING', async () => {
      const id = await t.rec.call(N.answer);
      await answered(id);
      await t.rec.until(() => t.rec.event(id, 'job-result') !== undefined, 'job result');
      assert.equal(t.rec.event(id, 'job-result')?.ok, true);
      await t.rec.adapter.hangup(id);
      const end = await hangupOf(id);
      assert.deepEqual(withoutJob(id), ['originated', 'ringing', 'answered', 'hangup']);
      assert.equal(end.cause, 'NORMAL_CLEARING');
      assert.equal(end.q850, 16);
      assert.equal(end.sipStatus, undefined, 'a loopback call has no SIP status');
      assert.ok(end.ringingAt && end.answeredAt, 'ringing and answer times');
      // Microsecond times (progress_uepoch/answer_uepoch), not whole seconds: the callee rang 2 s.
      const rangSec = (end.answeredAt.getTime() - end.ringingAt.getTime()) / 1000;
      assert.ok(rangSec >= 1.5 && rangSec <= 2.5, `rang ${rangSec} s`);
      await frames('answer', id);
    });

    for (const f of FAILURES) {
      it(`${f.name}: ${f.rings ? 'rings, then ' : ''}hangup ${f.cause} (Q.850 ${f.q850}) and a failed job`, async () => {
        const id = await t.rec.call(f.number, { ringTimeoutSec: f.ringTimeoutSec ?? 30 });
        const end = await hangupOf(id);
        await t.rec.until(() => t.rec.event(id, 'job-result') !== undefined, 'job result');
        assert.deepEqual(withoutJob(id), f.rings ? ['originated', 'ringing', 'hangup'] : ['originated', 'hangup']);
        assert.equal(end.cause, f.cause);
        assert.equal(end.q850, f.q850);
        assert.equal(end.billSeconds, 0);
        assert.equal(end.answeredAt, undefined);
        assert.equal(Boolean(end.ringingAt), f.rings, `ringingAt ${String(end.ringingAt)}`);
        const job = t.rec.event(id, 'job-result');
        assert.equal(job?.ok, false);
        assert.equal(job?.cause, f.cause);
        await frames(f.name.replace(/ /g, '-'), id);
        if (f.ringTimeoutSec !== undefined) {
          // Whole switch seconds, from the switch's own clock; the bound only guards a wrong timeout.
          assert.ok(
            end.durationSeconds >= f.ringTimeoutSec - 1 && end.durationSeconds <= f.ringTimeoutSec + 2,
            `duration ${end.durationSeconds}`,
          );
        }
      });
    }

    it('Pacer hangs up while it rings: NORMAL_CLEARING, never answered, failed job', async () => {
      const id = await t.rec.call(N.noAnswer, { ringTimeoutSec: 60 });
      await t.rec.until(() => t.rec.event(id, 'ringing') !== undefined, 'ringing');
      await t.rec.adapter.hangup(id);
      const end = await hangupOf(id);
      await t.rec.until(() => t.rec.event(id, 'job-result') !== undefined, 'job result');
      assert.deepEqual(withoutJob(id), ['originated', 'ringing', 'hangup']);
      assert.equal(end.cause, 'NORMAL_CLEARING');
      assert.equal(end.answeredAt, undefined);
      assert.equal(t.rec.event(id, 'job-result')?.ok, false);
    });

    it('the callee hangs up: NORMAL_CLEARING after the talk time, billed', async () => {
      const id = await t.rec.call(N.calleeHangsUp);
      const end = await hangupOf(id);
      assert.deepEqual(withoutJob(id), ['originated', 'ringing', 'answered', 'hangup']);
      assert.equal(end.cause, 'NORMAL_CLEARING');
      assert.equal(end.q850, 16);
      assert.ok(end.answeredAt, 'answered');
      assert.ok(end.billSeconds >= 1 && end.billSeconds <= 4, `billsec ${end.billSeconds}`);
      await frames('callee-hangs-up', id);
    });

    it('playback is heard to its end: broadcast resolves after the file stopped, files in order', async () => {
      const id = await t.rec.call(N.answer);
      await answered(id);
      const files = [
        { file: 'tone_stream://%(1500,0,440)', sec: 1.5 },
        { file: 'silence_stream://1000', sec: 1 },
      ];
      for (const { file, sec } of files) {
        const stopsBefore = t.rec.eventsFor(id).filter((e) => e.type === 'playback-done').length;
        const started = Date.now();
        await t.rec.adapter.broadcast(id, file);
        const elapsedSec = (Date.now() - started) / 1000;
        const stops = t.rec.eventsFor(id).filter((e) => e.type === 'playback-done');
        assert.equal(stops.length, stopsBefore + 1, 'broadcast resolved at its stop event');
        const last = stops[stops.length - 1];
        assert.ok(last.type === 'playback-done');
        assert.equal(last.file, file);
        assert.equal(last.status, 'done');
        // A lower bound only: the file cannot have played faster than its length.
        assert.ok(elapsedSec >= sec * t.realSecPerSwitchSec * 0.9, `${file} resolved after ${elapsedSec} s`);
      }
      assert.equal(t.rec.terminalFor(id), undefined, 'the call is still up');
      await t.rec.adapter.hangup(id);
      await hangupOf(id);
      await frames('playback-to-the-end', id);
    });

    it('the callee hangs up during playback: the cut file still reports its stop, before the hangup; the broadcast is released', async () => {
      const id = await t.rec.call(N.calleeHangsUp);
      await answered(id);
      // 60 s of silence; the callee hangs up 2 s after answering.
      await t.rec.adapter.broadcast(id, 'silence_stream://60000');
      const end = await hangupOf(id);
      assert.equal(end.cause, 'NORMAL_CLEARING');
      assert.ok(end.billSeconds < 10, `the file was cut: billsec ${end.billSeconds}`);
      assert.deepEqual(withoutJob(id), ['originated', 'ringing', 'answered', 'playback-done', 'hangup']);
      await frames('playback-cut-by-hangup', id);
    });

    it('an unknown gateway: the job fails with INVALID_GATEWAY and no channel is ever created', async () => {
      const id = await t.rec.call('15550100000', { dialString: 'sofia/gateway/pacer-no-such-gateway/{number}' });
      const end = await t.rec.ended(id);
      assert.ok(end.type === 'originate-failed', `ended with ${JSON.stringify(end)}`);
      assert.equal(end.cause, 'INVALID_GATEWAY');
      assert.deepEqual(t.rec.typesFor(id), ['originated', 'job-result', 'originate-failed']);
    });

    it('agent bridge to an endpoint that answers: bridged; the call stays up until Pacer hangs up', async () => {
      const id = await t.rec.call(N.answer);
      await answered(id);
      await t.rec.adapter.bridge(id, { endpoint: `loopback/${N.answer}/pacer/XML` });
      await t.rec.until(() => t.rec.event(id, 'bridged') !== undefined, 'bridged');
      assert.equal(t.rec.terminalFor(id), undefined, 'still up');
      await t.rec.adapter.hangup(id);
      const end = await hangupOf(id);
      assert.equal(end.cause, 'NORMAL_CLEARING');
      assert.deepEqual(withoutJob(id), ['originated', 'ringing', 'answered', 'bridged', 'hangup']);
      await frames('bridge-answered', id);
    });

    // The adapter places agent bridges with continue_on_fail and park after them: a failed
    // bridge leaves the customer up for the next agent (issue 22, item 5).
    it('agent bridge that fails: bridge-failed with the cause; the customer stays up until Pacer hangs up', async () => {
      const id = await t.rec.call(N.answer);
      await answered(id);
      await t.rec.adapter.bridge(id, { endpoint: `loopback/${N.rejected}/pacer/XML` });
      const settled = () => t.rec.event(id, 'bridge-failed') !== undefined || t.rec.event(id, 'bridged') !== undefined;
      await t.rec.until(settled, 'the bridge to succeed or fail');
      assert.equal(t.rec.event(id, 'bridge-failed')?.cause, 'CALL_REJECTED', t.rec.typesFor(id).join(','));
      assert.equal(t.rec.terminalFor(id), undefined, 'the customer is still up');
      await t.rec.adapter.hangup(id);
      const end = await hangupOf(id);
      assert.equal(end.cause, 'NORMAL_CLEARING');
      assert.deepEqual(withoutJob(id), ['originated', 'ringing', 'answered', 'bridge-failed', 'hangup']);
    });

    // Issue 18: a predictive callee may wait for an agent only until the abandon deadline, finer
    // than leg_timeout's whole seconds: the agent leg, bridged under Pacer's uuid, is cancelled alone.
    it('agent leg cancelled by Pacer while it rings: bridge-failed; the customer stays up for the message', async () => {
      const id = await t.rec.call(N.answer);
      await answered(id);
      const legId = randomUUID();
      await t.rec.adapter.bridge(id, { endpoint: `loopback/${N.noAnswer}/pacer/XML`, timeoutSec: 30, legId });
      for (let i = 0; i < 400 && (await t.api(`uuid_exists ${legId}`)).trim() !== 'true'; i++) await new Promise((r) => setTimeout(r, 25));
      await t.rec.adapter.hangup(legId, 'ORIGINATOR_CANCEL');
      const settled = () => t.rec.event(id, 'bridge-failed') !== undefined || t.rec.event(id, 'bridged') !== undefined;
      await t.rec.until(settled, 'the bridge to end');
      assert.ok(t.rec.event(id, 'bridge-failed'), t.rec.typesFor(id).join(','));
      assert.equal(t.rec.terminalFor(id), undefined, 'the customer is still up');
      await t.rec.adapter.hangup(id);
      await hangupOf(id);
      assert.deepEqual(withoutJob(id), ['originated', 'ringing', 'answered', 'bridge-failed', 'hangup']);
      await frames('agent-leg-cancelled', id);
    });

    // Issue 17: only registered agent phones are offered calls; a loopback endpoint runs dialplan.
    it('agent phones: a user/ endpoint nobody registered is not registered; a loopback endpoint is reachable', async () => {
      assert.match(await t.api('sofia_contact */pacer-nobody'), /^error\/user_not_registered/);
      assert.equal(await t.rec.adapter.endpointRegistered('user/pacer-nobody'), false);
      assert.equal(await t.rec.adapter.endpointRegistered(`loopback/${N.answer}/pacer/XML`), true);
    });

    for (const [number, digit] of [
      [N.press1, '1'],
      [N.press9, '9'],
    ] as const) {
      it(`DTMF: the callee presses ${digit} after answering`, async () => {
        const id = await t.rec.call(number);
        await answered(id);
        await t.rec.adapter.collectDtmf(id);
        await t.rec.until(() => t.rec.event(id, 'dtmf') !== undefined, 'a key press');
        assert.deepEqual(
          t.rec.eventsFor(id).flatMap((e) => (e.type === 'dtmf' ? [e.digit] : [])),
          [digit],
        );
        assert.deepEqual(withoutJob(id), ['originated', 'ringing', 'answered', 'dtmf']);
        await t.rec.adapter.hangup(id);
        await hangupOf(id);
        await frames(`dtmf-${digit}`, id);
      });
    }

    // A loopback call is two sessions: at max sessions 3 with one call up (2), the next call's
    // -a leg fits and its -b leg is refused; the one after that is refused outright.
    it("the switch's own max sessions: a loopback call whose b leg is refused is a refusal (DESTINATION_OUT_OF_ORDER), not NO_ANSWER", async () => {
      const before = await t.rec.adapter.status();
      assert.equal(before.activeSessions, 0, 'the switch is idle');
      assert.match(await t.api('fsctl max_sessions 3'), /^\+OK max sessions: 3/);
      try {
        const up = await t.rec.call(N.answer);
        await answered(up);
        const half = await t.rec.call(N.answer, { ringTimeoutSec: 2 });
        await t.rec.until(() => t.rec.event(half, 'originated') !== undefined, 'the half call accepted');
        const refused = await t.rec.call(N.answer, { ringTimeoutSec: 2 });
        const end = await t.rec.ended(refused);
        assert.ok(end.type === 'originate-failed' && end.cause === 'DESTINATION_OUT_OF_ORDER', JSON.stringify(end));
        const halfEnd = await t.rec.ended(half);
        assert.ok(halfEnd.type === 'originate-failed' && halfEnd.cause === 'DESTINATION_OUT_OF_ORDER', JSON.stringify(halfEnd));
        assert.equal(t.rec.event(half, 'ringing'), undefined, 'never rang');
        await t.rec.until(() => t.rec.event(half, 'job-result') !== undefined, 'job result');
        assert.deepEqual(withoutJob(half), ['originated', 'originate-failed']);
        await frames('loopback-b-leg-refused', half);
        await t.rec.adapter.hangup(up);
        await hangupOf(up);
      } finally {
        await t.api(`fsctl max_sessions ${before.maxSessions}`);
      }
    });

    // Last: it lowers the switch's own rate, and the real switch refills its per-second budget
    // only at its next second tick after the rate is restored.
    it("the switch's own sessions per second: a refused originate fails with DESTINATION_OUT_OF_ORDER, no channel", async () => {
      const before = await t.rec.adapter.status();
      assert.match(await t.api('fsctl sps 1'), /^\+OK sessions per second: 1/);
      try {
        // The real switch applies a new rate from its next second tick: dial one call at a time
        // until one is refused (the bound only guards a switch that never refuses).
        const ids: string[] = [];
        while (ids.length < 60 && !ids.some((id) => t.rec.terminalFor(id)?.type === 'originate-failed')) {
          const id = await t.rec.call(N.unallocated, { ringTimeoutSec: 2 });
          ids.push(id);
          await t.rec.ended(id);
        }
        const refused = ids.filter((id) => t.rec.terminalFor(id)?.type === 'originate-failed');
        assert.ok(refused.length >= 1, `no originate refused in ${ids.length}`);
        for (const id of refused) {
          const end = t.rec.terminalFor(id);
          assert.ok(end?.type === 'originate-failed' && end.cause === 'DESTINATION_OUT_OF_ORDER', JSON.stringify(end));
          assert.deepEqual(t.rec.typesFor(id), ['originated', 'job-result', 'originate-failed']);
        }
      } finally {
        await t.api(`fsctl sps ${before.sessionsPerSecond}`);
      }
    });
  });
}
