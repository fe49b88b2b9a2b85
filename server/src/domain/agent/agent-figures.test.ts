import assert from 'node:assert/strict';
import { test } from 'node:test';
import { abandonRate, abandonTargetShare, occupancy } from './agent-figures';

const none = { available: 0, noPhone: 0, reserved: 0, onCall: 0, wrapUp: 0, onBreak: 0, loggedOut: 0 };

test('occupancy: busy (on call, wrap-up) over working agents; break and logged-out agents are not working', () => {
  assert.equal(occupancy({ ...none, available: 1, reserved: 1, onCall: 1, wrapUp: 1, onBreak: 5, loggedOut: 5 }), 0.5);
  assert.equal(occupancy({ ...none, onCall: 2 }), 1);
  assert.equal(occupancy({ ...none, onBreak: 3, loggedOut: 2 }), null, 'nobody working: no figure rather than 0');
  assert.equal(
    occupancy({ ...none, onCall: 1, available: 1, noPhone: 4 }),
    0.5,
    'an agent without a phone cannot take a call: not working',
  );
});

test('abandon rate: abandoned over human-answered, null before any answer; the target in percent becomes a share', () => {
  assert.equal(abandonRate(8, 2), 0.25);
  assert.equal(abandonRate(5, 0), 0);
  assert.equal(abandonRate(0, 0), null);
  assert.equal(abandonRate(1, 2), 1, 'never above 1 (an abandon whose answer was not recorded)');
  assert.equal(abandonTargetShare(3), 0.03);
});
