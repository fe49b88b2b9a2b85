import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundedStop } from './bounded-stop';

test('a part that never stops is left behind after its bound; one that fails does not stop the next', async () => {
  assert.equal(await boundedStop('never', () => new Promise<void>(() => undefined), 50), 'late');
  assert.equal(await boundedStop('fails', () => Promise.reject(new Error('socket gone')), 50), 'failed');
  assert.equal(await boundedStop('quick', () => Promise.resolve(), 60_000), 'done');
});
