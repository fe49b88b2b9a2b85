import { Field, ID, ObjectType } from 'type-graphql';
import { AbandonReason } from '../../domain/call/abandon-reason';

/** One call's state change: dialing, ringing, answered, amd, bridged, abandoned, or hangup with its outcome. */
@ObjectType()
export class CallStateEvent {
  @Field(() => ID) callId!: string;
  @Field(() => ID) recipientId!: string;
  @Field(() => String, { description: 'The number called' }) number!: string;
  @Field(() => String, {
    description:
      'dialing, ringing, answered, amd (machine detection verdict), bridged (to an agent or extension), abandoned (with reason) or hangup',
  })
  state!: string;
  @Field(() => String, { nullable: true, description: 'On hangup: the classified outcome (ANSWERED, BUSY, …)' }) outcome!: string | null;
  @Field(() => ID, { nullable: true, description: 'bridged: the agent who took the call (null for an extension or a queue)' })
  agentId!: string | null;
  @Field(() => String, { nullable: true, description: "bridged: the agent's name" }) agentName!: string | null;
  @Field(() => String, { nullable: true, description: 'amd: the verdict (human, machine, fax, unknown)' }) amdResult!: string | null;
  @Field(() => String, { nullable: true, description: "amd: the detector's cause (INITIALSILENCE, LONGGREETING, HUMAN…)" })
  amdCause!: string | null;
  @Field(() => AbandonReason, { nullable: true, description: 'abandoned: why nobody took the answered call' })
  reason!: AbandonReason | null;
  @Field(() => Date) at!: Date;
}

/** Call state changes of one campaign, coalesced by the dialer (a few batches a second). */
@ObjectType()
export class CallEventBatch {
  @Field(() => ID) campaignId!: string;
  @Field(() => [CallStateEvent]) events!: CallStateEvent[];
}
