import type { EventBus } from './event-bus';
import type { Topic, TopicMap } from './topics';

/**
 * Live-only topics may be dropped when the bus falls behind; state changes never are.
 * RECIPIENT_CHANGED is a live view of rows the console can read again, so it may be dropped too.
 */
const DROPPABLE: ReadonlySet<Topic> = new Set<Topic>(['CALL_STATE', 'WALLBOARD', 'DIALER_STATUS', 'RECIPIENT_CHANGED']);
const MAX_PENDING = 500;

/**
 * Publishes one event at a time (the bus's NOTIFY connection takes one query at a time) and
 * never makes the dialer wait: callers fire and forget. When the bus lags, live-only events
 * are dropped rather than queued without bound.
 */
export class SerialPublisher {
  private chain: Promise<void> = Promise.resolve();
  private pending = 0;
  dropped = 0;

  constructor(private readonly bus: EventBus) {}

  publish<T extends Topic>(topic: T, payload: TopicMap[T]): Promise<void> {
    if (DROPPABLE.has(topic) && this.pending >= MAX_PENDING) {
      this.dropped += 1;
      return this.chain;
    }
    this.pending += 1;
    this.chain = this.chain
      .then(() => this.bus.publish(topic, payload))
      .finally(() => {
        this.pending -= 1;
      });
    return this.chain;
  }

  /** Resolves once everything queued so far went out. */
  idle(): Promise<void> {
    return this.chain;
  }
}
