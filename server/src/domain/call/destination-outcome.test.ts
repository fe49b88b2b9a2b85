import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CallOutcome } from './call-outcome';
import { destinationOutcome } from './destination-outcome';
import { queueLeftStage, queueOutcome, QUEUE_NOT_FOUND } from './queue-outcome';

const { ANSWERED } = CallOutcome;

test("an extension's second leg: answered, or its originate cause as FreeSWITCH's DIALSTATUS names it", () => {
  const failed = (cause: string) => destinationOutcome(ANSWERED, { failed: cause }, null);
  assert.equal(destinationOutcome(ANSWERED, 'answered', null), CallOutcome.IN_ANSWER);
  assert.equal(failed('USER_BUSY'), CallOutcome.IN_BUSY);
  assert.equal(failed('CALL_REJECTED'), CallOutcome.IN_BUSY, 'declined like a busy phone');
  assert.equal(failed('NO_ANSWER'), CallOutcome.IN_NOANSWER);
  assert.equal(failed('ORIGINATOR_CANCEL'), CallOutcome.IN_CANCEL);
  assert.equal(failed('NORMAL_CIRCUIT_CONGESTION'), CallOutcome.IN_CONGESTION);
  for (const cause of ['USER_NOT_REGISTERED', 'NO_ROUTE_DESTINATION', 'UNALLOCATED_NUMBER', 'SUBSCRIBER_ABSENT'])
    assert.equal(failed(cause), CallOutcome.IN_CHANUNAVAIL, cause);
  assert.equal(destinationOutcome(ANSWERED, 'sent', null), ANSWERED, 'an extension that never bridged');
});

test('an IVR: started until its menu ends; the IVR wins over an extension stage', () => {
  assert.equal(destinationOutcome(ANSWERED, null, 'started'), CallOutcome.IVR_STARTED);
  assert.equal(destinationOutcome(ANSWERED, null, 'finished'), CallOutcome.IVR_FINISHED);
  assert.equal(destinationOutcome(ANSWERED, 'sent', 'finished'), CallOutcome.IVR_FINISHED);
});

test('machines, faxes and unanswered calls keep their own outcome', () => {
  for (const o of [CallOutcome.MACHINE, CallOutcome.FAX, CallOutcome.BUSY, CallOutcome.QUEUE_ANSWER])
    assert.equal(destinationOutcome(o, 'answered', 'finished'), o);
});

test("a queue's verdicts: no agents, no room, no such queue", () => {
  assert.equal(queueLeftStage('TIMEOUT'), 'timeout');
  assert.equal(queueLeftStage('NO_AGENT_TIMEOUT'), 'empty');
  assert.equal(queueLeftStage(QUEUE_NOT_FOUND), 'invalid');
  assert.equal(queueLeftStage('BREAK_OUT'), null, 'the caller left: still QUEUE_JOIN');
  assert.equal(queueLeftStage('EXIT_WITH_KEY'), null);
  assert.equal(queueOutcome(ANSWERED, 'empty'), CallOutcome.QUEUE_EMPTY);
  assert.equal(queueOutcome(ANSWERED, 'full'), CallOutcome.QUEUE_FULL);
  assert.equal(queueOutcome(ANSWERED, 'invalid'), CallOutcome.QUEUE_INVALID);
});
