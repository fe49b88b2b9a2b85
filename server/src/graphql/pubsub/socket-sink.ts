import type { Flushable, WriteRounds } from './write-rounds';
import { frameHeaderLength, writeFrameHeader } from './ws-frame';

/**
 * The few members of a ws WebSocket the fan-out uses (a fake in unit tests). `bufferedAmount` is
 * what ws holds for the connection in user space, not yet handed to the kernel.
 */
export interface WireSocket {
  readonly readyState: number;
  readonly bufferedAmount: number;
  send(data: Buffer, options: { binary: boolean }, cb: (err?: Error) => void): void;
}

const OPEN = 1;

/**
 * The connection's TCP socket (the upgrade request's, which ws writes to as well): a round's
 * messages leave as one buffer of WebSocket frames in one write. ws writes graphql-ws's own
 * messages (ack, complete, error, pong) to the same socket at once (the server negotiates no
 * compression, so ws never queues), so frames from both stay whole and in the order written.
 */
export interface Transport {
  write(data: Buffer, cb: (err?: Error | null) => void): boolean;
}

/** Closes each graphql-ws `next`: `{"id":…,"type":"next","payload":` + payload + `}`. */
const SUFFIX = Buffer.from('}');
const CLOSE_BRACE = 0x7d;

/**
 * Bytes ws may hold for one connection before new messages stop being written to it. Above
 * this the kernel's socket buffers are full too: the client is not reading. Together with
 * MAX_PENDING_BYTES per subscription this bounds what a slow connection can make the server hold.
 */
export const HIGH_WATER_BYTES = 32 * 1024;

const RECHECK_MS = 50;

/** What waits for a connection to drain: a subscription holding messages back. */
export interface DrainWaiter {
  flush(): void;
}

/**
 * One WebSocket connection, as the fan-out writes to it: messages wait for the connection's
 * turn in the write rounds (write-rounds.ts) and leave together, framed into one buffer and
 * one system call (the shared payload is copied once per connection, never re-serialised);
 * writes go out only while the connection keeps up; subscriptions that had to hold messages
 * back are called again once the bytes already written have left (the write's callback),
 * never by polling.
 */
export class SocketSink implements Flushable {
  private readonly waiting = new Set<DrainWaiter>();
  /** Messages for the connection's next turn: a subscription's prefix, then the shared payload, in turn. */
  private pending: Buffer[] = [];
  /** Our writes not yet reported done: the last one's callback is the drain signal. */
  private inFlight = 0;
  private retry: NodeJS.Timeout | null = null;
  // One callback per connection, not a closure per message.
  private readonly written = (err?: Error | null): void => {
    this.inFlight -= 1;
    if (!err && this.waiting.size > 0) this.drain();
  };

  /** Without a transport (unit tests' fake sockets) each message goes through `socket.send`. */
  constructor(
    private readonly socket: WireSocket,
    private readonly rounds: WriteRounds,
    private readonly transport: Transport | null = null,
  ) {}

  /**
   * The client is not reading: ws holds more than the high-water mark (our own writes
   * included: they wait in the same socket). What waits for this connection's turn does not
   * count: that is the server being late, not the client, and the rounds themselves bound it
   * (a late round writes more messages at once).
   */
  get backedUp(): boolean {
    return this.socket.bufferedAmount > HIGH_WATER_BYTES;
  }

  /** One graphql-ws `next` (`prefix` names the subscription), written in the connection's next turn. */
  write(prefix: Buffer, payload: Buffer): void {
    if (this.socket.readyState !== OPEN) return;
    this.pending.push(prefix, payload);
    if (this.pending.length === 2) this.rounds.add(this);
  }

  /** Writes what waits now (the connection's turn, or a subscription ending: its messages precede graphql-ws's `complete`). */
  flush(): void {
    const parts = this.pending;
    if (parts.length === 0) return;
    this.pending = [];
    this.rounds.remove(this);
    if (this.socket.readyState !== OPEN) return;
    if (!this.transport) {
      for (let i = 0; i < parts.length; i += 2) {
        this.inFlight += 1;
        this.socket.send(Buffer.concat([parts[i]!, parts[i + 1]!, SUFFIX]), { binary: false }, this.written);
      }
      return;
    }
    let size = 0;
    for (let i = 0; i < parts.length; i += 2) {
      const n = parts[i]!.length + parts[i + 1]!.length + 1;
      size += frameHeaderLength(n) + n;
    }
    const out = Buffer.allocUnsafe(size);
    let at = 0;
    for (let i = 0; i < parts.length; i += 2) {
      const prefix = parts[i]!;
      const payload = parts[i + 1]!;
      at = writeFrameHeader(out, at, prefix.length + payload.length + 1);
      at += prefix.copy(out, at);
      at += payload.copy(out, at);
      out[at++] = CLOSE_BRACE;
    }
    this.inFlight += 1;
    this.transport.write(out, this.written);
  }

  waitForDrain(w: DrainWaiter): void {
    this.waiting.add(w);
    this.watch();
  }

  forget(w: DrainWaiter): void {
    this.waiting.delete(w);
  }

  /** Lets waiting subscriptions write what they hold, while the connection keeps up. */
  drain(): void {
    for (const w of [...this.waiting]) {
      if (this.backedUp) break;
      this.waiting.delete(w);
      w.flush();
    }
    this.watch();
  }

  /**
   * The backlog may be none of ours (graphql-ws's own messages): with no write of ours left
   * to call back, look again shortly, and only then.
   */
  private watch(): void {
    if (this.waiting.size === 0 || this.inFlight > 0 || this.retry || this.socket.readyState !== OPEN) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.drain();
    }, RECHECK_MS);
    this.retry.unref();
  }
}
