import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { loadCampaignToRead } from '../../commands/campaign/load-campaign-to-read';
import { CampaignEvent } from '../../entities/campaign-event.entity';
import { decodeCursor, encodeCursor } from '../common/cursor';
import { PageArgs } from '../common/page.input';
import { requirePrincipal, type Context } from '../context';
import { CampaignEventConnection, CampaignEventNode } from './campaign-event.type';

/** A campaign's history, oldest first; readable even after the campaign was deleted (the operator: any tenant's). */
@Resolver(() => CampaignEventNode)
export class CampaignEventsResolver {
  @Authorized(Permission.READ)
  @Query(() => CampaignEventConnection, { description: 'NOT_FOUND for a campaign outside your tenant (the platform operator: any tenant)' })
  async campaignEvents(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID) campaignId: string,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<CampaignEventConnection> {
    // The platform operator reads any tenant's history (its own pauses and cancels are there).
    const campaign = await loadCampaignToRead(ctx.em, requirePrincipal(ctx), campaignId, {});
    const tenantId = campaign.tenant.id;
    const after = page.after ? String(decodeCursor(page.after, 1)[0]) : '0';
    const rows = await ctx.em.find(
      CampaignEvent,
      { campaignId, tenantId, id: { $gt: after } },
      { orderBy: { id: 'asc' }, limit: page.first + 1 },
    );
    const nodes = rows.slice(0, page.first);
    const last = nodes[nodes.length - 1];
    return { nodes, pageInfo: { hasNextPage: rows.length > page.first, endCursor: last ? encodeCursor([last.id]) : null } };
  }
}
