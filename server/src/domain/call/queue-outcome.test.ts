import assert from 'node:assert/strict';
import { test } from 'node:test';
import { callEndFromEvent, judge, type AttemptContext } from '../../dialer/call-end';
import { RecipientState } from '../recipient/recipient-state';
import { CallOutcome, CauseAction } from './call-outcome';
import { queueOutcome } from './queue-outcome';

test('an answered queue-watch call is judged by how far it got in the queue', () => {
  const { ANSWERED } = CallOutcome;
  assert.equal(queueOutcome(ANSWERED, 'answered'), CallOutcome.QUEUE_ANSWER);
  assert.equal(queueOutcome(ANSWERED, 'joined'), CallOutcome.QUEUE_JOIN);
  assert.equal(queueOutcome(ANSWERED, 'timeout'), CallOutcome.QUEUE_TIMEOUT);
  assert.equal(queueOutcome(ANSWERED, 'not-joined'), CallOutcome.ABANDONED);
  assert.equal(queueOutcome(ANSWERED, undefined), ANSWERED, 'not a queue-watch call');
});

test('machines, faxes and unanswered calls keep their own outcome', () => {
  for (const o of [CallOutcome.MACHINE, CallOutcome.FAX, CallOutcome.BUSY, CallOutcome.NO_ANSWER]) {
    assert.equal(queueOutcome(o, 'answered'), o);
  }
});

test('the cause policy applies: agent answer is a success, the rest are retried, overrides win', () => {
  const now = new Date('2026-05-01T10:00:00Z');
  const ctx: AttemptContext = {
    attempts: 0,
    extraAttempts: 0,
    numberCursor: 0,
    maxAttempts: 3,
    retryWaitSeconds: 60,
    policy: { overrides: {}, minSuccessSeconds: 30 },
  };
  const end = (queue: 'answered' | 'joined' | 'timeout') => {
    const e = callEndFromEvent(
      { type: 'hangup', callId: 'c', cause: 'NORMAL_CLEARING', q850: 16, billSeconds: 5, durationSeconds: 8, at: now },
      { answeredAt: new Date(now.getTime() - 5000), queue },
    );
    assert.ok(e);
    return e;
  };
  const answered = judge(end('answered'), ctx, now);
  assert.deepEqual(
    [answered.outcome, answered.action, answered.result.state],
    [CallOutcome.QUEUE_ANSWER, CauseAction.SUCCESS, RecipientState.CONTACTED],
  );
  const timeout = judge(end('timeout'), ctx, now);
  assert.deepEqual(
    [timeout.outcome, timeout.action, timeout.result.state],
    [CallOutcome.QUEUE_TIMEOUT, CauseAction.RETRY, RecipientState.RETRY_WAIT],
  );
  const joined = judge(end('joined'), { ...ctx, policy: { overrides: { QUEUE_JOIN: CauseAction.FAIL }, minSuccessSeconds: 0 } }, now);
  assert.deepEqual([joined.outcome, joined.result.state], [CallOutcome.QUEUE_JOIN, RecipientState.FAILED]);
});
