import { Field, ID, ObjectType } from 'type-graphql';

/** A number that is never dialed while the entry is in force. */
@ObjectType('DncEntry')
export class DncEntryNode {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'E.164, e.g. +12125550199' }) number!: string;
  @Field(() => String) listName!: string;
  @Field(() => String, { nullable: true }) reason?: string;
  @Field(() => Date, { nullable: true, description: 'No longer in force after this time; null = forever' }) expiresAt?: Date;
  @Field(() => Date) createdAt!: Date;
}
