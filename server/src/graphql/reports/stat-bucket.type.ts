import { Field, Float, Int, ObjectType } from 'type-graphql';

/** One group of a statistics report: its key, how many recipients, and their share. */
@ObjectType()
export class StatBucket {
  @Field(() => String, { description: 'State, outcome (NOT_CALLED if never called), attempt count or tag' }) key!: string;
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: 'Percent of the recipients in the report, two decimals' }) percent!: number;
}
