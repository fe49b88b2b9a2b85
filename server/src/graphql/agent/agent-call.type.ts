import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { CampaignRecipient } from '../../entities/campaign-recipient.entity';
import { RecipientNode } from '../recipient/recipient.type';

/** A call pushed to its agent: the recipient's whole record, for the screen-pop. */
@ObjectType('AgentCall')
export class AgentCall {
  @Field(() => ID, { description: 'Report the result with this id' })
  callId!: string;

  @Field(() => String, { description: 'OFFERED (the phone is about to ring) or BRIDGED (the customer is on the line)' })
  phase!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => Int, { description: 'This attempt, 1 for the first call' })
  attemptNumber!: number;

  @Field(() => String, { description: 'The number dialed' })
  number!: string;

  @Field(() => ID)
  campaignId!: string;

  @Field(() => String)
  campaignName!: string;

  @Field(() => RecipientNode, { description: 'Every field, the original line, numbers, attempts, notes' })
  recipient!: CampaignRecipient;
}
