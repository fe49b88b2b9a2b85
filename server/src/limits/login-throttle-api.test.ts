import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { RateLimitEntry } from '../entities/rate-limit-entry.entity';
import { startTestApp, type TestApp } from '../test/test-app';
import { graphqlPost, LOGIN, outcome } from './testing/graphql-post';

// Login throttling through the real API: per account (hashed email) and per client address
// (X-Forwarded-For from loopback, as the console's proxy sends it). Waits are long (60 s, 600 s)
// so nothing lapses on a slow machine; "time passing" is the wait's row deleted.
let t: TestApp;
let n = 0;
before(async () => {
  t = await startTestApp({
    PACER_LOGIN_FREE_FAILURES: '2',
    PACER_LOGIN_DELAY_SECONDS: '60',
    PACER_LOGIN_LOCKOUT_FAILURES: '5',
    PACER_LOGIN_LOCKOUT_SECONDS: '600',
    PACER_LOGIN_ADDRESS_FREE_FAILURES: '3',
    PACER_LOGIN_ADDRESS_LOCKOUT_FAILURES: '4',
  });
});
after(async () => {
  await t.stop();
});

/** A fresh user (own tenant) and a fresh client address, so tests do not share counters. */
async function fresh(): Promise<{ email: string; address: string }> {
  n += 1;
  await t.tenant(`thr${n}`);
  return { email: `admin@thr${n}.test`, address: `198.51.100.${n}` };
}

const login = (email: string, password: string, address: string) =>
  graphqlPost<{ login: { token: string } }>(t.url, LOGIN, { e: email, p: password }, { 'x-forwarded-for': address });

/** Lets every login wait lapse, as time would. */
async function waitsLapse(): Promise<void> {
  await t.app.orm.em.fork().nativeDelete(RateLimitEntry, { key: { $like: 'login_wait:%' } });
}

test('30 wrong passwords in a row: three are checked, then every attempt is refused with 429 and Retry-After', async () => {
  const { email, address } = await fresh();
  const codes: string[] = [];
  for (let i = 0; i < 30; i++) codes.push(outcome(await login(email, `wrong-${i}`, address)));
  assert.deepEqual(codes.slice(0, 3), ['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
  assert.deepEqual(new Set(codes.slice(3)), new Set(['TOO_MANY_REQUESTS']));
  // Even the right password waits: the account is refused before any password check.
  const right = await login(email, 'password-123', address);
  assert.equal(right.status, 429);
  assert.equal(outcome(right), 'TOO_MANY_REQUESTS');
  const retry = Number(right.retryAfter);
  assert.ok(retry >= 1 && retry <= 60, `Retry-After ${right.retryAfter}`);
  assert.equal(right.body.errors?.[0]?.extensions?.retryAfterSeconds, retry);
  assert.equal(right.body.data, null);
});

test('the wait doubles with each further failure, then the account is locked out for the lockout window', async () => {
  const { email } = await fresh();
  // Wrong passwords, each from its own address (this is the account's schedule); after each
  // refusal but the lockout the wait is made to lapse. A refused attempt is not checked and does not count.
  const seen: string[] = [];
  for (let i = 1; seen.filter((x) => x !== 'checked').length < 3; i++) {
    const r = await login(email, 'wrong', `203.0.113.${i}`);
    if (r.status !== 429) {
      assert.equal(outcome(r), 'UNAUTHENTICATED');
      seen.push('checked');
      continue;
    }
    const retry = Number(r.retryAfter);
    seen.push(retry <= 60 ? 'wait<=60' : retry <= 120 ? 'wait<=120' : retry <= 600 ? 'lockout<=600' : `?${retry}`);
    if (seen.filter((x) => x !== 'checked').length < 3) await waitsLapse();
  }
  // Free, free, then 60 s, 120 s, then the 600 s lockout.
  assert.deepEqual(seen, ['checked', 'checked', 'checked', 'wait<=60', 'checked', 'wait<=120', 'checked', 'lockout<=600']);
  const locked = await login(email, 'password-123', '203.0.113.99');
  assert.equal(outcome(locked), 'TOO_MANY_REQUESTS', 'even the right password');
  assert.ok(Number(locked.retryAfter) > 120, `lockout Retry-After ${locked.retryAfter}`);
});

test('a success resets the account: the failures before it no longer count', async () => {
  const { email, address } = await fresh();
  assert.equal(outcome(await login(email, 'wrong', address)), 'UNAUTHENTICATED');
  assert.equal(outcome(await login(email, 'wrong', address)), 'UNAUTHENTICATED');
  assert.equal(outcome(await login(email, 'password-123', address)), 'OK');
  // Two more failures are free again (without the reset the second would earn a wait).
  assert.equal(outcome(await login(email, 'wrong', address)), 'UNAUTHENTICATED');
  assert.equal(outcome(await login(email, 'wrong', address)), 'UNAUTHENTICATED');
  assert.equal(outcome(await login(email, 'password-123', address)), 'OK');
});

test('concurrent guesses do not slip past the wait: at most the free failures and one more are checked', async () => {
  const { email } = await fresh();
  const all = await Promise.all(Array.from({ length: 30 }, (_, i) => login(email, `guess-${i}`, `10.9.${n}.${i}`)));
  const codes = all.map(outcome);
  const checked = codes.filter((c) => c === 'UNAUTHENTICATED').length;
  assert.ok(checked >= 1 && checked <= 3, `checked ${checked}: ${codes.join(',')}`);
  assert.equal(codes.filter((c) => c === 'TOO_MANY_REQUESTS').length, 30 - checked);
  for (const p of all.filter((x) => outcome(x) === 'TOO_MANY_REQUESTS')) assert.equal(p.status, 429);
});

test('one address guessing many accounts is locked out, for every account; other addresses are not', async () => {
  const address = '192.0.2.77';
  const codes: string[] = [];
  // Unknown accounts count like known ones (the answer must not tell them apart).
  for (let i = 0; i < 6; i++) codes.push(outcome(await login(`nobody${i}@spray.test`, 'wrong', address)));
  // Three free failures, a fourth reaches the address's lockout, then the address is refused.
  assert.deepEqual(codes, [
    'UNAUTHENTICATED',
    'UNAUTHENTICATED',
    'UNAUTHENTICATED',
    'UNAUTHENTICATED',
    'TOO_MANY_REQUESTS',
    'TOO_MANY_REQUESTS',
  ]);
  const { email } = await fresh();
  const refused = await login(email, 'password-123', address);
  assert.equal(refused.status, 429);
  assert.match(refused.body.errors?.[0]?.message ?? '', /this address/);
  assert.ok(Number(refused.retryAfter) > 60, `address lockout Retry-After ${refused.retryAfter}`);
  // The same account from another address signs in.
  assert.equal(outcome(await login(email, 'password-123', '192.0.2.78')), 'OK');
});
