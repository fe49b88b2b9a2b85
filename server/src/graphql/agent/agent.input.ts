import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { CreateAgentData, UpdateAgentData } from '../../commands/agent/agent-data';
import { agentEndpointProblem } from '../../domain/telephony/switch-text';
import { IsName, Satisfies } from '../common/text-rules';

/** A new agent; per-agent parameters not given get the defaults (20 s ring, 10 s wrap-up, 3 no-answers). */
@InputType()
export class CreateAgentInput implements CreateAgentData {
  @Field(() => String)
  @IsName(100)
  name!: string;

  @Field(() => String)
  @Satisfies(agentEndpointProblem)
  endpoint!: string;

  @Field(() => ID, { nullable: true, description: 'A user of your tenant with role AGENT' })
  @IsOptional()
  @IsUUID()
  userId?: string | null;

  @Field(() => Int, { nullable: true, description: '5 to 120' })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(120)
  callTimeoutSeconds?: number | null;

  @Field(() => Int, { nullable: true, description: '0 to 3600' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3600)
  wrapUpSeconds?: number | null;

  @Field(() => Int, { nullable: true, description: '1 to 100' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  maxNoAnswer?: number | null;

  @Field(() => Int, { nullable: true, description: '0 to 3600' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3600)
  busyDelaySeconds?: number | null;

  @Field(() => Int, { nullable: true, description: '0 to 3600' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3600)
  rejectDelaySeconds?: number | null;

  @Field(() => Int, { nullable: true, description: '0 to 3600' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3600)
  noAnswerDelaySeconds?: number | null;
}

/** Changes only what is given; `unlinkUser` detaches the signed-in user. */
@InputType()
export class UpdateAgentInput implements UpdateAgentData {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName(100)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Satisfies(agentEndpointProblem)
  endpoint?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  userId?: string | null;

  @Field(() => Boolean, { nullable: true })
  unlinkUser?: boolean | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(120)
  callTimeoutSeconds?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3600)
  wrapUpSeconds?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  maxNoAnswer?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3600)
  busyDelaySeconds?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3600)
  rejectDelaySeconds?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3600)
  noAnswerDelaySeconds?: number | null;
}
