import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { abandonMessageFile, DEFAULT_ABANDON_MESSAGE_FILE } from './abandon-message';

describe('abandonMessageFile', () => {
  it("plays the campaign's own message, else the shipped one", () => {
    assert.equal(DEFAULT_ABANDON_MESSAGE_FILE, 'pacer/safe-harbor.wav');
    assert.equal(abandonMessageFile('acme/sh.wav'), 'acme/sh.wav');
    assert.equal(abandonMessageFile(null), 'pacer/safe-harbor.wav');
    assert.equal(abandonMessageFile(undefined), 'pacer/safe-harbor.wav');
    assert.equal(abandonMessageFile('  '), 'pacer/safe-harbor.wav');
  });
});
