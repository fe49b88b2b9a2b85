import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RecipientState as S } from './recipient-state';
import { applyReportedResult, reportedResultSchema, type ReportedResultInput } from './reported-result';

const now = new Date('2026-06-01T14:00:00Z');
const input: ReportedResultInput = {
  state: S.RETRY_WAIT,
  attempts: 2,
  numberCursor: 1,
  numbers: [
    { number: '+12125550101', priority: 1 },
    { number: '+12125550102', priority: 0 },
  ],
  maxAttempts: 5,
  retryWaitSeconds: 600,
  decidesAttempt: false,
  now,
};

const change = (over: Partial<ReportedResultInput>, result: Parameters<typeof applyReportedResult>[1]) => {
  const r = applyReportedResult({ ...input, ...over }, result);
  assert.ok(r.ok, JSON.stringify(r));
  return r.change;
};

describe('applyReportedResult', () => {
  it('success contacts the recipient', () => {
    assert.deepEqual(change({}, { success: true }), {
      stateChanged: true,
      state: S.CONTACTED,
      attempts: 2,
      numberCursor: 1,
      stopNumberIndexes: [],
      nextAttemptAt: null,
      callbackAt: null,
    });
  });

  it('counts the attempt in wait-for-result mode', () => {
    assert.equal(change({ state: S.IN_CALL, decidesAttempt: true }, { success: true }).attempts, 3);
    assert.equal(change({ state: S.IN_CALL, decidesAttempt: true, attempts: 4 }, {}).state, S.FAILED);
    const retry = change({ state: S.IN_CALL, decidesAttempt: true }, {});
    assert.equal(retry.state, S.RETRY_WAIT);
    assert.deepEqual(retry.nextAttemptAt, new Date('2026-06-01T14:10:00Z'));
  });

  it('failure retries after next_after_sec, or the campaign wait', () => {
    assert.deepEqual(change({}, { success: false, nextAfterSeconds: 30 }).nextAttemptAt, new Date('2026-06-01T14:00:30Z'));
    assert.deepEqual(change({}, { success: false }).nextAttemptAt, new Date('2026-06-01T14:10:00Z'));
    assert.equal(change({ state: S.CONTACTED }, { nextAfterSeconds: 0 }).state, S.RETRY_WAIT);
  });

  it('failure with attempts used up fails the recipient', () => {
    assert.equal(change({ attempts: 5 }, { success: false }).state, S.FAILED);
    assert.equal(change({ attempts: 5, extraAttempts: 1 }, { success: false }).state, S.RETRY_WAIT);
  });

  it('reset retries starts the count again', () => {
    const c = change({ state: S.FAILED, attempts: 5 }, { resetRetries: true });
    assert.equal(c.attempts, 0);
    assert.equal(c.state, S.RETRY_WAIT);
  });

  it('next number moves the rotation cursor', () => {
    assert.equal(change({}, { success: false, nextNumber: true }).numberCursor, 2);
    assert.equal(change({}, { comment: 'x', nextNumber: true }).numberCursor, 2);
  });

  it('stops listed numbers and the recipient when none is left', () => {
    const one = change({}, { success: false, stopNumbers: ['+12125550102', '+10000000000'] });
    assert.deepEqual(one.stopNumberIndexes, [1]);
    assert.equal(one.state, S.RETRY_WAIT);
    const all = change({}, { stopNumbers: ['+12125550101', '+12125550102'] });
    assert.deepEqual(all.stopNumberIndexes, [0, 1]);
    assert.equal(all.state, S.STOPPED);
    const already = change(
      {
        numbers: [
          { number: 'a', priority: 0, stopped: true },
          { number: 'b', priority: 0 },
        ],
      },
      { stopNumbers: ['a', 'b'] },
    );
    assert.deepEqual(already.stopNumberIndexes, [1]);
    assert.equal(already.state, S.STOPPED);
  });

  it('stopping one number never re-arms a finished recipient', () => {
    const c = change({ state: S.CONTACTED }, { stopNumbers: ['+12125550101'] });
    assert.equal(c.state, S.CONTACTED);
    assert.deepEqual(c.stopNumberIndexes, [0]);
    assert.equal(change({ state: S.CONTACTED }, { stopNumbers: ['+12125550101', '+12125550102'] }).state, S.CONTACTED);
    assert.equal(change({ state: S.RETRY_WAIT }, { stopNumbers: ['+12125550101'] }).state, S.RETRY_WAIT);
    assert.equal(change({ state: S.RETRY_WAIT }, { stopNumbers: ['+12125550101'] }).stateChanged, false);
    assert.equal(change({ state: S.RETRY_WAIT }, { stopNumbers: ['+12125550101', '+12125550102'] }).stateChanged, true);
  });

  it('books a callback', () => {
    const at = new Date('2026-06-02T09:00:00Z');
    const c = change({ state: S.IN_CALL }, { callbackAt: at, comment: 'call tomorrow' });
    assert.equal(c.state, S.SCHEDULED);
    assert.deepEqual(c.callbackAt, at);
  });

  it('refuses a callback in the past', () => {
    assert.deepEqual(applyReportedResult(input, { callbackAt: new Date('2026-06-01T13:00:00Z') }), {
      ok: false,
      reason: 'CALLBACK_IN_PAST',
    });
  });

  it('only annotates when nothing decisive is reported', () => {
    const c = change({ state: S.CONTACTED }, { comment: 'nice chat', disposition: 'SALE' });
    assert.equal(c.stateChanged, false);
    assert.equal(c.state, S.CONTACTED);
    assert.equal(c.attempts, 2);
  });

  it('never re-arms DNC or expired recipients, but lets them be annotated', () => {
    for (const state of [S.DNC, S.EXPIRED]) {
      assert.deepEqual(applyReportedResult({ ...input, state }, { resetRetries: true }), { ok: false, reason: 'RECIPIENT_FINAL' });
      assert.deepEqual(applyReportedResult({ ...input, state }, { success: true }), { ok: false, reason: 'RECIPIENT_FINAL' });
      assert.equal(change({ state }, { comment: 'noted' }).state, state);
    }
  });
});

describe('reportedResultSchema', () => {
  it('parses API input, coercing the callback time', () => {
    const r = reportedResultSchema.parse({ success: false, nextAfterSeconds: 60, callbackAt: '2026-06-02T09:00:00Z' });
    assert.deepEqual(r.callbackAt, new Date('2026-06-02T09:00:00Z'));
  });

  it('rejects contradictions and bad values', () => {
    assert.equal(reportedResultSchema.safeParse({ success: true, callbackAt: '2026-06-02T09:00:00Z' }).success, false);
    assert.equal(reportedResultSchema.safeParse({ nextAfterSeconds: -1 }).success, false);
    assert.equal(reportedResultSchema.safeParse({ callbackAt: 'tomorrow' }).success, false);
    assert.equal(reportedResultSchema.safeParse({ stopNumbers: [''] }).success, false);
  });
});
