import { GraphQLJSONObject } from 'graphql-scalars';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { presentText } from '../../commands/recipient/member-values';
import type { CommunicationData, RecipientData } from '../../commands/recipient/recipient-data';
import { extensionProblem } from '../../domain/telephony/switch-text';
import { RecipientDateScalar } from '../common/recipient-date.scalar';
import { Satisfies, singleLineProblem } from '../common/text-rules';

/** One number of a recipient (Webitel's communication). */
@InputType()
export class CommunicationInput implements CommunicationData {
  @Field(() => String, { description: 'As typed; normalised to E.164 with the campaign/tenant default region' })
  @IsString()
  @Length(1, 40)
  number!: string;

  @Field(() => Int, { nullable: true, description: 'Higher is dialed first; default: the order given' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  priority?: number;
}

/** A recipient as an integrator sends it (Webitel's member body). */
@InputType()
export class RecipientInput implements RecipientData {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  externalId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 200)
  @Satisfies(singleLineProblem)
  name?: string;

  @Field(() => Int, { nullable: true, description: '0-100, higher first' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  priority?: number;

  @Field(() => String, { nullable: true, description: 'IANA zone; calling hours are applied in it ("" for none)' })
  @IsOptional()
  @IsString()
  @Length(0, 64)
  timezone?: string;

  @Field(() => RecipientDateScalar, { nullable: true, description: 'Not dialed after this (EXPIRED)' })
  @IsOptional()
  @IsDate()
  expireAt?: Date;

  @Field(() => RecipientDateScalar, { nullable: true })
  @IsOptional()
  @IsDate()
  notBefore?: Date;

  @Field(() => RecipientDateScalar, { nullable: true })
  @IsOptional()
  @IsDate()
  notAfter?: Date;

  @Field(() => RecipientDateScalar, { nullable: true, description: 'Scheduled callback time' })
  @IsOptional()
  @IsDate()
  callbackAt?: Date;

  @Field(() => String, { nullable: true, description: 'Callback to this extension ("" for none)' })
  @IsOptional()
  @Length(0, 40)
  @Satisfies(function optionalExtensionProblem(v: string) {
    return presentText(v) === undefined ? undefined : extensionProblem(v);
  })
  callbackExtension?: string;

  @Field(() => [CommunicationInput])
  @ArrayMinSize(1, { message: 'communications needs at least one number' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  communications!: CommunicationInput[];

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Free-form fields: string, number or boolean values' })
  @IsOptional()
  variables?: Record<string, unknown>;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  tags?: string[];
}
