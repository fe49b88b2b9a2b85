import { IsIn, IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ListStatus } from '../../entities/recipient-list.entity';
import { NumberFormat } from '../../domain/numbers/number-format';
import type { RecipientListData } from '../../commands/list/recipient-list-data';
import { accountcodeProblem } from '../../domain/telephony/switch-text';
import { IsName, IsRegion, Satisfies } from '../common/text-rules';

@InputType()
export class RecipientListInput implements RecipientListData {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName(200)
  name?: string;

  @Field(() => ListStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(ListStatus))
  status?: ListStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsRegion()
  defaultRegion?: string | null;

  @Field(() => NumberFormat, { nullable: true, description: 'Default E164; fixed once the list has contacts' })
  @IsOptional()
  @IsIn(Object.values(NumberFormat))
  numberFormat?: NumberFormat;

  @Field(() => String, {
    nullable: true,
    description: 'Billing code a campaign with none takes when this list is attached (letters, digits, _ . -, up to 64); null clears',
  })
  @IsOptional()
  @Satisfies(accountcodeProblem)
  accountcode?: string | null;
}
