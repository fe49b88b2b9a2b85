import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ABANDON_WAIT_SECONDS, freeInTimeProbability, onCallFreeProbability } from './agent-freeing';

describe('agent freeing', () => {
  it('an agent free within the abandon wait always makes it; later ones less, linearly', () => {
    assert.equal(freeInTimeProbability(0, 15), 1);
    assert.equal(freeInTimeProbability(ABANDON_WAIT_SECONDS, 15), 1);
    assert.equal(freeInTimeProbability(ABANDON_WAIT_SECONDS + 15, 15), 0.5);
    assert.equal(freeInTimeProbability(ABANDON_WAIT_SECONDS + 30, 15), 0);
    assert.equal(freeInTimeProbability(5, 0), 0);
  });

  it('an agent on a call: the closed form matches numeric integration over the remaining talk', () => {
    for (const [talk, wrap, answer] of [
      [120, 10, 15],
      [120, 0, 15],
      [30, 5, 10],
      [60, 1, 3],
    ] as const) {
      let integral = 0;
      const h = 0.01;
      for (let r = h / 2; r < 30 * talk; r += h) integral += (Math.exp(-r / talk) / talk) * freeInTimeProbability(r + wrap, answer) * h;
      const closed = onCallFreeProbability(talk, wrap, answer);
      assert.ok(Math.abs(closed - integral) < 1e-4, `${talk}/${wrap}/${answer}: ${closed} vs ${integral}`);
    }
  });

  it('an agent on a call: unknown figures or a wrap-up past any answer give nothing', () => {
    assert.equal(onCallFreeProbability(0, 10, 15), 0);
    assert.equal(onCallFreeProbability(120, 10, 0), 0);
    assert.equal(onCallFreeProbability(120, 40, 15), 0);
    assert.ok(onCallFreeProbability(60, 10, 15) > onCallFreeProbability(120, 10, 15));
  });
});
