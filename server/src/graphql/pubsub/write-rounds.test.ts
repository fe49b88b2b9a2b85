import assert from 'node:assert/strict';
import { test } from 'node:test';
import { waitFor } from '../../test/wait-for';
import { Outlet } from './outlet';
import { SocketSink, type Transport, type WireSocket } from './socket-sink';
import { WriteRounds } from './write-rounds';

/**
 * Issue 23, 5,000 subscribers: the fan-out writes each connection once per round with all
 * that reached it (one corked system call), and a round gives the event loop back between
 * slices instead of writing every connection in one go.
 */
class FakeSocket implements WireSocket, Transport {
  readyState = 1;
  bufferedAmount = 0;
  /** The messages received, read back from the frames written. */
  readonly sent: string[] = [];
  /** Messages per write (each write is one system call). */
  readonly writes: number[] = [];
  send(): void {
    throw new Error('the fan-out writes frames to the transport, not through ws');
  }
  write(data: Buffer, cb: (err?: Error | null) => void): boolean {
    const before = this.sent.length;
    for (let at = 0; at < data.length;) {
      assert.equal(data[at], 0x81, 'a final text frame');
      let n = data[at + 1]!;
      at += 2;
      if (n === 126) {
        n = data.readUInt16BE(at);
        at += 2;
      }
      this.sent.push(data.toString('utf8', at, at + n));
      at += n;
    }
    this.writes.push(this.sent.length - before);
    cb();
    return true;
  }
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
const payload = (n: number, pad = 0): Buffer => Buffer.from(JSON.stringify({ data: { n, pad: 'x'.repeat(pad) } }));
const outletOn = (sink: SocketSink, id: string) => new Outlet(sink, id, 'callEvents', 'queue', () => undefined);

test('messages that reach a connection before its turn leave together, as graphql-ws frames in one write, in order', async () => {
  const socket = new FakeSocket();
  const sink = new SocketSink(socket, new WriteRounds(), socket);
  const calls = outletOn(sink, 'calls');
  const board = outletOn(sink, 'board');
  calls.deliver(payload(1));
  board.deliver(payload(2, 300)); // a frame with a 16-bit length
  calls.deliver(payload(3));
  assert.deepEqual(socket.sent, [], 'nothing written before the round');
  await turn();
  const got = socket.sent.map((s) => JSON.parse(s) as { id: string; type: string; payload: { data: { n: number } } });
  assert.deepEqual(
    got.map((m) => [m.id, m.type, m.payload.data.n]),
    [
      ['calls', 'next', 1],
      ['board', 'next', 2],
      ['calls', 'next', 3],
    ],
  );
  assert.deepEqual(socket.writes, [3], 'three messages, one write');
  calls.deliver(payload(4));
  await turn();
  assert.deepEqual(socket.writes, [3, 1], 'the next message, the next round');
});

test('a round over many connections gives the event loop back between slices', async () => {
  const rounds = new WriteRounds(0); // a slice ends at the first look at the clock
  const sockets = Array.from({ length: 200 }, () => new FakeSocket());
  for (const s of sockets) outletOn(new SocketSink(s, rounds, s), 'x').deliver(payload(1));
  await turn();
  const afterOne = sockets.filter((s) => s.sent.length > 0).length;
  assert.ok(afterOne > 0 && afterOne < sockets.length, `one slice wrote ${afterOne} of ${sockets.length} connections`);
  await waitFor(() => sockets.every((s) => s.sent.length === 1), { what: 'every connection written once' });
  assert.ok(rounds.stats().slices > 1);
});

test("a subscription that ends writes what its connection's round still holds first (before graphql-ws's complete)", () => {
  const socket = new FakeSocket();
  const outlet = outletOn(new SocketSink(socket, new WriteRounds(), socket), 'calls');
  outlet.deliver(payload(1));
  outlet.end();
  assert.equal(socket.sent.length, 1);
});
