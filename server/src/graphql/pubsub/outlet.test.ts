import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../../errors/app-error';
import { waitFor } from '../../test/wait-for';
import { MAX_PENDING_BYTES, Outlet, slowConsumers } from './outlet';
import { HIGH_WATER_BYTES, SocketSink, type WireSocket } from './socket-sink';
import { WriteRounds } from './write-rounds';

/**
 * Issue 23 part 3, slow consumers: a connection that stops reading never makes the server
 * hold more than a bound. A fake socket stands in for ws: `bufferedAmount` says how far
 * behind the connection is, `written()` is ws's write callback (the bytes left).
 */
class FakeSocket implements WireSocket {
  readyState = 1;
  bufferedAmount = 0;
  readonly sent: string[] = [];
  private readonly callbacks: Array<(err?: Error) => void> = [];
  send(data: Buffer, _options: { binary: boolean }, cb: (err?: Error) => void): void {
    this.sent.push(data.toString());
    this.callbacks.push(cb);
  }
  /** The client read everything: the buffer empties and ws reports the writes done. */
  caughtUp(): void {
    this.bufferedAmount = 0;
    for (const cb of this.callbacks.splice(0)) cb();
  }
}

const payload = (n: number, size = 10): Buffer => Buffer.from(JSON.stringify({ data: { n, pad: 'x'.repeat(size) } }));
/** The write round that follows (write-rounds.ts schedules it with setImmediate before this one). */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
const setup = (policy: 'latest' | 'queue') => {
  const socket = new FakeSocket();
  const closed: Outlet[] = [];
  const outlet = new Outlet(
    new SocketSink(socket, new WriteRounds()),
    'sub-1',
    policy === 'latest' ? 'wallboard' : 'callEvents',
    policy,
    (o) => closed.push(o),
  );
  return { socket, outlet, closed };
};
const ns = (sent: string[]) => sent.map((s) => (JSON.parse(s) as { payload: { data: { n: number } } }).payload.data.n);

test('a connection that keeps up gets every message as a graphql-ws next with the shared payload', async () => {
  const { socket, outlet } = setup('queue');
  const p = payload(1);
  outlet.deliver(p);
  await turn();
  assert.deepEqual(JSON.parse(socket.sent[0]!), { id: 'sub-1', type: 'next', payload: JSON.parse(p.toString()) });
});

test('latest-only fields keep only the newest message while the connection is behind', async () => {
  const { socket, outlet } = setup('latest');
  const before = slowConsumers.coalesced;
  outlet.deliver(payload(1));
  await turn();
  socket.bufferedAmount = HIGH_WATER_BYTES + 1;
  for (let n = 2; n <= 6; n++) outlet.deliver(payload(n));
  assert.deepEqual(ns(socket.sent), [1], 'nothing written while behind');
  socket.caughtUp();
  await turn();
  assert.deepEqual(ns(socket.sent), [1, 6], 'the latest, once it caught up');
  assert.equal(slowConsumers.coalesced - before, 4, 'four updates skipped, and counted');
});

test('other fields queue in order up to the bound, then the subscriber is dropped with a reason', async () => {
  const { socket, outlet, closed } = setup('queue');
  socket.bufferedAmount = HIGH_WATER_BYTES + 1; // behind on bytes none of this subscriber's writes
  outlet.deliver(payload(1));
  outlet.deliver(payload(2));
  assert.deepEqual(socket.sent, []);
  socket.caughtUp();
  await waitFor(() => socket.sent.length === 2, { what: 'the held messages once the connection caught up' });
  assert.deepEqual(ns(socket.sent), [1, 2], 'held messages go out in order');

  socket.bufferedAmount = HIGH_WATER_BYTES + 1;
  const size = 1024;
  const fits = Math.floor(MAX_PENDING_BYTES / (size + 30));
  for (let n = 0; n < fits; n++) outlet.deliver(payload(100 + n, size));
  await turn();
  assert.equal(closed.length, 0, `${fits} KB held is within the bound`);
  outlet.deliver(payload(999, size * 4));
  assert.deepEqual(closed, [outlet], 'dropped once past the bound');
  await assert.rejects(outlet.next(), (e: unknown) => e instanceof AppError && e.extensions.reason === 'SLOW_CONSUMER');
  socket.caughtUp();
  assert.deepEqual(ns(socket.sent), [1, 2], 'nothing of a dropped subscriber is written later');
});

test('return() (the client completed) ends the iterator and leaves the stream', async () => {
  const { outlet, closed } = setup('queue');
  const pending = outlet.next();
  await outlet.return();
  assert.deepEqual(await pending, { done: true, value: undefined });
  assert.deepEqual(closed, [outlet]);
});
