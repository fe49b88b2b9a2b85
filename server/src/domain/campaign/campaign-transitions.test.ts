import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CampaignStatus as S } from './campaign-status';
import { CampaignAction as A, nextCampaignStatus, isEditable } from './campaign-transitions';

// Written out independently of the implementation's table: the spec in product.md.
const allowed: Array<[S, A, S]> = [
  [S.CREATED, A.START, S.RUNNING],
  [S.CREATED, A.SCHEDULE, S.SCHEDULED],
  [S.SCHEDULED, A.SCHEDULE, S.SCHEDULED],
  [S.SCHEDULED, A.ACTIVATE, S.RUNNING],
  [S.RUNNING, A.PAUSE, S.PAUSED],
  [S.PAUSED, A.RESUME, S.RUNNING],
  [S.SCHEDULED, A.CANCEL, S.CANCELLED],
  [S.RUNNING, A.CANCEL, S.CANCELLED],
  [S.PAUSED, A.CANCEL, S.CANCELLED],
  [S.CANCELLED, A.RESTART, S.RUNNING],
  [S.RUNNING, A.COMPLETE, S.COMPLETED],
  [S.RUNNING, A.MARK_INCOMPLETE, S.INCOMPLETE],
  [S.INCOMPLETE, A.REOPEN, S.RUNNING],
  [S.COMPLETED, A.REOPEN, S.RUNNING],
  [S.INCOMPLETE, A.TERMINATE, S.TERMINATED],
  [S.COMPLETED, A.TERMINATE, S.TERMINATED],
  [S.CANCELLED, A.TERMINATE, S.TERMINATED],
];

test('every allowed transition gives the documented state', () => {
  for (const [from, action, to] of allowed) {
    assert.equal(nextCampaignStatus(from, action), to, `${from} --${action}-->`);
  }
});

test('every other (state, action) pair is refused', () => {
  let refused = 0;
  for (const from of Object.values(S)) {
    for (const action of Object.values(A)) {
      if (allowed.some(([f, a]) => f === from && a === action)) continue;
      assert.equal(nextCampaignStatus(from, action), null, `${from} --${action}--> must be refused`);
      refused++;
    }
  }
  assert.equal(refused, Object.values(S).length * Object.values(A).length - allowed.length);
});

test('TERMINATED is final', () => {
  for (const action of Object.values(A)) assert.equal(nextCampaignStatus(S.TERMINATED, action), null);
});

test('editing is refused only while scheduled, running or paused', () => {
  assert.deepEqual(
    Object.values(S)
      .filter((s) => !isEditable(s))
      .sort(),
    [S.PAUSED, S.RUNNING, S.SCHEDULED].sort(),
  );
});
