import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { CampaignRecipient } from '../../entities/campaign-recipient.entity';
import { RecipientNode } from '../recipient/recipient.type';

/** A call pushed to its agent: the recipient's whole record, for the screen-pop. */
@ObjectType('AgentCall')
export class AgentCall {
  @Field(() => ID, { description: 'Report the result with this id' })
  callId!: string;

  @Field(() => String, {
    description:
      'OFFERED (the phone is about to ring; a preview offer waits for your dial or skip), DIALING (a preview you dialed rings), BRIDGED (the customer is on the line), WITHDRAWN (a preview offer skipped or timed out)',
  })
  phase!: string;

  @Field(() => Boolean, { description: "True for a PREVIEW campaign's call: dial or skip it with decidePreviewCall while OFFERED" })
  preview!: boolean;

  @Field(() => Date, { nullable: true, description: 'An OFFERED preview call is skipped by itself at this time; null otherwise' })
  offerExpiresAt!: Date | null;

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
