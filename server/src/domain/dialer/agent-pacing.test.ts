import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DialingMode } from '../campaign/campaign-type';
import { agentSlots, predictiveDialRatio, predictiveSettingsSchema, queueMultiplierSchema } from './agent-pacing';

describe('predictiveDialRatio', () => {
  it('dials 1:1 without enough data', () => {
    assert.equal(predictiveDialRatio({ dialed: 0, humanAnswered: 0, abandoned: 0 }), 1);
    assert.equal(predictiveDialRatio({ dialed: 19, humanAnswered: 5, abandoned: 0 }), 1);
    assert.equal(predictiveDialRatio({ dialed: 100, humanAnswered: 0, abandoned: 0 }), 1);
  });

  it('is 1 / hit rate with no abandons, capped', () => {
    assert.equal(predictiveDialRatio({ dialed: 100, humanAnswered: 50, abandoned: 0 }), 2);
    assert.equal(predictiveDialRatio({ dialed: 100, humanAnswered: 100, abandoned: 0 }), 1);
    assert.equal(predictiveDialRatio({ dialed: 100, humanAnswered: 10, abandoned: 0 }), 3);
    assert.equal(predictiveDialRatio({ dialed: 100, humanAnswered: 10, abandoned: 0 }, 0.03, 5), 5);
  });

  it('backs off as abandons approach the target and is 1:1 at or above it', () => {
    const base = { dialed: 1000, humanAnswered: 500 };
    assert.equal(predictiveDialRatio({ ...base, abandoned: 0 }), 2);
    assert.ok(Math.abs(predictiveDialRatio({ ...base, abandoned: 7.5 }) - 1.5) < 1e-9); // 1.5% of 3%
    assert.equal(predictiveDialRatio({ ...base, abandoned: 15 }), 1);
    assert.equal(predictiveDialRatio({ ...base, abandoned: 100 }), 1);
  });

  it('is monotone: more abandons never dial more', () => {
    let prev = Infinity;
    for (let abandoned = 0; abandoned <= 30; abandoned++) {
      const r = predictiveDialRatio({ dialed: 1000, humanAnswered: 400, abandoned });
      assert.ok(r <= prev && r >= 1);
      prev = r;
    }
  });
});

describe('agentSlots', () => {
  it('is null for campaigns not paced by agents', () => {
    assert.equal(agentSlots(null, { freeAgents: 5, callsPending: 0 }), null);
  });

  it('preview never dials by itself', () => {
    assert.equal(agentSlots(DialingMode.PREVIEW, { freeAgents: 5, callsPending: 0 }), 0);
  });

  it('progressive dials one call per free agent minus pending calls', () => {
    assert.equal(agentSlots(DialingMode.PROGRESSIVE, { freeAgents: 3, callsPending: 1 }), 2);
    assert.equal(agentSlots(DialingMode.PROGRESSIVE, { freeAgents: 1, callsPending: 4 }), 0);
    assert.equal(agentSlots(DialingMode.PROGRESSIVE, { freeAgents: -2, callsPending: 0 }), 0);
  });

  it('queue-watch multiplies free agents', () => {
    assert.equal(agentSlots(DialingMode.QUEUE_WATCH, { freeAgents: 4, callsPending: 1, multiplier: 1.5 }), 5);
    assert.equal(agentSlots(DialingMode.QUEUE_WATCH, { freeAgents: 3, callsPending: 0 }), 3);
    assert.equal(agentSlots(DialingMode.QUEUE_WATCH, { freeAgents: 3, callsPending: 0, multiplier: 0.5 }), 1);
  });

  it('predictive uses the adaptive ratio', () => {
    const stats = { dialed: 200, humanAnswered: 50, abandoned: 0 };
    assert.equal(agentSlots(DialingMode.PREDICTIVE, { freeAgents: 2, callsPending: 1, stats }), 5);
    assert.equal(agentSlots(DialingMode.PREDICTIVE, { freeAgents: 2, callsPending: 0 }), 2);
    const abandoning = { dialed: 200, humanAnswered: 50, abandoned: 5 };
    assert.equal(agentSlots(DialingMode.PREDICTIVE, { freeAgents: 2, callsPending: 0, stats: abandoning }), 2);
  });
});

describe('settings schemas', () => {
  it('defaults and bounds', () => {
    assert.deepEqual(predictiveSettingsSchema.parse({}), { abandonTarget: 0.03, maxDialRatio: 3 });
    assert.equal(predictiveSettingsSchema.safeParse({ abandonTarget: 0 }).success, false);
    assert.equal(predictiveSettingsSchema.safeParse({ maxDialRatio: 0.5 }).success, false);
    assert.equal(queueMultiplierSchema.parse(undefined), 1);
    assert.equal(queueMultiplierSchema.safeParse(0).success, false);
  });
});
