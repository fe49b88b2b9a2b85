import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

/** Live figures for one campaign (campaignId set) or the whole tenant (null); once a second. */
@ObjectType()
export class Wallboard {
  @Field(() => ID, { nullable: true }) campaignId!: string | null;
  @Field(() => Int) activeCalls!: number;
  @Field(() => Int, { description: 'Calls ended in the last minute' }) callsPerMinute!: number;
  @Field(() => Float, { nullable: true, description: 'Answered / ended over the last five minutes (0..1)' }) answerRate!: number | null;
  @Field(() => Int) recipientsRemaining!: number;
  @Field(() => Int, { nullable: true, description: 'Seconds until the remaining recipients are called at the current rate' }) etaSeconds!: number | null;
  @Field(() => Date) at!: Date;
}
