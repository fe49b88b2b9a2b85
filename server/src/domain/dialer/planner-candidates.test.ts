import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Calendar } from '../calendar/calendar';
import { nextOpenAt } from '../calendar/calendar-hours';
import { RecipientState } from '../recipient/recipient-state';
import { memoNextOpenAt, surveyCandidates } from './planner-candidates';
import { T0, campaign, candidate } from './planner.fixtures';

const nineToFive: Calendar = {
  timeZone: 'America/New_York',
  openHours: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' })),
  exceptions: [],
};

describe('surveyCandidates', () => {
  it('sorts candidates into dialable, expire, stop and waiting', () => {
    const s = surveyCandidates(
      campaign('A', {
        candidates: [
          candidate('ok'),
          candidate('ok'),
          candidate('old', { expireAt: T0 }),
          candidate('nonum', { numbers: [] }),
          candidate('retry', { state: RecipientState.RETRY_WAIT, nextAttemptAt: new Date(T0.getTime() + 60_000) }),
          candidate('final', { state: RecipientState.FAILED }),
        ],
      }),
      T0,
    );
    assert.deepEqual(
      s.dialable.map((c) => c.recipientId),
      ['ok'],
    );
    assert.deepEqual(s.toExpire, ['old']);
    assert.deepEqual(s.toStop, ['nonum']);
    assert.equal(s.waiting, true);
    assert.equal(s.outsideHours, false);
    assert.equal(s.wakeAt, T0.getTime() + 60_000);
  });

  it('reports outside-hours candidates with their opening time', () => {
    const s = surveyCandidates(
      campaign('A', { calendar: nineToFive, candidates: [candidate('la', { timeZone: 'America/Los_Angeles' })] }),
      T0,
    );
    assert.deepEqual(s.dialable, []);
    assert.equal(s.outsideHours, true);
    assert.equal(s.waiting, false);
    assert.equal(s.wakeAt, new Date('2026-06-01T16:00:00Z').getTime());
  });
});

describe('memoNextOpenAt', () => {
  it('gives the same answers as nextOpenAt', () => {
    const memo = memoNextOpenAt();
    for (const zone of ['America/Los_Angeles', 'Asia/Tokyo', null, 'America/Los_Angeles']) {
      assert.deepEqual(memo(nineToFive, T0, zone), nextOpenAt(nineToFive, T0, zone));
    }
    const tokyo: Calendar = { ...nineToFive, timeZone: 'Asia/Tokyo' };
    assert.deepEqual(memo(tokyo, T0, null), nextOpenAt(tokyo, T0, null));
  });
});
