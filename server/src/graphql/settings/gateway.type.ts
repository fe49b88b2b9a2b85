import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

/** A trunk the dialer places calls through. */
@ObjectType('Gateway')
export class GatewayNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Dial-string template; {number} is replaced, e.g. sofia/gateway/gw1/{number}' })
  dialString!: string;

  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => Int)
  maxConcurrent!: number;

  @Field(() => Float, {
    description: 'New calls per second through this gateway; defaults to half of maxConcurrent (at least 1) while not set',
  })
  callsPerSecond!: number;

  @Field(() => Date)
  createdAt!: Date;
}
