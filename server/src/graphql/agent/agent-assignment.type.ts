import { Field, ID, Int, ObjectType } from 'type-graphql';

/** An agent's tier in a campaign: lower levels are offered calls first. */
@ObjectType('AgentAssignment')
export class AgentAssignmentNode {
  @Field(() => ID)
  agentId!: string;

  @Field(() => ID)
  campaignId!: string;

  @Field(() => Int)
  level!: number;
}
