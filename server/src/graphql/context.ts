import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal';
import { unauthenticated } from '../errors/app-error';
import type { EventBus } from '../events/event-bus';
import type { RateLimits } from '../limits/rate-limits';
import type { Loaders } from './loaders/loaders';

/** Per request (HTTP) or per operation (WebSocket): its own EntityManager fork and loaders on it. */
export interface Context {
  em: EntityManager;
  principal: Principal | null;
  bus: EventBus;
  loaders: Loaders;
  /** The caller's address (behind trusted proxies, the one they name); null when unknown. */
  clientAddress: string | null;
  limits: RateLimits;
}

/** The caller, or UNAUTHENTICATED. For resolvers that need who, not only whether. */
export function requirePrincipal(ctx: Context): Principal {
  if (!ctx.principal) throw unauthenticated();
  return ctx.principal;
}
