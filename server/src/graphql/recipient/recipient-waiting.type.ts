import { Field, ObjectType } from 'type-graphql';
import { RunStateReason } from '../../domain/campaign/run-state';
import { WaitingReason } from '../../domain/dialer/waiting-reason';

/** Why one recipient is not being called now (reports/waiting-reasons.ts). */
@ObjectType('RecipientWaiting')
export class RecipientWaitingNode {
  @Field(() => WaitingReason) reason!: WaitingReason;
  @Field(() => Date, { nullable: true, description: 'When this reason ends: the retry, callback or not-before time, the hours opening' })
  until!: Date | null;
  @Field(() => String, { nullable: true, description: 'OUTSIDE_HOURS: the zone whose calling hours are closed' })
  zone!: string | null;
  @Field(() => RunStateReason, { nullable: true, description: 'LIMIT: which limit holds its campaign' })
  limit!: RunStateReason | null;
}
