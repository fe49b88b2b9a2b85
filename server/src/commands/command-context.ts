import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal';
import type { EventBus } from '../events/event-bus';
import { Outbox } from '../events/outbox';

export { Outbox };

/** What every command needs: a request-scoped EntityManager, the caller, the bus. */
export interface CommandContext {
  em: EntityManager;
  principal: Principal;
  bus: EventBus;
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
