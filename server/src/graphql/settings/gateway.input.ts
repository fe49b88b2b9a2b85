import { IsBoolean, IsNumber, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import type { CreateGatewayData, UpdateGatewayData } from '../../commands/settings/gateway-data';

// The switch replaces {number}; a dial string without it would call the same place every time.
const DIAL_STRING = /\{number\}/;
const DIAL_STRING_MESSAGE = 'dialString must contain {number}, e.g. sofia/gateway/gw1/{number}';
// The switch adapter refuses these at dial time (they could smuggle variables or commands
// into the originate line), so refuse them here, where a person can still fix the setting.
const DIAL_STRING_SAFE = /^(?:[^\s{}]|\{number\})+$/;
const DIAL_STRING_SAFE_MESSAGE = 'dialString must not contain spaces, newlines or braces other than {number}';

/** A new trunk; what is not given gets the entity's defaults (enabled, 30 calls, 5 per second). */
@InputType()
export class CreateGatewayInput implements CreateGatewayData {
  @Field(() => String)
  @IsString()
  @Length(1, 100)
  name!: string;

  @Field(() => String, { description: 'Template with {number}, e.g. sofia/gateway/gw1/{number}' })
  @IsString()
  @Length(1, 500)
  @Matches(DIAL_STRING, { message: DIAL_STRING_MESSAGE })
  @Matches(DIAL_STRING_SAFE, { message: DIAL_STRING_SAFE_MESSAGE })
  dialString!: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean | null;

  @Field(() => Int, { nullable: true, description: '1 to 10000' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  maxConcurrent?: number | null;

  @Field(() => Float, { nullable: true, description: '0.1 to 1000' })
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
  @IsString()
  @Length(1, 100)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  @Matches(DIAL_STRING, { message: DIAL_STRING_MESSAGE })
  @Matches(DIAL_STRING_SAFE, { message: DIAL_STRING_SAFE_MESSAGE })
  dialString?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean | null;

  @Field(() => Int, { nullable: true, description: '1 to 10000' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  maxConcurrent?: number | null;

  @Field(() => Float, { nullable: true, description: '0.1 to 1000' })
  @IsOptional()
  @IsNumber()
  @Min(0.1)
  @Max(1000)
  callsPerSecond?: number | null;
}
