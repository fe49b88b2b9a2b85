import type { BusEvent, Topic, TopicMap } from './topics';

/**
 * Step 1 of the event path (see ../README.md): events a unit of work wants published,
 * collected inside its transaction and handed to the bus only after the commit succeeded,
 * so a subscriber never hears of a change that was rolled back. Commands drain it in
 * inTransaction (commands/command-context.ts); the dialer through its SerialPublisher.
 */
export class Outbox {
  readonly events: BusEvent[] = [];

  add<T extends Topic>(topic: T, payload: TopicMap[T]): void {
    this.events.push({ topic, payload });
  }
}
