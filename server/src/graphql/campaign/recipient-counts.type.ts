import { Field, Int, ObjectType } from 'type-graphql';

/** Live counters: recipients by state, from the campaign's tally (the figures campaignStatistics reads). */
@ObjectType()
export class RecipientCounts {
  @Field(() => Int) total = 0;
  @Field(() => Int, { description: 'Recipients in a final state: contacted + failed + stopped + expired + dnc' }) final = 0;
  @Field(() => Int, { description: 'Recipients in an open state, calls in progress (dialing, inCall) included' }) open = 0;
  @Field(() => Int) ready = 0;
  @Field(() => Int) dialing = 0;
  @Field(() => Int) inCall = 0;
  @Field(() => Int) contacted = 0;
  @Field(() => Int) retryWait = 0;
  @Field(() => Int) failed = 0;
  @Field(() => Int) waitingAgent = 0;
  @Field(() => Int) stopped = 0;
  @Field(() => Int) expired = 0;
  @Field(() => Int) dnc = 0;
  @Field(() => Int) scheduled = 0;
}
