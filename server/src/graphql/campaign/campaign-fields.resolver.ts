import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RecipientState } from '../../domain/recipient/recipient-state';
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

const COUNT_FIELD: Record<RecipientState, keyof RecipientCounts> = {
  [RecipientState.READY]: 'ready',
  [RecipientState.DIALING]: 'dialing',
  [RecipientState.IN_CALL]: 'inCall',
  [RecipientState.CONTACTED]: 'contacted',
  [RecipientState.RETRY_WAIT]: 'retryWait',
  [RecipientState.FAILED]: 'failed',
  [RecipientState.WAITING_AGENT]: 'waitingAgent',
  [RecipientState.STOPPED]: 'stopped',
  [RecipientState.EXPIRED]: 'expired',
  [RecipientState.DNC]: 'dnc',
  [RecipientState.SCHEDULED]: 'scheduled',
};

/** Campaign fields whose stored shape differs from the API's. */
@Resolver(() => CampaignNode)
export class CampaignFieldsResolver {
  @FieldResolver(() => [GatewayNode])
  async gateways(@Root() campaign: Campaign): Promise<Gateway[]> {
    return (await campaign.gateways.load()).getItems();
  }

  @FieldResolver(() => CalendarNode, { nullable: true })
  async calendar(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<Calendar | null> {
    if (!campaign.calendar) return null;
    return ctx.em.populate(campaign, ['calendar']).then((c) => c.calendar ?? null);
  }

  @FieldResolver(() => [CausePolicyEntry], { description: 'Overrides of the default cause policy' })
  causePolicy(@Root() campaign: Campaign): CausePolicyEntry[] {
    return Object.entries(campaign.causePolicy).map(([cause, action]) => ({ cause, action }));
  }

  @FieldResolver(() => [KeyValue], { description: 'Channel variables set on every call' })
  channelVariables(@Root() campaign: Campaign): KeyValue[] {
    return toKeyValues(campaign.channelVariables);
  }

  @FieldResolver(() => RecipientCounts, { description: 'Recipients by state, live' })
  async recipientCounts(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<RecipientCounts> {
    const rows = await ctx.em.getConnection().execute<{ state: RecipientState; n: string }[]>(
      'select state, count(*) as n from campaign_recipient where campaign_id = ? group by state', [campaign.id],
    );
    const counts = new RecipientCounts();
    for (const { state, n } of rows) {
      counts[COUNT_FIELD[state]] = Number(n);
      counts.total += Number(n);
    }
    return counts;
  }
}
