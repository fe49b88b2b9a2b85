import { logger } from '../../logger';

export interface HeartbeatOptions<P> {
  /** Beat every `everyMs` while the source is silent; the first beat after the source spoke waits 1.5 times that, so a source that keeps time (once a second, give or take) is never doubled. */
  everyMs: number;
  /** Fresh figures for a beat (`heard`: the source's last message, if any); again every `refreshMs` while beating, and after the source spoke. */
  read: (heard: P | null) => Promise<P>;
  refreshMs: number;
  /** The beat to send: `last` (what was sent, or read) stamped with `at`. */
  stamp: (last: P, at: Date) => P;
}

/**
 * A source that may fall silent (the dialer publishes boards only for campaigns it dials),
 * with a heartbeat: when nothing came for `everyMs`, the last figures are sent again (re-read
 * from `read` every `refreshMs`), so a subscriber hears once a second whatever the source
 * does. Under shared fan-out (shared-subscriptions.ts) this runs once per shared stream, not
 * per screen: the timer and the reads cost the same for one subscriber or a thousand.
 */
export function withHeartbeat<P>(source: AsyncIterable<P>, o: HeartbeatOptions<P>): AsyncIterableIterator<P> {
  const upstream = source[Symbol.asyncIterator]();
  let pending: P | null = null;
  let last: P | null = null;
  let heard: P | null = null;
  let sentAt = Date.now();
  // The subscription's start counts as a beat: the first one comes `everyMs` later.
  let lastWasBeat = true;
  let spokeAt = 0;
  let readAt = 0;
  let reading = false;
  let finished = false;
  let failure: unknown = null;
  const waiter: { wake: (() => void) | null } = { wake: null };
  const offer = (p: P, beat: boolean) => {
    // Latest only: a board is worth nothing once a newer one exists.
    pending = p;
    sentAt = Date.now();
    lastWasBeat = beat;
    waiter.wake?.();
  };
  const due = () => Date.now() - sentAt >= (lastWasBeat ? o.everyMs : o.everyMs * 1.5);

  void (async () => {
    try {
      for (;;) {
        const r = await upstream.next();
        if (r.done || finished) break;
        last = r.value;
        heard = r.value;
        spokeAt = Date.now();
        offer(r.value, false);
      }
    } catch (err) {
      failure = err;
    }
    finished = true;
    waiter.wake?.();
  })();

  const beat = async () => {
    if (finished || reading || !due()) return;
    reading = true;
    try {
      const now = Date.now();
      if (last === null || readAt < spokeAt || now - readAt >= o.refreshMs) {
        last = await o.read(heard);
        readAt = now;
      }
      if (!finished && due()) offer(o.stamp(last, new Date()), true);
    } catch (err) {
      logger.warn({ err }, 'heartbeat read failed; the next beat tries again');
    } finally {
      reading = false;
    }
  };
  const timer = setInterval(() => void beat(), Math.max(50, Math.floor(o.everyMs / 4)));
  timer.unref();

  const stop = async (): Promise<IteratorResult<P>> => {
    finished = true;
    clearInterval(timer);
    waiter.wake?.();
    await upstream.return?.();
    return { done: true, value: undefined };
  };

  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next(): Promise<IteratorResult<P>> {
      while (pending === null && !finished) await new Promise<void>((resolve) => (waiter.wake = resolve));
      waiter.wake = null;
      if (pending !== null) {
        const value: P = pending;
        pending = null;
        return { done: false, value };
      }
      clearInterval(timer);
      if (failure) throw failure;
      return { done: true, value: undefined };
    },
    return: stop,
  };
}
