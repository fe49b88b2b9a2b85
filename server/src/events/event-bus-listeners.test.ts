import assert from 'node:assert/strict';
import { test } from 'node:test';
import { waitFor } from '../test/wait-for';
import { EventBus, MAX_LISTENERS_PER_TOPIC } from './event-bus';
import type { TopicMap } from './topics';

/**
 * Issue 23: every server start printed a MaxListenersExceededWarning (11 WALLBOARD
 * listeners against Node's default of 10). The fan-out's bound is MAX_LISTENERS_PER_TOPIC:
 * that many live subscriptions on one topic are quiet, one more is reported as a leak.
 * In-process only (the bus is never started: subscribing needs no database).
 */
test('one topic holds MAX_LISTENERS_PER_TOPIC subscriptions without a warning; one more warns', async () => {
  const seen: string[] = [];
  const onWarning = (w: Error) => seen.push(w.name === 'MaxListenersExceededWarning' ? 'leak' : w.message);
  process.on('warning', onWarning);
  const bus = new EventBus('postgres://127.0.0.1:1/never-connected');
  const subs: Array<AsyncIterableIterator<TopicMap['WALLBOARD']>> = [];
  const subscribe = () => {
    const it = bus.subscribe('WALLBOARD');
    void it.next(); // a subscription listens from its first pull
    subs.push(it);
  };
  try {
    for (let i = 0; i < MAX_LISTENERS_PER_TOPIC; i++) subscribe();
    // Warnings are delivered in order: once this marker is heard, any earlier warning was too.
    process.emitWarning('marker-1');
    await waitFor(() => seen.includes('marker-1'), { what: 'the first marker warning' });
    assert.deepEqual(
      seen.filter((s) => s === 'leak'),
      [],
      `${MAX_LISTENERS_PER_TOPIC} listeners are within the bound`,
    );

    subscribe();
    process.emitWarning('marker-2');
    await waitFor(() => seen.includes('marker-2'), { what: 'the second marker warning' });
    assert.equal(seen.filter((s) => s === 'leak').length, 1, 'one listener past the bound is reported');
  } finally {
    process.off('warning', onWarning);
    await Promise.all(subs.map((it) => it.return?.()));
  }
});
