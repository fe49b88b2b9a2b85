import { Field, Int, ObjectType } from 'type-graphql';

/** One of the tenant's named DNC lists (the entries sharing a listName). */
@ObjectType('DncList')
export class DncListNode {
  @Field(() => String, { description: "The list's name: what campaigns' dncLists and addToDncList name" })
  name!: string;

  @Field(() => Int, { description: 'Entries on it, expired ones included' })
  entries!: number;
}
