import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RunState } from '../campaign/run-state';
import { CALLING_HOURS } from '../compliance/calling-hours';
import { ComplianceProfile } from '../compliance/compliance-profile';
import { RecipientState } from '../recipient/recipient-state';
import { plan } from './planner';
import { surveyCandidates } from './planner-candidates';
import { campaign, candidate, snapshot } from './planner.fixtures';
import type { RunStateAction } from './planner-types';

const tsrHours = CALLING_HOURS[ComplianceProfile.US_TSR];
const at = (iso: string) => new Date(iso);
const H = 3_600_000;

describe('the planner under a compliance profile', () => {
  test('US_TSR: a +81 recipient without a zone is dialed only in Tokyo’s daytime, and wakes when Tokyo opens', () => {
    const tokyo = candidate('jp', { numbers: [{ number: '+81312345678', priority: 0 }], numberZones: ['Asia/Tokyo'] });
    const c = campaign('c', { callingHours: tsrHours, candidates: [tokyo] });
    // 14:00 UTC = 23:00 in Tokyo.
    const night = plan(snapshot({ now: at('2026-06-01T14:00:00Z'), campaigns: [c] }));
    assert.equal(night.filter((a) => a.type === 'originate').length, 0);
    const state = night.find((a): a is RunStateAction => a.type === 'runState');
    assert.equal(state?.state, RunState.OUTSIDE_HOURS);
    assert.deepEqual(state?.wakeAt, at('2026-06-01T23:00:00Z'));
    // 01:00 UTC = 10:00 in Tokyo.
    const day = plan(snapshot({ now: at('2026-06-02T01:00:00Z'), campaigns: [c] }));
    assert.equal(day.filter((a) => a.type === 'originate').length, 1);
  });

  test('a multi-zone recipient waits until every zone is inside the hours', () => {
    const both = candidate('x', { numberZones: ['America/New_York', 'America/Los_Angeles'] });
    const c = campaign('c', { callingHours: tsrHours, candidates: [both] });
    const s = surveyCandidates(c, at('2026-06-01T13:00:00Z')); // 09:00 New York, 06:00 Los Angeles
    assert.deepEqual([s.dialable.length, s.outsideHours, s.wakeAt], [0, true, at('2026-06-01T15:00:00Z').getTime()]);
    assert.equal(surveyCandidates(c, at('2026-06-01T15:00:00Z')).dialable.length, 1);
  });

  test('NONE (no hours, no calendar) dials at any hour', () => {
    const c = campaign('c', { callingHours: null, candidates: [candidate('jp', { numberZones: ['Asia/Tokyo'] })] });
    assert.equal(surveyCandidates(c, at('2026-06-01T14:00:00Z')).dialable.length, 1);
  });

  test('UK_OFCOM: a recipient whose last call was abandoned rests 72 h, then is dialed', () => {
    const abandoned = at('2026-06-01T10:00:00Z');
    const c = campaign('c', { abandonRestMs: 72 * H, candidates: [candidate('a', { lastAbandonedAt: abandoned })] });
    const early = surveyCandidates(c, at('2026-06-03T10:00:00Z'));
    assert.deepEqual([early.dialable.length, early.waiting, early.wakeAt], [0, true, abandoned.getTime() + 72 * H]);
    assert.equal(surveyCandidates(c, at('2026-06-04T10:00:00Z')).dialable.length, 1);
    // Without the rest (an agent sure to be free, or another profile) it is dialed at once.
    assert.equal(surveyCandidates({ ...c, abandonRestMs: null }, at('2026-06-01T10:00:01Z')).dialable.length, 1);
  });

  test('a recipient past its not-after is expired at once (a final state), like one past expire-at', () => {
    const now = at('2026-06-01T14:00:00Z');
    const c = campaign('c', {
      candidates: [
        candidate('late', { notAfter: now }),
        candidate('gone', { expireAt: at('2026-06-01T13:00:00Z') }),
        candidate('ok', { notAfter: at('2026-06-02T00:00:00Z') }),
        candidate('done', { state: RecipientState.EXPIRED, notAfter: now }),
      ],
    });
    const expired = plan(snapshot({ now, campaigns: [c] })).flatMap((a) => (a.type === 'expire' ? [a.recipientId] : []));
    assert.deepEqual(expired.sort(), ['gone', 'late']);
  });

  test('a waiting recipient whose window will close wakes the campaign at its not-after', () => {
    const now = at('2026-06-01T14:00:00Z');
    const waiting = candidate('w', {
      state: RecipientState.RETRY_WAIT,
      nextAttemptAt: at('2026-06-01T18:00:00Z'),
      notAfter: at('2026-06-01T16:00:00Z'),
    });
    assert.equal(surveyCandidates(campaign('c', { candidates: [waiting] }), now).wakeAt, at('2026-06-01T16:00:00Z').getTime());
  });
});
