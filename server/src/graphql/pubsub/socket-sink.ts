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
 * One WebSocket connection, as the fan-out writes to it: writes go out only while the
 * connection keeps up; subscriptions that had to hold messages back are called again once
 * the bytes already written have left (ws's write callback), never by polling.
 */
export class SocketSink {
  private readonly waiting = new Set<DrainWaiter>();
  /** Our writes not yet reported done by ws: the last one's callback is the drain signal. */
  private inFlight = 0;
  private retry: NodeJS.Timeout | null = null;
  // One callback per connection, not a closure per message.
  private readonly written = (err?: Error): void => {
    this.inFlight -= 1;
    if (!err && this.waiting.size > 0) this.drain();
  };

  constructor(private readonly socket: WireSocket) {}

  get backedUp(): boolean {
    return this.socket.bufferedAmount > HIGH_WATER_BYTES;
  }

  write(bytes: Buffer): void {
    if (this.socket.readyState !== OPEN) return;
    this.inFlight += 1;
    this.socket.send(bytes, { binary: false }, this.written);
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
