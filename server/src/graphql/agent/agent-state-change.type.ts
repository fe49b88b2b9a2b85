import { Field, ID, ObjectType } from 'type-graphql';
import { AgentState } from '../../domain/agent/agent-state';

/** One agent state change, as supervisors see it live. */
@ObjectType('AgentStateChange')
export class AgentStateChange {
  @Field(() => ID)
  agentId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => AgentState)
  state!: AgentState;

  @Field(() => AgentState)
  previous!: AgentState;

  @Field(() => String, { description: 'AGENT, SUPERVISOR or DIALER' })
  by!: string;

  @Field(() => Date)
  at!: Date;
}
