import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { RecipientState } from '../../domain/recipient/recipient-state';

@InputType()
export class RecipientFilterInput {
  @Field(() => [RecipientState], { nullable: true })
  @IsOptional()
  @IsIn(Object.values(RecipientState), { each: true })
  state?: RecipientState[];

  @Field(() => String, { nullable: true, description: 'Digits the number starts with (after +), e.g. 1212' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  number?: string;

  @Field(() => String, { nullable: true, description: 'Part of the name or external id' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  text?: string;
}
