import { Field, Int, ObjectType } from 'type-graphql';

/** A user action on many recipients at once: read the recipients again. */
@ObjectType()
export class RecipientBulkChange {
  @Field(() => String, { description: 'STOP, REACTIVATE, ADD_ATTEMPTS, PURGE or DELETE_ALL' }) action!: string;
  @Field(() => Int, { description: 'How many recipients it moved' }) affected!: number;
}
