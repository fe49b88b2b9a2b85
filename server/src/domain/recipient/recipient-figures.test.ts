import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RecipientState } from './recipient-state';
import { FINAL_RECIPIENT_STATES, IN_CALL_RECIPIENT_STATES, OPEN_RECIPIENT_STATES, UNREACHED_RECIPIENT_STATES } from './recipient-figures';

test('every recipient state is either final or open, never both; calls in progress and unreached are subsets', () => {
  const all = Object.values(RecipientState).sort();
  assert.deepEqual([...FINAL_RECIPIENT_STATES, ...OPEN_RECIPIENT_STATES].sort(), all);
  assert.ok(IN_CALL_RECIPIENT_STATES.every((s) => OPEN_RECIPIENT_STATES.includes(s)));
  assert.ok(UNREACHED_RECIPIENT_STATES.every((s) => FINAL_RECIPIENT_STATES.includes(s)));
});
