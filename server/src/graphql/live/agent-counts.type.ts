import { Field, Int, ObjectType } from 'type-graphql';

/** Agents by state on a wallboard: read from the agent table at each tick (once a second). */
@ObjectType({ description: "Agents by state: a campaign's assigned agents, or all agents of the tenant" })
export class AgentCounts {
  @Field(() => Int, { description: 'AVAILABLE with a phone registered on the switch: the agents the dialer offers calls to' })
  available!: number;

  @Field(() => Int, { description: 'AVAILABLE but the phone is not registered (or not checked yet): offered no call' })
  noPhone!: number;

  @Field(() => Int) reserved!: number;
  @Field(() => Int) onCall!: number;
  @Field(() => Int) wrapUp!: number;
  @Field(() => Int) onBreak!: number;
  @Field(() => Int) loggedOut!: number;
}
