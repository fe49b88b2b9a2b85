import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ListStatus } from '../../entities/recipient-list.entity';
import type { RecipientListData } from '../../commands/list/recipient-list-data';

@InputType()
export class RecipientListInput implements RecipientListData {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @Field(() => ListStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(ListStatus))
  status?: ListStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'defaultRegion must be a two-letter region code like US' })
  defaultRegion?: string | null;
}
