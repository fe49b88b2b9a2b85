import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AbandonReason } from '../../domain/call/abandon-reason';
import { CallOutcome } from '../../domain/call/call-outcome';

/** One call placed to a recipient, with every timestamp the dialer recorded for it. */
@ObjectType('CallAttempt')
export class CallAttemptNode {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The call UUID given to the switch' }) callId!: string;
  @Field(() => Int, { description: '1-based, every attempt' }) attemptNumber!: number;
  @Field(() => String) number!: string;
  @Field(() => Date, { description: 'When the dialer claimed the recipient and planned the call' }) createdAt!: Date;
  @Field(() => Date, {
    nullable: true,
    description:
      'When the switch accepted the originate (after any wait for its calls per second); when its reply was lost, when Pacer sent it',
  })
  originatedAt?: Date;
  @Field(() => Date, { nullable: true }) ringingAt?: Date;
  @Field(() => Date, { nullable: true }) answeredAt?: Date;
  @Field(() => Date, { nullable: true }) bridgedAt?: Date;
  @Field(() => Date, { nullable: true }) answerConfirmedAt?: Date;
  @Field(() => Date, { nullable: true }) listenConfirmedAt?: Date;
  @Field(() => Date, { nullable: true }) endedAt?: Date;
  @Field(() => String, { nullable: true }) hangupCause?: string;
  @Field(() => Int, { nullable: true }) q850?: number;
  @Field(() => Int, { nullable: true }) sipStatus?: number;
  @Field(() => Int, { nullable: true }) billSeconds?: number;
  @Field(() => String, { nullable: true }) amdResult?: string;
  @Field(() => String, { nullable: true }) disposition?: string;
  @Field(() => Boolean) abandoned!: boolean;
  @Field(() => AbandonReason, {
    nullable: true,
    description: 'Why an answered call never reached an agent (set with abandoned); null when it did or was no agent call',
  })
  abandonReason?: AbandonReason;
  @Field(() => String, {
    nullable: true,
    description: "The agent leg's hangup cause when a bridge to an agent failed (USER_NOT_REGISTERED, NO_ANSWER, CALL_REJECTED…)",
  })
  bridgeFailureCause?: string;
  @Field(() => CallOutcome, { nullable: true }) outcome?: CallOutcome;
  @Field(() => Boolean, { description: 'False for neutral results that did not use up an attempt' }) counted!: boolean;
}
