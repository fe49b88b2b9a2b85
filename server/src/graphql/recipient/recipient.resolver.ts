import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { loadOwned } from '../../commands/load-owned';
import { CampaignRecipient } from '../../entities/campaign-recipient.entity';
import { Agent } from '../../entities/agent.entity';
import { Campaign } from '../../entities/campaign.entity';
import { RecipientPhone } from '../../entities/recipient-phone.entity';
import { PageArgs } from '../common/page.input';
import { requirePrincipal, type Context } from '../context';
import { notFound } from '../../errors/app-error';
import { listRecipients } from './list-recipients';
import { PhoneNode } from './phone.type';
import { RecipientConnection } from './recipient-connection.type';
import { RecipientFilterInput } from './recipient-filter.input';
import { RecipientNode } from './recipient.type';
import { RecipientWaitingNode } from './recipient-waiting.type';
import type { Waiting } from '../../domain/dialer/waiting-reason';

/** Reading recipients; writes are in recipient-actions.resolver.ts. */
@Resolver(() => RecipientNode)
export class RecipientResolver {
  @Authorized(Permission.READ)
  @Query(() => RecipientConnection, { description: "A campaign's recipients in list order, filtered" })
  async recipients(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID) campaignId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => RecipientFilterInput, { nullable: true }) filter?: RecipientFilterInput,
  ): Promise<RecipientConnection> {
    const campaign = await loadOwned(ctx.em, Campaign, 'Campaign', campaignId, requirePrincipal(ctx).tenantId);
    return listRecipients(ctx.em, campaign.id, filter ?? {}, page);
  }

  @Authorized(Permission.READ)
  @Query(() => RecipientNode)
  async recipient(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<CampaignRecipient> {
    const { tenantId } = requirePrincipal(ctx);
    if (!/^\d{1,18}$/.test(id)) throw notFound('Recipient', id);
    const r = await ctx.em.findOne(CampaignRecipient, { id, campaign: { tenant: tenantId } });
    if (!r) throw notFound('Recipient', id);
    return r;
  }

  @FieldResolver(() => ID)
  campaignId(@Root() r: CampaignRecipient): string {
    return r.campaign.id;
  }

  @FieldResolver(() => RecipientWaitingNode, {
    nullable: true,
    description:
      'Why it is not being called now (retry wait, callback, not-before, calling hours in its zone, an agent, a limit…), judged by the dialer’s own rules; null when it is in a call or final',
  })
  waitingReason(@Root() r: CampaignRecipient, @Ctx() ctx: Context): Promise<Waiting | null> {
    return ctx.loaders.waitingReason.load(r.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'A callback booked "to me": the agent it waits for (offered to nobody else while that agent is assigned)',
  })
  async callbackAgentName(@Root() r: CampaignRecipient, @Ctx() ctx: Context): Promise<string | null> {
    if (!r.callbackAgentId) return null;
    const a = await ctx.em.findOne(Agent, { id: r.callbackAgentId }, { fields: ['name'] });
    return a?.name ?? null;
  }

  @FieldResolver(() => [PhoneNode], { description: 'In dialing order (priority, then as given)' })
  phones(@Root() r: CampaignRecipient, @Ctx() ctx: Context): Promise<RecipientPhone[]> {
    return ctx.loaders.recipientPhones.load(r.id);
  }
}
