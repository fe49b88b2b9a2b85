import { filter, pipe } from '@graphql-yoga/subscription';
import { Arg, Authorized, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { loadOwned } from '../../commands/load-owned';
import { Campaign } from '../../entities/campaign.entity';
import { requirePrincipal, type Context } from '../context';
import { CallEventBatch, type CallStateEvent } from './call-event-batch.type';
import type { CallStateItem, CallStatePayload } from '../../events/live-topics';
import type { AbandonReason } from '../../domain/call/abandon-reason';

interface Args {
  campaignId: string;
}

/** Live calls of one campaign of the caller's tenant; NOT_FOUND at subscribe time otherwise. */
@Resolver(() => CallEventBatch)
export class CallEventsResolver {
  @Authorized(Permission.READ)
  @Subscription(() => CallEventBatch, {
    description: 'Call state changes (dialing, ringing, answered, amd, bridged, abandoned, hangup with outcome), coalesced',
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
    return { campaignId: p.campaignId, events: p.events.map(toEvent) };
  }
}

/** A payload item as the GraphQL type; optional phase fields absent from a payload read as null. */
function toEvent(e: CallStateItem): CallStateEvent {
  return {
    ...e,
    agentId: e.agentId ?? null,
    agentName: e.agentName ?? null,
    amdResult: e.amdResult ?? null,
    amdCause: e.amdCause ?? null,
    reason: (e.reason as AbandonReason | null | undefined) ?? null,
    at: new Date(e.at),
  };
}
