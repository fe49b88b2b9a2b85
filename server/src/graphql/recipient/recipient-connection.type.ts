import { Field, ObjectType } from 'type-graphql';
import type { CampaignRecipient } from '../../entities/campaign-recipient.entity';
import { PageInfo } from '../common/page-info.type';
import { RecipientNode } from './recipient.type';

@ObjectType()
export class RecipientConnection {
  @Field(() => [RecipientNode]) nodes!: CampaignRecipient[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
