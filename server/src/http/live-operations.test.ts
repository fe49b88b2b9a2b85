import { createClient, type Client } from 'graphql-ws';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../test/test-app';
import { waitFor } from '../test/wait-for';

/**
 * The API's list of streaming subscriptions is kept per connection: graphql-ws operation ids
 * are unique only within a connection, and two consoles both calling theirs "1" are two
 * subscriptions. Ending one (complete, or its connection closing) leaves the other listed.
 */
let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(async () => {
  await t.stop();
});

const QUERY = 'subscription { campaignChanged { action } }';

/** A client whose every operation is called "1", as many consoles' first one is. */
function client(token: string): Client {
  return createClient({
    url: t.wsUrl,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    connectionParams: { authorization: `Bearer ${token}` },
    generateID: () => '1',
  });
}

test('two connections streaming a subscription of the same id are two: ending one leaves the other listed', async () => {
  const a = await t.tenant('live-ops');
  const live = t.app.api.liveSubscriptions;
  const before = live.size;
  const [one, two] = [client(a.token), client(a.token)];
  try {
    const stopOne = one.subscribe({ query: QUERY }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    two.subscribe({ query: QUERY }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    await waitFor(() => live.size === before + 2, { what: 'both subscriptions streaming' });

    stopOne(); // the client completes its "1"
    await waitFor(() => live.size === before + 1, { what: "the first connection's subscription to end" });
    assert.ok(live.has('1'), 'the other connection still streams its "1"');

    await two.dispose(); // the connection closes without completing
    await waitFor(() => live.size === before, { what: "the closed connection's subscription to end" });
    assert.equal(live.has('1'), false);
  } finally {
    await Promise.all([one.dispose(), two.dispose()]);
  }
});
