import type { EventBus } from '../events/event-bus';
import type { Topic, TopicMap } from '../events/topics';

/** Calls `onEvent` for every event of `topic` until the returned function is called. */
export function listen<T extends Topic>(bus: EventBus, topic: T, onEvent: (payload: TopicMap[T]) => void): () => void {
  const it = bus.pubSub.subscribe(topic);
  void (async () => {
    for await (const payload of it) onEvent(payload as TopicMap[T]);
  })();
  return () => void it.return?.();
}
