import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Campaign } from '../../entities/campaign.entity';
import type { Context } from '../context';
import { CampaignNode } from './campaign.type';

/**
 * The template a campaign was created from (Kalliope): resolved on its own so the campaign
 * type stays a plain mapping. Still shown after the template is deleted (history).
 */
@Resolver(() => CampaignNode)
export class CampaignTemplateResolver {
  @FieldResolver(() => CampaignNode, {
    nullable: true,
    description: 'The template this campaign was created from (cloneCampaign of a template); kept after the template is deleted',
  })
  async template(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<Campaign | null> {
    if (!campaign.createdFromTemplate) return null;
    // The identity map answers repeats within a request; the same tenant by construction.
    return ctx.em.findOne(Campaign, { id: campaign.createdFromTemplate.id, tenant: campaign.tenant });
  }
}
