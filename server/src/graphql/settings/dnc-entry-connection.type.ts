import { Field, ObjectType } from 'type-graphql';
import type { DncEntry } from '../../entities/dnc-entry.entity';
import { PageInfo } from '../common/page-info.type';
import { DncEntryNode } from './dnc-entry.type';

@ObjectType()
export class DncEntryConnection {
  @Field(() => [DncEntryNode])
  // Resolvers return entities; the GraphQL shape is DncEntryNode's.
  nodes!: DncEntry[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
