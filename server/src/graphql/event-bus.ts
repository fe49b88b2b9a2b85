import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import createSubscriber, { type Subscriber } from 'pg-listen';
import { logger } from '../logger';
import type { BusEvent, Topic, TopicMap } from './topics';

const CHANNEL = 'pacer_events';

type YogaTopics = { [K in Topic]: [TopicMap[K]] };

/**
 * Cross-process pub/sub on PostgreSQL LISTEN/NOTIFY (pg-listen owns the reconnects).
 * Events are only ever delivered from the NOTIFY round trip, never short-circuited locally,
 * so every process — this one included — sees each event exactly once and in commit order.
 */
export class EventBus {
  readonly pubSub: PubSub<YogaTopics> = createPubSub<YogaTopics>();
  private readonly subscriber: Subscriber<Record<string, BusEvent>>;

  constructor(databaseUrl: string) {
    this.subscriber = createSubscriber<Record<string, BusEvent>>({ connectionString: databaseUrl });
    this.subscriber.notifications.on(CHANNEL, (event: BusEvent) => this.deliver(event));
    this.subscriber.events.on('error', (err: Error) => logger.error({ err }, 'event bus connection error'));
  }

  async start(): Promise<void> {
    await this.subscriber.connect();
    await this.subscriber.listenTo(CHANNEL);
  }

  /** Call only after the transaction that caused the event has committed. */
  async publish<T extends Topic>(topic: T, payload: TopicMap[T]): Promise<void> {
    try {
      await this.subscriber.notify(CHANNEL, { topic, payload });
    } catch (err) {
      // The change is committed; a lost live event must not turn into a failed mutation.
      logger.warn({ err, topic }, 'could not publish event');
    }
  }

  async close(): Promise<void> {
    await this.subscriber.close();
  }

  private deliver(event: BusEvent): void {
    const publish = this.pubSub.publish as (topic: Topic, payload: BusEvent['payload']) => void;
    publish(event.topic, event.payload);
  }
}
