import { IsBoolean, IsNumber, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import type { CreateGatewayData, UpdateGatewayData } from '../../commands/settings/gateway-data';
import { dialStringProblem } from '../../domain/telephony/switch-text';
import { IsName, Satisfies } from '../common/text-rules';

// The rules for a dial string (it must contain {number}; no spaces, variables, extra legs)
// live in domain/telephony/switch-text.ts: the switch adapter checks the same before dialing.

/** A new trunk; what is not given gets the entity's defaults (enabled, 30 calls, 5 per second). */
@InputType()
export class CreateGatewayInput implements CreateGatewayData {
  @Field(() => String)
  @IsName(100)
  name!: string;

  @Field(() => String, { description: 'Template with {number}, e.g. sofia/gateway/gw1/{number}' })
  @Satisfies(dialStringProblem)
  dialString!: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean | null;

  @Field(() => Int, { nullable: true, description: '1 to 10000; default 30' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  maxConcurrent?: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'New calls per second through this gateway, 0.1 to 1000. Default: half of maxConcurrent (at least 1), which follows maxConcurrent while left at that default',
  })
  @IsOptional()
  @IsNumber()
  @Min(0.1)
  @Max(1000)
  callsPerSecond?: number | null;
}

/** Changes only what is given. */
@InputType()
export class UpdateGatewayInput implements UpdateGatewayData {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName(100)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Satisfies(dialStringProblem)
  dialString?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean | null;

  @Field(() => Int, { nullable: true, description: '1 to 10000; default 30' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  maxConcurrent?: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'New calls per second through this gateway, 0.1 to 1000. Default: half of maxConcurrent (at least 1), which follows maxConcurrent while left at that default',
  })
  @IsOptional()
  @IsNumber()
  @Min(0.1)
  @Max(1000)
  callsPerSecond?: number | null;
}
