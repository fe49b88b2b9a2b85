import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CallOutcome } from '../../domain/call/call-outcome';
import { RecipientState } from '../../domain/recipient/recipient-state';

/** One recipient's new state, as a live change reports it. */
@ObjectType()
export class RecipientChangeItem {
  @Field(() => ID) recipientId!: string;
  @Field(() => RecipientState) state!: RecipientState;
  @Field(() => Int, { nullable: true, description: 'Attempts that counted, when this change set them; null: unchanged' })
  attempts!: number | null;
  @Field(() => CallOutcome, { nullable: true, description: 'Its last outcome, when this change set it (a call ended); null: unchanged' })
  lastOutcome!: CallOutcome | null;
}
