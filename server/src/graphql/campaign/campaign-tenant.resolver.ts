import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Campaign } from '../../entities/campaign.entity';
import type { Context } from '../context';
import { CampaignNode } from './campaign.type';

/**
 * Whose campaign it is (issue 21): the operator's view lists campaigns of many tenants. The
 * name goes through the request's loader, one query for a whole page of campaigns.
 */
@Resolver(() => CampaignNode)
export class CampaignTenantResolver {
  @FieldResolver(() => ID)
  tenantId(@Root() campaign: Campaign): string {
    return campaign.tenant.id;
  }

  @FieldResolver(() => String)
  tenantName(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<string> {
    return ctx.loaders.tenantName.load(campaign.tenant.id);
  }
}
