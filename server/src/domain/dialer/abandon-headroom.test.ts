import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DialingMode } from '../campaign/campaign-type';
import { abandonHeadroom, profileHeadroom, windowHeadroom } from './abandon-headroom';
import { agentSlots } from './agent-pacing';
import { predictiveLines, type PredictiveLinesInput } from './predictive-lines';

/** A quiet 15-minute window: 30% hit rate, no abandons; on its own it lets a 10-agent pool overdial. */
const quiet: PredictiveLinesInput = {
  freeAgents: 10,
  callsPending: 0,
  dialed: 3000,
  humanAnswered: 900,
  abandoned: 0,
  abandonTarget: 0.03,
  maxDialRatio: 3,
};

describe('windowHeadroom / abandonHeadroom', () => {
  it('is 1 without answers, falls linearly to 0 at the target and stays there above it', () => {
    assert.equal(windowHeadroom(0.03, { humanAnswered: 0, abandoned: 0 }), 1);
    assert.equal(windowHeadroom(0.03, { humanAnswered: 1000, abandoned: 15 }), 0.5);
    assert.equal(windowHeadroom(0.03, { humanAnswered: 1000, abandoned: 30 }), 0);
    assert.equal(windowHeadroom(0.03, { humanAnswered: 1000, abandoned: 90 }), 0);
    assert.equal(windowHeadroom(0, { humanAnswered: 1000, abandoned: 0 }), 0);
  });

  it('takes the tighter of the two windows; without a profile window the short one alone', () => {
    const short = { humanAnswered: 900, abandoned: 0 };
    assert.equal(abandonHeadroom(0.03, short), 1);
    assert.equal(abandonHeadroom(0.03, short, null), 1);
    const h = abandonHeadroom(0.03, short, { humanAnswered: 100_000, abandoned: 2_400 });
    assert.ok(Math.abs(h - 0.2) < 1e-3, `${h}`);
    assert.equal(abandonHeadroom(0.03, { humanAnswered: 900, abandoned: 27 }, { humanAnswered: 100_000, abandoned: 0 }), 0);
  });
});

describe('profileHeadroom: one more abandon must stay under the target', () => {
  it('no budget until 33 human answers under a 3% target (1 of 34 is 2.9%), then a ramp', () => {
    assert.equal(profileHeadroom(0.03, { humanAnswered: 0, abandoned: 0 }), 0);
    assert.equal(profileHeadroom(0.03, { humanAnswered: 32, abandoned: 0 }), 0);
    assert.ok(profileHeadroom(0.03, { humanAnswered: 33, abandoned: 0 }) > 0);
    assert.ok(profileHeadroom(0.03, { humanAnswered: 66, abandoned: 1 }) < 0.01, '2 of 67 would be 2.99%: just under, almost no room');
    assert.equal(profileHeadroom(0.03, { humanAnswered: 65, abandoned: 1 }), 0, '2 of 66 would be 3.03%');
    assert.ok(profileHeadroom(0.03, { humanAnswered: 1000, abandoned: 0 }) > 0.96);
  });

  it('a new campaign under a profile dials 1:1 where the short window alone would overdial', () => {
    const fresh = { humanAnswered: 0, abandoned: 0 };
    assert.equal(predictiveLines({ ...quiet, profileWindow: fresh }), 10);
    assert.ok(predictiveLines({ ...quiet, profileWindow: { humanAnswered: 900, abandoned: 0 } }) > 10);
  });
});

describe('predictive pacing under the profile window', () => {
  it('the 30-day rate at the target holds pacing to 1:1 where the short window alone would overdial', () => {
    const shortOnly = predictiveLines(quiet);
    assert.ok(shortOnly > 10, `the short window alone overdials: ${shortOnly}`);
    // 30 days of 100,000 human answers, 3.1% of them abandoned: no budget left.
    const month = { humanAnswered: 100_000, abandoned: 3_100 };
    assert.equal(predictiveLines({ ...quiet, profileWindow: month }), 10);
    // Through the planner's entry point too.
    const stats = { dialed: 3000, humanAnswered: 900, abandoned: 0, profileWindow: month };
    assert.equal(agentSlots(DialingMode.PREDICTIVE, { freeAgents: 10, callsPending: 0, stats }), 10);
  });

  it('a profile window near the target dials fewer lines than a clean one, a clean one as many as none', () => {
    const clean = predictiveLines({ ...quiet, profileWindow: { humanAnswered: 100_000, abandoned: 0 } });
    const near = predictiveLines({ ...quiet, profileWindow: { humanAnswered: 100_000, abandoned: 2_700 } });
    assert.equal(clean, predictiveLines(quiet));
    assert.ok(near < clean && near >= 10, `${near} < ${clean}`);
  });

  it('a short window over the target still holds pacing whatever the profile window says', () => {
    const busy = { ...quiet, abandoned: 30, profileWindow: { humanAnswered: 100_000, abandoned: 0 } };
    assert.equal(predictiveLines(busy), 10);
  });
});
