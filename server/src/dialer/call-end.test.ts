import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AbandonReason } from '../domain/call/abandon-reason';
import { CallOutcome, CauseAction } from '../domain/call/call-outcome';
import { RecipientState } from '../domain/recipient/recipient-state';
import { callEndFromEvent, interrupted, judge, type AttemptContext } from './call-end';

const now = new Date('2026-05-01T10:00:00Z');
const ctx: AttemptContext = {
  attempts: 0,
  extraAttempts: 0,
  numberCursor: 0,
  maxAttempts: 3,
  retryWaitSeconds: 60,
  policy: { overrides: {}, minSuccessSeconds: 0 },
};
const hangup = (cause: string, extra: { billSeconds?: number; answeredAt?: Date } = {}) =>
  callEndFromEvent(
    {
      type: 'hangup',
      callId: 'c',
      cause,
      q850: null,
      billSeconds: extra.billSeconds ?? 0,
      durationSeconds: 0,
      answeredAt: extra.answeredAt,
      at: now,
    },
    undefined,
  );

test('busy is retried after the wait and moves the rotation cursor; the last attempt fails', () => {
  const end = hangup('USER_BUSY');
  assert.ok(end);
  const v = judge(end, ctx, now);
  assert.equal(v.outcome, CallOutcome.BUSY);
  assert.equal(v.result.state, RecipientState.RETRY_WAIT);
  assert.equal(v.result.nextAttemptAt?.toISOString(), '2026-05-01T10:01:00.000Z');
  assert.equal(v.numberCursor, 1);
  assert.equal(judge(end, { ...ctx, attempts: 2 }, now).result.state, RecipientState.FAILED);
});

test('a down gateway and a lost call are neutral: ready again, nothing counted, cursor kept', () => {
  const down = callEndFromEvent({ type: 'originate-failed', callId: 'c', cause: 'GATEWAY_DOWN', at: now }, undefined);
  assert.ok(down);
  for (const end of [down, interrupted('c', now, 'INTERRUPTED')]) {
    const v = judge(end, ctx, now);
    assert.equal(v.action, CauseAction.NEUTRAL);
    assert.deepEqual([v.result.state, v.result.counted, v.numberCursor], [RecipientState.READY, false, 0]);
  }
});

test('an answer shorter than minSuccessSeconds is a SHORT_CALL; an invalid gateway fails at once', () => {
  const short = hangup('NORMAL_CLEARING', { billSeconds: 2, answeredAt: now });
  assert.ok(short);
  assert.equal(judge(short, { ...ctx, policy: { overrides: {}, minSuccessSeconds: 5 } }, now).outcome, CallOutcome.SHORT_CALL);
  const invalid = callEndFromEvent({ type: 'originate-failed', callId: 'c', cause: 'INVALID_GATEWAY', at: now }, undefined);
  assert.ok(invalid);
  const v = judge(invalid, ctx, now);
  assert.deepEqual([v.outcome, v.result.state], [CallOutcome.INVALID_GATEWAY, RecipientState.FAILED]);
});

test('campaign overrides win over defaults (busy treated as a failure)', () => {
  const end = hangup('USER_BUSY');
  assert.ok(end);
  assert.equal(
    judge(end, { ...ctx, policy: { overrides: { BUSY: CauseAction.FAIL }, minSuccessSeconds: 0 } }, now).result.state,
    RecipientState.FAILED,
  );
});

test('an agent call answered and never bridged is ABANDONED; with nothing on record the customer hung up first', () => {
  const answered = hangup('NORMAL_CLEARING', { billSeconds: 3, answeredAt: now });
  assert.ok(answered);
  const v = judge({ ...answered, agentCall: true }, ctx, now);
  assert.equal(v.outcome, CallOutcome.ABANDONED);
  assert.equal(v.abandonReason, AbandonReason.CUSTOMER_HUNG_UP_FIRST, 'the writer keeps a reason already on record');
  const reached = judge({ ...answered, agentCall: true, bridgedAt: now }, ctx, now);
  assert.equal(reached.outcome, CallOutcome.ANSWERED);
  assert.equal(reached.abandonReason, undefined);
  assert.equal(judge(answered, ctx, now).abandonReason, undefined, 'a VOICE call is no abandon');
});
