import { filter, pipe } from '@graphql-yoga/subscription';
import { Arg, Authorized, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { loadOwned } from '../../commands/load-owned';
import { Campaign } from '../../entities/campaign.entity';
import { requirePrincipal, type Context } from '../context';
import { CallEventBatch } from './call-event-batch.type';
import type { CallStatePayload } from '../../events/live-topics';

interface Args {
  campaignId: string;
}

/** Live calls of one campaign of the caller's tenant; NOT_FOUND at subscribe time otherwise. */
@Resolver(() => CallEventBatch)
export class CallEventsResolver {
  @Authorized(Permission.READ)
  @Subscription(() => CallEventBatch, {
    description: 'Call state changes (dialing, ringing, answered, hangup with outcome), coalesced',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, Args, Context>) => {
      const { tenantId } = requirePrincipal(context);
      await loadOwned(context.em, Campaign, 'Campaign', args.campaignId, tenantId);
      return pipe(
        context.bus.subscribe('CALL_STATE'),
        filter((p: CallStatePayload) => p.tenantId === tenantId && p.campaignId === args.campaignId),
      );
    },
  })
  callEvents(@Root() p: CallStatePayload, @Arg('campaignId', () => ID) _campaignId: string): CallEventBatch {
    return { campaignId: p.campaignId, events: p.events.map((e) => ({ ...e, at: new Date(e.at) })) };
  }
}
