import { getEventListeners, setMaxListeners } from 'node:events';
import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { logger } from '../logger';
import { PgListener } from './pg-listener';
import type { BusEvent, Topic, TopicMap } from './topics';

const CHANNEL = 'pacer_events';

type YogaTopics = { [K in Topic]: [TopicMap[K]] };

/**
 * Listeners one process's fan-out holds per topic: one per shared GraphQL subscription stream
 * (graphql/pubsub/shared-subscriptions.ts: one per distinct tenant, permission set, document
 * and variables, however many sockets watch it) plus the dialer's listen()s. Node's default of
 * 10 printed a MaxListenersExceededWarning at every start (a console with 11 wallboards); past
 * this bound the warning is a real sign of leaked subscriptions.
 */
export const MAX_LISTENERS_PER_TOPIC = 2000;

/**
 * Cross-process pub/sub on PostgreSQL LISTEN/NOTIFY: the one path every event takes (see
 * ../README.md). publish() is the only way in (after commit) and NOTIFY the only way across;
 * events are only ever delivered from the NOTIFY round trip, never short-circuited locally, so
 * every process — this one included — sees each event exactly once and in commit order. The
 * in-process fan-out (`pubSub`, type-graphql's expected PubSub) hands them to subscribe()rs:
 * GraphQL subscriptions and listen() (the dialer).
 */
export class EventBus {
  private readonly target = boundedTarget();
  readonly pubSub: PubSub<YogaTopics> = createPubSub<YogaTopics>({ eventTarget: this.target });
  private readonly listener: PgListener;

  constructor(databaseUrl: string) {
    this.listener = new PgListener(databaseUrl, CHANNEL, (payload) => this.deliver(payload));
  }

  start(): Promise<void> {
    return this.listener.start();
  }

  /** Call only after the transaction that caused the event has committed. */
  async publish<T extends Topic>(topic: T, payload: TopicMap[T]): Promise<void> {
    try {
      await this.listener.notify(JSON.stringify({ topic, payload }));
    } catch (err) {
      // The change is committed; a lost live event must not turn into a failed mutation.
      logger.warn({ err, topic }, 'could not publish event');
    }
  }

  /** Every event of `topic` delivered to this process from now on, until the iterator is returned. */
  subscribe<T extends Topic>(topic: T): AsyncIterableIterator<TopicMap[T]> {
    return this.pubSub.subscribe(topic) as AsyncIterableIterator<TopicMap[T]>;
  }

  /** Listeners this process holds on `topic` now (see MAX_LISTENERS_PER_TOPIC). */
  listenerCount(topic: Topic): number {
    return getEventListeners(this.target, topic).length;
  }

  close(): Promise<void> {
    return this.listener.close();
  }

  private deliver(raw: string): void {
    let event: BusEvent;
    try {
      event = JSON.parse(raw) as BusEvent;
    } catch {
      logger.warn('ignoring a malformed event on the bus');
      return;
    }
    const publish = this.pubSub.publish as (topic: Topic, payload: BusEvent['payload']) => void;
    publish(event.topic, event.payload);
  }
}

/** An EventTarget whose per-type listener warning fires past MAX_LISTENERS_PER_TOPIC, not 10. */
function boundedTarget(): EventTarget {
  const target = new EventTarget();
  setMaxListeners(MAX_LISTENERS_PER_TOPIC, target);
  return target;
}
