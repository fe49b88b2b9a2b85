import { filter, pipe } from '@graphql-yoga/subscription';
import { Arg, Authorized, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { loadOwned } from '../../commands/load-owned';
import { Campaign } from '../../entities/campaign.entity';
import { requirePrincipal, type Context } from '../context';
import type { CampaignChangedPayload } from '../../events/topics';
import { CampaignChange } from './campaign-change.type';

interface Args {
  campaignId?: string | null;
}

/**
 * Live campaign changes of the caller's tenant (one campaign, or all). An unknown or foreign
 * campaign id fails at subscribe time with NOT_FOUND, like the query would.
 */
@Resolver(() => CampaignChange)
export class CampaignSubscriptionResolver {
  @Authorized(Permission.READ)
  @Subscription(() => CampaignChange, {
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, Args, Context>) => {
      const { tenantId } = requirePrincipal(context);
      const campaignId = args.campaignId ?? undefined;
      if (campaignId) await loadOwned(context.em, Campaign, 'Campaign', campaignId, tenantId);
      return pipe(
        context.bus.subscribe('CAMPAIGN_CHANGED'),
        filter((p: CampaignChangedPayload) => p.tenantId === tenantId && (!campaignId || p.campaignId === campaignId)),
      );
    },
  })
  campaignChanged(
    @Root() payload: CampaignChangedPayload,
    @Arg('campaignId', () => ID, { nullable: true }) _campaignId?: string,
  ): CampaignChange {
    return { ...payload, runStateReason: payload.runStateReason ?? null, at: new Date(payload.at) };
  }
}
