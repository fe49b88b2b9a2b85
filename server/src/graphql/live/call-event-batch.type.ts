import { Field, ID, ObjectType } from 'type-graphql';

/** One call's state change: dialing, ringing, answered, or hangup with its outcome. */
@ObjectType()
export class CallStateEvent {
  @Field(() => ID) callId!: string;
  @Field(() => ID) recipientId!: string;
  @Field(() => String, { description: 'Empty on hangup events' }) number!: string;
  @Field(() => String, { description: 'dialing, ringing, answered or hangup' }) state!: string;
  @Field(() => String, { nullable: true, description: 'On hangup: the classified outcome (ANSWERED, BUSY, …)' }) outcome!: string | null;
  @Field(() => Date) at!: Date;
}

/** Call state changes of one campaign, coalesced by the dialer (a few batches a second). */
@ObjectType()
export class CallEventBatch {
  @Field(() => ID) campaignId!: string;
  @Field(() => [CallStateEvent]) events!: CallStateEvent[];
}
