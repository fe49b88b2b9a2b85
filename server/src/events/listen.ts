import type { EventBus } from './event-bus';
import type { Topic, TopicMap } from './topics';

/** Calls `onEvent` for every event of `topic` until the returned function is called (the dialer's subscriptions). */
export function listen<T extends Topic>(bus: EventBus, topic: T, onEvent: (payload: TopicMap[T]) => void): () => void {
  const it = bus.subscribe(topic);
  void (async () => {
    for await (const payload of it) onEvent(payload);
  })();
  return () => void it.return?.();
}
