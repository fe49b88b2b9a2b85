import { ArrayMaxSize, ArrayMinSize, IsDate, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import type { AddDncNumbersData } from '../../commands/settings/dnc-data';

/** Numbers to put on a do-not-call list, as people write them; normalised to E.164. */
@InputType()
export class AddDncNumbersInput implements AddDncNumbersData {
  @Field(() => [String], { description: "1 to 10000 numbers; without a country code they are read in the tenant's defaultRegion" })
  @ArrayMinSize(1)
  @ArrayMaxSize(10000)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  numbers!: string[];

  @Field(() => String, { nullable: true, description: "List to add to; 'default' when omitted" })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  listName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  reason?: string | null;

  @Field(() => Date, { nullable: true, description: 'In force until this time; forever when omitted' })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;
}

@InputType()
export class DncFilterInput {
  @Field(() => String, { nullable: true, description: 'Digits anywhere in the number, or text in the reason' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this list' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  listName?: string | null;
}

@ArgsType()
export class RemoveDncNumbersArgs {
  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(10000)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  numbers!: string[];

  @Field(() => String, { nullable: true, description: "'default' when omitted" })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  listName?: string | null;
}

@ArgsType()
export class IsDncArgs {
  @Field(() => String, { description: "As written; read in the tenant's defaultRegion without a country code" })
  @IsString()
  @MaxLength(50)
  number!: string;

  @Field(() => String, { nullable: true, description: 'Only this list; any list when omitted' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  listName?: string | null;
}
