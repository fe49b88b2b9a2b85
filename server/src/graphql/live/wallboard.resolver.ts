import { filter, pipe } from '@graphql-yoga/subscription';
import { Arg, Authorized, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { loadOwned } from '../../commands/load-owned';
import { Campaign } from '../../entities/campaign.entity';
import { requirePrincipal, type Context } from '../context';
import type { WallboardPayload } from '../../events/live-topics';
import { Wallboard } from './wallboard.type';

interface Args {
  campaignId?: string | null;
}

/** The once-a-second wallboard of one campaign, or of the whole tenant when campaignId is null. */
@Resolver(() => Wallboard)
export class WallboardResolver {
  @Authorized(Permission.READ)
  @Subscription(() => Wallboard, {
    description: 'Live figures once a second: one campaign, or your whole tenant when campaignId is omitted',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, Args, Context>) => {
      const { tenantId } = requirePrincipal(context);
      const campaignId = args.campaignId ?? null;
      if (campaignId) await loadOwned(context.em, Campaign, 'Campaign', campaignId, tenantId);
      return pipe(
        context.bus.subscribe('WALLBOARD'),
        filter((p: WallboardPayload) => p.tenantId === tenantId && p.campaignId === campaignId),
      );
    },
  })
  wallboard(@Root() p: WallboardPayload, @Arg('campaignId', () => ID, { nullable: true }) _campaignId?: string): Wallboard {
    // A payload from an older leader (or a hand-made NOTIFY) may lack the agent figures.
    return {
      ...p,
      agents: p.agents ?? null,
      occupancy: p.occupancy ?? null,
      abandonRate: p.abandonRate ?? null,
      abandonRateTarget: p.abandonRateTarget ?? null,
      at: new Date(p.at),
    };
  }
}
