import { filter, pipe } from '@graphql-yoga/subscription';
import { Arg, Authorized, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { loadOwned } from '../../commands/load-owned';
import type { CallOutcome } from '../../domain/call/call-outcome';
import type { RecipientState } from '../../domain/recipient/recipient-state';
import { ActorKind } from '../../entities/campaign-event.entity';
import { Campaign } from '../../entities/campaign.entity';
import type { RecipientChangedPayload } from '../../events/recipient-topics';
import { requirePrincipal, type Context } from '../context';
import { RecipientChange } from './recipient-change.type';

interface Args {
  campaignId: string;
}

/**
 * Live recipient changes of one campaign (results, claims, stops, DNC, reactivations), through
 * the one event path (events/, RECIPIENT_CHANGED). An unknown or foreign campaign fails at
 * subscribe time with NOT_FOUND, like the query would.
 */
@Resolver(() => RecipientChange)
export class RecipientSubscriptionResolver {
  @Authorized(Permission.READ)
  @Subscription(() => RecipientChange, {
    description: 'Recipients of a campaign that changed: state, attempts, last outcome, and who changed them',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, Args, Context>) => {
      const { tenantId } = requirePrincipal(context);
      await loadOwned(context.em, Campaign, 'Campaign', args.campaignId, tenantId);
      return pipe(
        context.bus.subscribe('RECIPIENT_CHANGED'),
        filter((p: RecipientChangedPayload) => p.tenantId === tenantId && p.campaignId === args.campaignId),
      );
    },
  })
  recipientChanged(@Root() p: RecipientChangedPayload, @Arg('campaignId', () => ID) _campaignId: string): RecipientChange {
    return {
      campaignId: p.campaignId,
      changes: p.changes.map((c) => ({
        recipientId: c.recipientId,
        state: c.state as RecipientState,
        attempts: c.attempts,
        lastOutcome: c.lastOutcome as CallOutcome | null,
      })),
      bulk: p.bulk,
      changedBy: { kind: ActorKind[p.changedBy.kind], label: p.changedBy.label },
      at: new Date(p.at),
    };
  }
}
