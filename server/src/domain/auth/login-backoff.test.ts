import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loginBackoff, type LoginBackoffPolicy } from './login-backoff';

const policy: LoginBackoffPolicy = { freeFailures: 3, delaySeconds: 1, lockoutFailures: 10, lockoutSeconds: 900 };

test('free failures owe no wait; then the wait doubles; at the threshold the key is locked out', () => {
  const waits = Array.from({ length: 12 }, (_, i) => loginBackoff(policy, i + 1));
  assert.deepEqual(
    waits.map((w) => w.waitSeconds),
    [0, 0, 0, 1, 2, 4, 8, 16, 32, 900, 900, 900],
  );
  assert.deepEqual(
    waits.map((w) => w.lockedOut),
    [false, false, false, false, false, false, false, false, false, true, true, true],
  );
});

test('the growing delay never exceeds the lockout window, however many free failures are allowed', () => {
  const p = { freeFailures: 0, delaySeconds: 5, lockoutFailures: 2000, lockoutSeconds: 60 };
  for (let n = 1; n < 2000; n++) {
    const w = loginBackoff(p, n);
    assert.ok(w.waitSeconds <= 60 && w.waitSeconds >= 5, `failure ${n}: ${w.waitSeconds}`);
    assert.equal(w.lockedOut, false);
  }
  assert.deepEqual(loginBackoff(p, 2000), { waitSeconds: 60, lockedOut: true });
});

test('a lockout threshold at or below the free failures locks out without any delay first', () => {
  const p = { freeFailures: 5, delaySeconds: 1, lockoutFailures: 3, lockoutSeconds: 30 };
  assert.deepEqual(loginBackoff(p, 2), { waitSeconds: 0, lockedOut: false });
  assert.deepEqual(loginBackoff(p, 3), { waitSeconds: 30, lockedOut: true });
});
