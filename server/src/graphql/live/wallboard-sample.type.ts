import { Field, Float, Int, ObjectType } from 'type-graphql';

/** One point of a wallboard's chart (wallboardHistory). */
@ObjectType('WallboardSample')
export class WallboardSampleType {
  @Field(() => Date) at!: Date;
  @Field(() => Int, { description: 'Calls in flight at this instant' }) activeCalls!: number;
  @Field(() => Int, { description: 'Calls ended in the minute before this instant' }) callsPerMinute!: number;
  @Field(() => Float, { nullable: true, description: 'Answered / ended over the five minutes before this instant (0..1)' })
  answerRate!: number | null;
}
