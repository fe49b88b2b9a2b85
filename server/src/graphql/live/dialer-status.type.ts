import { Field, Float, Int, ObjectType } from 'type-graphql';

/** The dialer as the leading process reports it (installation-wide). */
@ObjectType()
export class DialerStatus {
  @Field(() => String, { description: 'host:pid of the process' }) node!: string;
  @Field(() => Boolean, { description: 'True when this is the leader, the one process that dials' }) leader!: boolean;
  @Field(() => Boolean) switchUp!: boolean;
  @Field(() => Int) activeCalls!: number;
  @Field(() => Int) runningCampaigns!: number;
  @Field(() => Float, { description: 'Originates per second over the last ten seconds' }) callsPerSecond!: number;
  @Field(() => Date) at!: Date;
}
