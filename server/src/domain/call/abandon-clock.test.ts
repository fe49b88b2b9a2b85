import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { reanchorAbandonClock, startAbandonClock } from './abandon-clock';

describe('abandon clock', () => {
  it('starts at the answer: two seconds from when it reached the dialer', () => {
    assert.deepEqual(startAbandonClock(5_000, 10_000, 2000), { answerAtMs: 5_000, deadlineMs: 12_000, late: false });
  });

  it('AMD time counts: a verdict 1.5 s after the answer leaves 0.5 s from its arrival', () => {
    const c = startAbandonClock(5_000, 10_000, 2000);
    // The switch's clock ran ahead of the dialer's (a time-scaled simulator): its 1.5 s passed in 75 ms here.
    assert.deepEqual(reanchorAbandonClock(c, 6_500, 10_075, 2000), { answerAtMs: 5_000, deadlineMs: 10_575, late: false });
  });

  it('a verdict after the limit leaves nothing: abandon at once', () => {
    const c = startAbandonClock(5_000, 10_000, 2000);
    const late = reanchorAbandonClock(c, 9_000, 14_100, 2000);
    assert.ok(late.deadlineMs <= 14_100, `${late.deadlineMs}`);
    assert.equal(late.late, true, 'the switch says the limit is gone: no agent is tried');
  });

  it('a late or early-stamped event never moves the deadline away', () => {
    const c = startAbandonClock(5_000, 10_000, 2000);
    assert.equal(reanchorAbandonClock(c, 5_100, 11_000, 2000).deadlineMs, 12_000);
    assert.equal(reanchorAbandonClock(c, 4_000, 10_000, 2000).deadlineMs, 12_000);
  });
});
