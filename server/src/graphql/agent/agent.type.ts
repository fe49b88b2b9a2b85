import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AgentState } from '../../domain/agent/agent-state';
import type { Agent } from '../../entities/agent.entity';

/** A person taking calls of AGENT campaigns, with the per-agent pacing parameters. */
@ObjectType('Agent')
export class AgentNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The AGENT user who signs in as this agent' })
  userId!: string | null;

  @Field(() => String, { description: 'Dial string of the agent phone, e.g. user/1001' })
  endpoint!: string;

  @Field(() => AgentState)
  state!: AgentState;

  @Field(() => Date)
  stateChangedAt!: Date;

  @Field(() => Int, { description: 'Seconds an offered call rings at the agent' })
  callTimeoutSeconds!: number;

  @Field(() => Int)
  wrapUpSeconds!: number;

  @Field(() => Int, { description: 'Unanswered offers in a row before a forced BREAK' })
  maxNoAnswer!: number;

  @Field(() => Int)
  consecutiveNoAnswers!: number;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the phone at endpoint is registered on the switch, as the dialer last checked (every few seconds while signed in); null: not checked yet. Calls are offered only to registered phones',
  })
  phoneRegistered!: boolean | null;

  @Field(() => Date, { nullable: true, description: 'When the dialer last asked the switch about the phone' })
  phoneCheckedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Set while on a BREAK the dialer forced after maxNoAnswer offers in a row were not taken: the last offer's cause (USER_NOT_REGISTERED, NO_ANSWER, CALL_REJECTED…)",
  })
  breakCause!: string | null;

  @Field(() => Int)
  busyDelaySeconds!: number;

  @Field(() => Int)
  rejectDelaySeconds!: number;

  @Field(() => Int)
  noAnswerDelaySeconds!: number;

  @Field(() => Date)
  createdAt!: Date;
}

export function toAgentNode(a: Agent): AgentNode {
  return {
    id: a.id,
    name: a.name,
    userId: a.user?.id ?? null,
    endpoint: a.endpoint,
    state: a.state,
    stateChangedAt: a.stateChangedAt,
    callTimeoutSeconds: a.callTimeoutSeconds,
    wrapUpSeconds: a.wrapUpSeconds,
    maxNoAnswer: a.maxNoAnswer,
    consecutiveNoAnswers: a.consecutiveNoAnswers,
    phoneRegistered: a.phoneRegistered ?? null,
    phoneCheckedAt: a.phoneCheckedAt ?? null,
    breakCause: a.breakCause ?? null,
    busyDelaySeconds: a.busyDelaySeconds,
    rejectDelaySeconds: a.rejectDelaySeconds,
    noAnswerDelaySeconds: a.noAnswerDelaySeconds,
    createdAt: a.createdAt,
  };
}
