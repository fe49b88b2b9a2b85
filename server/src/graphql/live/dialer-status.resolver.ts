import { Authorized, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { knownDialerStatus } from '../../dialer/dialer-registry';
import type { Context } from '../context';
import { DialerStatus } from './dialer-status.type';
import type { DialerStatusPayload } from '../../events/live-topics';

const toType = (p: DialerStatusPayload): DialerStatus => ({ ...p, at: new Date(p.at) });

/** The dialer's state: which process leads, whether the switch is up, how busy it is. */
@Resolver(() => DialerStatus)
export class DialerStatusResolver {
  @Authorized(Permission.READ)
  @Query(() => DialerStatus, { description: 'The leading dialer as last reported (this process when none is known)' })
  dialerStatus(): DialerStatus {
    return toType(knownDialerStatus());
  }

  @Authorized(Permission.READ)
  @Subscription(() => DialerStatus, {
    name: 'dialerStatus',
    description: 'Dialer status changes and a heartbeat about once a second from the leader',
    subscribe: ({ context }: SubscribeResolverData<unknown, Record<string, never>, Context>) => context.bus.subscribe('DIALER_STATUS'),
  })
  dialerStatusChanged(@Root() p: DialerStatusPayload): DialerStatus {
    return toType(p);
  }
}
