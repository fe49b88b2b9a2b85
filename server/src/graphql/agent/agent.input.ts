import { IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { CreateAgentData, UpdateAgentData } from '../../commands/agent/agent-data';

// A bare dial string (user/1001, sofia/internal/1001@host): no spaces, braces or commas that
// could smuggle channel variables or a second destination into the bridge.
const ENDPOINT = /^[A-Za-z0-9_.@:/+-]+$/;
const ENDPOINT_MESSAGE = 'endpoint must be a bare dial string such as user/1001 (no spaces, braces or commas)';

/** A new agent; per-agent parameters not given get the defaults (20 s ring, 10 s wrap-up, 3 no-answers). */
@InputType()
export class CreateAgentInput implements CreateAgentData {
  @Field(() => String)
  @IsString()
  @Length(1, 100)
  name!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 200)
  @Matches(ENDPOINT, { message: ENDPOINT_MESSAGE })
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
  @IsString()
  @Length(1, 100)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @Matches(ENDPOINT, { message: ENDPOINT_MESSAGE })
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
