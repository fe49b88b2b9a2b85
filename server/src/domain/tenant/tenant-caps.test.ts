import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capProblem, capValueProblem, cappedLimit } from './tenant-caps';

// The cap rules on their own: which limit each cap bounds, and the message naming the cap.

const CAPS = { maxConcurrentCalls: 20, callsPerSecond: 4, maxActiveCampaigns: 2 };

test('a limit above its cap is named with the cap; at or under it, or with no cap, passes', () => {
  assert.deepEqual(capProblem({ maxTotalCalls: 50 }, CAPS), {
    field: 'maxTotalCalls',
    message: "maxTotalCalls 50 is above this tenant's cap of 20 concurrent calls set by the platform operator",
  });
  assert.equal(capProblem({ maxInternalCalls: 21 }, CAPS)?.field, 'maxInternalCalls');
  assert.equal(capProblem({ maxExternalCalls: 21 }, CAPS)?.field, 'maxExternalCalls');
  assert.match(capProblem({ callsPerSecond: 4.5 }, CAPS)?.message ?? '', /cap of 4 calls per second/);
  assert.match(capProblem({ maxActiveCampaigns: 3 }, CAPS)?.message ?? '', /cap of 2 active campaigns/);
  assert.equal(capProblem({ maxTotalCalls: 20, callsPerSecond: 4, maxActiveCampaigns: 2, maxExternalCalls: null }, CAPS), null);
  assert.equal(capProblem({ maxTotalCalls: 5000 }, { maxConcurrentCalls: null, callsPerSecond: null, maxActiveCampaigns: null }), null);
});

test('the dialer takes the lower of limit and cap', () => {
  assert.equal(cappedLimit(100, 20), 20);
  assert.equal(cappedLimit(10, 20), 10);
  assert.equal(cappedLimit(10, null), 10);
});

test('cap values: whole numbers where counted, within the ranges of the limits they bound; null is no cap', () => {
  assert.equal(capValueProblem('maxConcurrentCalls', null), undefined);
  assert.equal(capValueProblem('maxConcurrentCalls', 1), undefined);
  assert.ok(capValueProblem('maxConcurrentCalls', 0));
  assert.ok(capValueProblem('maxConcurrentCalls', 2.5));
  assert.ok(capValueProblem('maxActiveCampaigns', 1001));
  assert.equal(capValueProblem('callsPerSecond', 0.5), undefined);
  assert.ok(capValueProblem('callsPerSecond', 0.05));
  assert.ok(capValueProblem('callsPerSecond', Number.NaN));
});
