import { Field, ObjectType } from 'type-graphql';
import type { Campaign } from '../../entities/campaign.entity';
import { PageInfo } from '../common/page-info.type';
import { CampaignNode } from './campaign.type';

@ObjectType()
export class CampaignConnection {
  @Field(() => [CampaignNode])
  // Resolvers return entities; the GraphQL shape is CampaignNode's.
  nodes!: Campaign[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
