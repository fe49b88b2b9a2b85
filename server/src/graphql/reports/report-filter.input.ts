import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { RecipientState } from '../../domain/recipient/recipient-state';

@InputType({ description: 'Filters of the detailed report; parts combine with AND' })
export class RecipientReportFilterInput {
  @Field(() => [RecipientState], { nullable: true })
  @IsOptional()
  @IsIn(Object.values(RecipientState), { each: true })
  state?: RecipientState[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  tag?: string;

  @Field(() => String, { nullable: true, description: 'Part of the name, external id or original line' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  text?: string;

  @Field(() => Date, { nullable: true, description: 'Last attempt at or after' })
  lastAttemptFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'Last attempt before' })
  lastAttemptTo?: Date;
}
