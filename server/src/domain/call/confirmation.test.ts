import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CallOutcome } from './call-outcome';
import { confirmationOutcome } from './confirmation';

const asked = { answerAsked: true, listenAsked: true, answerConfirmed: false, listenConfirmed: false };

test('a campaign that asked for no key leaves the outcome alone', () => {
  assert.equal(confirmationOutcome(CallOutcome.ANSWERED, null), CallOutcome.ANSWERED);
  assert.equal(
    confirmationOutcome(CallOutcome.ANSWERED, { answerAsked: false, listenAsked: false, answerConfirmed: true, listenConfirmed: true }),
    CallOutcome.ANSWERED,
  );
});

test('every key asked for on record: CONFIRMED; one missing: UNCONFIRMED', () => {
  assert.equal(confirmationOutcome(CallOutcome.ANSWERED, asked), CallOutcome.UNCONFIRMED);
  assert.equal(confirmationOutcome(CallOutcome.ANSWERED, { ...asked, answerConfirmed: true }), CallOutcome.UNCONFIRMED);
  assert.equal(confirmationOutcome(CallOutcome.ANSWERED, { ...asked, listenConfirmed: true }), CallOutcome.UNCONFIRMED);
  assert.equal(
    confirmationOutcome(CallOutcome.ANSWERED, { ...asked, answerConfirmed: true, listenConfirmed: true }),
    CallOutcome.CONFIRMED,
  );
  assert.equal(confirmationOutcome(CallOutcome.ANSWERED, { ...asked, listenAsked: false, answerConfirmed: true }), CallOutcome.CONFIRMED);
  assert.equal(confirmationOutcome(CallOutcome.ANSWERED, { ...asked, answerAsked: false, listenConfirmed: true }), CallOutcome.CONFIRMED);
});

test('machines and lost calls keep their outcome unless every key was pressed', () => {
  assert.equal(confirmationOutcome(CallOutcome.MACHINE, asked), CallOutcome.MACHINE);
  assert.equal(confirmationOutcome(CallOutcome.ANSWERED_LOST, asked), CallOutcome.ANSWERED_LOST);
  assert.equal(
    confirmationOutcome(CallOutcome.ANSWERED_LOST, { ...asked, answerConfirmed: true, listenConfirmed: true }),
    CallOutcome.CONFIRMED,
  );
});
