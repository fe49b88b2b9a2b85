import { filter, pipe } from '@graphql-yoga/subscription';
import { Arg, Authorized, ID, Int, Query, Resolver, Root, Subscription, Ctx, type SubscribeResolverData } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { loadOwned } from '../../commands/load-owned';
import { Campaign } from '../../entities/campaign.entity';
import { badInput } from '../../errors/app-error';
import { requirePrincipal, type Context } from '../context';
import type { WallboardPayload } from '../../events/live-topics';
import { loadWallboardNow } from '../../reports/wallboard-now';
import { loadWallboardHistory } from '../../reports/wallboard-history';
import { COST } from '../limits/cost-model';
import { withHeartbeat } from '../pubsub/heartbeat';
import { Wallboard } from './wallboard.type';
import { WallboardSampleType } from './wallboard-sample.type';

interface Args {
  campaignId?: string | null;
}

const BEAT_MS = 1000;
/** A silent board's figures are read again this often (a paused campaign's calls still end). */
const REFRESH_MS = 5000;

/**
 * The once-a-second wallboard of one campaign, or of the whole tenant when campaignId is null:
 * the dialer's boards while it dials, a heartbeat read from the database otherwise (CREATED,
 * PAUSED, finished campaigns, an idle tenant), and the last hour of it for a chart.
 */
@Resolver(() => Wallboard)
export class WallboardResolver {
  @Authorized(Permission.READ)
  @Subscription(() => Wallboard, {
    description:
      "Live figures once a second, whatever the campaign's status: one campaign, or your whole tenant when campaignId is omitted. While the dialer is not dialing it, the same figures (read again every 5 s) come as a heartbeat",
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, Args, Context>) => {
      const { tenantId } = requirePrincipal(context);
      const campaignId = args.campaignId ?? null;
      if (campaignId) await loadOwned(context.em, Campaign, 'Campaign', campaignId, tenantId);
      const em = context.em.fork();
      return withHeartbeat(
        pipe(
          context.bus.subscribe('WALLBOARD'),
          filter((p: WallboardPayload) => p.tenantId === tenantId && p.campaignId === campaignId),
        ),
        {
          everyMs: BEAT_MS,
          refreshMs: REFRESH_MS,
          // The dialer's agent figures stay as it last sent them; the rest is read afresh.
          read: async (heard) => {
            const now = await loadWallboardNow(em, tenantId, campaignId, new Date());
            return heard
              ? {
                  ...now,
                  agents: heard.agents,
                  occupancy: heard.occupancy,
                  abandonRate: heard.abandonRate,
                  abandonRateTarget: heard.abandonRateTarget,
                  profileAbandonRate: heard.profileAbandonRate,
                  profileWindowHours: heard.profileWindowHours,
                }
              : now;
          },
          stamp: (last, at) => ({ ...last, at: at.toISOString() }),
        },
      );
    },
  })
  wallboard(@Root() p: WallboardPayload, @Arg('campaignId', () => ID, { nullable: true }) _campaignId?: string): Wallboard {
    // A payload from an older leader (or a hand-made NOTIFY) may lack the agent figures and outcome counts.
    return {
      ...p,
      agents: p.agents ?? null,
      occupancy: p.occupancy ?? null,
      abandonRate: p.abandonRate ?? null,
      abandonRateTarget: p.abandonRateTarget ?? null,
      profileAbandonRate: p.profileAbandonRate ?? null,
      profileWindowHours: p.profileWindowHours ?? null,
      abandonedCalls: p.abandonedCalls ?? 0,
      confirmedCalls: p.confirmedCalls ?? 0,
      at: new Date(p.at),
    };
  }

  @Authorized(Permission.READ)
  @Query(() => [WallboardSampleType], {
    complexity: COST.history,
    description:
      "The last `minutes` (1 to 180, default 60) of a wallboard's chart, rebuilt from the calls: one campaign, or your whole tenant when campaignId is omitted. Points every 15 s for an hour (at most 240 points); the same definitions as the live wallboard",
  })
  async wallboardHistory(
    @Ctx() context: Context,
    @Arg('campaignId', () => ID, { nullable: true }) campaignId?: string | null,
    @Arg('minutes', () => Int, { defaultValue: 60 }) minutes = 60,
  ): Promise<WallboardSampleType[]> {
    const { tenantId } = requirePrincipal(context);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 180) throw badInput('minutes', 'must be 1 to 180');
    if (campaignId) await loadOwned(context.em, Campaign, 'Campaign', campaignId, tenantId);
    return loadWallboardHistory(context.em, tenantId, campaignId ?? null, minutes, new Date());
  }
}
