import type { ExecutionResult } from 'graphql';
import { AppError, ErrorCode } from '../../errors/app-error';
import { logger } from '../../logger';
import type { SlowPolicy } from './share-key';
import type { DrainWaiter, SocketSink } from './socket-sink';

/**
 * What one `queue` subscription may hold while its connection is backed up; past it the
 * subscription is dropped (the client is told why and may subscribe again). Held messages are
 * the stream's shared buffers, so many slow subscribers of one stream cost little more than one.
 */
export const MAX_PENDING_BYTES = 64 * 1024;

const DONE: IteratorResult<ExecutionResult, undefined> = { done: true, value: undefined };

/** Counters for logs, tests and the fan-out benchmark. */
export const slowConsumers = { coalesced: 0, dropped: 0 };

/**
 * One graphql-ws subscription fed from a shared stream. graphql-ws iterates it as the
 * subscription's result stream, but it never yields: each message is written straight to the
 * socket as `{"id":…,"type":"next","payload":<shared bytes>}`, the payload serialised once per
 * stream, not once per socket. The iterator settles when the subscription ends: done when the
 * client completes it or the stream ends, an error (sent to the client as graphql-ws `error`)
 * when the stream fails or the subscriber was dropped for falling behind.
 */
export class Outlet implements AsyncIterableIterator<ExecutionResult>, DrainWaiter {
  private readonly prefix: Buffer;
  private held: Buffer[] = [];
  private heldBytes = 0;
  private coalesced = 0;
  private closed = false;
  private settle!: (r: IteratorResult<ExecutionResult, undefined>) => void;
  private reject!: (e: Error) => void;
  private readonly finished = new Promise<IteratorResult<ExecutionResult, undefined>>((resolve, reject) => {
    this.settle = resolve;
    this.reject = reject;
  });

  constructor(
    private readonly sink: SocketSink,
    id: string,
    private readonly field: string,
    private readonly policy: SlowPolicy,
    private readonly onClose: (o: Outlet) => void,
  ) {
    // A buffer of its own: a small Buffer.from() is a slice of a shared 8 KB slab, which it
    // would keep alive for the subscription's life (~1 KB a subscription, measured).
    const prefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
    this.prefix = Buffer.allocUnsafeSlow(Buffer.byteLength(prefix));
    this.prefix.write(prefix);
    this.finished.catch(() => undefined); // settled for graphql-ws; nobody else need listen
  }

  /** One message of the stream, as its serialised `payload`. */
  deliver(payload: Buffer): void {
    if (this.closed) return;
    if (this.held.length > 0 && !this.sink.backedUp) this.flush();
    if (this.held.length === 0 && !this.sink.backedUp) {
      this.sink.write(this.prefix, payload);
      return;
    }
    if (this.policy === 'latest') {
      if (this.held.length > 0) this.coalesced += 1;
      this.held = [payload];
      this.heldBytes = payload.length;
    } else {
      this.held.push(payload);
      this.heldBytes += payload.length;
      if (this.heldBytes > MAX_PENDING_BYTES) return this.drop();
    }
    this.sink.waitForDrain(this);
  }

  /** Writes what was held back (the connection caught up). */
  flush(): void {
    const held = this.held;
    this.held = [];
    this.heldBytes = 0;
    for (const payload of held) this.sink.write(this.prefix, payload);
    if (this.coalesced > 0) {
      slowConsumers.coalesced += this.coalesced;
      logger.info(
        { field: this.field, skipped: this.coalesced },
        'a slow subscriber caught up; it got only the latest of the updates it missed',
      );
      this.coalesced = 0;
    }
  }

  /** The stream ended: graphql-ws sends `complete`. */
  end(): void {
    if (this.close()) this.settle(DONE);
  }

  /** The stream failed: graphql-ws sends `error`. */
  fail(err: Error): void {
    if (this.close()) this.reject(err);
  }

  next(): Promise<IteratorResult<ExecutionResult, undefined>> {
    return this.finished;
  }

  /** The client completed the subscription, or its connection closed. */
  return(): Promise<IteratorResult<ExecutionResult, undefined>> {
    this.end();
    return Promise.resolve(DONE);
  }

  throw(err: unknown): Promise<IteratorResult<ExecutionResult, undefined>> {
    this.end();
    return Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private drop(): void {
    const kb = Math.round(this.heldBytes / 1024);
    slowConsumers.dropped += 1;
    logger.warn({ field: this.field, heldKb: kb }, 'dropped a subscriber that stopped reading');
    this.fail(
      new AppError(ErrorCode.UNAVAILABLE, `This subscription fell ${kb} KB behind because the connection is not reading; subscribe again`, {
        reason: 'SLOW_CONSUMER',
      }),
    );
  }

  /** True the first time: the subscription leaves its stream and its connection's drain list. */
  private close(): boolean {
    if (this.closed) return false;
    this.closed = true;
    this.held = [];
    this.heldBytes = 0;
    this.sink.forget(this);
    // What the connection's write round still holds goes now: before graphql-ws's complete or error.
    this.sink.flush();
    this.onClose(this);
    return true;
  }
}
