import { Field, Int, ObjectType } from 'type-graphql';
import { RunStateReason } from '../../domain/campaign/run-state';
import { WaitingReason } from '../../domain/dialer/waiting-reason';

/** A campaign's recipients still to be dialed for one waiting reason (reports/waiting-breakdown.ts). */
@ObjectType()
export class WaitingCount {
  @Field(() => WaitingReason) reason!: WaitingReason;
  @Field(() => Int) count!: number;
  @Field(() => Date, { nullable: true, description: 'The earliest time one of them stops waiting for this reason' })
  nextAt!: Date | null;
  @Field(() => RunStateReason, { nullable: true, description: 'LIMIT: which limit holds the campaign' })
  limit!: RunStateReason | null;
}
