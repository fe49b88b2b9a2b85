import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callCapacity, sessionsPerCall } from './sessions-per-call';

describe('switch sessions per call', () => {
  it('a loopback call is two sessions, anything else one', () => {
    assert.equal(sessionsPerCall('loopback/{number}/pacer/XML'), 2);
    assert.equal(sessionsPerCall('sofia/gateway/gw1/{number}'), 1);
    assert.equal(sessionsPerCall('user/1001'), 1);
  });

  it("capacity in calls: the switch's limit less the sessions that are not ours, per call", () => {
    // max 8, 4 loopback calls of ours up (8 sessions): full.
    assert.equal(callCapacity({ maxSessions: 8, activeSessions: 8 }, 4, 2), 4);
    // An agent leg (1 session) beside them: one call less.
    assert.equal(callCapacity({ maxSessions: 8, activeSessions: 9 }, 4, 2), 3);
    // A report older than our last originates counts ours in full.
    assert.equal(callCapacity({ maxSessions: 8, activeSessions: 2 }, 3, 2), 4);
    // Lowered below what is up: no room (never negative).
    assert.equal(callCapacity({ maxSessions: 2, activeSessions: 12 }, 6, 2), 1);
    assert.equal(callCapacity({ maxSessions: 1, activeSessions: 0 }, 0, 2), 0);
  });
});
