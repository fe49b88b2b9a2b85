import { IsBoolean, IsNumber, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';

// The switch replaces {number}; a dial string without it would call the same place every time.
const DIAL_STRING = /\{number\}/;
const DIAL_STRING_MESSAGE = 'dialString must contain {number}, e.g. sofia/gateway/gw1/{number}';

/** A new trunk; what is not given gets the entity's defaults (enabled, 30 calls, 5 per second). */
@InputType()
export class CreateGatewayInput {
  @Field(() => String) @IsString() @Length(1, 100)
  name!: string;

  @Field(() => String, { description: 'Template with {number}, e.g. sofia/gateway/gw1/{number}' })
  @IsString() @Length(1, 500) @Matches(DIAL_STRING, { message: DIAL_STRING_MESSAGE })
  dialString!: string;

  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean()
  enabled?: boolean | null;

  @Field(() => Int, { nullable: true, description: '1 to 10000' }) @IsOptional() @IsInt() @Min(1) @Max(10000)
  maxConcurrent?: number | null;

  @Field(() => Float, { nullable: true, description: '0.1 to 1000' }) @IsOptional() @IsNumber() @Min(0.1) @Max(1000)
  callsPerSecond?: number | null;
}

/** Changes only what is given. */
@InputType()
export class UpdateGatewayInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 100)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @IsString() @Length(1, 500) @Matches(DIAL_STRING, { message: DIAL_STRING_MESSAGE })
  dialString?: string | null;

  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean()
  enabled?: boolean | null;

  @Field(() => Int, { nullable: true, description: '1 to 10000' }) @IsOptional() @IsInt() @Min(1) @Max(10000)
  maxConcurrent?: number | null;

  @Field(() => Float, { nullable: true, description: '0.1 to 1000' }) @IsOptional() @IsNumber() @Min(0.1) @Max(1000)
  callsPerSecond?: number | null;
}
