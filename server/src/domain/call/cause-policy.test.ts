import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CallOutcome, CauseAction } from './call-outcome';
import {
  DEFAULT_CAUSE_POLICY,
  DEFAULT_OUTCOME_ACTIONS,
  causeOverrideKeys,
  causeOverrideListSchema,
  causeOverridesSchema,
  decideCauseAction,
  minSuccessSecondsSchema,
  type CausePolicy,
} from './cause-policy';
import { classifyHangup } from './hangup-causes';

const { SUCCESS, RETRY, FAIL, NEUTRAL } = CauseAction;

describe('default cause policy', () => {
  it('has an action for every outcome', () => {
    for (const outcome of Object.values(CallOutcome)) {
      assert.ok(Object.values(CauseAction).includes(DEFAULT_OUTCOME_ACTIONS[outcome]), outcome);
    }
  });

  const cases: Array<[CallOutcome, string | null, CauseAction]> = [
    [CallOutcome.ANSWERED, 'NORMAL_CLEARING', SUCCESS],
    [CallOutcome.BUSY, 'USER_BUSY', RETRY],
    [CallOutcome.NO_ANSWER, 'NO_ANSWER', RETRY],
    [CallOutcome.CONGESTION, 'NORMAL_CIRCUIT_CONGESTION', RETRY],
    [CallOutcome.CANCEL, 'ORIGINATOR_CANCEL', RETRY],
    [CallOutcome.INVALID_NUMBER, 'UNALLOCATED_NUMBER', FAIL],
    [CallOutcome.INVALID_GATEWAY, 'INVALID_GATEWAY', FAIL],
    [CallOutcome.NOROUTE, 'NO_ROUTE_DESTINATION', FAIL],
    [CallOutcome.CHANUNAVAIL, 'GATEWAY_DOWN', NEUTRAL],
    [CallOutcome.CHANUNAVAIL, 'DESTINATION_OUT_OF_ORDER', RETRY],
    [CallOutcome.INTERRUPTED, 'SYSTEM_SHUTDOWN', NEUTRAL],
    [CallOutcome.INTERRUPTED, null, NEUTRAL],
    [CallOutcome.RESCHEDULED, null, NEUTRAL],
    [CallOutcome.CONFIRMED, null, SUCCESS],
    [CallOutcome.FAX, 'NORMAL_CLEARING', FAIL],
    // Outcomes by destination: put through is a success, a queue that does not exist fails, the rest retry.
    [CallOutcome.IN_ANSWER, 'NORMAL_CLEARING', SUCCESS],
    [CallOutcome.IN_BUSY, 'USER_BUSY', RETRY],
    [CallOutcome.IN_NOANSWER, 'NO_ANSWER', RETRY],
    [CallOutcome.IN_CANCEL, 'NORMAL_CLEARING', RETRY],
    [CallOutcome.IN_CONGESTION, 'NORMAL_CIRCUIT_CONGESTION', RETRY],
    [CallOutcome.IN_CHANUNAVAIL, 'USER_NOT_REGISTERED', RETRY],
    [CallOutcome.IVR_FINISHED, 'NORMAL_CLEARING', SUCCESS],
    [CallOutcome.IVR_STARTED, 'NORMAL_CLEARING', RETRY],
    [CallOutcome.QUEUE_EMPTY, 'NORMAL_CLEARING', RETRY],
    [CallOutcome.QUEUE_FULL, 'NORMAL_CLEARING', RETRY],
    [CallOutcome.QUEUE_INVALID, 'NORMAL_CLEARING', FAIL],
  ];
  for (const [outcome, cause, action] of cases) {
    it(`${outcome}/${cause ?? '-'} -> ${action}`, () => {
      assert.deepEqual(decideCauseAction(DEFAULT_CAUSE_POLICY, { outcome, cause }), { outcome, action });
    });
  }

  it("an IN_* outcome ignores its raw cause (the callee's leg was answered): a cause override does not apply", () => {
    const policy: CausePolicy = { overrides: { USER_BUSY: FAIL }, minSuccessSeconds: 0 };
    assert.equal(decideCauseAction(policy, { outcome: CallOutcome.IN_BUSY, cause: 'USER_BUSY' }).action, RETRY);
    assert.equal(decideCauseAction({ ...policy, overrides: { IN_BUSY: FAIL } }, { outcome: CallOutcome.IN_BUSY }).action, FAIL);
  });

  it('agrees with the classifier on the raw causes of the spec', () => {
    const decide = (cause: string) =>
      decideCauseAction(DEFAULT_CAUSE_POLICY, { outcome: classifyHangup({ cause, answered: false }), cause }).action;
    assert.equal(decide('USER_BUSY'), RETRY);
    assert.equal(decide('GATEWAY_DOWN'), NEUTRAL);
    assert.equal(decide('INVALID_GATEWAY'), FAIL);
    assert.equal(decide('INVALID_NUMBER_FORMAT'), FAIL);
    assert.equal(decide('RECOVERY_ON_TIMER_EXPIRE'), RETRY);
    assert.equal(decide('CRASH'), NEUTRAL);
  });
});

describe('minimum successful duration', () => {
  const policy: CausePolicy = { overrides: {}, minSuccessSeconds: 10 };

  it('turns a short answered call into a retried SHORT_CALL', () => {
    assert.deepEqual(decideCauseAction(policy, { outcome: CallOutcome.ANSWERED, billSeconds: 9 }), {
      outcome: CallOutcome.SHORT_CALL,
      action: RETRY,
    });
    assert.deepEqual(decideCauseAction(policy, { outcome: CallOutcome.ANSWERED }), {
      outcome: CallOutcome.SHORT_CALL,
      action: RETRY,
    });
  });

  it('keeps calls at or above the minimum', () => {
    assert.deepEqual(decideCauseAction(policy, { outcome: CallOutcome.ANSWERED, billSeconds: 10 }), {
      outcome: CallOutcome.ANSWERED,
      action: SUCCESS,
    });
  });

  it('is off at 0', () => {
    const r = decideCauseAction(DEFAULT_CAUSE_POLICY, { outcome: CallOutcome.ANSWERED, billSeconds: 0 });
    assert.equal(r.outcome, CallOutcome.ANSWERED);
  });

  it('does not touch unanswered outcomes', () => {
    const r = decideCauseAction(policy, { outcome: CallOutcome.BUSY, cause: 'USER_BUSY', billSeconds: 0 });
    assert.equal(r.outcome, CallOutcome.BUSY);
  });

  it('can be overridden to count short calls as success', () => {
    const p: CausePolicy = { overrides: { SHORT_CALL: SUCCESS }, minSuccessSeconds: 10 };
    assert.equal(decideCauseAction(p, { outcome: CallOutcome.ANSWERED, billSeconds: 2 }).action, SUCCESS);
  });
});

describe('campaign overrides', () => {
  it('override by outcome', () => {
    const p: CausePolicy = { overrides: { BUSY: FAIL, MACHINE: SUCCESS }, minSuccessSeconds: 0 };
    assert.equal(decideCauseAction(p, { outcome: CallOutcome.BUSY, cause: 'USER_BUSY' }).action, FAIL);
    assert.equal(decideCauseAction(p, { outcome: CallOutcome.MACHINE, cause: 'NORMAL_CLEARING' }).action, SUCCESS);
  });

  it('a cause override beats the outcome override', () => {
    const p: CausePolicy = {
      overrides: { CHANUNAVAIL: FAIL, DESTINATION_OUT_OF_ORDER: RETRY },
      minSuccessSeconds: 0,
    };
    assert.equal(decideCauseAction(p, { outcome: CallOutcome.CHANUNAVAIL, cause: 'DESTINATION_OUT_OF_ORDER' }).action, RETRY);
    assert.equal(decideCauseAction(p, { outcome: CallOutcome.CHANUNAVAIL, cause: 'SUBSCRIBER_ABSENT' }).action, FAIL);
  });

  it('an outcome override beats a cause default', () => {
    const p: CausePolicy = { overrides: { CHANUNAVAIL: FAIL }, minSuccessSeconds: 0 };
    assert.equal(decideCauseAction(p, { outcome: CallOutcome.CHANUNAVAIL, cause: 'GATEWAY_DOWN' }).action, FAIL);
  });

  it('a cause override can make gateway down count', () => {
    const p: CausePolicy = { overrides: { GATEWAY_DOWN: RETRY }, minSuccessSeconds: 0 };
    assert.equal(decideCauseAction(p, { outcome: CallOutcome.CHANUNAVAIL, cause: '-ERR gateway_down' }).action, RETRY);
  });

  it('ignores cause keys for answered calls', () => {
    const p: CausePolicy = { overrides: { NORMAL_CLEARING: FAIL }, minSuccessSeconds: 0 };
    assert.equal(decideCauseAction(p, { outcome: CallOutcome.ANSWERED, cause: 'NORMAL_CLEARING' }).action, SUCCESS);
    assert.equal(decideCauseAction(p, { outcome: CallOutcome.NO_ANSWER, cause: 'NORMAL_CLEARING' }).action, FAIL);
  });

  it('does not see inherited object keys', () => {
    const p: CausePolicy = { overrides: {}, minSuccessSeconds: 0 };
    const r = decideCauseAction(p, { outcome: CallOutcome.BUSY, cause: 'constructor' });
    assert.equal(r.action, RETRY);
  });
});

describe('causeOverridesSchema', () => {
  it('accepts outcome and cause keys and upper-cases them', () => {
    const parsed = causeOverridesSchema.parse({ busy: 'FAIL', USER_BUSY: 'RETRY', GATEWAY_DOWN: 'NEUTRAL' });
    assert.deepEqual(parsed, { BUSY: FAIL, USER_BUSY: RETRY, GATEWAY_DOWN: NEUTRAL });
  });

  it('accepts an empty map', () => {
    assert.deepEqual(causeOverridesSchema.parse({}), {});
  });

  it('rejects unknown keys, bad actions and duplicates', () => {
    assert.equal(causeOverridesSchema.safeParse({ USER_BUSSY: 'FAIL' }).success, false);
    assert.equal(causeOverridesSchema.safeParse({ BUSY: 'MAYBE' }).success, false);
    assert.equal(causeOverridesSchema.safeParse({ BUSY: 'FAIL', busy: 'RETRY' }).success, false);
    assert.equal(causeOverridesSchema.safeParse(['BUSY']).success, false);
    assert.equal(causeOverridesSchema.safeParse(null).success, false);
  });

  it('names the bad key in the error', () => {
    const r = causeOverridesSchema.safeParse({ NOPE: 'FAIL' });
    assert.equal(r.success, false);
    if (!r.success) assert.deepEqual(r.error.issues[0]?.path, ['NOPE']);
  });

  it('validates the minimum duration', () => {
    assert.equal(minSuccessSecondsSchema.parse(undefined), 0);
    assert.equal(minSuccessSecondsSchema.safeParse(-1).success, false);
    assert.equal(minSuccessSecondsSchema.safeParse(1.5).success, false);
  });
});

describe('causeOverrideListSchema', () => {
  it('turns a GraphQL list into the override map', () => {
    assert.deepEqual(
      causeOverrideListSchema.parse([
        { cause: 'busy', action: 'FAIL' },
        { cause: 'GATEWAY_DOWN', action: 'RETRY' },
      ]),
      { BUSY: FAIL, GATEWAY_DOWN: RETRY },
    );
    assert.deepEqual(causeOverrideListSchema.parse([]), {});
  });

  it('rejects duplicates, unknown keys and bad actions', () => {
    assert.equal(
      causeOverrideListSchema.safeParse([
        { cause: 'BUSY', action: 'FAIL' },
        { cause: 'busy', action: 'RETRY' },
      ]).success,
      false,
    );
    assert.equal(causeOverrideListSchema.safeParse([{ cause: 'NOPE', action: 'FAIL' }]).success, false);
    assert.equal(causeOverrideListSchema.safeParse([{ cause: 'BUSY', action: 'NOPE' }]).success, false);
  });

  it('lists the keys a supervisor can pick', () => {
    const keys = causeOverrideKeys();
    assert.ok(keys.outcomes.includes(CallOutcome.BUSY));
    assert.ok(keys.causes.includes('USER_BUSY'));
    for (const k of [...keys.outcomes, ...keys.causes]) {
      assert.equal(causeOverridesSchema.safeParse({ [k]: 'RETRY' }).success, true, k);
    }
  });
});
