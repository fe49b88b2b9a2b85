import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { cloneCampaign } from '../../commands/campaign/clone-campaign';
import { createCampaign } from '../../commands/campaign/create-campaign';
import { deleteCampaign } from '../../commands/campaign/delete-campaign';
import { updateCampaign } from '../../commands/campaign/update-campaign';
import { loadCampaignToRead } from '../../commands/campaign/load-campaign-to-read';
import { namedTenants } from '../../auth/tenant-scope';
import type { Campaign } from '../../entities/campaign.entity';
import { PageArgs } from '../common/page.input';
import { requirePrincipal, type Context } from '../context';
import { listCampaigns } from './list-campaigns';
import { CampaignConnection } from './campaign-connection.type';
import { CampaignFilterInput } from './campaign-filter.input';
import { CreateCampaignInput, UpdateCampaignInput } from './campaign-settings.input';
import { CampaignNode } from './campaign.type';

/** Campaign reads and settings writes; lifecycle moves live in campaign-lifecycle.resolver.ts. */
@Resolver(() => CampaignNode)
export class CampaignResolver {
  @Authorized(Permission.READ)
  @Query(() => CampaignConnection, {
    description: "Campaigns of your tenant, newest first; the platform operator's of any tenants named in filter.tenantIds",
  })
  campaigns(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CampaignFilterInput, { nullable: true }) filter?: CampaignFilterInput,
  ): Promise<CampaignConnection> {
    const principal = requirePrincipal(ctx);
    const tenants = namedTenants(principal, filter?.tenantIds, 'campaigns') ?? [principal.tenantId];
    return listCampaigns(ctx.em, tenants, filter ?? {}, page);
  }

  @Authorized(Permission.READ)
  @Query(() => CampaignNode, {
    description: 'NOT_FOUND when it does not exist in your tenant (the platform operator: in any tenant)',
  })
  campaign(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Campaign> {
    return loadCampaignToRead(ctx.em, requirePrincipal(ctx), id);
  }

  @Authorized(Permission.CAMPAIGNS_WRITE)
  @Mutation(() => CampaignNode)
  createCampaign(@Ctx() ctx: Context, @Arg('input', () => CreateCampaignInput) input: CreateCampaignInput): Promise<Campaign> {
    return createCampaign({ ...ctx, principal: requirePrincipal(ctx) }, input);
  }

  @Authorized(Permission.CAMPAIGNS_WRITE)
  @Mutation(() => CampaignNode, { description: 'Only while not SCHEDULED, RUNNING or PAUSED (else CONFLICT)' })
  updateCampaign(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCampaignInput) input: UpdateCampaignInput,
  ): Promise<Campaign> {
    return updateCampaign({ ...ctx, principal: requirePrincipal(ctx) }, id, input);
  }

  @Authorized(Permission.CAMPAIGNS_WRITE)
  @Mutation(() => CampaignNode, {
    description:
      "A new CREATED campaign (or template) with the same settings; from a template, also its recipients (fresh), and the campaign's template is set. CONFLICT from a disabled template",
  })
  cloneCampaign(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('name', () => String, { nullable: true }) name?: string,
    @Arg('asTemplate', () => Boolean, { defaultValue: false }) asTemplate?: boolean,
  ): Promise<Campaign> {
    return cloneCampaign({ ...ctx, principal: requirePrincipal(ctx) }, id, name, asTemplate);
  }

  @Authorized(Permission.CAMPAIGNS_WRITE)
  @Mutation(() => CampaignNode, {
    description:
      'Hides the campaign; its history and reports are kept. A template that campaigns were created from needs force: true, else CONFLICT naming them (extensions.campaigns)',
  })
  deleteCampaign(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('force', () => Boolean, { defaultValue: false }) force?: boolean,
  ): Promise<Campaign> {
    return deleteCampaign({ ...ctx, principal: requirePrincipal(ctx) }, id, force ?? false);
  }
}
