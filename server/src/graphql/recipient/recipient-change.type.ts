import { Field, ID, ObjectType } from 'type-graphql';
import { ChangedBy } from './changed-by.type';
import { RecipientBulkChange } from './recipient-bulk-change.type';
import { RecipientChangeItem } from './recipient-change-item.type';

/** Recipients of one campaign that changed, after commit, and who changed them (recipientChanged). */
@ObjectType()
export class RecipientChange {
  @Field(() => ID) campaignId!: string;
  @Field(() => [RecipientChangeItem], { description: 'Each recipient’s new state (at most 25 per message)' })
  changes!: RecipientChangeItem[];
  @Field(() => RecipientBulkChange, { nullable: true, description: 'Set for an action on a selection; changes is then empty' })
  bulk!: RecipientBulkChange | null;
  @Field(() => ChangedBy) changedBy!: ChangedBy;
  @Field(() => Date) at!: Date;
}
