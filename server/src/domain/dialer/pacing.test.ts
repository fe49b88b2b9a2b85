import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PacingBucket, maxCallsPerTick, nextFreeMs, spacingMs } from './pacing';

describe('pacing math', () => {
  it('spacing is 1/cps; no rate means no spacing; zero means never', () => {
    assert.equal(spacingMs(4), 250);
    assert.equal(spacingMs(0.5), 2000);
    assert.equal(spacingMs(null), 0);
    assert.equal(spacingMs(undefined), 0);
    assert.equal(spacingMs(0), Infinity);
    assert.equal(spacingMs(-1), Infinity);
  });

  it('next free time follows the last call', () => {
    const last = new Date(10_000);
    assert.equal(nextFreeMs(last, 2), 10_500);
    assert.equal(nextFreeMs(null, 2), -Infinity);
    assert.equal(nextFreeMs(last, null), 10_000);
    assert.equal(nextFreeMs(null, 0), Infinity);
    assert.equal(nextFreeMs(new Date(Number.NaN), 2), -Infinity);
  });

  it('at most ceil(cps * tick) calls per tick', () => {
    assert.equal(maxCallsPerTick(2, 1), 2);
    assert.equal(maxCallsPerTick(2.5, 1), 3);
    assert.equal(maxCallsPerTick(0.5, 1), 1);
    assert.equal(maxCallsPerTick(null, 1), Infinity);
    assert.equal(maxCallsPerTick(0, 1), 0);
  });
});

describe('PacingBucket', () => {
  it('spreads calls evenly from now', () => {
    const b = new PacingBucket(null, 4);
    const times: number[] = [];
    for (let i = 0; i < 4; i++) {
      const t = b.earliest(1000);
      times.push(t);
      b.take(t);
    }
    assert.deepEqual(times, [1000, 1250, 1500, 1750]);
  });

  it('carries the spacing over from the previous tick', () => {
    const b = new PacingBucket(new Date(900), 2);
    assert.equal(b.earliest(1000), 1400);
  });

  it('never allows a call with a zero rate', () => {
    assert.equal(new PacingBucket(null, 0).earliest(1000), Infinity);
  });
});
