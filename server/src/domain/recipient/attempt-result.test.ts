import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CauseAction } from '../call/call-outcome';
import { RecipientState } from './recipient-state';
import {
  DEFAULT_MAX_ATTEMPTS,
  MAX_ATTEMPTS_CAP,
  applyAttemptResult,
  effectiveMaxAttempts,
  maxAttemptsSchema,
  retryWaitSecondsSchema,
  type AttemptInput,
} from './attempt-result';

const now = new Date('2026-05-04T10:00:00Z');
const base: AttemptInput = { attempts: 0, maxAttempts: 5, retryWaitSeconds: 600, action: CauseAction.RETRY, now };

describe('effectiveMaxAttempts', () => {
  it('defaults to 5 and never allows unlimited', () => {
    assert.equal(DEFAULT_MAX_ATTEMPTS, 5);
    assert.equal(effectiveMaxAttempts(undefined), 5);
    assert.equal(effectiveMaxAttempts(null), 5);
    assert.equal(effectiveMaxAttempts(0), 5);
    assert.equal(effectiveMaxAttempts(-1), 5);
    assert.equal(effectiveMaxAttempts(Number.POSITIVE_INFINITY), 5);
    assert.equal(effectiveMaxAttempts(Number.NaN), 5);
    assert.equal(effectiveMaxAttempts(1), 1);
    assert.equal(effectiveMaxAttempts(7.9), 7);
    assert.equal(effectiveMaxAttempts(10_000), MAX_ATTEMPTS_CAP);
  });

  it('schemas validate campaign input', () => {
    assert.equal(maxAttemptsSchema.parse(undefined), 5);
    assert.equal(maxAttemptsSchema.parse(100), 100);
    assert.equal(maxAttemptsSchema.safeParse(0).success, false);
    assert.equal(maxAttemptsSchema.safeParse(101).success, false);
    assert.equal(maxAttemptsSchema.safeParse(2.5).success, false);
    assert.equal(retryWaitSecondsSchema.parse(undefined), 300);
    assert.equal(retryWaitSecondsSchema.safeParse(-5).success, false);
  });
});

describe('applyAttemptResult', () => {
  it('SUCCESS contacts the recipient and counts', () => {
    assert.deepEqual(applyAttemptResult({ ...base, action: CauseAction.SUCCESS, attempts: 2 }), {
      state: RecipientState.CONTACTED,
      counted: true,
      attempts: 3,
      nextAttemptAt: null,
      verdict: 'SUCCESS',
      uncountedInARow: 0,
    });
  });

  it('SUCCESS on the last allowed attempt still contacts', () => {
    const r = applyAttemptResult({ ...base, action: CauseAction.SUCCESS, attempts: 4 });
    assert.equal(r.state, RecipientState.CONTACTED);
  });

  it('FAIL fails at once, even on the first attempt', () => {
    assert.deepEqual(applyAttemptResult({ ...base, action: CauseAction.FAIL }), {
      state: RecipientState.FAILED,
      counted: true,
      attempts: 1,
      nextAttemptAt: null,
      verdict: 'FATAL',
      uncountedInARow: 0,
    });
  });

  it('RETRY waits the campaign wait', () => {
    assert.deepEqual(applyAttemptResult(base), {
      state: RecipientState.RETRY_WAIT,
      counted: true,
      attempts: 1,
      nextAttemptAt: new Date('2026-05-04T10:10:00Z'),
      verdict: 'RETRY',
      uncountedInARow: 0,
    });
  });

  it('RETRY honours a per-result wait, including zero', () => {
    assert.deepEqual(applyAttemptResult({ ...base, retryAfterSeconds: 30 }).nextAttemptAt, new Date('2026-05-04T10:00:30Z'));
    assert.deepEqual(applyAttemptResult({ ...base, retryAfterSeconds: 0 }).nextAttemptAt, now);
    assert.deepEqual(applyAttemptResult({ ...base, retryAfterSeconds: null }).nextAttemptAt, new Date('2026-05-04T10:10:00Z'));
  });

  it('RETRY clamps nonsense waits', () => {
    assert.deepEqual(applyAttemptResult({ ...base, retryWaitSeconds: -10 }).nextAttemptAt, now);
    const far = applyAttemptResult({ ...base, retryWaitSeconds: 1e12 }).nextAttemptAt;
    assert.deepEqual(far, new Date(now.getTime() + 7 * 24 * 3600 * 1000));
  });

  it('RETRY on the last attempt fails the recipient (exhausted)', () => {
    const r = applyAttemptResult({ ...base, attempts: 4 });
    assert.deepEqual(r, {
      state: RecipientState.FAILED,
      counted: true,
      attempts: 5,
      nextAttemptAt: null,
      verdict: 'EXHAUSTED',
      uncountedInARow: 0,
    });
  });

  it('walks through exactly maxAttempts attempts', () => {
    for (const max of [1, 2, 5, 100]) {
      let attempts = 0;
      let states: RecipientState[] = [];
      for (;;) {
        const r = applyAttemptResult({ ...base, maxAttempts: max, attempts });
        attempts = r.attempts;
        states.push(r.state);
        if (r.state !== RecipientState.RETRY_WAIT) break;
      }
      assert.equal(attempts, max);
      assert.equal(states.at(-1), RecipientState.FAILED);
      states = [];
    }
  });

  it('extra attempts extend the limit', () => {
    assert.equal(applyAttemptResult({ ...base, attempts: 5, extraAttempts: 2 }).state, RecipientState.RETRY_WAIT);
    assert.equal(applyAttemptResult({ ...base, attempts: 6, extraAttempts: 2 }).state, RecipientState.FAILED);
  });

  it('unlimited is not possible: 0 means the default 5', () => {
    assert.equal(applyAttemptResult({ ...base, maxAttempts: 0, attempts: 4 }).state, RecipientState.FAILED);
  });

  it('the cap is enforced', () => {
    assert.equal(applyAttemptResult({ ...base, maxAttempts: 1e9, attempts: 99 }).state, RecipientState.FAILED);
  });

  it('NEUTRAL leaves the recipient ready, uncounted, but never due before the retry wait', () => {
    assert.deepEqual(applyAttemptResult({ ...base, action: CauseAction.NEUTRAL, attempts: 4 }), {
      state: RecipientState.READY,
      counted: false,
      attempts: 4,
      nextAttemptAt: new Date(now.getTime() + 600_000),
      verdict: 'NEUTRAL',
      uncountedInARow: 1,
    });
  });

  it('NEUTRAL never loops: the maxUncounted-th in a row FAILS the recipient (default 3)', () => {
    let inARow = 0;
    const states: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = applyAttemptResult({ ...base, action: CauseAction.NEUTRAL, uncountedInARow: inARow });
      inARow = r.uncountedInARow;
      states.push(`${r.state}/${r.verdict}`);
    }
    assert.deepEqual(states, ['READY/NEUTRAL', 'READY/NEUTRAL', 'FAILED/NEUTRAL_EXHAUSTED']);
    assert.equal(
      applyAttemptResult({ ...base, action: CauseAction.NEUTRAL, uncountedInARow: 0, maxUncounted: 1 }).state,
      RecipientState.FAILED,
    );
  });

  it('a counted attempt starts the count again', () => {
    assert.equal(applyAttemptResult({ ...base, action: CauseAction.RETRY, uncountedInARow: 2 }).uncountedInARow, 0);
  });

  it('an end Pacer decided itself (lost call, switch refusal, skip) keeps its hold and is not bounded', () => {
    const holdUntil = new Date(now.getTime() + 2000);
    const r = applyAttemptResult({ ...base, action: CauseAction.NEUTRAL, uncountedInARow: 10, maxUncounted: 3, holdUntil });
    assert.deepEqual([r.state, r.nextAttemptAt, r.uncountedInARow], [RecipientState.READY, holdUntil, 10]);
  });

  it('property: whatever the sequence of actions, a NEUTRAL or RETRY recipient is never due before the retry wait', () => {
    const actions = [CauseAction.NEUTRAL, CauseAction.RETRY, CauseAction.SUCCESS, CauseAction.FAIL];
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 2000; run++) {
      let attempts = 0;
      let inARow = 0;
      for (let step = 0; step < 20; step++) {
        const action = actions[Math.floor(rand() * actions.length)] ?? CauseAction.NEUTRAL;
        const r = applyAttemptResult({ ...base, maxAttempts: 10, action, attempts, uncountedInARow: inARow });
        if (r.state === RecipientState.READY || r.state === RecipientState.RETRY_WAIT)
          assert.ok((r.nextAttemptAt?.getTime() ?? 0) >= now.getTime() + 600_000, `${action} due too soon`);
        if (r.state !== RecipientState.READY && r.state !== RecipientState.RETRY_WAIT) break;
        assert.ok(r.uncountedInARow < 3, 'never more than the bound of NEUTRAL results in a row');
        attempts = r.attempts;
        inARow = r.uncountedInARow;
      }
    }
  });

  it('treats a negative stored count as zero', () => {
    assert.equal(applyAttemptResult({ ...base, attempts: -3 }).attempts, 1);
  });
});
