import { Field, Int, ObjectType } from 'type-graphql';
import type { DncEntry } from '../../entities/dnc-entry.entity';
import { DncEntryNode } from './dnc-entry.type';

@ObjectType()
export class AddDncNumbersPayload {
  @Field(() => Int, { description: 'Numbers that were not on the list before' })
  added!: number;

  @Field(() => Int, { description: 'Numbers already on the list; their reason and expiry were renewed' })
  renewed!: number;

  @Field(() => [DncEntryNode], { description: 'The entries for every number given, in E.164' })
  entries!: DncEntry[];
}
