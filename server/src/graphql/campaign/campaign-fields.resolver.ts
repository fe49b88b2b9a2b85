import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Campaign } from '../../entities/campaign.entity';
import type { Calendar } from '../../entities/calendar.entity';
import type { Gateway } from '../../entities/gateway.entity';
import { KeyValue, toKeyValues } from '../common/key-value.type';
import type { Context } from '../context';
import { CalendarNode } from '../settings/calendar.type';
import { GatewayNode } from '../settings/gateway.type';
import { CausePolicyEntry } from './cause-policy-entry.type';
import { CampaignNode } from './campaign.type';
import { RecipientCounts } from './recipient-counts.type';
import { COST } from '../limits/cost-model';
import { campaignProfile, missingSettings } from '../../commands/campaign/check-campaign-ready';
import { knownDialerStatus } from '../../dialer/dialer-registry';
import { ComplianceProfile } from '../../domain/compliance/compliance-profile';
import { countOutsideHours } from '../../reports/outside-hours';
import { waitingBreakdown } from '../../reports/waiting-breakdown';
import { WaitingCount } from './waiting-count.type';

/** Campaign fields whose stored shape differs from the API's; reads go through the request's loaders. */
@Resolver(() => CampaignNode)
export class CampaignFieldsResolver {
  @FieldResolver(() => [GatewayNode])
  gateways(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<Gateway[]> {
    return ctx.loaders.campaignGateways.load(campaign);
  }

  @FieldResolver(() => CalendarNode, { nullable: true })
  async calendar(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<Calendar | null> {
    if (!campaign.calendar) return null;
    return ctx.loaders.campaignCalendar.load(campaign);
  }

  @FieldResolver(() => [CausePolicyEntry], { description: 'Overrides of the default cause policy' })
  causePolicy(@Root() campaign: Campaign): CausePolicyEntry[] {
    return Object.entries(campaign.causePolicy).map(([cause, action]) => ({ cause, action }));
  }

  @FieldResolver(() => [KeyValue], { description: 'Channel variables set on every call' })
  channelVariables(@Root() campaign: Campaign): KeyValue[] {
    return toKeyValues(campaign.channelVariables);
  }

  @FieldResolver(() => [String], {
    description:
      'Why a start would be refused now (no message or destination, no agent, no recipients, AMD on a switch without mod_amd or mod_avmd, a broken compliance rule); empty when it may start',
    complexity: COST.count,
  })
  async startProblems(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<string[]> {
    if (campaign.isTemplate) return [];
    return (await missingSettings(ctx.em, campaign, true, knownDialerStatus().machineDetectors)).map((m) => m.reason);
  }

  @FieldResolver(() => ComplianceProfile, {
    description: "The rules it dials under now: its own complianceProfile, else the tenant's",
  })
  effectiveComplianceProfile(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<ComplianceProfile> {
    return campaignProfile(ctx.em, campaign);
  }

  @FieldResolver(() => Int, {
    description:
      'Recipients still to be dialed that are outside their calling hours now (the profile’s hours narrowed by the calendar, in every zone of the recipient)',
    complexity: COST.count,
  })
  async recipientsOutsideHours(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<number> {
    const calendar = campaign.calendar ? await ctx.loaders.campaignCalendar.load(campaign) : null;
    return countOutsideHours(ctx.em, campaign.id, calendar, await campaignProfile(ctx.em, campaign), new Date());
  }

  @FieldResolver(() => [WaitingCount], {
    description:
      'Its recipients still to be dialed by waiting reason (dialable now, retry wait, callback, not-before, outside hours, an agent, a limit…), judged by the dialer’s own rules: one grouped query',
    complexity: COST.count,
  })
  waitingBreakdown(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<WaitingCount[]> {
    return waitingBreakdown(ctx.em, campaign.id, new Date());
  }

  @FieldResolver(() => RecipientCounts, { description: 'Recipients by state, live', complexity: COST.count })
  recipientCounts(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<RecipientCounts> {
    return ctx.loaders.recipientCounts.load(campaign.id);
  }
}
