import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnServer, type ServerProcess } from '../test/spawn-server';
import { startTestApp, type TestApp } from '../test/test-app';
import { waitFor } from '../test/wait-for';
import { graphqlPost, LOGIN, outcome } from './testing/graphql-post';

// The lockout lives in PostgreSQL, not in a process: failures counted by one server process
// lock the account out on another, and a server started after a restart still refuses it.
// Two free failures, the third locks out for an hour (nothing lapses during the test; the
// only other refusal, a concurrent attempt's, asks for 1 s, so a long Retry-After is the lockout).
const LIMITS = {
  PACER_LOGIN_FREE_FAILURES: '2',
  PACER_LOGIN_LOCKOUT_FAILURES: '3',
  PACER_LOGIN_LOCKOUT_SECONDS: '3600',
};

let t: TestApp;
const servers: ServerProcess[] = [];
before(async () => {
  t = await startTestApp(LIMITS);
  await t.tenant('xlock');
});
after(async () => {
  for (const s of servers) await s.kill();
  await t.stop();
});

async function server(): Promise<ServerProcess> {
  // A generous start deadline: two servers start on a busy machine (it only bounds a failure).
  const s = await spawnServer({ DATABASE_URL: t.db.url, PACER_DIALER: 'off', ...LIMITS }, 90_000);
  servers.push(s);
  return s;
}

const login = (url: string, password: string) => graphqlPost(url, LOGIN, { e: 'admin@xlock.test', p: password });

test('failures on two server processes add up to one lockout, which holds on both and after a restart', async () => {
  const other = await server();
  assert.notEqual(other.url, t.url);
  // One failure here, one there: each process alone has seen too few to lock out.
  assert.equal(outcome(await login(t.url, 'wrong-1')), 'UNAUTHENTICATED');
  assert.equal(outcome(await login(other.url, 'wrong-2')), 'UNAUTHENTICATED');
  assert.equal(outcome(await login(other.url, 'wrong-3')), 'UNAUTHENTICATED');

  // The third failure (on the other process) locked the account out, and said so in its log.
  const lockoutLine = () =>
    other
      .output()
      .split('\n')
      .find((l) => l.includes('"event":"login_lockout"')) ?? '';
  const line = await waitFor(lockoutLine, {
    what: 'the lockout log line',
  });
  assert.match(line, /"scope":"account"/);
  assert.match(line, /"email":"admin@xlock.test"/);
  assert.match(line, /"lockoutSeconds":3600/);

  // Both processes refuse even the right password.
  for (const url of [t.url, other.url]) {
    const r = await login(url, 'password-123');
    assert.equal(r.status, 429, url);
    assert.equal(outcome(r), 'TOO_MANY_REQUESTS');
    assert.ok(Number(r.retryAfter) > 60 && Number(r.retryAfter) <= 3600, `Retry-After ${r.retryAfter}`);
  }

  // Stop the process that counted the lockout; a new one started afterwards still refuses.
  assert.equal(await other.kill('SIGTERM'), 0);
  const restarted = await server();
  const r = await login(restarted.url, 'password-123');
  assert.equal(r.status, 429);
  assert.equal(outcome(r), 'TOO_MANY_REQUESTS');
  assert.ok(Number(r.retryAfter) > 60 && Number(r.retryAfter) <= 3600, `Retry-After ${r.retryAfter}`);
});
