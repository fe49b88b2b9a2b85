import { Field, ID, ObjectType } from 'type-graphql';
import { ListStatus } from '../../entities/recipient-list.entity';
import { NumberFormat } from '../../domain/numbers/number-format';

/** A reusable source of contacts; attach it to campaigns (a DISABLED list cannot be). */
@ObjectType('RecipientList')
export class RecipientListNode {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => ListStatus) status!: ListStatus;
  @Field(() => String, { nullable: true, description: 'Region for numbers without a country code' }) defaultRegion?: string;
  @Field(() => NumberFormat) numberFormat!: NumberFormat;
  @Field(() => String, { nullable: true, description: 'Billing code a campaign with none takes when this list is attached' })
  accountcode?: string;
  @Field(() => Date) createdAt!: Date;
}
