import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RecipientState as S } from './recipient-state';
import {
  RecipientAction as A,
  canMoveRecipient,
  isFinalRecipientState,
  isInCallState,
  nextRecipientState,
  recipientActionAllowedFrom,
} from './recipient-transitions';

/** Written out independently of the implementation's table: every allowed move, nothing else. */
const EXPECTED: Record<A, Partial<Record<S, S>>> = {
  [A.CLAIM]: { READY: S.DIALING, RETRY_WAIT: S.DIALING, SCHEDULED: S.DIALING, WAITING_AGENT: S.DIALING },
  [A.RESERVE_AGENT]: { READY: S.WAITING_AGENT, RETRY_WAIT: S.WAITING_AGENT, SCHEDULED: S.WAITING_AGENT },
  [A.RELEASE]: { WAITING_AGENT: S.READY },
  [A.ANSWER]: { DIALING: S.IN_CALL },
  [A.CALL_SUCCEEDED]: { DIALING: S.CONTACTED, IN_CALL: S.CONTACTED },
  [A.CALL_RETRY]: { DIALING: S.RETRY_WAIT, IN_CALL: S.RETRY_WAIT },
  [A.CALL_FAILED]: { DIALING: S.FAILED, IN_CALL: S.FAILED },
  [A.CALL_NEUTRAL]: { DIALING: S.READY, IN_CALL: S.READY },
  [A.CALL_STOPPED]: { DIALING: S.STOPPED, IN_CALL: S.STOPPED },
  [A.SCHEDULE_CALLBACK]: {
    READY: S.SCHEDULED,
    RETRY_WAIT: S.SCHEDULED,
    SCHEDULED: S.SCHEDULED,
    IN_CALL: S.SCHEDULED,
    CONTACTED: S.SCHEDULED,
    FAILED: S.SCHEDULED,
  },
  [A.DUE]: { RETRY_WAIT: S.READY, SCHEDULED: S.READY },
  [A.STOP]: { READY: S.STOPPED, RETRY_WAIT: S.STOPPED, SCHEDULED: S.STOPPED, WAITING_AGENT: S.STOPPED },
  [A.REACTIVATE]: { CONTACTED: S.READY, STOPPED: S.READY },
  [A.ADD_ATTEMPTS]: { FAILED: S.READY },
  [A.EXPIRE]: { READY: S.EXPIRED, RETRY_WAIT: S.EXPIRED, SCHEDULED: S.EXPIRED, WAITING_AGENT: S.EXPIRED },
  [A.SUPPRESS_DNC]: {
    READY: S.DNC,
    RETRY_WAIT: S.DNC,
    SCHEDULED: S.DNC,
    WAITING_AGENT: S.DNC,
    FAILED: S.DNC,
    STOPPED: S.DNC,
  },
  [A.RELEASE_DNC]: { DNC: S.READY },
};

describe('nextRecipientState', () => {
  for (const action of Object.values(A)) {
    for (const from of Object.values(S)) {
      const expected = EXPECTED[action][from] ?? null;
      it(`${action} from ${from} -> ${expected ?? 'refused'}`, () => {
        assert.equal(nextRecipientState(from, action), expected);
      });
    }
  }

  it('lists the allowed starting states', () => {
    assert.deepEqual(recipientActionAllowedFrom(A.ADD_ATTEMPTS), [S.FAILED]);
    assert.deepEqual(recipientActionAllowedFrom(A.REACTIVATE).sort(), [S.CONTACTED, S.STOPPED].sort());
  });
});

describe('user actions never touch a call in progress', () => {
  for (const action of [A.STOP, A.EXPIRE, A.SUPPRESS_DNC, A.REACTIVATE, A.ADD_ATTEMPTS, A.RELEASE_DNC]) {
    it(action, () => {
      assert.equal(nextRecipientState(S.DIALING, action), null);
      assert.equal(nextRecipientState(S.IN_CALL, action), null);
    });
  }
});

describe('canMoveRecipient', () => {
  it('is the union of the action table', () => {
    for (const from of Object.values(S)) {
      for (const target of Object.values(S)) {
        const expected = Object.values(EXPECTED).some((m) => m[from] === target);
        assert.equal(canMoveRecipient(from, target), expected, `${from} -> ${target}`);
      }
    }
  });
});

describe('state predicates', () => {
  it('final states', () => {
    const finals = Object.values(S).filter(isFinalRecipientState).sort();
    assert.deepEqual(finals, [S.CONTACTED, S.DNC, S.EXPIRED, S.FAILED, S.STOPPED].sort());
  });

  it('in-call states', () => {
    assert.deepEqual(Object.values(S).filter(isInCallState), [S.DIALING, S.IN_CALL]);
  });

  it('no final state can be claimed', () => {
    for (const s of Object.values(S).filter(isFinalRecipientState)) {
      assert.equal(nextRecipientState(s, A.CLAIM), null, s);
    }
  });
});
