import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal';
import type { EventBus } from '../events/event-bus';
import type { BusEvent, Topic, TopicMap } from '../events/topics';

/** What every command needs: a request-scoped EntityManager, the caller, the bus. */
export interface CommandContext {
  em: EntityManager;
  principal: Principal;
  bus: EventBus;
}

/** Events a command wants published; collected inside the transaction, sent after commit. */
export class Outbox {
  readonly events: BusEvent[] = [];

  add<T extends Topic>(topic: T, payload: TopicMap[T]): void {
    this.events.push({ topic, payload });
  }
}

/**
 * One use-case = one transaction. Events go out only once the commit succeeded, so a
 * subscriber never hears of a change that was rolled back.
 */
export async function inTransaction<R>(ctx: CommandContext, work: (em: EntityManager, outbox: Outbox) => Promise<R>): Promise<R> {
  const outbox = new Outbox();
  const result = await ctx.em.transactional((em) => work(em, outbox));
  for (const e of outbox.events) await ctx.bus.publish(e.topic, e.payload);
  return result;
}
